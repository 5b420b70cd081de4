import { lazy, type ComponentType } from 'react';
import type { Me, canSee } from '../lib/session.ts';
import { InboxPage } from '../features/inbox/InboxPage.tsx';

export interface PageProps {
  me: Me;
}

// The inbox, where agents land, is in the first bundle; every other area loads when first opened.
const Layer2Page = lazy(() => import('../features/layer2/Layer2Page.tsx').then((m) => ({ default: m.Layer2Page })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const ReportPage = lazy(() => import('../features/report/ReportPage.tsx').then((m) => ({ default: m.ReportPage })));
const BookingsPage = lazy(() => import('../features/bookings/BookingsPage.tsx').then((m) => ({ default: m.BookingsPage })));
const CallsPage = lazy(() => import('../features/calls/CallsPage.tsx').then((m) => ({ default: m.CallsPage })));
const AdminPage = lazy(() => import('../features/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));

/** Every area of the console: its path (sub-routes below it belong to the page), who may open it, and its component. */
export const PAGES: { path: string; area: keyof typeof canSee; Component: ComponentType<PageProps> }[] = [
  { path: '/inbox', area: 'inbox', Component: InboxPage },
  { path: '/l2', area: 'layer2', Component: Layer2Page },
  { path: '/dashboard', area: 'dashboard', Component: DashboardPage },
  { path: '/report', area: 'report', Component: ReportPage },
  { path: '/bookings', area: 'bookings', Component: BookingsPage },
  { path: '/calls', area: 'calls', Component: CallsPage },
  { path: '/admin', area: 'admin', Component: AdminPage },
];

import { Route, Routes } from 'react-router';
import type { PageProps } from '../../app/pages.tsx';
import { Inbox } from './Inbox.tsx';

/** /inbox and /inbox/:ticketId: one element for both, so the list stays mounted while tickets open. */
export function InboxPage({ me }: PageProps) {
  return (
    <Routes>
      <Route path=":ticketId?" element={<Inbox me={me} />} />
    </Routes>
  );
}

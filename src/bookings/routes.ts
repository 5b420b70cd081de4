import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import type { AuditActor } from '../auth/actor.ts';
import { BOOKING_STATUSES, type BookingStatus } from '../db/schema.ts';
import { auditActor, MANAGER_ROLES, requireRole, STAFF_ROLES } from '../auth/guard.ts';
import { validation } from '../platform/errors.ts';
import { publicBookingRoutes } from './public-routes.ts';
import { getBookingRules, setBookingRules } from './rules.ts';
import { bookingDetail, listBookings } from './list.ts';
import { approveBooking, cancelBooking, recordOutcome, rejectBooking, rescheduleBooking, type BookingRow } from './staff.ts';
import { ApproveBody, Booking, BookingDetail, CancelBody, IdParams, ListQuery, OutcomeBody, RejectBody, RescheduleBody, Rules, tags } from './schemas.ts';

/** Front-office roles handle bookings; L2 teams answer escalations and have no part here. */
const BOOKING_ROLES = ['admin', 'supervisor', 'agent'] as const;

function statusesOf(text: string | undefined): BookingStatus[] | undefined {
  if (!text) return undefined;
  const asked = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = asked.filter((s) => !BOOKING_STATUSES.includes(s as BookingStatus));
  if (unknown.length) throw validation(`Unknown status ${unknown.join(', ')}`, [{ field: 'status', message: `One or more of ${BOOKING_STATUSES.join(', ')}`, value: unknown }]);
  return asked as BookingStatus[];
}

/** Staff: list, detail, the decisions and the outcome (each audited and emailed), and the rules. */
export async function bookingRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/bookings', {
    schema: { tags, summary: 'Bookings by visit day (admin, supervisor, agent)', querystring: ListQuery, response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(Booking) }) } },
  }, async (request) => {
    requireRole(request, ...BOOKING_ROLES);
    const { status, ...rest } = request.query;
    return listBookings(ctx.db, { ...rest, status: statusesOf(status) });
  });

  app.get('/api/bookings/rules', { schema: { tags, summary: 'The booking rules of SE-2/PK.1/2024 (any staff)', response: { 200: Rules } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return getBookingRules(ctx.db);
  });

  app.put('/api/bookings/rules', { schema: { tags, summary: 'Change the booking rules (admin, supervisor); audited. Bookings already made keep their slot', body: Rules, response: { 200: Rules } } }, async (request) => {
    const actor = requireRole(request, ...MANAGER_ROLES);
    return setBookingRules(ctx.db, auditActor(request, actor), request.body);
  });

  app.get('/api/bookings/:id', { schema: { tags, summary: 'One booking with its private status link', params: IdParams, response: { 200: BookingDetail } } }, async (request) => {
    requireRole(request, ...BOOKING_ROLES);
    return bookingDetail(ctx.db, request.params.id, ctx.config.publicUrl);
  });

  const action = <S extends TObject>(path: string, summary: string, body: S, run: (actor: AuditActor, id: number, body: Static<S>) => Promise<BookingRow>) => {
    app.post(`/api/bookings/:id/${path}`, { schema: { tags, summary, params: IdParams, body, response: { 200: Booking } } }, async (request) => {
      const actor = auditActor(request, requireRole(request, ...BOOKING_ROLES));
      const row = await run(actor, request.params.id, request.body as Static<S>);
      ctx.pokeWorker?.();
      return row;
    });
  };
  action('approve', 'Approve a requested booking (a video booking with its meeting link); emails the requester and queues the reminder', ApproveBody, (a, id, b) => approveBooking(ctx.db, a, id, b));
  action('reschedule', 'Move a requested or approved booking to another slot (rules and slot checked again); emails the requester', RescheduleBody, (a, id, b) => rescheduleBooking(ctx.db, a, id, b));
  action('reject', 'Reject a requested booking with the reason the requester reads', RejectBody, (a, id, b) => rejectBooking(ctx.db, a, id, b));
  action('cancel', 'Cancel a requested or approved booking; the slot opens again', CancelBody, (a, id, b) => cancelBooking(ctx.db, a, id, b));
  action('outcome', 'After the visit: held (with the guests who came, topics, notes) or no_show', OutcomeBody, (a, id, b) => recordOutcome(ctx.db, a, id, b));

  await publicBookingRoutes(app, ctx);
}

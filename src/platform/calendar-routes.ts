import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, requireRole, STAFF_ROLES } from '../auth/guard.ts';
import type { ServiceHours } from './calendar.ts';
import { addHoliday, getServiceHours, listHolidays, loadCalendar, removeHoliday, setServiceHours } from './calendar-service.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Holiday = Type.Object({ date: IsoDate, name: Type.String({ minLength: 1, maxLength: 200 }), kind: Type.Union([Type.Literal('national'), Type.Literal('cuti_bersama')]) });
const Slot = Type.Union([Type.Object({ open: Type.String(), close: Type.String() }), Type.Null()]);
const Hours = Type.Unsafe<ServiceHours>(Type.Record(Type.String({ pattern: '^[0-6]$' }), Slot));
const tags = ['calendar'];

export function calendarRoutes(app: App, ctx: AppContext): void {
  app.get('/api/holidays', { schema: { tags, summary: 'National holidays and cuti bersama', querystring: Type.Object({ year: Type.Optional(Type.Integer()) }), response: { 200: Type.Array(Holiday) } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return listHolidays(ctx.db, request.query.year);
  });
  app.post('/api/holidays', { schema: { tags, body: Holiday, response: { 201: Holiday } } }, async (request, reply) => {
    const actor = requireRole(request, 'admin');
    return reply.status(201).send(await addHoliday(ctx.db, auditActor(request, actor), request.body));
  });
  app.delete('/api/holidays/:date', { schema: { tags, params: Type.Object({ date: IsoDate }) } }, async (request, reply) => {
    const actor = requireRole(request, 'admin');
    await removeHoliday(ctx.db, auditActor(request, actor), request.params.date);
    return reply.status(204).send();
  });
  app.get('/api/service-hours', { schema: { tags, summary: 'Service hours per weekday (0 = Sunday), Asia/Jakarta time; null = closed', response: { 200: Hours } } }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    return getServiceHours(ctx.db);
  });
  app.put('/api/service-hours', { schema: { tags, body: Hours, response: { 200: Hours } } }, async (request) => {
    const actor = requireRole(request, 'admin');
    return setServiceHours(ctx.db, auditActor(request, actor), request.body as ServiceHours);
  });
  app.get('/api/calendar/working-days', {
    schema: { tags, summary: 'Working days d with from < d <= to, and whether each end is a working day', querystring: Type.Object({ from: IsoDate, to: IsoDate }) },
  }, async (request) => {
    requireRole(request, ...STAFF_ROLES);
    const calendar = await loadCalendar(ctx.db);
    const { from, to } = request.query;
    return { from, to, working_days: calendar.workingDaysBetween(from, to), from_is_working_day: calendar.isWorkingDay(from), to_is_working_day: calendar.isWorkingDay(to) };
  });
}

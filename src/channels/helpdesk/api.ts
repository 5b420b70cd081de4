import { Type, type Static } from '@sinclair/typebox';
import type { App, AppContext } from '../../server/context.ts';
import { validation } from '../../platform/errors.ts';
import { SUBMISSION_ID, validateForm, valuesOf, type FormErrors } from './form.ts';
import { formOptions, openHelpdeskTicket } from './service.ts';
import { helpdeskFollowUrl } from './link.ts';

const text = (maxLength: number, description: string) => Type.Optional(Type.String({ maxLength, description }));

const ConsultationBody = Type.Object({
  nama: Type.String({ maxLength: 200, description: 'Nama lengkap' }),
  kategori: Type.String({ maxLength: 40, description: 'User category code (GET /api/user-categories), e.g. pemda' }),
  instansi: Type.String({ maxLength: 200, description: 'Instansi/SKPD' }),
  daerah: Type.String({ maxLength: 120, description: 'Region as typed ("Kab. Bogor", "Prov. Jawa Barat") or its code ("32.01")' }),
  email: text(254, 'Email; email or telepon is required'),
  telepon: text(30, 'Phone/WhatsApp number'),
  topik: Type.String({ maxLength: 40, description: 'Topic code, e.g. DAK_FISIK' }),
  pertanyaan: Type.String({ maxLength: 8000, description: 'The question (at most 4,000 characters after trimming)' }),
  kirim_id: text(64, 'Optional idempotency key (16-64 of A-Z a-z 0-9 _ -): the same key opens one ticket'),
}, { additionalProperties: false });

const Opened = Type.Object({ ticket_number: Type.Integer(), follow_url: Type.String() });

const POSTS_PER_MINUTE = 10;

/**
 * The form's JSON twin, for the console and other sites' own forms (anonymous, rate-limited):
 * the same validation with the same Indonesian messages per field, no attachments.
 */
export function helpdeskApiRoutes(app: App, ctx: AppContext): void {
  app.post('/api/helpdesk', {
    schema: {
      tags: ['helpdesk'], summary: 'Open a helpdesk ticket from a consultation (anonymous); answers the ticket number and the private follow link',
      security: [], body: ConsultationBody, response: { 201: Opened },
    },
    config: { rateLimit: { max: POSTS_PER_MINUTE, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const body: Static<typeof ConsultationBody> = request.body;
    const checked = validateForm(valuesOf(body), await formOptions(ctx.db));
    if ('errors' in checked) throw validation('Data konsultasi belum lengkap atau belum sesuai', detailsOf(checked.errors));
    const id = body.kirim_id && SUBMISSION_ID.test(body.kirim_id) ? `api-${body.kirim_id}` : undefined;
    const opened = await openHelpdeskTicket(ctx.db, ctx.config, checked.consultation, [], id);
    ctx.pokeWorker?.();
    return reply.status(201).send({ ticket_number: opened.number, follow_url: await helpdeskFollowUrl(ctx.db, ctx.config, opened.ticketId) });
  });
}

const detailsOf = (errors: FormErrors) => Object.entries(errors).map(([field, message]) => ({ field, message }));

import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { App, AppContext } from '../server/context.ts';
import { recordAudit } from '../audit/service.ts';
import { recordOptOut } from './opt-outs.ts';
import { readUnsubscribeToken } from './unsubscribe.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(reply: FastifyReply, status: number, title: string, inner: string): FastifyReply {
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1 style="font-size:1.4rem">${escapeHtml(title)}</h1>${inner}</body></html>`;
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

const invalid = (reply: FastifyReply): FastifyReply =>
  page(reply, 400, 'Tautan tidak valid', '<p>Tautan berhenti berlangganan ini tidak valid. Salin tautan lengkap dari email yang Anda terima.</p>');

const Params = Type.Object({ token: Type.String({ maxLength: 600 }) });

/**
 * The public unsubscribe link of blast emails. GET only shows a confirmation (mail scanners
 * open links); POST records the opt-out, from that page's button or from a mail client's
 * one-click unsubscribe (RFC 8058: `List-Unsubscribe=One-Click`, form-encoded). Rate limited.
 */
export async function unsubscribeRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register((scope, _options, registered) => {
    // Form posts, in this scope only.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    const rateLimit = { max: 30, timeWindow: '1 minute' };

    scope.get('/unsubscribe/:token', { schema: { hide: true, params: Params }, config: { rateLimit } }, async (request, reply) => {
      const { token } = request.params as { token: string };
      const target = await readUnsubscribeToken(ctx.db, token);
      if (!target) return invalid(reply);
      return page(reply, 200, 'Berhenti berlangganan', `<p>Alamat <strong>${escapeHtml(target.address)}</strong> tidak akan lagi menerima email siaran dari Contact Center DJPK. ` +
        'Balasan atas konsultasi Anda tetap dikirim.</p>' +
        `<form method="post" action="/unsubscribe/${escapeHtml(token)}"><button type="submit" style="font-size:1rem;padding:.5rem 1rem">Ya, berhenti berlangganan</button></form>`);
    });

    scope.post('/unsubscribe/:token', { schema: { hide: true, params: Params }, config: { rateLimit } }, async (request, reply) => {
      const { token } = request.params as { token: string };
      const target = await readUnsubscribeToken(ctx.db, token);
      if (!target) return invalid(reply);
      const oneClick = (request.body as Record<string, unknown> | undefined)?.['List-Unsubscribe'] === 'One-Click';
      const source = `broadcast ${target.broadcastId}${oneClick ? ' one-click' : ' link'}`;
      await ctx.db.transaction().execute(async (trx) => {
        if (await recordOptOut(trx, { kind: 'email', value: target.address, channel: 'email', source })) {
          await recordAudit(trx, { userId: null, label: 'unsubscribe-link', ip: request.ip }, { action: 'broadcast.opt_out', entity: 'opt_out', entityId: `email:${target.address}`, after: { kind: 'email', value: target.address, source } });
        }
      });
      return page(reply, 200, 'Anda telah berhenti berlangganan', `<p>Alamat <strong>${escapeHtml(target.address)}</strong> tidak akan lagi menerima email siaran dari Contact Center DJPK.</p>`);
    });
    registered();
  });
}

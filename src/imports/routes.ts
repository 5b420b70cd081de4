import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, AppContext } from '../server/context.ts';
import { auditActor, MANAGER_ROLES, requireRole } from '../auth/guard.ts';
import { recordAudit } from '../audit/service.ts';
import { AppError } from '../platform/errors.ts';
import { runInBackground } from './background.ts';
import { createRun, getRun, listRuns, rejectedCsvOf } from './runs.ts';
import { discardUpload, isUpload, nameUpload, saveUpload, UPLOAD_CONTENT_TYPES } from './upload.ts';
import { AcceptedSchema, IdParams, ImportRunSchema, KindParams, UploadQuery } from './schemas.ts';

const tags = ['imports'];

/**
 * Supervisors and admins upload history files (docs/import.md); the import runs in the
 * background and its progress is polled. Bodies are streamed to a temporary file, never
 * held in memory, and only after the role is checked.
 */
export async function importRoutes(app: App, ctx: AppContext): Promise<void> {
  const running = new Set<Promise<void>>();
  await app.register((plugin, _options, done) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(UPLOAD_CONTENT_TYPES, async (request: FastifyRequest, payload: Readable) => {
      const length = Number(request.headers['content-length']);
      return saveUpload(payload, Number.isFinite(length) ? length : undefined);
    });
    // Let a running import finish before the database closes.
    scope.addHook('onClose', async () => {
      await Promise.all(running);
    });

    scope.post('/api/imports/:kind', {
      schema: {
        tags, summary: 'Upload a CSV or XLSX file (raw body, at most 100 MB) and import it in the background; poll GET /api/imports/:id',
        params: KindParams, querystring: UploadQuery, response: { 202: AcceptedSchema },
      },
      // Before the body is read: an agent's upload is refused without being stored.
      onRequest: (request, _reply, done) => {
        try {
          requireRole(request, ...MANAGER_ROLES);
          done();
        } catch (error) {
          done(error as Error);
        }
      },
      // The body is stored before the parameters are validated: a refused upload's file goes now.
      onResponse: async (request) => {
        if (isUpload(request.body) && !request.body.claimed) await discardUpload(request.body);
      },
    }, async (request, reply) => {
      const actor = requireRole(request, ...MANAGER_ROLES);
      const upload = request.body;
      if (!isUpload(upload)) throw new AppError('validation', 'Kirim berkasnya sebagai isi permintaan (send the file as the request body: text/csv or XLSX)');
      const { kind } = request.params;
      const { filename } = request.query;
      const filePath = await nameUpload(upload, filename);
      const runId = await ctx.db.transaction().execute(async (trx) => {
        const id = await createRun(trx, { kind, filename, startedBy: actor.userId });
        await recordAudit(trx, auditActor(request, actor), { action: 'import.upload', entity: 'import_run', entityId: id, after: { kind, filename, bytes: upload.bytes } });
        return id;
      });
      upload.claimed = true;
      const job = runInBackground(ctx.db, { runId, kind, filePath, filename, upload, actor: auditActor(request, actor) });
      running.add(job);
      void job.finally(() => running.delete(job));
      return reply.status(202).send({ id: runId });
    });

    scope.get('/api/imports', {
      schema: { tags, summary: 'Recent imports, newest first', querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }) }), response: { 200: Type.Array(ImportRunSchema) } },
    }, async (request) => {
      requireRole(request, ...MANAGER_ROLES);
      return listRuns(ctx.db, request.query.limit);
    });

    scope.get('/api/imports/:id', {
      schema: { tags, summary: 'An import: running, done or failed; its counts are updated after every batch', params: IdParams, response: { 200: ImportRunSchema } },
    }, async (request) => {
      requireRole(request, ...MANAGER_ROLES);
      return getRun(ctx.db, request.params.id);
    });

    scope.get('/api/imports/:id/rejected.csv', {
      schema: { tags, summary: 'The rejected rows with line, column, value and reason (CSV)', params: IdParams },
    }, async (request, reply) => {
      requireRole(request, ...MANAGER_ROLES);
      const csv = await rejectedCsvOf(ctx.db, request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${request.params.id}.rejected.csv"`)
        .send(csv);
    });
    done();
  });
}

import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown[]; error_id?: string };
}

function fromValidation(error: FastifyError): ErrorBody {
  const details = (error.validation ?? []).map((v) => ({
    field: `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`.replace(/\.$/, ''),
    message: v.message ?? 'invalid',
  }));
  return { error: { code: 'validation', message: error.message, details } };
}

/**
 * A reference to a record that does not exist (SQLSTATE 23503, e.g. an unknown topic code) is
 * the caller's mistake: 400 naming the field, not a 500. Removing a record still referenced is
 * a conflict (409).
 */
function fromForeignKey(error: unknown): { status: number; body: ErrorBody } | undefined {
  const { code, detail } = error as { code?: unknown; detail?: unknown };
  if (code !== '23503' || typeof detail !== 'string') return undefined;
  const missing = /^Key \((\w+)\)=\((.*)\) is not present in table "(\w+)"/.exec(detail);
  if (missing) {
    const [, field = '', value = '', table = ''] = missing;
    const message = `Unknown ${table} "${value}" in ${field}`;
    return { status: 400, body: { error: { code: 'validation', message, details: [{ field, message }] } } };
  }
  return { status: 409, body: { error: { code: 'conflict', message: 'The record is still in use by other records' } } };
}

/** One error handler: AppErrors say what and why; 5xx answers hide details behind an error id. */
export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof AppError) {
    if (error.status >= 500) request.log.error({ err: error }, error.message);
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details.length) body.error.details = error.details;
    void reply.status(error.status).send(body);
    return;
  }
  if (error.validation) {
    void reply.status(400).send(fromValidation(error));
    return;
  }
  const reference = fromForeignKey(error);
  if (reference) {
    void reply.status(reference.status).send(reference.body);
    return;
  }
  const status = error.statusCode ?? 500;
  if (status < 500) {
    const code = status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : 'bad_request';
    void reply.status(status).send({ error: { code, message: error.message } });
    return;
  }
  const errorId = randomUUID();
  request.log.error({ err: error, errorId }, 'unhandled error');
  void reply.status(500).send({ error: { code: 'internal', message: 'Internal error; quote the error id when reporting it', error_id: errorId } });
}

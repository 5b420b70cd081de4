import type { FastifyRequest } from 'fastify';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { AppError } from '../../platform/errors.ts';
import { ATTACHMENT_LIMITS, type UploadedFile } from './limits.ts';

/** The fields and files of a posted form, read within the limits. */
export interface PostedForm {
  fields: Record<string, string>;
  /** The files kept (a file over the size limit is kept truncated, to be refused by name). */
  files: UploadedFile[];
  /** Every file sent, even those not kept: what the limits are checked against. */
  total: { count: number; bytes: number };
}

/** Caps for the parser itself; the form's own limits (ATTACHMENT_LIMITS) are checked with clear messages. */
export const PARSER_LIMITS = Object.freeze({
  fields: 30,
  fieldSize: 20_000,
  parts: 60,
  // Past the form's limit the files are still counted (to say how many were sent) but never kept.
  files: 20,
  fileSize: ATTACHMENT_LIMITS.maxFileBytes,
});

const isOverLimit = (error: unknown): boolean => (error as { code?: string }).code === 'FST_FILES_LIMIT';

async function readFile(part: MultipartFile, keep: boolean): Promise<{ content: Buffer; bytes: number }> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of part.file) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    if (keep) chunks.push(buffer);
  }
  return { content: keep ? Buffer.concat(chunks) : Buffer.alloc(0), bytes };
}

async function take(form: PostedForm, part: Multipart): Promise<void> {
  if (part.type === 'field') {
    // Browsers send line breaks as CRLF in multipart forms.
    if (typeof part.value === 'string' && !(part.fieldname in form.fields)) form.fields[part.fieldname] = part.value.replace(/\r\n?/g, '\n');
    return;
  }
  // An empty file input still sends a part without a name or content.
  const keep = form.total.count < ATTACHMENT_LIMITS.maxFiles && form.total.bytes <= ATTACHMENT_LIMITS.maxTotalBytes;
  const { content, bytes } = await readFile(part, keep);
  if (part.filename === '' && bytes === 0) return;
  form.total.count += 1;
  form.total.bytes += bytes;
  if (keep) form.files.push({ filename: part.filename, content, truncated: part.file.truncated });
}

/**
 * Reads a multipart form as it streams in: at most ATTACHMENT_LIMITS.maxFiles files and about
 * maxTotalBytes are held in memory, whatever is sent. A malformed body is a 400.
 */
export async function readPostedForm(request: FastifyRequest): Promise<PostedForm> {
  const form: PostedForm = { fields: {}, files: [], total: { count: 0, bytes: 0 } };
  if (!request.isMultipart()) throw new AppError('validation', 'Send the form as multipart/form-data');
  try {
    for await (const part of request.parts({ limits: PARSER_LIMITS })) await take(form, part);
  } catch (error) {
    // Far too many files: the count is over the limit anyway, the message says so.
    if (isOverLimit(error)) form.total.count = Math.max(form.total.count, PARSER_LIMITS.files + 1);
    else throw new AppError('validation', `The form could not be read: ${(error as Error).message}`);
  }
  return form;
}

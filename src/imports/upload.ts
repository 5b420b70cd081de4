import { createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../platform/errors.ts';

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const UPLOAD_CONTENT_TYPES = ['text/csv', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** An uploaded file in a folder of its own, so that its rejected rows can be written beside it. */
export interface Upload {
  dir: string;
  path: string;
  bytes: number;
  /** Set when an import took the file over (it removes the folder when done). */
  claimed?: boolean;
}

export const isUpload = (body: unknown): body is Upload =>
  typeof body === 'object' && body !== null && typeof (body as Upload).dir === 'string' && typeof (body as Upload).path === 'string';

const tooLarge = (): Error => Object.assign(new Error(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`), { statusCode: 413 });

/** Streams a request body to a temporary file (never held in memory), stopping at the size limit. */
export async function saveUpload(body: Readable, declaredLength: number | undefined): Promise<Upload> {
  if (declaredLength !== undefined && declaredLength > MAX_UPLOAD_BYTES) throw tooLarge();
  const dir = await mkdtemp(path.join(tmpdir(), 'sapa-import-'));
  const file = path.join(dir, 'upload');
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      next(bytes > MAX_UPLOAD_BYTES ? tooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(file));
    return { dir, path: file, bytes };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The upload under the user's file name (its extension says CSV or XLSX); only the base name is kept. */
export async function nameUpload(upload: Upload, filename: string): Promise<string> {
  const base = path.basename(filename.replace(/\\/g, '/')).replace(/[^\w.\- ]/g, '_');
  if (!base || base.startsWith('.')) throw new AppError('validation', `Nama berkas tidak valid: ${filename} (invalid file name)`);
  const target = path.join(upload.dir, base);
  await rename(upload.path, target);
  return target;
}

export const discardUpload = (upload: Upload): Promise<void> => rm(upload.dir, { recursive: true, force: true });

import { ApiError, get } from '../../../lib/api.ts';
import type { ImportKind } from './kinds.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the server accepts for this file (src/imports/upload.ts UPLOAD_CONTENT_TYPES). */
export const contentTypeOf = (name: string): string => (/\.xlsx$/i.test(name) ? XLSX_TYPE : 'text/csv');

function errorOf(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { code?: string; message?: string; details?: { field?: string; message: string }[] } };
    return new ApiError(xhr.status, body.error?.code ?? 'error', body.error?.message ?? xhr.statusText, body.error?.details ?? []);
  } catch {
    return new ApiError(xhr.status, 'error', xhr.statusText || 'Network error');
  }
}

/**
 * Sends the file as the raw request body (POST /api/imports/:kind?filename=...), reporting the
 * bytes sent: fetch cannot report upload progress, XMLHttpRequest can. Resolves with the run's id.
 */
export async function uploadImport(kind: ImportKind, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<number> {
  // lib/api.ts keeps the session's CSRF token to itself; /api/me hands it out again.
  const { csrf_token: csrf } = await get<{ csrf_token: string | null }>('/api/me');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/${kind}?filename=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', contentTypeOf(file.name));
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 202) resolve((JSON.parse(xhr.responseText) as { id: number }).id);
      else reject(errorOf(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'Upload cancelled'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

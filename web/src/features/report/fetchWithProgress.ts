import { ApiError } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';

/** Where a long request is: the server still working (no answer yet), or its answer arriving. */
export type Progress =
  | { stage: 'waiting' }
  | { stage: 'receiving'; received: number; total: number | null };

export interface Fetched {
  body: Blob;
  headers: Headers;
}

/**
 * GET with the session cookie, reporting progress: 'waiting' until the server answers (it computes
 * or renders the whole report first), then the bytes as they arrive. Errors become ApiError with the
 * server's message, as lib/api.ts does.
 */
export async function fetchWithProgress(url: string, onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<Fetched> {
  onProgress({ stage: 'waiting' });
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw await apiError(response);
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) return { body: await response.blob(), headers: response.headers };
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ stage: 'receiving', received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ stage: 'receiving', received, total });
  }
  return { body: new Blob(chunks, { type }), headers: response.headers };
}

async function apiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const error = (JSON.parse(text) as { error?: { code?: string; message?: string; details?: { field?: string; message: string }[] } }).error;
    return new ApiError(response.status, error?.code ?? 'error', error?.message ?? response.statusText, error?.details ?? []);
  } catch {
    return new ApiError(response.status, 'error', response.statusText || `HTTP ${response.status}`);
  }
}

/** The file name the server gave (content-disposition), or `fallback`. */
export function attachmentName(headers: Headers, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** '38 KB', '1,2 MB' (id-ID decimals). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

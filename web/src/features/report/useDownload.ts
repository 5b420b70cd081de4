import { useState } from 'react';
import { attachmentName, fetchWithProgress, type Progress } from './fetchWithProgress.ts';

export type ExportFormat = 'pptx' | 'pdf' | 'xlsx' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pptx', 'pdf', 'xlsx', 'json'];

export interface DownloadState {
  format: ExportFormat;
  fileName: string;
  progress: Progress;
  startedAt: number;
}

/** The export's address on the server: the same file as `sapa report --format <f>`. */
export const exportUrl = (month: string, format: ExportFormat): string => `/api/reports/monthly/${month}/export?format=${format}`;

/**
 * Downloads one rendering of the month's report through the export URL, one at a time, with its
 * progress (the server renders first, then sends); saved under the server's file name.
 */
export function useDownload(month: string) {
  const [current, setCurrent] = useState<DownloadState | null>(null);

  async function download(format: ExportFormat): Promise<string> {
    const fallback = `laporan-contact-center-${month}.${format}`;
    const startedAt = Date.now();
    setCurrent({ format, fileName: fallback, progress: { stage: 'waiting' }, startedAt });
    try {
      const { body, headers } = await fetchWithProgress(exportUrl(month, format), (progress) =>
        setCurrent({ format, fileName: fallback, progress, startedAt }));
      const fileName = attachmentName(headers, fallback);
      saveBlob(body, fileName);
      return fileName;
    } finally {
      setCurrent(null);
    }
  }

  return { current, download };
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

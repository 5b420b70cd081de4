import { createHash } from 'node:crypto';
import type { AttachmentInput } from '../../tickets/ingest.ts';

/** What the form accepts as attachments (said on the page and enforced on the server). */
export const ATTACHMENT_LIMITS = Object.freeze({
  maxFiles: 5,
  maxFileBytes: 5 * 1024 * 1024,
  maxTotalBytes: 10 * 1024 * 1024,
});

type Magic = (head: Buffer) => boolean;

const startsWith = (bytes: number[]): Magic => (head) => bytes.every((b, i) => head[i] === b);
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);
const OLE = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// A text file must not hold NUL bytes (which would make it a binary file renamed).
const TEXT: Magic = (head) => !head.includes(0);

/**
 * Allowed types by extension, with the content they must start with: the browser's declared
 * type is not trusted, so an executable renamed to .pdf is refused.
 */
const TYPES: Readonly<Record<string, { mime: string; looksRight: Magic }>> = {
  pdf: { mime: 'application/pdf', looksRight: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  jpg: { mime: 'image/jpeg', looksRight: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { mime: 'image/jpeg', looksRight: startsWith([0xff, 0xd8, 0xff]) },
  png: { mime: 'image/png', looksRight: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  doc: { mime: 'application/msword', looksRight: OLE },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', looksRight: ZIP },
  xls: { mime: 'application/vnd.ms-excel', looksRight: OLE },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', looksRight: ZIP },
  ppt: { mime: 'application/vnd.ms-powerpoint', looksRight: OLE },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', looksRight: ZIP },
  csv: { mime: 'text/csv', looksRight: TEXT },
};

export const ALLOWED_EXTENSIONS: readonly string[] = Object.keys(TYPES);

/** "PDF, JPG, ..." for the page; the accept attribute of the file input. */
export const ALLOWED_LABEL = 'PDF, JPG/JPEG, PNG, DOC/DOCX, XLS/XLSX, PPT/PPTX, CSV';
export const ACCEPT_ATTRIBUTE = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',');

const MB = 1024 * 1024;
export const megabytes = (bytes: number): string => `${Number((bytes / MB).toFixed(1)).toString().replace('.', ',')} MB`;

/** The limits in one Indonesian sentence, shown under the file input. */
export const LIMITS_TEXT = `Maksimal ${ATTACHMENT_LIMITS.maxFiles} berkas, masing-masing paling besar ${megabytes(ATTACHMENT_LIMITS.maxFileBytes)}, total paling besar ${megabytes(ATTACHMENT_LIMITS.maxTotalBytes)}. Jenis berkas: ${ALLOWED_LABEL}.`;

/** A file as it arrived, before checking. */
export interface UploadedFile {
  filename: string;
  content: Buffer;
  /** The file went over the per-file limit (its content was cut off). */
  truncated: boolean;
}

/** Keeps the base name only, without control characters (it is shown on pages and in mails). */
export function cleanFilename(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
}

/** The attachment to store, or the Indonesian reason the file is refused. */
export function checkFile(file: UploadedFile): { attachment: AttachmentInput } | { problem: string } {
  const name = cleanFilename(file.filename) || 'berkas';
  if (file.truncated) return { problem: `Berkas "${name}" lebih besar dari ${megabytes(ATTACHMENT_LIMITS.maxFileBytes)}.` };
  if (file.content.length === 0) return { problem: `Berkas "${name}" kosong.` };
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = TYPES[extension];
  if (!type) return { problem: `Jenis berkas "${name}" tidak diterima. Jenis yang diterima: ${ALLOWED_LABEL}.` };
  if (!type.looksRight(file.content.subarray(0, 16))) {
    return { problem: `Isi berkas "${name}" tidak sesuai dengan jenisnya (.${extension}). Simpan ulang berkasnya lalu lampirkan kembali.` };
  }
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  return { attachment: { filename: name, mimeType: type.mime, content: file.content, sizeBytes: file.content.length, sha256 } };
}

/** Checks every file and the limits on their number and total size; problems in Indonesian. */
export function checkFiles(files: UploadedFile[], total: { count: number; bytes: number }): { attachments: AttachmentInput[]; problems: string[] } {
  const problems: string[] = [];
  if (total.count > ATTACHMENT_LIMITS.maxFiles) problems.push(`Terlalu banyak lampiran: ${total.count} berkas, paling banyak ${ATTACHMENT_LIMITS.maxFiles}.`);
  if (total.bytes > ATTACHMENT_LIMITS.maxTotalBytes) problems.push(`Total ukuran lampiran lebih dari ${megabytes(ATTACHMENT_LIMITS.maxTotalBytes)}.`);
  const attachments: AttachmentInput[] = [];
  for (const file of files) {
    const checked = checkFile(file);
    if ('problem' in checked) problems.push(checked.problem);
    else attachments.push(checked.attachment);
  }
  return { attachments, problems };
}

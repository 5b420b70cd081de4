import { createHash, randomInt } from 'node:crypto';

export interface StoredMedia {
  id: string;
  bytes: Buffer;
  mime: string;
  sha256: string;
}

/** Meta keeps media download urls valid for five minutes. */
export const MEDIA_URL_LIFETIME_MS = 5 * 60_000;

/** Media the fake serves: files users "sent" and any a test registers. */
export class MediaStore {
  private readonly files = new Map<string, StoredMedia>();

  add(bytes: Buffer, mime: string): StoredMedia {
    // Meta's media ids are long numbers, as strings.
    const id = String(randomInt(1e14, 2 ** 48 - 1));
    const media = { id, bytes, mime, sha256: createHash('sha256').update(bytes).digest('hex') };
    this.files.set(id, media);
    return media;
  }

  get(id: string): StoredMedia | undefined {
    return this.files.get(id);
  }

  /** GET /{version}/{media-id}: the url carries its expiry, read back by `expired`. */
  info(media: StoredMedia, baseUrl: string, nowMs: number): Record<string, unknown> {
    const expires = Math.floor((nowMs + MEDIA_URL_LIFETIME_MS) / 1000);
    return {
      messaging_product: 'whatsapp',
      url: `${baseUrl}/media-files/${media.id}?expires=${expires}`,
      mime_type: media.mime,
      sha256: media.sha256,
      file_size: media.bytes.length,
      id: media.id,
    };
  }

  static expired(url: URL, nowMs: number): boolean {
    const expires = Number(url.searchParams.get('expires'));
    return !Number.isFinite(expires) || expires * 1000 < nowMs;
  }
}

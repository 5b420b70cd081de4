import { randomBytes } from 'node:crypto';

export interface FakeMedia {
  bytes: Buffer;
  mime: string;
  caption?: string;
}

/** What a WhatsApp user sends; give exactly one kind of content. */
export interface FakeUserMessage {
  text?: string;
  interactive?: { type: 'list_reply' | 'button_reply'; id: string; title: string; description?: string };
  /** A template's quick-reply button. */
  button?: { text: string; payload: string };
  image?: FakeMedia;
  document?: FakeMedia & { filename?: string };
  audio?: FakeMedia;
  video?: FakeMedia;
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  /** A type Sapa does not know; `unsupported` gets Meta's errors[131051]. */
  unknownType?: string;
  unknownPayload?: Record<string, unknown>;
  /** The message this one replies to (context{from,id}). */
  replyTo?: string;
  profileName?: string;
  /** The wamid; generated when absent. */
  id?: string;
}

export const newWamid = (): string => 'wamid.' + randomBytes(30).toString('base64');

const MEDIA_KINDS = ['image', 'document', 'audio', 'video'] as const;
const CONTENT_KINDS = ['text', 'interactive', 'button', ...MEDIA_KINDS, 'location', 'unknownType'] as const;

export interface MediaStore {
  add(bytes: Buffer, mime: string): { id: string; sha256: string };
}

/** The type-specific part of a webhook message: `{type, [type]: {...}}`. */
export function messageContent(message: FakeUserMessage, media: MediaStore): Record<string, unknown> {
  const given = CONTENT_KINDS.filter((kind) => message[kind] !== undefined);
  if (given.length !== 1) throw new Error(`A fake user message needs exactly one of ${CONTENT_KINDS.join(', ')}; got ${given.join(', ') || 'none'}`);
  if (message.text !== undefined) return { type: 'text', text: { body: message.text } };
  if (message.interactive) {
    const { type, ...reply } = message.interactive;
    return { type: 'interactive', interactive: { type, [type]: reply } };
  }
  if (message.button) return { type: 'button', button: message.button };
  if (message.location) return { type: 'location', location: message.location };
  if (message.unknownType !== undefined) return unknownContent(message.unknownType, message.unknownPayload);
  for (const kind of MEDIA_KINDS) {
    const file = message[kind];
    if (!file) continue;
    const { id, sha256 } = media.add(file.bytes, file.mime);
    const filename = kind === 'document' && message.document?.filename !== undefined ? { filename: message.document.filename } : {};
    return { type: kind, [kind]: { id, mime_type: file.mime, sha256, ...(file.caption !== undefined ? { caption: file.caption } : {}), ...filename } };
  }
  throw new Error('unreachable: no content');
}

function unknownContent(type: string, payload: Record<string, unknown> | undefined): Record<string, unknown> {
  if (type === 'unsupported') {
    return {
      type,
      errors: [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } }],
    };
  }
  return { type, [type]: payload ?? {} };
}

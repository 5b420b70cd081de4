import type { MediaRef, WebhookMessage } from './webhook-types.ts';

/** What Sapa takes from one WhatsApp message, whatever its type. */
export interface NormalisedMessage {
  wamid: string;
  waId: string;
  at: Date;
  kind: string;
  /** The text a person would read: the body, a caption, a chosen menu title, or a placeholder. */
  text: string;
  /** An interactive reply's id (a chatbot menu choice). */
  choiceId?: string | undefined;
  media?: (MediaRef & { kind: string }) | undefined;
}

const MEDIA_KINDS = ['image', 'document', 'audio', 'video', 'sticker'] as const;

const PLACEHOLDER: Record<string, string> = {
  image: '[gambar]', document: '[dokumen]', audio: '[pesan suara]', video: '[video]', sticker: '[stiker]',
};

function mediaOf(message: WebhookMessage): (MediaRef & { kind: string }) | undefined {
  for (const kind of MEDIA_KINDS) {
    const media = message[kind];
    if (media?.id) return { ...media, kind };
  }
  return undefined;
}

function textOf(message: WebhookMessage, media: MediaRef | undefined): string {
  if (message.text?.body !== undefined) return message.text.body;
  const reply = message.interactive?.list_reply ?? message.interactive?.button_reply;
  if (reply) return reply.title ?? reply.id;
  if (message.button) return message.button.text ?? message.button.payload ?? '';
  if (media) return media.caption ?? PLACEHOLDER[message.type] ?? `[${message.type}]`;
  if (message.location) {
    const { latitude, longitude, name, address } = message.location;
    return ['[lokasi]', name, address, `${latitude},${longitude}`].filter(Boolean).join(' ');
  }
  // Unknown types are kept and shown, never dropped (channels.md).
  return `[pesan ${message.type} tidak didukung]`;
}

export function normaliseMessage(message: WebhookMessage): NormalisedMessage {
  const media = mediaOf(message);
  const seconds = Number(message.timestamp);
  return {
    wamid: message.id,
    waId: message.from,
    at: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date(),
    kind: message.type,
    text: textOf(message, media),
    choiceId: message.interactive?.list_reply?.id ?? message.interactive?.button_reply?.id ?? message.button?.payload,
    media,
  };
}

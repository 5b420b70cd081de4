/** The parts of Meta's webhook envelope Sapa reads (channels.md); everything else is kept raw. */
export interface WebhookEnvelope {
  object?: string;
  entry?: WebhookEntry[];
}

export interface WebhookEntry {
  id?: string;
  changes?: { field?: string; value?: WebhookValue }[];
}

export interface WebhookValue {
  messaging_product?: string;
  metadata?: { display_phone_number?: string; phone_number_id?: string };
  contacts?: { profile?: { name?: string }; wa_id?: string }[];
  messages?: WebhookMessage[];
  statuses?: WebhookStatus[];
}

export interface MediaRef {
  id: string;
  mime_type?: string;
  sha256?: string;
  caption?: string;
  filename?: string;
}

export interface WebhookMessage {
  from: string;
  id: string;
  timestamp?: string;
  type: string;
  text?: { body?: string };
  interactive?: { type?: string; list_reply?: { id: string; title?: string; description?: string }; button_reply?: { id: string; title?: string } };
  button?: { text?: string; payload?: string };
  image?: MediaRef;
  document?: MediaRef;
  audio?: MediaRef;
  video?: MediaRef;
  sticker?: MediaRef;
  location?: { latitude?: number; longitude?: number; name?: string; address?: string };
  context?: { from?: string; id?: string };
}

export interface WebhookStatus {
  id: string;
  /** sent, delivered, read or failed; others are ignored. */
  status: string;
  timestamp?: string;
  recipient_id?: string;
  errors?: { code?: number; title?: string; message?: string; error_data?: { details?: string } }[];
}

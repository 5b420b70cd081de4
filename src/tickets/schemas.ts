import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime } from '../server/schemas.ts';

export const ChannelSchema = Type.Union(['whatsapp', 'email', 'phone', 'helpdesk', 'livechat'].map((c) => Type.Literal(c)));
export const StatusSchema = Type.Union(['open', 'pending', 'escalated', 'resolved', 'closed'].map((s) => Type.Literal(s)));
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const PersonSchema = Type.Object({ id: Type.Integer(), username: Type.String(), name: Type.String() });

const RequesterSchema = Type.Object({
  name: Type.String(), phone: Nullable(Type.String()), email: Nullable(Type.String()), region_code: Nullable(Type.String()),
  institution: Nullable(Type.String()), user_category: Nullable(Type.String()),
});

export const TicketListItemSchema = Type.Object({
  id: Type.Integer(), number: Type.Integer(), channel: Type.String(), status: Type.String(), subject: Type.String(),
  created_at: DateTime, last_message_at: DateTime, last_inbound_at: NullableDateTime, first_response_at: NullableDateTime,
  requester: Type.Union([RequesterSchema, Type.Null()]),
  topics: Type.Array(Type.String()),
  assignee: Type.Union([PersonSchema, Type.Null()]),
  team_id: Type.Union([Type.Integer(), Type.Null()]),
  zone: Nullable(Type.String()), region_code: Nullable(Type.String()), user_category: Nullable(Type.String()),
  complaint: Type.Boolean(), spam: Type.Boolean(),
});

export const TicketListSchema = Type.Object({ items: Type.Array(TicketListItemSchema), sort: Type.String(), next_cursor: Nullable(Type.String()) });

export const InboxQuerySchema = Type.Object({
  status: Type.Optional(Type.String({ description: 'one or more of open, pending, escalated, resolved, closed, comma-separated' })),
  channel: Type.Optional(Type.String({ description: 'one or more channels, comma-separated' })),
  topic: Type.Optional(Type.String()),
  assignee: Type.Optional(Type.String({ description: 'a user id, "me" or "none"' })),
  team: Type.Optional(Type.String({ description: 'a team code or id' })),
  zone: Type.Optional(Type.Union(['WIB', 'WITA', 'WIT', 'none'].map((z) => Type.Literal(z)))),
  complaint: Type.Optional(Type.Boolean()),
  spam: Type.Optional(Type.Boolean()),
  contact: Type.Optional(Type.Integer()),
  from: Type.Optional(Type.String({ description: 'created on or after: YYYY-MM-DD (Jakarta) or an ISO instant' })),
  to: Type.Optional(Type.String({ description: 'created before: YYYY-MM-DD (Jakarta, exclusive) or an ISO instant' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'full-text search over subject and messages' })),
  sort: Type.Optional(Type.Union([Type.Literal('activity'), Type.Literal('created')], { description: 'activity (latest message first; the default) or created (newest ticket first; the default with from/to)' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  cursor: Type.Optional(Type.String()),
});

export const MessageSchema = Type.Object({
  id: Type.Integer(), direction: Type.String(), kind: Type.String(), body: Type.String(), created_at: DateTime,
  author: Nullable(Type.String()), author_name: Nullable(Type.String()),
  delivery_status: Nullable(Type.String()), delivery_error: Type.Unknown(), metadata: Type.Unknown(),
  attachments: Type.Array(Type.Object({ id: Type.Integer(), filename: Type.String(), mime_type: Type.String(), size_bytes: Type.Integer(), url: Type.String() })),
});

// Null first: with Ajv's coerceTypes a null tried against String or Integer first becomes "" or 0.
export const TicketChangesSchema = Type.Object({
  status: Type.Optional(StatusSchema),
  assignee_id: Type.Optional(Type.Union([Type.Null(), Type.Integer()])),
  topics: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  user_category: Type.Optional(Type.Union([Type.Null(), Type.String()])),
  region_code: Type.Optional(Type.Union([Type.Null(), Type.String()])),
  complaint: Type.Optional(Type.Boolean()),
  spam: Type.Optional(Type.Boolean()),
  subject: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });

export const NewTicketSchema = Type.Object({
  channel: ChannelSchema,
  requester: Type.Object({
    name: Type.Optional(Type.String({ maxLength: 200 })), phone: Type.Optional(Type.String({ maxLength: 40 })), email: Type.Optional(Type.String({ maxLength: 254 })),
    institution: Type.Optional(Type.String({ maxLength: 300 })), region: Type.Optional(Type.String({ maxLength: 200, description: 'a Kemendagri code or a name as typed' })),
    user_category: Type.Optional(Type.String()),
  }),
  subject: Type.Optional(Type.String({ maxLength: 200 })),
  body: Type.String({ minLength: 1, maxLength: 20_000 }),
  topics: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  received_at: Type.Optional(Type.String({ format: 'date-time' })),
});

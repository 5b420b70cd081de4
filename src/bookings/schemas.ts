import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime } from '../server/schemas.ts';
import { BOOKING_STATUSES, type BookingStatus } from '../db/schema.ts';

export const tags = ['bookings'];

// Null first: with type coercion on, a null would otherwise become 0 or ''.
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([Type.Null(), t]);
export const Kind = Type.Union([Type.Literal('face_to_face'), Type.Literal('video')]);
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (Asia/Jakarta)' });
const Time = Type.String({ maxLength: 5, description: 'HH:MM WIB, one of the rules\' slot_times' });
const Status = Type.Unsafe<BookingStatus>({ type: 'string', enum: [...BOOKING_STATUSES] });

export const BookingRequest = Type.Object({
  kind: Kind,
  date: Type.String({ maxLength: 10, description: 'YYYY-MM-DD (Asia/Jakarta), a day listed by GET /api/bookings/slots' }),
  start_time: Time,
  region_code: Type.Optional(Nullable(Type.String({ maxLength: 20, description: 'A Pemda (regions list); omit for another institution' }))),
  institution: Type.Optional(Nullable(Type.String({ maxLength: 300, description: 'The institution\'s name (required without region_code)' }))),
  contact_name: Type.String({ maxLength: 200 }),
  contact_email: Type.String({ maxLength: 254 }),
  contact_phone: Type.String({ maxLength: 40 }),
  topics: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20, description: 'Topic codes (directory topics)' }),
  guests: Type.Optional(Type.Union([Type.Null(), Type.Integer({ maximum: 10_000 })])),
  guest_names: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 })),
}, { additionalProperties: false });

export const Created = Type.Object({ reference: Type.String(), status: Type.String(), status_url: Type.String() });

export const Slots = Type.Object({
  days: Type.Array(Type.Object({ date: Type.String(), label: Type.String(), open: Type.Array(Type.String()) })),
});

export const Rules = Type.Object({
  max_guests: Type.Integer(), min_days_ahead: Type.Integer(), max_days_ahead: Type.Integer(), slots_per_day: Type.Integer(),
  slot_times: Type.Array(Type.String({ maxLength: 5 }), { maxItems: 48 }), working_days_only: Type.Boolean(),
}, { additionalProperties: false });

export const Booking = Type.Object({
  id: Type.Integer(), reference: Type.String(), kind: Kind, date: Type.String(), start_time: Type.Union([Type.String(), Type.Null()]),
  visitor: Type.String(), region_code: Type.Union([Type.String(), Type.Null()]), contact_id: Type.Union([Type.Integer(), Type.Null()]),
  contact_name: Type.Union([Type.String(), Type.Null()]), contact_email: Type.Union([Type.String(), Type.Null()]), contact_phone: Type.Union([Type.String(), Type.Null()]),
  topics: Type.Array(Type.String()), guests: Type.Union([Type.Integer(), Type.Null()]), guest_names: Type.Array(Type.String()),
  actual_guests: Type.Union([Type.Integer(), Type.Null()]), status: Status, meeting_link: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]), reason: Type.Union([Type.String(), Type.Null()]),
  decided_by: Type.Union([Type.Integer(), Type.Null()]), decided_at: NullableDateTime, source: Type.String(),
  created_at: DateTime, updated_at: DateTime,
});

export const BookingDetail = Type.Intersect([Booking, Type.Object({ status_url: Type.String() })]);

export const ListQuery = Type.Object({
  status: Type.Optional(Type.String({ maxLength: 100, description: 'Comma-separated statuses, e.g. requested,approved' })),
  kind: Type.Optional(Kind),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

export const IdParams = Type.Object({ id: Type.Integer() });
const Link = Type.Optional(Nullable(Type.String({ maxLength: 2000, description: 'The https:// meeting link (required to approve a video booking)' })));
export const ApproveBody = Type.Object({ meeting_link: Link }, { additionalProperties: false });
export const RescheduleBody = Type.Object({ date: Day, start_time: Time, meeting_link: Link }, { additionalProperties: false });
export const RejectBody = Type.Object({ reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });
export const CancelBody = Type.Object({ reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) }, { additionalProperties: false });
export const OutcomeBody = Type.Object({
  status: Type.Union([Type.Literal('held'), Type.Literal('no_show')]),
  actual_guests: Type.Optional(Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 10_000 })])),
  topics: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
}, { additionalProperties: false });

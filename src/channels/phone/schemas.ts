import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime } from '../../server/schemas.ts';
import { CALL_STATUSES } from '../../db/schema.ts';

const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Integer>>(schema: T) => Type.Union([schema, Type.Null()]);
const Direction = Type.Union([Type.Literal('in'), Type.Literal('out')]);
export const CallStatusSchema = Type.Union(CALL_STATUSES.map((s) => Type.Literal(s)));
const Topics = Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { minItems: 1, maxItems: 10, description: 'topic codes (GET /api/topics)' });
const Caller = Type.Object({
  phone: Type.Optional(Type.String({ maxLength: 40 })),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  institution: Type.Optional(Type.String({ maxLength: 300 })),
}, { additionalProperties: false });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const LogCallSchema = Type.Object({
  caller: Caller,
  region: Type.Optional(Type.String({ maxLength: 200, description: 'a Kemendagri code or a name as typed ("Kab. Bogor")' })),
  user_category: Type.Optional(Type.String({ maxLength: 50 })),
  topics: Topics,
  summary: Type.String({ minLength: 1, maxLength: 20_000 }),
  duration: Type.Union([Type.Integer({ minimum: 0 }), Type.String({ maxLength: 12 })], { description: 'seconds (125), or m:ss (2:05) or h:mm:ss' }),
  direction: Type.Optional(Direction),
  settled: Type.Boolean({ description: 'settled during the call: the ticket is resolved' }),
  at: Type.Optional(Type.String({ format: 'date-time', description: 'when the call started; default: now minus the duration' })),
  missed_call_id: Type.Optional(Type.Integer({ minimum: 1, description: 'the missed call this call returns' })),
}, { additionalProperties: false });

export const CompleteCallSchema = Type.Object({
  caller: Type.Optional(Type.Omit(Caller, ['phone'])),
  region: Type.Optional(Type.String({ maxLength: 200 })),
  user_category: Type.Optional(Type.String({ maxLength: 50 })),
  topics: Topics,
  summary: Type.String({ minLength: 1, maxLength: 20_000 }),
  settled: Type.Boolean({ description: 'resolved now, or kept open for a follow-up' }),
}, { additionalProperties: false });

export const CallListQuery = Type.Object({
  status: Type.Optional(CallStatusSchema),
  agent: Type.Optional(Type.String({ pattern: '^(me|[0-9]+)$', description: '"me" or a user id; default: everyone' })),
  returned: Type.Optional(Type.Boolean({ description: 'missed calls: whether they were called back (a logged call with missed_call_id)' })),
  before: Type.Optional(Type.Integer({ minimum: 1, description: 'the last id of the previous page' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});

export const PbxEventSchema = Type.Object({
  event: Type.Union([Type.Literal('ringing'), Type.Literal('answered'), Type.Literal('ended')]),
  call_id: Type.String({ minLength: 1, maxLength: 128, description: 'the PBX\'s id of the call (Avaya UCID)' }),
  caller: Type.Optional(Type.String({ maxLength: 64, description: 'the caller\'s number; absent when withheld' })),
  extension: Type.Optional(Type.String({ maxLength: 20, description: 'the agent\'s extension' })),
  at: Type.String({ format: 'date-time', description: 'when it happened, with its offset' }),
  direction: Type.Optional(Direction),
});

export const CallSchema = Type.Object({
  id: Type.Integer(), source: Type.String(), direction: Type.String(), status: Type.String(),
  caller_number: Nullable(Type.String()), caller_phone: Nullable(Type.String()), contact_id: Nullable(Type.Integer()),
  extension: Nullable(Type.String()), agent_id: Nullable(Type.Integer()),
  ringing_at: NullableDateTime, answered_at: NullableDateTime, ended_at: NullableDateTime,
  duration_seconds: Nullable(Type.Integer()), duration: Nullable(Type.String({ description: 'm:ss' })),
  ticket_id: Nullable(Type.Integer()), ticket_number: Nullable(Type.Integer()),
  completed_at: NullableDateTime, created_at: DateTime,
});

export const ExtensionSchema = Type.Object({ extension: Type.String(), user_id: Type.Integer(), username: Type.String(), name: Type.String(), updated_at: DateTime });
export const ExtensionParams = Type.Object({ extension: Type.String({ pattern: '^[0-9A-Za-z*#+-]{1,20}$' }) });

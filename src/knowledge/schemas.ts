/** Request and response schemas of the knowledge-base API. */
import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime } from '../server/schemas.ts';

const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const NullableText = Type.Union([Type.String(), Type.Null()]);

export const Status = Type.Union([
  Type.Literal('draft'), Type.Literal('published'), Type.Literal('needs_review'), Type.Literal('reviewed'), Type.Literal('archived'),
]);
export const EditorStatus = Type.Union([Type.Literal('draft'), Type.Literal('published')]);

export const Link = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300, description: 'e.g. "PMK Nomor 67 Tahun 2024"' }),
  url: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 2000 })),
}, { additionalProperties: false });

export const Content = {
  topic_code: Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()]),
  question: Type.String({ minLength: 1, maxLength: 1000 }),
  // The chatbot sends the answer as one WhatsApp text (4,096 characters with the regulations).
  answer: Type.String({ maxLength: 3500 }),
  links: Type.Array(Link, { maxItems: 20 }),
};

export const CreateBody = Type.Object({
  topic_code: Type.Optional(Content.topic_code), question: Content.question, answer: Content.answer,
  links: Type.Optional(Content.links), status: Type.Optional(EditorStatus),
}, { additionalProperties: false });

export const UpdateBody = Type.Object({
  topic_code: Type.Optional(Content.topic_code), question: Type.Optional(Content.question), answer: Type.Optional(Content.answer),
  links: Type.Optional(Content.links), status: Type.Optional(EditorStatus),
  expected_version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version the edit started from; 409 when somebody saved meanwhile' })),
}, { additionalProperties: false });

export const ReviewBody = Type.Object({
  decision: Type.Union([Type.Literal('accept'), Type.Literal('reject')]),
  note: Type.Optional(Type.String({ maxLength: 5000 })),
  flag_ids: Type.Optional(Type.Array(Type.Integer(), { minItems: 1 })),
  question: Type.Optional(Content.question), answer: Type.Optional(Content.answer), links: Type.Optional(Content.links),
}, { additionalProperties: false });

export const Article = Type.Object({
  id: Type.Integer(), topic_code: NullableText, topic_label: NullableText, question: Type.String(), answer: Type.String(),
  links: Type.Array(Link), status: Status, version: Type.Integer(),
  flagged_at: NullableDateTime, flagged_by: NullableInt, flag_note: NullableText,
  reviewed_at: NullableDateTime, reviewed_by: NullableInt, open_flags: Type.Integer(), source: Type.String(),
  created_at: DateTime, updated_at: DateTime,
});

export const Version = Type.Object({
  version: Type.Integer(), change: Type.String(), note: NullableText, topic_code: NullableText, question: Type.String(),
  answer: Type.String(), links: Type.Array(Link), status: Status, changed_by: NullableInt, changed_by_name: NullableText, changed_at: DateTime,
});

export const Flag = Type.Object({
  id: Type.Integer(), article_id: Type.Integer(), note: Type.String(), flagged_by: NullableInt, flagged_by_name: NullableText,
  flagged_at: DateTime, status: Type.String(), resolved_by: NullableInt, resolved_by_name: NullableText,
  resolved_at: NullableDateTime, resolution_note: NullableText,
});

export const SearchHit = Type.Object({
  id: Type.Integer(), topic_code: NullableText, topic_label: NullableText, question: Type.String(), answer: Type.String(),
  links: Type.Array(Link), status: Status, version: Type.Integer(), rank: Type.Number(),
  question_highlight: Type.String(), answer_highlight: Type.String(),
});

export const TopicQueue = Type.Object({
  topic_code: NullableText, topic_label: NullableText, count: Type.Integer(),
  oldest_flagged_at: NullableDateTime, mean_age_days: Type.Union([Type.Number(), Type.Null()]),
});

export const QueueArticle = Type.Object({
  id: Type.Integer(), topic_code: NullableText, topic_label: NullableText, question: Type.String(), flagged_at: NullableDateTime,
  flag_note: NullableText, version: Type.Integer(), age_days: Type.Union([Type.Number(), Type.Null()]), open_flags: Type.Integer(),
});

export const TopicReviewers = Type.Object({
  topic_code: Type.String(), topic_label: Type.String(),
  teams: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() })),
});

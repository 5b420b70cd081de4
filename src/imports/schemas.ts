import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime } from '../server/schemas.ts';
import { IMPORT_KINDS } from './run.ts';

export const KindParams = Type.Object({ kind: Type.Union(IMPORT_KINDS.map((kind) => Type.Literal(kind))) });
export const IdParams = Type.Object({ id: Type.Integer() });
export const UploadQuery = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 255, pattern: '\\.([cC][sS][vV]|[xX][lL][sS][xX])$', description: 'the file\'s name; its extension (.csv or .xlsx) says the format' }),
});

export const ImportSummarySchema = Type.Object({
  kind: Type.String(), file: Type.String(), read: Type.Integer(), inserted: Type.Integer(), updated: Type.Integer(),
  rejected: Type.Integer(), rejectedFile: Type.Union([Type.String(), Type.Null()]),
  createdAgents: Type.Array(Type.String()), createdTeams: Type.Array(Type.String()),
});

export const ImportRunSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  filename: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  read: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  rejected: Type.Integer(),
  summary: Type.Union([ImportSummarySchema, Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  started_by: Type.Union([Type.Integer(), Type.Null()]),
  started_at: DateTime,
  finished_at: NullableDateTime,
});

export const AcceptedSchema = Type.Object({ id: Type.Integer() });

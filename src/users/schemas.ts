import { Type } from '@sinclair/typebox';
import { DateTime, NullableDateTime } from '../server/schemas.ts';

export const RoleSchema = Type.Union([Type.Literal('admin'), Type.Literal('supervisor'), Type.Literal('agent'), Type.Literal('l2')]);

export const UserSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  role: RoleSchema,
  team: Type.Union([Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }), Type.Null()]),
  active: Type.Boolean(),
  can_login: Type.Boolean(),
  created_at: DateTime,
  last_login_at: NullableDateTime,
});

const TeamRef = Type.Union([Type.String({ minLength: 1 }), Type.Integer(), Type.Null()]);

export const NewUserSchema = Type.Object({
  username: Type.String({ minLength: 2, maxLength: 40 }),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  email: Type.Optional(Type.Union([Type.String({ format: 'email' }), Type.Null()])),
  role: RoleSchema,
  team: Type.Optional(TeamRef),
  password: Type.Optional(Type.String({ maxLength: 500 })),
});

export const UserChangesSchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Type.Union([Type.String({ format: 'email' }), Type.Null()])),
  role: Type.Optional(RoleSchema),
  team: Type.Optional(TeamRef),
  active: Type.Optional(Type.Boolean()),
  password: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });

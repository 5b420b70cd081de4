import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.ts';
import { ROLES } from '../db/schema.ts';
import { AppError, conflict, notFound, validation } from '../platform/errors.ts';
import { hashPassword } from '../auth/secrets.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';

type Db = Kysely<Database>;

export const MIN_PASSWORD_LENGTH = 10;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/i;

export interface PublicUser {
  id: number;
  username: string;
  name: string;
  email: string | null;
  role: Role;
  team: { id: number; code: string; name: string } | null;
  active: boolean;
  can_login: boolean;
  created_at: Date;
  last_login_at: Date | null;
}

export interface NewUser {
  username: string;
  name?: string | undefined;
  email?: string | null | undefined;
  role: Role;
  /** A team's code or numeric id: required for the l2 role. */
  team?: string | number | null | undefined;
  password?: string | undefined;
}

export type UserChanges = Partial<Omit<NewUser, 'username'>> & { active?: boolean | undefined };

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw validation(`The password is too short`, [
      { field: 'password', message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
  }
}

function checkRole(role: string): asserts role is Role {
  if (!ROLES.includes(role as Role)) {
    throw validation(`Unknown role ${role}`, [{ field: 'role', message: `Role must be one of ${ROLES.join(', ')}`, value: role }]);
  }
}

/** Finds a team by code (case-insensitive) or id; throws a validation error naming the field. */
export async function resolveTeamId(db: Db, team: string | number): Promise<number> {
  const query = db.selectFrom('teams').select('id');
  const row = await (typeof team === 'number' || /^\d+$/.test(team)
    ? query.where('id', '=', Number(team))
    : query.where((eb) => eb(eb.fn('lower', ['code']), '=', team.toLowerCase()))
  ).executeTakeFirst();
  if (!row) throw validation(`Unknown team ${team}`, [{ field: 'team', message: 'No team has this code or id', value: team }]);
  return row.id;
}

async function teamFor(db: Db, role: Role, team: string | number | null | undefined): Promise<number | null> {
  if (role !== 'l2') return null;
  if (team === undefined || team === null || team === '') {
    throw validation('A Layer 2 account belongs to one team', [{ field: 'team', message: 'Required for the l2 role' }]);
  }
  return resolveTeamId(db, team);
}

const userColumns = [
  'users.id', 'users.username', 'users.name', 'users.email', 'users.role', 'users.active',
  'users.created_at', 'users.last_login_at', 'users.password_hash', 'users.team_id',
  'teams.code as team_code', 'teams.name as team_name',
] as const;

function selectUsers(db: Db) {
  return db.selectFrom('users').leftJoin('teams', 'teams.id', 'users.team_id').select(userColumns);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

function toPublic(row: UserRow): PublicUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    email: row.email,
    role: row.role,
    team: row.team_id !== null && row.team_code !== null && row.team_name !== null
      ? { id: row.team_id, code: row.team_code, name: row.team_name }
      : null,
    active: row.active,
    can_login: row.active && row.password_hash !== null,
    created_at: row.created_at,
    last_login_at: row.last_login_at,
  };
}

export async function listUsers(db: Db): Promise<PublicUser[]> {
  const rows = await selectUsers(db).orderBy('users.username').execute();
  return rows.map(toPublic);
}

export async function getUser(db: Db, id: number): Promise<PublicUser> {
  const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`User ${id}`);
  return toPublic(row);
}

export async function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export async function createUser(db: Db, actor: AuditActor, input: NewUser): Promise<PublicUser> {
  if (!USERNAME.test(input.username)) {
    throw validation(`Invalid username ${input.username}`, [
      { field: 'username', message: '2-40 letters, digits, dots, dashes or underscores, starting with a letter or digit', value: input.username },
    ]);
  }
  checkRole(input.role);
  if (input.password !== undefined) checkPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await findUserByUsername(trx, input.username)) throw conflict(`The username ${input.username} is taken`);
    const teamId = await teamFor(trx, input.role, input.team);
    const { id } = await trx
      .insertInto('users')
      .values({
        username: input.username,
        name: input.name?.trim() || input.username,
        email: input.email ?? null,
        role: input.role,
        team_id: teamId,
        password_hash: input.password === undefined ? null : await hashPassword(input.password),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const created = await getUser(trx, id);
    await recordAudit(trx, actor, { action: 'user.create', entity: 'user', entityId: id, after: created });
    return created;
  });
}

export async function updateUser(db: Db, actor: AuditActor, id: number, changes: UserChanges): Promise<PublicUser> {
  if (changes.role !== undefined) checkRole(changes.role);
  if (changes.password !== undefined) checkPassword(changes.password);
  return db.transaction().execute(async (trx) => {
    const before = await getUser(trx, id);
    const role = changes.role ?? before.role;
    const teamChanged = changes.team !== undefined || changes.role !== undefined;
    const team = changes.team !== undefined ? changes.team : before.team?.id;
    await trx
      .updateTable('users')
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.email !== undefined ? { email: changes.email } : {}),
        ...(changes.role !== undefined ? { role } : {}),
        ...(teamChanged ? { team_id: await teamFor(trx, role, team) } : {}),
        ...(changes.active !== undefined ? { active: changes.active } : {}),
        ...(changes.password !== undefined ? { password_hash: await hashPassword(changes.password) } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    // A deactivated user or a new password ends every open session of that user.
    if (changes.active === false || changes.password !== undefined) {
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    }
    if (before.role === 'admin') assertNotLastAdmin(await countAdmins(trx));
    const after = await getUser(trx, id);
    const audited = changes.password !== undefined ? { ...after, password: 'changed' } : after;
    await recordAudit(trx, actor, { action: 'user.update', entity: 'user', entityId: id, before, after: audited });
    return after;
  });
}

export async function countAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return row.n;
}

export function assertNotLastAdmin(adminsLeft: number): void {
  if (adminsLeft < 1) throw new AppError('conflict', 'Sapa needs at least one active admin');
}

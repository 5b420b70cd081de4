import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { conflict, notFound, validation } from '../platform/errors.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';

type Db = Kysely<Database>;

export interface TeamInput {
  code?: string | undefined;
  name?: string | undefined;
  unit_code?: string | undefined;
  active?: boolean | undefined;
}

const columns = ['teams.id', 'teams.code', 'teams.name', 'teams.unit_code', 'teams.active', 'units.name as unit_name'] as const;
const select = (db: Db) => db.selectFrom('teams').innerJoin('units', 'units.code', 'teams.unit_code').select(columns);

export const listTeams = (db: Db) => select(db).orderBy('teams.unit_code').orderBy('teams.name').execute();

export async function getTeam(db: Db, id: number) {
  const team = await select(db).where('teams.id', '=', id).executeTakeFirst();
  if (!team) throw notFound(`Team ${id}`);
  return team;
}

async function checkUnit(db: Db, unitCode: string): Promise<void> {
  const unit = await db.selectFrom('units').select('code').where('code', '=', unitCode).executeTakeFirst();
  if (!unit) throw validation(`Unknown unit ${unitCode}`, [{ field: 'unit_code', message: 'No unit has this code', value: unitCode }]);
}

async function checkCodeFree(db: Db, code: string, exceptId?: number): Promise<void> {
  let query = db.selectFrom('teams').select('id').where((eb) => eb(eb.fn('lower', ['code']), '=', code.toLowerCase()));
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw conflict(`A team with code ${code} exists`);
}

export async function createTeam(db: Db, actor: AuditActor, input: Required<Pick<TeamInput, 'code' | 'name' | 'unit_code'>>) {
  return db.transaction().execute(async (trx) => {
    await checkUnit(trx, input.unit_code);
    await checkCodeFree(trx, input.code);
    const { id } = await trx.insertInto('teams').values(input).returning('id').executeTakeFirstOrThrow();
    const after = await getTeam(trx, id);
    await recordAudit(trx, actor, { action: 'team.create', entity: 'team', entityId: id, after });
    return after;
  });
}

export async function updateTeam(db: Db, actor: AuditActor, id: number, changes: TeamInput) {
  return db.transaction().execute(async (trx) => {
    const before = await getTeam(trx, id);
    if (changes.unit_code !== undefined) await checkUnit(trx, changes.unit_code);
    if (changes.code !== undefined) await checkCodeFree(trx, changes.code, id);
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length) await trx.updateTable('teams').set(set).where('id', '=', id).execute();
    const after = await getTeam(trx, id);
    await recordAudit(trx, actor, { action: 'team.update', entity: 'team', entityId: id, before, after });
    return after;
  });
}

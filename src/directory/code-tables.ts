import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { conflict, notFound, validation } from '../platform/errors.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';

/**
 * Reference tables keyed by a text code (topics, user categories, units) share one set of
 * list / create / update functions. Table and column names come only from this file's
 * definitions, never from a request.
 */
export interface CodeTable {
  table: 'topics' | 'user_categories' | 'units';
  entity: string;
  columns: readonly string[];
  orderBy: string;
}

export const CODE_TABLES = {
  topics: { table: 'topics', entity: 'topic', columns: ['code', 'label', 'kind', 'description', 'sort_order', 'active'], orderBy: 'sort_order, code' },
  userCategories: { table: 'user_categories', entity: 'user_category', columns: ['code', 'label', 'description', 'sort_order', 'active'], orderBy: 'sort_order, code' },
  units: { table: 'units', entity: 'unit', columns: ['code', 'name'], orderBy: 'code' },
} as const satisfies Record<string, CodeTable>;

type Row = Record<string, unknown>;
type Db = Kysely<Database>;

const CODE = /^[A-Za-z0-9_-]{1,40}$/;

function columnsOf(def: CodeTable) {
  return sql.join(def.columns.map((c) => sql.ref(c)));
}

function pick(def: CodeTable, values: Row): [string, unknown][] {
  return Object.entries(values).filter(([key, value]) => key !== 'code' && value !== undefined && def.columns.includes(key));
}

export async function listCodeTable(db: Db, def: CodeTable): Promise<Row[]> {
  const { rows } = await sql<Row>`select ${columnsOf(def)} from ${sql.table(def.table)} order by ${sql.raw(def.orderBy)}`.execute(db);
  return rows;
}

async function findRow(db: Db, def: CodeTable, code: string): Promise<Row | undefined> {
  const { rows } = await sql<Row>`select ${columnsOf(def)} from ${sql.table(def.table)} where code = ${code}`.execute(db);
  return rows[0];
}

export async function createCodeRow(db: Db, actor: AuditActor, def: CodeTable, values: Row & { code: string }): Promise<Row> {
  if (!CODE.test(values.code)) {
    throw validation(`Invalid code ${values.code}`, [{ field: 'code', message: '1-40 letters, digits, _ or -', value: values.code }]);
  }
  return db.transaction().execute(async (trx) => {
    if (await findRow(trx, def, values.code)) throw conflict(`A ${def.entity} with code ${values.code} exists`);
    const entries: [string, unknown][] = [['code', values.code], ...pick(def, values)];
    await sql`insert into ${sql.table(def.table)} (${sql.join(entries.map(([k]) => sql.ref(k)))})
              values (${sql.join(entries.map(([, v]) => v))})`.execute(trx);
    const after = await findRow(trx, def, values.code);
    await recordAudit(trx, actor, { action: `${def.entity}.create`, entity: def.entity, entityId: values.code, after });
    return after ?? {};
  });
}

export async function updateCodeRow(db: Db, actor: AuditActor, def: CodeTable, code: string, values: Row): Promise<Row> {
  return db.transaction().execute(async (trx) => {
    const before = await findRow(trx, def, code);
    if (!before) throw notFound(`${def.entity} ${code}`);
    const entries = pick(def, values);
    if (entries.length) {
      await sql`update ${sql.table(def.table)} set ${sql.join(entries.map(([k, v]) => sql`${sql.ref(k)} = ${v}`))}
                where code = ${code}`.execute(trx);
    }
    const after = await findRow(trx, def, code);
    await recordAudit(trx, actor, { action: `${def.entity}.update`, entity: def.entity, entityId: code, before, after });
    return after ?? {};
  });
}

import { sql } from 'kysely';
import { recordAudit } from '../audit/service.ts';
import { matchKey } from './values.ts';
import { keyed } from './lookups.ts';
import type { Db, ImportContext } from './spec.ts';

/** Imported tickets end up in this unit's teams when no unit is named like the team. */
export const FALLBACK_UNIT = { code: 'LAINNYA', name: 'Lainnya' } as const;

/** A new team's code from its name: "Tim Pajak Daerah" -> TIM_PAJAK_DAERAH. */
export function teamCodeOf(name: string): string {
  const code = name.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
  return code || 'TIM';
}

/**
 * The agents and Layer 2 teams an import names, found or created once per run: unknown
 * usernames become agent accounts without a password, unknown teams become teams without
 * members (both listed in the summary and audited).
 */
export class People {
  private readonly agents = new Map<string, number>();

  private constructor(private readonly teams: Map<string, number>, private readonly units: Map<string, string>) {}

  static async load(db: Db): Promise<People> {
    const teams = await db.selectFrom('teams').select(['id', 'code', 'name']).orderBy('id').execute();
    const units = await db.selectFrom('units').select(['code', 'name']).execute();
    return new People(
      keyed([...teams.map((t) => [t.code, t.id] as const), ...teams.map((t) => [t.name, t.id] as const)]),
      keyed([...units.map((u) => [u.code, u.code] as const), ...units.map((u) => [u.name, u.code] as const)]),
    );
  }

  agentId(username: string): number | undefined {
    return this.agents.get(username.toLowerCase());
  }

  teamId(text: string): number | undefined {
    return this.teams.get(matchKey(text));
  }

  /** Makes sure every username exists, creating the missing ones as agents without a login. */
  async ensureAgents(trx: Db, usernames: Iterable<string>, context: ImportContext): Promise<void> {
    const missing = new Map<string, string>();
    for (const name of usernames) if (!this.agents.has(name.toLowerCase())) missing.set(name.toLowerCase(), name);
    if (!missing.size) return;
    const lowered = [...missing.keys()];
    const found = await trx.selectFrom('users').select(['id', 'username']).where(sql<string>`lower(username)`, 'in', lowered).execute();
    for (const user of found) {
      this.agents.set(user.username.toLowerCase(), user.id);
      missing.delete(user.username.toLowerCase());
    }
    for (const username of missing.values()) {
      const user = await trx.insertInto('users').values({ username, name: username, role: 'agent', password_hash: null }).returning(['id', 'username', 'role']).executeTakeFirstOrThrow();
      await recordAudit(trx, context.actor, { action: 'user.create', entity: 'user', entityId: user.id, after: { ...user, can_login: false, via: 'import' } });
      this.agents.set(username.toLowerCase(), user.id);
      context.createdAgents.push(username);
    }
  }

  /** Makes sure every team exists, creating the missing ones under the unit named like them (else LAINNYA). */
  async ensureTeams(trx: Db, names: Iterable<string>, context: ImportContext): Promise<void> {
    for (const name of names) {
      if (this.teamId(name) !== undefined) continue;
      const unitCode = this.units.get(matchKey(name)) ?? (await this.fallbackUnit(trx));
      const team = await trx.insertInto('teams').values({ code: await this.freeCode(trx, teamCodeOf(name)), name, unit_code: unitCode })
        .returningAll().executeTakeFirstOrThrow();
      await recordAudit(trx, context.actor, { action: 'team.create', entity: 'team', entityId: team.id, after: { ...team, via: 'import' } });
      this.teams.set(matchKey(name), team.id);
      this.teams.set(matchKey(team.code), team.id);
      context.createdTeams.push(name);
    }
  }

  private async fallbackUnit(trx: Db): Promise<string> {
    await trx.insertInto('units').values(FALLBACK_UNIT).onConflict((oc) => oc.column('code').doNothing()).execute();
    this.units.set(matchKey(FALLBACK_UNIT.code), FALLBACK_UNIT.code);
    return FALLBACK_UNIT.code;
  }

  /** Team codes are unique; a taken one gets a number. */
  private async freeCode(trx: Db, code: string): Promise<string> {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? code : `${code.slice(0, 36)}_${n}`;
      const taken = await trx.selectFrom('teams').select('id').where(sql<string>`lower(code)`, '=', candidate.toLowerCase()).executeTakeFirst();
      if (!taken) return candidate;
    }
  }
}

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { DEMO_AGENTS, ensureDemoStaff } from '../users/bootstrap.ts';

type Db = Kysely<Database>;

export interface DemoStaff {
  /** The L1 agents of the seed report, in round-robin order. */
  agents: number[];
  supervisor: number | null;
  /** The Layer 2 account of each team (teams.code -> users.id). */
  l2ByTeam: Record<string, number>;
  /** Accounts this run created (without a password). */
  created: string[];
}

/** The demo's people; accounts missing are created without a password (an admin sets one to log in). */
export async function demoStaff(db: Db): Promise<DemoStaff> {
  const created = await ensureDemoStaff(db, undefined);
  const users = await db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select(['users.id', 'users.username', 'users.role', 'teams.code as team_code'])
    .orderBy('users.id')
    .execute();
  const byName = new Map(users.map((u) => [u.username.toLowerCase(), u]));
  const agents = DEMO_AGENTS.map((name) => byName.get(name.toLowerCase())?.id).filter((id): id is number => id !== undefined);
  const l2ByTeam: Record<string, number> = {};
  for (const u of users) if (u.role === 'l2' && u.team_code && !(u.team_code in l2ByTeam)) l2ByTeam[u.team_code] = u.id;
  return { agents, supervisor: byName.get('supervisor')?.id ?? null, l2ByTeam, created };
}

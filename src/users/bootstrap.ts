import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.ts';
import { SYSTEM_ACTOR } from '../auth/actor.ts';
import { generatePassword } from '../auth/secrets.ts';
import { createUser, findUserByUsername } from './service.ts';

type Db = Kysely<Database>;

/** Creates the first admin if there is none; returns the password when Sapa generated it. */
export async function ensureAdmin(db: Db, configured: string | undefined): Promise<{ created: boolean; password?: string }> {
  if (await findUserByUsername(db, 'admin')) return { created: false };
  const password = configured ?? generatePassword();
  await createUser(db, SYSTEM_ACTOR, { username: 'admin', name: 'Administrator', role: 'admin', password });
  return configured ? { created: true } : { created: true, password };
}

/** The five L1 agents of the seed report (page 33). */
export const DEMO_AGENTS = ['Linna', 'Hanna', 'Dian', 'Horas', 'Ronald'] as const;

/**
 * Staff accounts for the demo: the five L1 agents of the seed report, a supervisor and one L2
 * account per team. Without a password the accounts cannot log in until an admin sets one.
 */
export async function ensureDemoStaff(db: Db, password: string | undefined): Promise<string[]> {
  const teams = await db.selectFrom('teams').select(['code', 'name']).orderBy('code').execute();
  const people: { username: string; name: string; role: Role; team?: string }[] = [
    { username: 'supervisor', name: 'Koordinator Contact Center', role: 'supervisor' },
    ...DEMO_AGENTS.map((name) => ({ username: name.toLowerCase(), name, role: 'agent' as const })),
    ...teams.map((t) => ({ username: `l2-${t.code.toLowerCase()}`, name: t.name, role: 'l2' as const, team: t.code })),
  ];
  const created: string[] = [];
  for (const person of people) {
    if (await findUserByUsername(db, person.username)) continue;
    await createUser(db, SYSTEM_ACTOR, { ...person, password });
    created.push(person.username);
  }
  return created;
}

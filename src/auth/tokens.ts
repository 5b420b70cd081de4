import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notFound, validation } from '../platform/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { randomSecret, sha256 } from './secrets.ts';
import type { Actor, AuditActor } from './actor.ts';

type Db = Kysely<Database>;

export const TOKEN_PREFIX = 'sapa_';

export interface TokenInfo {
  id: number;
  user_id: number;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const infoColumns = ['id', 'user_id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'] as const;

/** Creates a personal API token; the secret is returned once and stored only as a hash. */
export async function createApiToken(
  db: Db,
  actor: AuditActor,
  userId: number,
  name: string,
): Promise<TokenInfo & { token: string }> {
  const label = name.trim();
  if (!label || label.length > 100) {
    throw validation('A token needs a name of 1-100 characters', [{ field: 'name', message: 'Say what the token is for' }]);
  }
  const token = TOKEN_PREFIX + randomSecret();
  return db.transaction().execute(async (trx) => {
    const info = await trx
      .insertInto('api_tokens')
      .values({ user_id: userId, name: label, token_hash: sha256(token), prefix: token.slice(0, 10), created_by: actor.userId })
      .returning(infoColumns)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'token.create', entity: 'api_token', entityId: info.id, after: info });
    return { ...info, token };
  });
}

export async function listApiTokens(db: Db, userId?: number): Promise<TokenInfo[]> {
  let query = db.selectFrom('api_tokens').select(infoColumns).orderBy('id');
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  return query.execute();
}

export async function revokeApiToken(db: Db, actor: AuditActor, tokenId: number, ownerId?: number): Promise<TokenInfo> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('api_tokens').select(infoColumns).where('id', '=', tokenId);
    if (ownerId !== undefined) query = query.where('user_id', '=', ownerId);
    const before = await query.executeTakeFirst();
    if (!before) throw notFound(`API token ${tokenId}`);
    const after = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: before.revoked_at ?? new Date() })
      .where('id', '=', tokenId)
      .returning(infoColumns)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'token.revoke', entity: 'api_token', entityId: tokenId, before, after });
    return after;
  });
}

/** The actor behind a bearer token, or undefined when unknown, revoked or its user inactive. */
export async function actorFromToken(db: Db, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.last_used_at', 'users.id as user_id', 'users.username', 'users.name', 'users.role', 'users.team_id'])
    .where('api_tokens.token_hash', '=', sha256(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  // Last use is kept to the minute: a write per request would be a hot row under scripts.
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  }
  return { userId: row.user_id, username: row.username, name: row.name, role: row.role, teamId: row.team_id, via: 'token' };
}

import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../auth/actor.ts';
import type { CallListQuery } from './schemas.ts';
import { callQuery, withDuration } from './view.ts';

type Db = Kysely<Database>;

/**
 * The console's call lists, newest first: "my drafts" (status=draft&agent=me), the missed
 * calls still to return (status=missed&returned=false), or all calls. Paged by id (before).
 */
export async function listCalls(db: Db, actor: Actor, query: Static<typeof CallListQuery>) {
  let q = callQuery(db).orderBy('calls.id', 'desc').limit(query.limit);
  if (query.status) q = q.where('calls.status', '=', query.status);
  if (query.agent) q = q.where('calls.agent_id', '=', query.agent === 'me' ? actor.userId : Number(query.agent));
  if (query.returned !== undefined) q = q.where('calls.ticket_id', query.returned ? 'is not' : 'is', null);
  if (query.before) q = q.where('calls.id', '<', query.before);
  const items = (await q.execute()).map(withDuration);
  return { items, next_before: items.length === query.limit ? (items.at(-1)?.id ?? null) : null };
}

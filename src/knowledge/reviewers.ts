/** The technical team of a topic: the Layer 2 teams that review its articles (admins edit the mapping). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor, AuditActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { notFound, validation } from '../platform/errors.ts';

type Db = Kysely<Database>;

export interface TopicReviewers {
  topic_code: string;
  topic_label: string;
  teams: { id: number; code: string; name: string }[];
}

export async function reviewerTeamIds(db: Db, topic: string | null): Promise<number[]> {
  if (topic === null) return [];
  const rows = await db.selectFrom('topic_reviewers').select('team_id').where('topic_code', '=', topic).execute();
  return rows.map((row) => row.team_id);
}

/** Admins close any review; a Layer 2 account closes the reviews of its team's topics. */
export async function canReview(db: Db, actor: Actor, topic: string | null): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'l2' || actor.teamId === null) return false;
  return (await reviewerTeamIds(db, topic)).includes(actor.teamId);
}

/** Every topic with its reviewing teams, in the topics' order. */
export async function listTopicReviewers(db: Db): Promise<TopicReviewers[]> {
  const topics = await db.selectFrom('topics').select(['code', 'label']).orderBy('sort_order').orderBy('code').execute();
  const pairs = await db.selectFrom('topic_reviewers').innerJoin('teams', 'teams.id', 'topic_reviewers.team_id')
    .select(['topic_reviewers.topic_code', 'teams.id', 'teams.code', 'teams.name']).orderBy('teams.code').execute();
  return topics.map((topic) => ({
    topic_code: topic.code,
    topic_label: topic.label,
    teams: pairs.filter((pair) => pair.topic_code === topic.code).map(({ id, code, name }) => ({ id, code, name })),
  }));
}

async function teamIdsOf(db: Db, codes: readonly string[]): Promise<number[]> {
  if (codes.length === 0) return [];
  const teams = await db.selectFrom('teams').select(['id', 'code']).where((eb) => eb(eb.fn('upper', ['code']), 'in', codes.map((c) => c.toUpperCase()))).execute();
  const known = new Set(teams.map((team) => team.code.toUpperCase()));
  const unknown = codes.filter((code) => !known.has(code.toUpperCase()));
  if (unknown.length > 0) throw validation('Tim tidak dikenal', unknown.map((code) => ({ field: 'teams', message: 'Tidak ada tim dengan kode ini', value: code })));
  return teams.map((team) => team.id);
}

/** Replaces the reviewing teams of a topic; audited. */
export async function setTopicReviewers(db: Db, actor: AuditActor, topic: string, teamCodes: readonly string[]): Promise<TopicReviewers> {
  return db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('topics').select('code').where('code', '=', topic).executeTakeFirst();
    if (!found) throw notFound(`Topik ${topic}`);
    const before = (await listTopicReviewers(trx)).find((t) => t.topic_code === topic);
    const teamIds = await teamIdsOf(trx, teamCodes);
    await trx.deleteFrom('topic_reviewers').where('topic_code', '=', topic).execute();
    if (teamIds.length > 0) await trx.insertInto('topic_reviewers').values(teamIds.map((team_id) => ({ topic_code: topic, team_id }))).execute();
    const after = (await listTopicReviewers(trx)).find((t) => t.topic_code === topic) as TopicReviewers;
    await recordAudit(trx, actor, { action: 'kb_reviewers.update', entity: 'topic', entityId: topic, before: before?.teams.map((t) => t.code), after: after.teams.map((t) => t.code) });
    return after;
  });
}

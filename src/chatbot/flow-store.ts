/** The flow versions in chatbot_flows: exactly one active, every earlier one kept. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { recordAudit } from '../audit/service.ts';
import type { AuditActor } from '../auth/actor.ts';
import { AppError, notFound, validation } from '../platform/errors.ts';
import { unusableArticleIds } from '../knowledge/chatbot.ts';
import { flowArticles, flowTopics, validateFlow, type ChatbotFlow, type FlowProblem } from './flow.ts';

type Db = Kysely<Database>;

export interface FlowVersion {
  version: number;
  active: boolean;
  updated_by: number | null;
  updated_by_name: string | null;
  updated_at: Date;
}

export interface StoredFlow extends FlowVersion {
  flow: ChatbotFlow;
}

// Every inbound message needs the flow; a short cache spares a query per message. Another
// instance's edit shows here within CACHE_MS; an edit made here shows at once.
const CACHE_MS = 5_000;
const cache = new WeakMap<Db, { at: number; flow: Promise<StoredFlow> }>();

const versionColumns = ['chatbot_flows.version', 'chatbot_flows.active', 'chatbot_flows.updated_by', 'chatbot_flows.updated_at', 'users.name as updated_by_name'] as const;

function selectVersions(db: Db) {
  return db.selectFrom('chatbot_flows').leftJoin('users', 'users.id', 'chatbot_flows.updated_by');
}

async function loadActive(db: Db): Promise<StoredFlow> {
  const row = await selectVersions(db).select([...versionColumns, 'chatbot_flows.definition']).where('chatbot_flows.active', '=', true).executeTakeFirst();
  // The migration seeds version 1 and saving keeps one active, so this is a broken database.
  if (!row) throw new AppError('internal', 'No active chatbot flow');
  const { definition, ...version } = row;
  return { ...version, flow: definition as ChatbotFlow };
}

export function getActiveFlow(db: Db, now = Date.now()): Promise<StoredFlow> {
  const hit = cache.get(db);
  if (hit && now - hit.at < CACHE_MS) return hit.flow;
  const flow = loadActive(db);
  flow.catch(() => cache.delete(db));
  cache.set(db, { at: now, flow });
  return flow;
}

export async function listFlowVersions(db: Db): Promise<FlowVersion[]> {
  return selectVersions(db).select(versionColumns).orderBy('chatbot_flows.version', 'desc').execute();
}

export async function getFlowVersion(db: Db, version: number): Promise<StoredFlow> {
  const row = await selectVersions(db).select([...versionColumns, 'chatbot_flows.definition']).where('chatbot_flows.version', '=', version).executeTakeFirst();
  if (!row) throw notFound(`Chatbot flow version ${version}`);
  const { definition, ...rest } = row;
  return { ...rest, flow: definition as ChatbotFlow };
}

async function unknownTopics(db: Db, flow: ChatbotFlow): Promise<FlowProblem[]> {
  const topics = flowTopics(flow);
  if (topics.length === 0) return [];
  const known = new Set((await db.selectFrom('topics').select('code').where('code', 'in', topics).execute()).map((t) => t.code));
  return topics.filter((code) => !known.has(code)).map((code) => ({ field: 'topic', message: `unknown topic code "${code}"`, value: code }));
}

async function unusableArticles(db: Db, flow: ChatbotFlow): Promise<FlowProblem[]> {
  const ids = await unusableArticleIds(db, flowArticles(flow));
  return ids.map((id) => ({ field: 'article', message: `knowledge-base article ${id} does not exist or is a draft or archived`, value: id }));
}

/** Structure first, then the topic codes and article ids against their tables. */
async function checkFlow(db: Db, candidate: unknown): Promise<ChatbotFlow> {
  const problems = validateFlow(candidate);
  if (problems.length > 0) throw validation('The chatbot flow is not valid', problems);
  const flow = candidate as ChatbotFlow;
  const references = [...(await unknownTopics(db, flow)), ...(await unusableArticles(db, flow))];
  if (references.length > 0) throw validation('The chatbot flow is not valid', references);
  return flow;
}

/** Stores a new version and makes it the active one; audited. */
export async function saveFlow(db: Db, actor: AuditActor, candidate: unknown): Promise<StoredFlow> {
  const flow = await checkFlow(db, candidate);
  const version = await db.transaction().execute(async (trx) => {
    // Saves queue behind each other, so version numbers and the single active row stay consistent.
    await sql`lock table chatbot_flows in exclusive mode`.execute(trx);
    const before = await trx.selectFrom('chatbot_flows').select(['version', 'definition']).where('active', '=', true).executeTakeFirst();
    const last = await trx.selectFrom('chatbot_flows').select((eb) => eb.fn.max('version').as('max')).executeTakeFirstOrThrow();
    const next = (last.max ?? 0) + 1;
    await trx.updateTable('chatbot_flows').set({ active: false }).where('active', '=', true).execute();
    await trx.insertInto('chatbot_flows').values({ version: next, definition: json(flow), active: true, updated_by: actor.userId }).execute();
    await recordAudit(trx, actor, {
      action: 'chatbot_flow.update', entity: 'chatbot_flow', entityId: next,
      before: before ? { version: before.version, flow: before.definition } : null, after: { version: next, flow },
    });
    return next;
  });
  cache.delete(db);
  return getFlowVersion(db, version);
}

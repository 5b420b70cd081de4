import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, KbArticlesTable, KbArticleStatus } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { SEARCH_CONFIG } from '../tickets/search.ts';
import { createRng, type Rng, type Weights } from './random.ts';
import { DEFAULT_TEAM, SECOND_TOPIC_WEIGHTS, TEAM_BY_TOPIC } from './shape.ts';
import { TECHNICAL_TEXTS } from './texts-technical.ts';
import { TOPICS } from '../directory/reference-data.ts';
import type { DemoStaff } from './staff.ts';

type Db = Kysely<Database>;

/** Articles awaiting review per topic, shaped like the seed's chart (page 32): PDRD and DBH most. */
const NEEDS_REVIEW: Readonly<Record<string, number>> = {
  PDRD: 11, DBH: 7, APLIKASI: 6, DAK_FISIK: 5, JF_AKPD: 5, SHSR: 4, TRANSFER: 4, DAU: 4, DID_IF: 3,
  DAK_NON_FISIK: 2, HIBAH: 2, DANA_DESA: 2, EV_KEUDA: 2, PEMBIAYAAN: 1, INPRES: 1, APDT: 1,
};
const REVIEWED = 20;
const PUBLISHED = 40;
const DAY = 86_400_000;

const ASPECTS = ['penyaluran', 'penganggaran', 'pelaporan', 'penggunaan', 'alokasi', 'persyaratan', 'perubahan rincian', 'pemantauan'];

/** Questions for a topic: the requesters' own, made general, then "Bagaimana ketentuan <aspect> ...". */
function questionsOf(topic: string, year: number): string[] {
  const own = (TECHNICAL_TEXTS[topic]?.questions ?? []).flatMap((q) =>
    [year - 1, year].map((y) => q.replace('{wilayah}', 'pemerintah daerah').replace('{tahun}', String(y))));
  const label = TOPICS.find((t) => t.code === topic)?.label ?? topic;
  const general = ASPECTS.map((a) => `Bagaimana ketentuan ${a} ${label} tahun ${year}?`);
  return [...new Set([...own, ...general])];
}

interface Plan { topic: string; status: KbArticleStatus }

function plan(rng: Rng): Plan[] {
  const review = Object.entries(NEEDS_REVIEW).flatMap(([topic, n]) => Array.from({ length: n }, (): Plan => ({ topic, status: 'needs_review' })));
  const weights: Weights = SECOND_TOPIC_WEIGHTS;
  const more = (count: number, status: KbArticleStatus): Plan[] => Array.from({ length: count }, () => ({ topic: rng.weighted(weights), status }));
  return [...review, ...more(REVIEWED, 'reviewed'), ...more(PUBLISHED, 'published')];
}

/**
 * About 120 knowledge-base articles over the technical topics, with their regulation; half
 * flagged for review in the last three months (the report's chart), some already reviewed.
 * The demo's articles are replaced as a whole on every run.
 */
export async function replaceKnowledgeBase(db: Db, seed: number, until: Date, staff: DemoStaff): Promise<number> {
  const rng = createRng(seed, 'knowledge');
  const year = Number(new Date(until.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
  const used = new Map<string, number>();
  const rows: Insertable<KbArticlesTable>[] = plan(rng).map((p, i) => {
    const questions = questionsOf(p.topic, year);
    const n = used.get(p.topic) ?? 0;
    used.set(p.topic, n + 1);
    const texts = TECHNICAL_TEXTS[p.topic];
    const question = questions[n % questions.length] ?? `Informasi ${p.topic}`;
    const created = new Date(until.getTime() - rng.int(120, 400) * DAY);
    const flagged = p.status === 'published' ? null : new Date(until.getTime() - rng.next() * 90 * DAY);
    const reviewed = p.status === 'reviewed' && flagged ? new Date(Math.min(flagged.getTime() + rng.int(1, 20) * DAY, until.getTime())) : null;
    const answer = texts?.answer ?? '';
    return {
      topic_code: p.topic, question, answer, links: json(texts?.reference ? [texts.reference] : []), status: p.status,
      version: reviewed ? 2 : 1, flagged_at: flagged, flagged_by: flagged ? (staff.agents[i % Math.max(1, staff.agents.length)] ?? null) : null,
      flag_note: flagged ? `Perlu disesuaikan dengan ketentuan terbaru${texts?.reference ? ` (${texts.reference})` : ''}` : null,
      reviewed_at: reviewed, reviewed_by: reviewed ? (staff.l2ByTeam[TEAM_BY_TOPIC[p.topic] ?? DEFAULT_TEAM] ?? staff.supervisor) : null,
      source: 'demo', external_ref: `kb-${String(i + 1).padStart(3, '0')}`,
      created_at: created, updated_at: reviewed ?? flagged ?? created,
    };
  });
  await db.deleteFrom('kb_articles').where('source', '=', 'demo').execute();
  await db.insertInto('kb_articles').values(rows).execute();
  // Where no trigger keeps the search column (the knowledge base may add one), fill it as tickets' is.
  await sql`update kb_articles set search = to_tsvector(${SEARCH_CONFIG}::regconfig, question || ' ' || answer)
    where source = 'demo' and search = ''::tsvector`.execute(db);
  return rows.length;
}

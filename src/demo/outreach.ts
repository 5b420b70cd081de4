import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { OUTREACH_METRICS } from '../outreach/metrics.ts';
import type { CalendarDay } from './calendar-table.ts';
import { createRng } from './random.ts';
import { seasonalFactor } from './volume.ts';
import { publicationItems, topPages, webinarItems } from './outreach-items.ts';

type Db = Kysely<Database>;

/** Months from January 2025, the seed's month: follower counts grow (or shrink) from its figures. */
function monthsFromSeed(month: string): number {
  return (Number(month.slice(0, 4)) - 2025) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Plausible figures near the seed's (pages 2-5, 29-31, 36-37) for every metric of the catalogue. */
export function outreachFigures(month: string, seed: number, counts: { publications: number; webinars: number }): Record<string, number> {
  const rng = createRng(seed, 'outreach', month);
  const t = monthsFromSeed(month);
  const active = Math.round(100_000 * seasonalFactor(month, seed, 'website') / 1000) * 1000;
  const feeds = rng.int(14, 24);
  const stories = rng.int(5, 14);
  const igReach = rng.int(200, 320) * 1000 + rng.int(0, 999);
  const xPosts = rng.int(28, 44);
  const xReachAvg = rng.int(140, 210);
  const advocacyPosts = rng.int(26_000, 34_000);
  const figures: Record<string, number> = {
    website_publications: counts.publications,
    website_active_users: active,
    website_new_users: Math.round(active * (0.82 + rng.next() * 0.06)),
    website_event_count: Math.round(active * (10 + rng.next() * 1.5)),
    webinars: counts.webinars,
    social_posts_avg: rng.int(30, 40),
    instagram_followers: 118_723 + t * 140 + rng.int(-30, 30),
    instagram_reach_total: igReach,
    instagram_reach_avg: Math.round(igReach / (feeds + stories)),
    instagram_posts_feed: feeds,
    instagram_posts_story: stories,
    x_followers: 16_612 - t * 12 + rng.int(-15, 15),
    x_reach_total: xPosts * xReachAvg,
    x_reach_avg: xReachAvg,
    x_posts: xPosts,
    facebook_followers: 14_278 + t * 24 + rng.int(-10, 10),
    facebook_reach_avg: rng.int(1500, 2100),
    facebook_posts: rng.int(28, 40),
    ppid_requests: rng.int(15, 25),
    advocacy_achievement_pct: Math.round(rng.int(18_000, 32_000)) / 100,
    advocacy_posts: advocacyPosts,
    advocacy_employees: rng.int(28_000, 31_000),
    advocacy_activations: Math.round(advocacyPosts * (0.92 + rng.next() * 0.06)),
  };
  return Object.fromEntries(OUTREACH_METRICS.map((m) => [m.name, figures[m.name] ?? 0]));
}

/** The month's outreach figures (overwritten) and lists: publications, webinars, top pages, PPID topics. */
export async function insertOutreach(trx: Db, month: string, seed: number, days: CalendarDay[]): Promise<void> {
  const working = days.filter((d) => d.working);
  const publications = publicationItems(month, seed, working);
  const webinars = webinarItems(month, seed, working);
  const items = [
    ...publications.map((i) => ({ ...i, list: 'publications' })),
    ...webinars.map((i) => ({ ...i, list: 'webinars' })),
    ...topPages(month, seed).map((title) => ({ title, date: null, type: '', list: 'top_pages' })),
    ...['Data anggaran dan realisasi APBD', 'Data anggaran dan realisasi Transfer ke Daerah'].map((title) => ({ title, date: null, type: '', list: 'ppid_topics' })),
  ];
  await trx.insertInto('outreach_items').values(items.map((i) => ({ month, ...i }))).execute();
  const figures = outreachFigures(month, seed, { publications: publications.length, webinars: webinars.length });
  const rows = Object.entries(figures).map(([metric, value]) => ({ month, metric, value, updated_by: null }));
  await trx.insertInto('outreach_figures').values(rows)
    .onConflict((oc) => oc.columns(['month', 'metric']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_by: null, updated_at: new Date() })))
    .execute();
}

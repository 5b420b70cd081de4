import { performance } from 'node:perf_hooks';
import type { DatabaseHandle } from '../src/db/connection.ts';
import type { Actor } from '../src/auth/actor.ts';
import { countTickets, listTickets, type InboxFilters } from '../src/tickets/inbox.ts';
import { seedTickets } from './seed-tickets.ts';
import { percentile } from './stats.ts';

const QUERIES: { name: string; filters: InboxFilters; counts?: boolean }[] = [
  { name: 'all, first page', filters: {} },
  { name: 'open', filters: { status: ['open'] } },
  { name: 'mine, open+pending', filters: { status: ['open', 'pending'], assignee: 'me' } },
  { name: 'unassigned open', filters: { status: ['open'], assignee: 'none' } },
  { name: 'whatsapp open', filters: { channel: ['whatsapp'], status: ['open'] } },
  { name: 'topic DAU', filters: { topic: 'DAU' } },
  { name: 'zone WIT, open', filters: { zone: 'WIT', status: ['open'] } },
  { name: 'complaints', filters: { complaint: true } },
  { name: 'one month', filters: { from: new Date('2025-01-01T00:00:00+07:00'), to: new Date('2025-02-01T00:00:00+07:00') } },
  { name: 'search "penyaluran"', filters: { q: 'penyaluran' } },
  { name: 'counts, all', filters: {}, counts: true },
  { name: 'counts, mine', filters: { assignee: 'me' }, counts: true },
];

export interface InboxResult {
  query: string;
  p50_ms: number;
  p95_ms: number;
}

export async function benchInbox(handle: DatabaseHandle, tickets: number, rounds: number): Promise<{ seed_seconds: number; results: InboxResult[] }> {
  const agentIds: number[] = [];
  for (let i = 0; i < 5; i++) {
    const row = await handle.db.insertInto('users').values({ username: `bench-agent-${i}`, name: `Agent ${i}`, role: 'agent', team_id: null, password_hash: null, email: null }).returning('id').executeTakeFirstOrThrow();
    agentIds.push(row.id);
  }
  const started = performance.now();
  await seedTickets(handle.db, tickets, agentIds);
  const seedSeconds = (performance.now() - started) / 1000;
  const actor: Actor = { userId: agentIds[0]!, username: 'bench-agent-0', name: 'Agent 0', role: 'agent', teamId: null, via: 'token' };
  const results: InboxResult[] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < rounds + 3; i++) {
      const t0 = performance.now();
      if (query.counts) await countTickets(handle.db, actor, query.filters);
      else await listTickets(handle.db, actor, query.filters, { limit: 50 });
      if (i >= 3) times.push(performance.now() - t0); // the first rounds warm the cache
    }
    results.push({ query: query.name, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95) });
  }
  return { seed_seconds: seedSeconds, results };
}

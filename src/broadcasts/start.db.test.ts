import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connection.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { SYSTEM_ACTOR } from '../auth/actor.ts';
import { enqueue } from '../jobs/outbox.ts';
import { createBroadcast } from './service.ts';
import { SEND_JOB } from './schedule.ts';
import { sendDedupeKey, startBroadcast } from './start.ts';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

const RATES = { email: 10, whatsapp: 80 };
const LIST = 'email,nama\na@x.go.id,A\nb@x.go.id,B\nc@x.go.id,C\n';

async function draft(): Promise<number> {
  return (await createBroadcast(h.db, SYSTEM_ACTOR, { channel: 'email', subject: 'Info', body: 'Isi', audience: { type: 'list', csv: LIST } })).id;
}

const sendJobs = (id: number) => h.db.selectFrom('outbox').select(['dedupe_key', 'run_at']).where('type', '=', SEND_JOB).where('dedupe_key', 'like', `broadcast:${id}:%`).orderBy('run_at').execute();

describe(`Starting a blast (${testDatabaseKind()})`, () => {
  it('carries on after a crash mid-expansion without a second row or job for anyone', async () => {
    const id = await draft();
    // A first run wrote one recipient and its job, then the process died.
    await h.db.updateTable('broadcasts').set({ status: 'sending', sent_at: new Date() }).where('id', '=', id).execute();
    await h.db.transaction().execute(async (trx) => {
      await trx.insertInto('broadcast_recipients').values({ broadcast_id: id, address: 'a@x.go.id', name: 'A' }).execute();
      await enqueue(trx, { type: SEND_JOB, payload: { broadcastId: id, address: 'a@x.go.id' }, dedupeKey: sendDedupeKey(id, 'a@x.go.id') });
    });
    await startBroadcast(h.db, id, RATES);
    await startBroadcast(h.db, id, RATES);
    const rows = await h.db.selectFrom('broadcast_recipients').select('address').where('broadcast_id', '=', id).orderBy('address').execute();
    expect(rows.map((r) => r.address)).toEqual(['a@x.go.id', 'b@x.go.id', 'c@x.go.id']);
    const jobs = await sendJobs(id);
    expect(jobs.map((j) => j.dedupe_key).sort()).toEqual(['a', 'b', 'c'].map((x) => `broadcast:${id}:${x}@x.go.id`));
    // The two new jobs are paced at the email rate: 100 ms apart.
    const [b, c] = jobs.filter((j) => j.dedupe_key !== sendDedupeKey(id, 'a@x.go.id')).map((j) => new Date(j.run_at).getTime());
    expect(c! - b!).toBe(100);
    expect(await h.db.selectFrom('broadcasts').select(['status', 'recipients']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ status: 'sending', recipients: 3 });
  });

  it('does nothing for a blast cancelled before its start job ran', async () => {
    const id = await draft();
    await h.db.updateTable('broadcasts').set({ status: 'cancelled' }).where('id', '=', id).execute();
    await startBroadcast(h.db, id, RATES);
    expect(await sendJobs(id)).toEqual([]);
    expect(await h.db.selectFrom('broadcasts').select(['status', 'sent_at']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ status: 'cancelled', sent_at: null });
  });
});

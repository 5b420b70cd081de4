import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from './connection.ts';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await sql`create table probe (id integer primary key, label text not null)`.execute(handle.db);
});
afterAll(() => handle.close());

describe(`database on ${testDatabaseKind()}`, () => {
  it('is the kind the test project asked for', () => {
    expect(handle.kind).toBe(testDatabaseKind());
  });

  it('is seeded with the reference data', async () => {
    const count = async (table: 'regions' | 'holidays' | 'topics' | 'teams' | 'user_categories') =>
      (await handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(await count('regions')).toBe(38 + 514);
    expect(await count('holidays')).toBe(82);
    expect(await count('user_categories')).toBe(4);
    expect(await count('topics')).toBeGreaterThanOrEqual(25);
    expect(await count('teams')).toBe(7);
    const bogor = await handle.db.selectFrom('regions').selectAll().where('code', '=', '32.01').executeTakeFirstOrThrow();
    expect(bogor).toMatchObject({ name: 'Kabupaten Bogor', zone: 'WIB', province_code: '32', kind: 'kabupaten' });
  });

  it('returns the same JavaScript types from both databases', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      select count(*) as n, avg(x)::numeric(10,2) as mean, date '2025-01-05' as day,
             interval '1 day 02:00' as span, timestamptz '2025-01-05 08:15:00+07' as at,
             '{"a":[1,2]}'::jsonb as doc, array[1,2]::int8[] as ids, true as flag
      from (values (1), (2), (4)) as t(x)`.execute(handle.db);
    const row = rows[0];
    expect(row).toEqual({
      n: 3, mean: 2.33, day: '2025-01-05', span: '1 day 02:00:00', at: new Date('2025-01-05T01:15:00Z'),
      doc: { a: [1, 2] }, ids: [1, 2], flag: true,
    });
  });

  it('never lets a rolled-back transaction\'s row appear while another transaction commits', async () => {
    let insertedA!: () => void;
    const aInserted = new Promise<void>((resolve) => (insertedA = resolve));
    const rolledBack = handle.db.transaction().execute(async (trx) => {
      await sql`insert into probe values (1, 'rolled back')`.execute(trx);
      insertedA();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('roll back');
    });
    await aInserted;
    const committed = handle.db.transaction().execute(async (trx) => {
      await sql`insert into probe values (2, 'committed')`.execute(trx);
    });
    const outside = sql<{ id: number }>`select id from probe order by id`.execute(handle.db);
    await expect(rolledBack).rejects.toThrow('roll back');
    await committed;
    expect((await outside).rows.map((r) => r.id)).not.toContain(1);
    const { rows } = await sql<{ id: number; label: string }>`select id, label from probe order by id`.execute(handle.db);
    expect(rows).toEqual([{ id: 2, label: 'committed' }]);
  });

  it('keeps many concurrent transactions apart', async () => {
    const work = Array.from({ length: 20 }, (_, i) =>
      handle.db.transaction().execute(async (trx) => {
        await sql`insert into probe values (${100 + i}, ${`t${i}`})`.execute(trx);
        if (i % 2 === 1) throw new Error(`odd ${i}`);
      }),
    );
    const results = await Promise.allSettled(work);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(10);
    const { rows } = await sql<{ id: number }>`select id from probe where id >= 100 order by id`.execute(handle.db);
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => 100 + i * 2));
  });

  it('reports constraint violations with PostgreSQL\'s code', async () => {
    await expect(sql`insert into probe values (2, 'again')`.execute(handle.db)).rejects.toMatchObject({ code: '23505' });
  });
});

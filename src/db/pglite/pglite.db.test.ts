import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../connection.ts';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'sapa-pglite-'));
  folders.push(folder);
  return folder;
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('embedded PGlite', () => {
  it('runs queries in a worker thread, so a long query does not freeze the event loop', async () => {
    const handle = await openPglite(undefined);
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const started = Date.now();
      await sql`select sum(a * b) from generate_series(1, 1500) a, generate_series(1, 1500) b`.execute(handle.db);
      const elapsed = Date.now() - started;
      clearInterval(timer);
      // A blocked loop would tick at most once; a free one ticks about every 5 ms.
      expect(elapsed).toBeGreaterThan(50);
      expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
    } finally {
      await handle.close();
    }
  });

  it('refuses a second opener of the same data folder, in-process and from another process, and keeps the first one\'s data', async () => {
    const dataDir = await tempFolder();
    const first = await openPglite(dataDir);
    await sql`create table kept (n integer)`.execute(first.db);
    await sql`insert into kept values (1)`.execute(first.db);

    await expect(openPglite(dataDir)).rejects.toMatchObject({ code: 'locked' });
    const second = await runCli(['serve'], { SAPA_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' });
    expect(second.code).toBe(1);
    expect(second.output).toContain('is in use by another Sapa process');

    await sql`insert into kept values (2)`.execute(first.db);
    await first.close();
    const reopened = await openPglite(dataDir);
    try {
      const { rows } = await sql<{ n: number }>`select n from kept order by n`.execute(reopened.db);
      expect(rows.map((r) => r.n)).toEqual([1, 2]);
    } finally {
      await reopened.close();
    }
  });
});

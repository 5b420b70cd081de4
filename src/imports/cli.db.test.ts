import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { databaseUrl } from '../../test/helpers/postgres-urls.ts';
import { importFolder } from '../../test/fixtures/imports/files.ts';

// `sapa import` as a user runs it: a child process on its own database (a PGlite folder, or a
// database of its own on the PostgreSQL test server).
const kind = testDatabaseKind();
const database = `sapa_test_${process.pid}_cli_import`;
let env: Record<string, string> = {};
let dataDir = '';
let files: Awaited<ReturnType<typeof importFolder>>;

async function adminQuery(text: string): Promise<void> {
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(text);
  await admin.end();
}

beforeAll(async () => {
  files = await importFolder();
  if (kind === 'postgres') {
    await adminQuery(`drop database if exists "${database}" with (force)`);
    await adminQuery(`create database "${database}"`);
    env = { DATABASE_URL: databaseUrl(database) };
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sapa-cli-import-'));
    env = { SAPA_DATA_DIR: dataDir, DATABASE_URL: '' };
  }
});
afterAll(async () => {
  await files.remove();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  if (kind === 'postgres') await adminQuery(`drop database if exists "${database}" with (force)`);
});

function sapa(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe(`sapa import (${kind})`, () => {
  it('prints the summary (no progress bar when not on a terminal) and exits 0 even with rejected rows', async () => {
    const file = await files.fixture('tickets.csv');
    const result = await sapa(['import', 'tickets', file, '--batch-size', '4']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([
      `Impor tickets selesai (import finished): ${file}`,
      '  dibaca (read):          13',
      '  ditambahkan (inserted): 6',
      '  diperbarui (updated):   0',
      `  ditolak (rejected):     7 -> ${file}.rejected.csv`,
      '  agen baru tanpa login (created agents): linna, rudi',
      '  tim baru tanpa anggota (created teams): Tim Pajak Daerah Baru',
      '',
    ].join('\n'));
    const again = await sapa(['import', 'tickets', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  ditambahkan (inserted): 0\n  diperbarui (updated):   6\n');
  }, 240_000);

  it('exits 1 with a clear message for a missing column, an unknown kind or an unreadable file', async () => {
    const noChannel = await files.write('tanpa-kanal.csv', 'id,created_at\nT-1,2025-01-06 09:00\n');
    const missing = await sapa(['import', 'tickets', noChannel]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('sapa: Kolom wajib tidak ada: channel (missing required column: channel)');
    const unknownKind = await sapa(['import', 'surveys', noChannel]);
    expect(unknownKind.code).toBe(1);
    expect(unknownKind.stderr).toContain("value 'surveys' is invalid for argument 'kind'. Allowed choices are tickets, chatbot_sessions, bookings, broadcasts, outreach, kb_articles.");
    const gone = await sapa(['import', 'bookings', path.join(files.folder, 'tidak-ada.csv')]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('tidak-ada.csv tidak ada (no such file)');
  }, 240_000);
});

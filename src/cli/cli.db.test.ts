import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { databaseUrl } from '../../test/helpers/postgres-urls.ts';

// The CLI end to end, as a user runs it. On the postgres project it runs against a
// database of its own on the test server; on pglite, in a temporary data folder.
const kind = testDatabaseKind();
let folder = '';
const children: ChildProcessWithoutNullStreams[] = [];

// A server still shutting down writes into its data folder, so wait for every child to exit
// before the folder goes (removing it under a live PGlite failed with ENOTEMPTY).
afterAll(async () => {
  await Promise.all(children.map(stopChild));
  if (folder) await rm(folder, { recursive: true, force: true, maxRetries: 5 });
});

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    child.kill('SIGTERM');
  });
}

async function environment(): Promise<Record<string, string>> {
  if (kind === 'postgres') {
    const pg = await import('pg');
    const name = `sapa_test_${process.pid}_cli`;
    const admin = new pg.default.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    await admin.end();
    return { DATABASE_URL: databaseUrl(name) };
  }
  folder = await mkdtemp(path.join(tmpdir(), 'sapa-cli-'));
  return { SAPA_DATA_DIR: folder, DATABASE_URL: '' };
}

function start(args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', SAPA_ADMIN_PASSWORD: '', ...env },
  });
  children.push(child);
  return child;
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = start(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) resolve(match);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

describe(`the sapa command (${kind})`, () => {
  it('serves with demo accounts, prints the address and a working admin login, and manages users and tokens', async () => {
    const env = await environment();
    const server = start(['serve', '--demo-if-empty'], { ...env, PORT: '0', SAPA_DEMO: '1' });
    const [, url, password] = await waitForOutput(server, /berjalan di (http:\/\/\S+)[\s\S]*Login: admin \/ (\S+)/);
    const health = (await (await fetch(`${url}/health`)).json()) as { status: string; database: string };
    expect(health).toMatchObject({ status: 'ok', database: kind });
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const agentLogin = await fetch(`${url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'linna', password }),
    });
    expect(agentLogin.status).toBe(200);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.on('close', resolve));

    const added = await run(['user', 'add', '--username', 'horas2', '--role', 'l2', '--team', 'DTU'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Created l2 horas2 \(team DTU\)\.\nPassword: \S+/);
    const missingTeam = await run(['user', 'add', '--username', 'x2', '--role', 'l2'], env);
    expect(missingTeam.code).toBe(1);
    expect(missingTeam.stderr).toContain('team: Required for the l2 role');
    const token = await run(['token', 'create', '--user', 'horas2', '--name', 'skrip'], env);
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^sapa_[\w-]{43}$/);

    const again = start(['serve'], { ...env, PORT: '0' });
    const [, url2] = await waitForOutput(again, /berjalan di (http:\/\/\S+)/);
    const me = await fetch(`${url2}/api/me`, { headers: { authorization: `Bearer ${token.stdout.trim()}` } });
    expect(((await me.json()) as { user: { username: string; team: { code: string } } }).user).toMatchObject({ username: 'horas2', team: { code: 'DTU' } });
  }, 90_000);

  it('explains each command with --help', async () => {
    const help = await run(['user', 'add', '--help'], {});
    expect(help.stdout).toContain('--username <name>');
    expect(help.stdout).toContain('--team <code>');
  });
});

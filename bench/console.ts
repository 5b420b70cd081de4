import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/helpers/chromium.ts';
import { summarise } from './stats.ts';

// npm run bench:console [-- --rounds 10]
// The console's first load of the inbox, as `npm start` serves it on the demo data (PGlite,
// 14 months): a browser with a session but nothing cached opens /inbox; the time runs until
// the first ticket row is on screen. Then the same again with the browser's cache warm.
const program = new Command('bench:console').option('--rounds <n>', 'page loads of each kind', '10').parse();
const rounds = Number(program.opts<{ rounds: string }>().rounds);

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; password: string }> {
  const child = spawn('npm', ['start'], { env: { ...process.env, SAPA_DATA_DIR: dataDir, PORT: '0', SAPA_DEMO: '1', SAPA_ADMIN_PASSWORD: '', DATABASE_URL: '', LOG_LEVEL: 'warn' }, detached: true });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /berjalan di (http:\/\/\S+)[\s\S]*Login: admin \/ (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1] ?? '', password: match[2] ?? '' });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)));
  });
}

const folder = await mkdtemp(path.join(os.tmpdir(), 'sapa-bench-console-'));
const started = performance.now();
const server = await startServer(folder);
console.log(`server with demo data up in ${((performance.now() - started) / 1000).toFixed(1)} s at ${server.url}`);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const cold: number[] = [];
  const warm: number[] = [];
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const login = await context.request.post(`${server.url}/api/auth/login`, { data: { username: 'admin', password: server.password } });
    if (!login.ok()) throw new Error(`login: ${login.status()}`);
    const page = await context.newPage();
    for (const samples of [cold, warm]) {
      const t0 = performance.now();
      await page.goto(`${server.url}/inbox`);
      await page.getByTestId('ticket-row').first().waitFor();
      samples.push(performance.now() - t0);
      rows = await page.getByTestId('ticket-row').count();
    }
    await context.close();
  }
  const record = {
    benchmark: 'console-inbox-first-load', database: 'pglite', demo: 'npm start (14 months)', rounds, rows_rendered: rows,
    cold_ms: summarise(cold), warm_ms: summarise(warm),
    machine: { cpus: os.cpus().length, load: Math.round((os.loadavg()[0] ?? 0) * 10) / 10 }, at: new Date().toISOString(),
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/console-inbox.json', `${JSON.stringify(record, null, 2)}\n`);
  console.log(record);
} finally {
  await browser.close();
  if (server.child.pid) process.kill(-server.child.pid, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await rm(folder, { recursive: true, force: true });
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, browserSkipReason } from '../../../test/helpers/chromium.ts';
import { login, type Session } from '../../../test/helpers/app.ts';
import { testDatabaseKind } from '../../../test/helpers/db.ts';
import { until } from '../../../test/helpers/until.ts';
import { buildConsole } from '../../../test/helpers/console.ts';
import { SYSTEM_ACTOR } from '../../auth/actor.ts';
import { createUser } from '../../users/service.ts';
import { openHours, startLivechatServer, type LivechatServer } from './test-server.ts';

// The widget in real Chromium, on a page of another origin, against the real server.
// It needs one database kind: PostgreSQL when the run has one (CI), PGlite otherwise.
const noBrowser = browserSkipReason();
const skip = (testDatabaseKind() === 'pglite' && Boolean(process.env.TEST_DATABASE_URL)) || noBrowser !== undefined;
const SCREENSHOT = new URL('../../../docs/screenshots/livechat-widget.png', import.meta.url).pathname;

let server: LivechatServer;
let host: Server;
let hostOrigin: string;
let browser: Browser;
let page: Page;
let agent: Session;

/** The site that embeds the widget: one script tag, nothing else from Sapa. */
function startHostSite(sapa: () => string): Promise<Server> {
  const site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Contact Center DJPK</title></head>
<body style="font-family:sans-serif;margin:40px"><h1>Contact Center DJPK</h1><p>Layanan informasi Direktorat Jenderal Perimbangan Keuangan.</p>
<script src="${sapa()}/widget.js" data-title="Live Chat DJPK" data-color="#0b4f8a" async></script></body></html>`);
  });
  return new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(site)));
}

/** The agent's console in its own browser context, logged in, showing every ticket of the inbox. */
async function agentConsole(): Promise<Page> {
  const agentPage = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' })).newPage();
  await agentPage.goto(server.origin);
  await agentPage.getByLabel('Nama pengguna').fill('dewi');
  await agentPage.getByLabel('Kata sandi').fill('correct horse battery');
  await agentPage.getByRole('button', { name: 'Masuk' }).click();
  await agentPage.getByText('Semua', { exact: true }).first().click();
  return agentPage;
}

const ticketMessages = (body: string) => server.db.selectFrom('messages').select(['id', 'ticket_id']).where('body', '=', body).execute();

const title = noBrowser ? `${noBrowser}: ${testDatabaseKind()}` : skip ? 'live chat widget in Chromium: runs once, on PostgreSQL (TEST_DATABASE_URL is set), not again on PGlite' : `live chat widget in Chromium (${testDatabaseKind()})`;

describe.skipIf(skip)(title, () => {
  beforeAll(async () => {
    host = await startHostSite(() => server.origin);
    // Another origin than Sapa's (another host name and port), and the only one allowed.
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
    server = await startLivechatServer({ LIVECHAT_ALLOWED_ORIGINS: hostOrigin, LIVECHAT_CHALLENGE_BITS: '14' }, await buildConsole());
    const agentId = (await createUser(server.db, SYSTEM_ACTOR, { username: 'dewi', role: 'agent', password: 'correct horse battery' })).id;
    agent = await login({ app: server.app, handle: server.handle, close: () => server.close() }, 'dewi');
    await openHours(server.db, agentId);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    page = await (await browser.newContext({ viewport: { width: 1000, height: 720 }, locale: 'id-ID' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  it('a visitor chats with an agent, survives a dropped connection without losing or doubling a message, and a reload', async () => {
    await page.goto(hostOrigin);
    await page.getByRole('button', { name: 'Buka live chat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Live Chat DJPK' });
    await dialog.getByLabel('Nama').fill('Sri Wahyuni');
    await dialog.getByLabel('Daerah').selectOption('34.02');
    await dialog.getByLabel('Instansi/SKPD').fill('BPKAD Kabupaten Bantul');
    await dialog.getByLabel('Email').fill('sri@bantulkab.go.id');
    await dialog.getByRole('button', { name: 'Mulai chat' }).click();

    const composer = dialog.getByLabel('Pesan', { exact: true });
    await composer.fill('Kapan DAU bulan Februari disalurkan?');
    await composer.press('Enter');
    await dialog.getByText('Terkirim').first().waitFor();
    const [question] = await ticketMessages('Kapan DAU bulan Februari disalurkan?');
    expect(question).toBeDefined();

    // The agent finds the live chat in the console's inbox and answers there.
    const inbox = (await agent.request('GET', '/api/tickets?channel=livechat')).json<{ items: { id: number; requester: { name: string } }[] }>();
    expect(inbox.items).toMatchObject([{ id: question?.ticket_id, requester: { name: 'Sri Wahyuni' } }]);
    const agentPage = await agentConsole();
    await agentPage.getByTestId('ticket-row').filter({ hasText: 'Sri Wahyuni' }).click();
    await agentPage.getByTestId('conversation').getByText('Kapan DAU bulan Februari disalurkan?').first().waitFor();
    await agentPage.getByTestId('composer').fill('DAU Februari disalurkan minggu depan.');
    await agentPage.getByRole('button', { name: 'Kirim balasan' }).click();
    await dialog.getByText('DAU Februari disalurkan minggu depan.').waitFor();
    // Refreshes the README's picture only when asked, so that a test run leaves the tree as it was.
    if (process.env.SAPA_SCREENSHOTS === '1') await page.screenshot({ path: SCREENSHOT });

    // The connection drops and the network is gone: the visitor writes anyway.
    await page.context().setOffline(true);
    for (const socket of server.app.websocketServer.clients) socket.terminate();
    await dialog.getByText('Koneksi terputus, menghubungkan ulang…').waitFor();
    await composer.fill('Apakah ada surat edarannya?');
    await composer.press('Enter');
    await dialog.getByText('Menunggu koneksi…').waitFor();
    expect(await ticketMessages('Apakah ada surat edarannya?')).toEqual([]);

    // Back online: the widget reconnects and sends it; it is stored and shown once.
    await page.context().setOffline(false);
    await dialog.getByText('Terhubung').waitFor();
    await until(async () => ((await ticketMessages('Apakah ada surat edarannya?')).length ? true : undefined));
    await expect.poll(() => dialog.getByText('Menunggu koneksi…').count()).toBe(0);
    expect(await ticketMessages('Apakah ada surat edarannya?')).toHaveLength(1);
    expect(await dialog.getByText('Apakah ada surat edarannya?').count()).toBe(1);

    // A reload keeps the session: the conversation comes back without the form.
    await page.reload();
    await page.getByRole('button', { name: 'Buka live chat' }).click();
    await dialog.getByText('DAU Februari disalurkan minggu depan.').waitFor();
    expect(await dialog.getByText('Apakah ada surat edarannya?').count()).toBe(1);
    expect(await dialog.getByLabel('Nama').count()).toBe(0);
  });
});

import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, browserSkipReason } from '../helpers/chromium.ts';
import type { FakeSentMessage } from '../fakes/whatsapp/fake-graph.ts';
import { testDatabaseKind } from '../helpers/db.ts';
import { PASSWORD, addStaff, startConsoleServer, type ConsoleServer } from './console-server.ts';

// The console in real Chromium against the whole server: an agent sees a WhatsApp message
// arrive live, replies (the reply reaches the fake Graph API), escalates; the Layer 2 team
// answers; the agent resolves; a supervisor downloads the month's PPTX. It needs one
// database kind: PostgreSQL when the run has one (CI), PGlite otherwise.
const noBrowser = browserSkipReason();
const skip = (testDatabaseKind() === 'pglite' && Boolean(process.env.TEST_DATABASE_URL)) || noBrowser !== undefined;
const title = noBrowser ? `${noBrowser}: ${testDatabaseKind()}` : skip ? 'console in Chromium: runs once, on PostgreSQL (TEST_DATABASE_URL is set), not again on PGlite' : `console in Chromium (${testDatabaseKind()})`;

const USER = '6281234567890';
const REPLY = 'DAU tahap II disalurkan paling lambat akhir Maret, setelah syarat salur lengkap.';
const L2_ANSWER = 'Syarat salur DAU tahap II: laporan realisasi tahap I paling sedikit 70%.';

let server: ConsoleServer;
let browser: Browser;

const textOf = (m: FakeSentMessage): string => {
  const body = m.body as { text?: { body?: string }; interactive?: { body?: { text?: string }; action?: { sections?: { rows?: unknown[] }[] } } };
  return body.text?.body ?? body.interactive?.body?.text ?? '';
};
const toUser = (predicate: (m: FakeSentMessage) => boolean) => server.fake.waitForSent((m) => m.to === USER && predicate(m), 15_000);

async function signIn(username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', acceptDownloads: true })).newPage();
  await page.goto(server.origin);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect.poll(() => page.getByTestId('current-user').textContent(), { timeout: 15_000 }).toContain(username);
  return page;
}

/** A requester registers with the chatbot and asks for an agent: the way a WhatsApp ticket opens. */
async function requesterAsksForAnAgent(): Promise<void> {
  await server.fake.sendUserMessage(USER, { text: 'Halo', profileName: 'Budi Santoso' });
  await toUser((m) => textOf(m).includes('Pertanyaan:'));
  await server.fake.sendUserMessage(USER, { text: 'Nama: Budi Santoso\nDaerah: Kab. Bogor\nInstansi/SKPD: BPKAD Kab. Bogor\nEmail: budi@bogorkab.go.id\nPertanyaan: Kapan DAU tahap 2 disalurkan?' });
  await toUser((m) => (m.body as { interactive?: unknown }).interactive !== undefined);
  await server.fake.sendUserMessage(USER, { text: '9' });
}

describe.skipIf(skip)(title, () => {
  beforeAll(async () => {
    server = await startConsoleServer();
    await addStaff(server, 'linna', 'agent');
    await addStaff(server, 'l2-dtu', 'l2', 'DTU');
    await addStaff(server, 'rina', 'supervisor');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an agent answers a WhatsApp message that arrives live, escalates, Layer 2 answers, the agent resolves; the report downloads', async () => {
    const agent = await signIn('linna');
    await agent.getByText('Semua', { exact: true }).first().click();
    // Connected to the live events before the message is sent, so that it can only arrive live.
    await expect.poll(() => agent.getByTestId('live-status').textContent(), { timeout: 15_000 }).toContain('Langsung');

    // The message arrives while the inbox is open: no reload.
    await requesterAsksForAnAgent();
    const row = agent.getByTestId('ticket-row').filter({ hasText: 'Budi Santoso' });
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    const conversation = agent.getByTestId('conversation');
    await conversation.getByText('Kapan DAU tahap 2 disalurkan?').first().waitFor();

    await agent.getByTestId('composer').fill(REPLY);
    await agent.getByRole('button', { name: 'Kirim balasan' }).click();
    expect(textOf(await toUser((m) => textOf(m) === REPLY))).toBe(REPLY);

    await conversation.getByRole('button', { name: 'Eskalasi' }).click();
    const dialog = agent.getByRole('dialog');
    await dialog.getByLabel('Tim Layer 2').click();
    await agent.getByRole('option', { name: /Direktorat DTU/ }).click();
    await dialog.getByLabel('Catatan untuk Layer 2').fill('Mohon konfirmasi syarat salur DAU tahap II.');
    await dialog.getByRole('button', { name: 'Eskalasi' }).click();
    await expect.poll(() => agent.getByTestId('ticket-status').textContent(), { timeout: 10_000 }).toBe('Dieskalasi');

    const layer2 = await signIn('l2-dtu');
    await layer2.getByRole('link', { name: /Budi Santoso/ }).click();
    await layer2.getByLabel('Jawab eskalasi').fill(L2_ANSWER);
    await layer2.getByRole('button', { name: 'Kirim jawaban' }).click();

    // The answer reaches the agent's open conversation live, as an internal message.
    await conversation.getByText(L2_ANSWER).first().waitFor({ timeout: 15_000 });
    await conversation.getByRole('button', { name: 'Selesaikan' }).click();
    await expect.poll(() => agent.getByTestId('ticket-status').textContent(), { timeout: 10_000 }).toBe('Selesai');

    const supervisor = await signIn('rina');
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date());
    await supervisor.goto(`${server.origin}/report/${month}`);
    await supervisor.getByTestId('figure-consultations').waitFor({ timeout: 30_000 });
    const downloading = supervisor.waitForEvent('download');
    await supervisor.getByTestId('download-pptx').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`laporan-contact-center-${month}.pptx`);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(50_000);
  }, 180_000);
});

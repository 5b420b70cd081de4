/**
 * Chat with a running Sapa as a WhatsApp user, through the fake Graph API (no Meta account).
 * Run `npm run dev:whatsapp`, start Sapa with the variables it prints, then type.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { startFakeGraph, type FakeSentMessage, type FakeUserMessage } from '../test/fakes/whatsapp/fake-graph.ts';

const env = process.env;
const settings = {
  WHATSAPP_PHONE_NUMBER_ID: env.WHATSAPP_PHONE_NUMBER_ID ?? '100000000000001',
  WHATSAPP_ACCESS_TOKEN: env.WHATSAPP_ACCESS_TOKEN ?? 'dev-access-token',
  WHATSAPP_APP_SECRET: env.WHATSAPP_APP_SECRET ?? 'dev-app-secret',
  WHATSAPP_VERIFY_TOKEN: env.WHATSAPP_VERIFY_TOKEN ?? 'dev-verify-token',
};
const sapaUrl = env.SAPA_URL ?? 'http://127.0.0.1:3000/webhooks/whatsapp';
const from = env.DEV_WHATSAPP_FROM ?? '6281200000001';
const profileName = env.DEV_WHATSAPP_NAME ?? 'Warga Uji';

const fake = await startFakeGraph({
  appSecret: settings.WHATSAPP_APP_SECRET,
  accessToken: settings.WHATSAPP_ACCESS_TOKEN,
  phoneNumberId: settings.WHATSAPP_PHONE_NUMBER_ID,
  verifyToken: settings.WHATSAPP_VERIFY_TOKEN,
  webhookUrl: sapaUrl,
  port: Number(env.FAKE_GRAPH_PORT ?? 4010),
});

console.log(`Fake WhatsApp Graph API on ${fake.url}; webhooks go to ${sapaUrl}\nStart Sapa with:\n`);
for (const [name, value] of Object.entries({ WHATSAPP_API_URL: fake.url, ...settings })) console.log(`  ${name}=${value}`);
console.log(`\nYou are +${from} (${profileName}). Type a message; a number picks a menu row or button.`);
console.log('Commands: /file <path> (image or document), /dup (deliver the last webhook again), /later <hours>, /quit\n');

/** The ids and titles of the last menu, for picking by number. */
let choices: { id: string; title: string; kind: 'list_reply' | 'button_reply' }[] = [];

interface Interactive {
  type: string;
  header?: { text?: string };
  body?: { text?: string };
  footer?: { text?: string };
  action?: { button?: string; sections?: { title?: string; rows: { id: string; title: string; description?: string }[] }[]; buttons?: { reply: { id: string; title: string } }[] };
}

function show(message: FakeSentMessage): string {
  const body = message.body;
  if (message.type === 'text') return (body.text as { body: string }).body;
  if (message.type === 'template') return `[template] ${JSON.stringify(body.template)}`;
  const i = body.interactive as Interactive;
  const lines = [i.header?.text, i.body?.text].filter((line) => line !== undefined);
  if (i.type === 'list') {
    choices = (i.action?.sections ?? []).flatMap((s) => s.rows.map((r) => ({ ...r, kind: 'list_reply' as const })));
    let n = 0;
    for (const section of i.action?.sections ?? []) {
      if (section.title) lines.push(`  — ${section.title}`);
      for (const row of section.rows) lines.push(`  ${++n}. ${row.title}${row.description ? ` · ${row.description}` : ''}`);
    }
  } else {
    choices = (i.action?.buttons ?? []).map((b) => ({ ...b.reply, kind: 'button_reply' as const }));
    choices.forEach((c, n) => lines.push(`  [${n + 1}] ${c.title}`));
  }
  if (i.footer?.text) lines.push(`  (${i.footer.text})`);
  return lines.join('\n');
}

fake.onSent((message) => {
  console.log(`\nSapa: ${show(message)}${message.failedWith ? `  (failed: ${message.failedWith})` : ''}\n`);
  // Like a phone that is online: the message arrives and is read, after Sapa has its answer.
  setTimeout(() => {
    fake.deliverStatuses(message.wamid, ['sent', 'delivered', 'read']).catch((error: unknown) => console.error(`Status webhooks failed: ${String(error)}`));
  }, 300);
});

const verify = await fake.verifyWebhook().catch((error: unknown) => ({ ok: false, status: 0, body: String(error) }));
console.log(verify.ok ? 'Webhook handshake with Sapa: ok\n' : `Webhook handshake with Sapa failed (${verify.status} ${verify.body.slice(0, 120)}); is Sapa running with the settings above?\n`);

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.pdf': 'application/pdf', '.txt': 'text/plain' };

async function fileMessage(path: string): Promise<FakeUserMessage> {
  const bytes = await readFile(path);
  const mime = MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return mime.startsWith('image/') ? { image: { bytes, mime } } : { document: { bytes, mime, filename: basename(path) } };
}

async function handle(line: string): Promise<void> {
  const [command, ...rest] = line.split(' ');
  const arg = rest.join(' ').trim();
  if (command === '/dup') return void console.log(`Redelivered: HTTP ${await fake.redeliver()}`);
  if (command === '/later') return void fake.advanceTime(Number(arg) * 3600_000);
  const choice = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
  const message: FakeUserMessage = command === '/file' ? await fileMessage(arg)
    : choice ? { interactive: { type: choice.kind, id: choice.id, title: choice.title } }
    : { text: line };
  const { status } = await fake.sendUserMessage(from, { ...message, profileName });
  if (status !== 200) console.log(`Sapa answered the webhook with HTTP ${status}`);
}

const rl = createInterface({ input: process.stdin, output: process.stdout });
rl.on('close', () => void fake.close().then(() => process.exit(0)));
for await (const input of rl) {
  const line = input.trim();
  if (line === '/quit') break;
  if (line) await handle(line).catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
}
rl.close();

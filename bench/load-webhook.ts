import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { signPayload } from '../src/channels/whatsapp/signature.ts';
import { percentile } from './stats.ts';

/**
 * The load generator of the webhook benchmark, run in its own process (forked by
 * bench/webhook.ts) so that it does not share the server's event loop. It posts signed Meta
 * envelopes at fixed rates, open loop: request i of a step is due at i / rate seconds,
 * whatever the answers before it did. At most maxInFlight requests are outstanding; a due
 * request that finds them all busy is not sent and counts as shed (the server is not
 * keeping up), so the achieved rate shows it.
 */

export interface LoadPlan {
  port: number;
  appSecret: string;
  phoneNumberId: string;
  warmupSeconds: number;
  seconds: number;
  maxInFlight: number;
  timeoutMs: number;
}

export interface StepResult {
  target_per_s: number;
  /** Requests due in the measured window. */
  due: number;
  /** Due but not sent: maxInFlight requests were already outstanding. */
  shed: number;
  /** Answers other than 200 (and timeouts, resets) among the requests sent in the window. */
  errors: number;
  /** 200 answers that arrived in the measured window, per second. */
  achieved_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** How late the generator sent requests (a busy client shows here, not in latency). */
  send_lag_p99_ms: number;
  /** Most requests outstanding at once. */
  max_in_flight: number;
  client_cpu_pct: number;
  error_samples: string[];
}

export type FromLoad =
  | { type: 'ready' }
  | { type: 'measure-start'; rate: number }
  | { type: 'measure-end'; rate: number }
  | { type: 'step'; result: StepResult }
  | { type: 'done'; ok: number; failed: number };

export type ToLoad = { type: 'run'; plan: LoadPlan } | { type: 'go'; rate: number } | { type: 'finish' };

const NAMES = ['Siti Rahmawati', 'Budi Santoso', 'Made Wirawan', 'Yohanes Kogoya', 'Nur Aisyah', 'Andi Pratama', 'Rina Marpaung', 'Dewi Lestari', 'Ahmad Fauzi', 'Theresia Manek'];
const TEXTS = [
  'Selamat siang, bantuan PKH saya belum cair bulan ini. Mohon dicek, NIK saya sudah terdaftar di DTKS.',
  'Permisi, bagaimana cara mengurus KTP-el yang hilang? Saya sekarang tinggal di luar kota 🙏',
  'Jalan di depan SD Negeri 3 rusak parah dan sering banjir kalau hujan. Kapan diperbaiki?',
  'Saya mau tanya syarat pendaftaran BPJS Kesehatan untuk bayi yang baru lahir.',
  'Lampu penerangan jalan di RT 04/RW 02 sudah mati dua minggu, mohon ditindaklanjuti.',
  'Kenapa status pengajuan akta kelahiran anak saya masih "diproses" sejak bulan lalu?',
  'Terima kasih atas bantuannya kemarin, masalah air PDAM sudah beres 👍',
  'Apakah kantor kecamatan buka hari Sabtu? Saya perlu legalisir kartu keluarga.',
];

/** Meta escapes every non-ASCII character (emoji as surrogate pairs) in the bytes it signs. */
function metaJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** One inbound text message, as WhatsApp Cloud API delivers it, with a unique wamid. */
export function envelope(phoneNumberId: string, step: number, seq: number): string {
  const n = step * 1_000_000 + seq;
  const from = `628${String(1_100_000_000 + ((n * 7919) % 899_999_999)).padStart(10, '0')}`;
  const wamid = 'wamid.' + Buffer.from(`\u0018\r${from}\u0015\u0002\u0000\u0012\u0018\u0014BENCH${n.toString(16).toUpperCase().padStart(15, '0')}`).toString('base64');
  return metaJson({
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '6281100001234', phone_number_id: phoneNumberId },
          contacts: [{ profile: { name: NAMES[n % NAMES.length] }, wa_id: from }],
          messages: [{ from, id: wamid, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: TEXTS[n % TEXTS.length] } }],
        },
        field: 'messages',
      }],
    }],
  });
}

function post(agent: http.Agent, plan: LoadPlan, body: Buffer, signature: string, done: (status: number, error?: string) => void): void {
  let finished = false;
  const finish = (status: number, error?: string): void => {
    if (finished) return;
    finished = true;
    done(status, error);
  };
  const request = http.request({
    agent,
    host: '127.0.0.1',
    port: plan.port,
    method: 'POST',
    path: '/webhooks/whatsapp',
    headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-hub-signature-256': signature, 'user-agent': 'facebookexternalua' },
    timeout: plan.timeoutMs,
  });
  request.on('response', (response) => {
    response.resume();
    response.on('end', () => finish(response.statusCode ?? 0));
    response.on('error', (error) => finish(0, error.message));
  });
  request.on('timeout', () => request.destroy(new Error(`no answer in ${plan.timeoutMs} ms`)));
  request.on('error', (error) => finish(0, error.message));
  request.end(body);
}

const totals = { ok: 0, failed: 0 };
const send = (message: FromLoad): void => {
  process.send?.(message);
};

function runStep(agent: http.Agent, plan: LoadPlan, step: number, rate: number): Promise<StepResult> {
  const count = Math.round(rate * (plan.warmupSeconds + plan.seconds));
  // Pre-built and pre-signed: the timed loop only writes bytes.
  const bodies: Buffer[] = [];
  const signatures: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = Buffer.from(envelope(plan.phoneNumberId, step, i), 'utf8');
    bodies.push(body);
    signatures.push(signPayload(body, plan.appSecret));
  }
  const interval = 1000 / rate;
  const measureFrom = plan.warmupSeconds * 1000;
  const measureTo = (plan.warmupSeconds + plan.seconds) * 1000;
  const latencies: number[] = [];
  const lags: number[] = [];
  const errorSamples = new Set<string>();
  let next = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let shed = 0;
  let errors = 0;
  let okInWindow = 0;
  let measuring = false;
  let measured = false;
  let cpuAtStart = process.cpuUsage();
  let wallAtStart = 0;
  let clientCpuPct = 0;

  return new Promise((resolve) => {
    const t0 = performance.now() + 10;
    let resolved = false;
    const maybeFinish = (): void => {
      if (resolved || !measured || next < count || inFlight > 0) return;
      resolved = true;
      resolve({
        target_per_s: rate,
        due: Math.round(rate * plan.seconds),
        shed,
        errors,
        achieved_per_s: Math.round(okInWindow / plan.seconds),
        p50_ms: percentile(latencies, 50),
        p95_ms: percentile(latencies, 95),
        p99_ms: percentile(latencies, 99),
        max_ms: percentile(latencies, 100),
        send_lag_p99_ms: percentile(lags, 99),
        max_in_flight: maxInFlight,
        client_cpu_pct: clientCpuPct,
        error_samples: [...errorSamples].slice(0, 5),
      });
    };
    const tick = (): void => {
      const now = performance.now() - t0;
      if (!measuring && now >= measureFrom) {
        measuring = true;
        cpuAtStart = process.cpuUsage();
        wallAtStart = performance.now();
        send({ type: 'measure-start', rate });
      }
      while (next < count && next * interval <= now) {
        const i = next++;
        const due = i * interval;
        const inWindow = due >= measureFrom && due < measureTo;
        if (inFlight >= plan.maxInFlight) {
          if (inWindow) shed++;
          continue;
        }
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const start = performance.now();
        if (inWindow) lags.push(start - t0 - due);
        post(agent, plan, bodies[i]!, signatures[i]!, (status, error) => {
          const end = performance.now();
          inFlight--;
          if (status === 200) {
            totals.ok++;
            const at = end - t0;
            if (at >= measureFrom && at < measureTo) okInWindow++;
            if (inWindow) latencies.push(end - start);
          } else {
            totals.failed++;
            if (inWindow) {
              errors++;
              errorSamples.add(error ?? `HTTP ${status}`);
            }
          }
          maybeFinish();
        });
      }
      if (!measured && now >= measureTo) {
        measured = true;
        const cpu = process.cpuUsage(cpuAtStart);
        clientCpuPct = Math.round(((cpu.user + cpu.system) / 1000 / (performance.now() - wallAtStart)) * 1000) / 10;
        send({ type: 'measure-end', rate });
      }
      if (measured) maybeFinish();
      else setTimeout(tick, 1);
    };
    setTimeout(tick, 10);
  });
}

// The parent drives: it says which rate to run next (it may first wait for other work on the
// machine to finish, or repeat a step that other work disturbed), and when to stop.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let plan: LoadPlan | undefined;
  let agent: http.Agent | undefined;
  let step = 0;
  process.on('message', (message: ToLoad) => {
    switch (message.type) {
      case 'run':
        plan = message.plan;
        agent = new http.Agent({ keepAlive: true, maxSockets: plan.maxInFlight, maxFreeSockets: plan.maxInFlight });
        send({ type: 'ready' });
        break;
      case 'go':
        if (!plan || !agent) throw new Error('go before run');
        runStep(agent, plan, step++, message.rate).then(
          (result) => {
            send({ type: 'step', result });
            setTimeout(() => send({ type: 'ready' }), 500);
          },
          (error: unknown) => {
            console.error(error);
            process.exit(1);
          },
        );
        break;
      case 'finish':
        agent?.destroy();
        send({ type: 'done', ...totals });
        process.disconnect();
        break;
    }
  });
}

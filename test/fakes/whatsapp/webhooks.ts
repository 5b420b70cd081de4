import { randomBytes } from 'node:crypto';
import { signPayload } from '../../../src/channels/whatsapp/signature.ts';

/**
 * JSON as Meta writes it: non-ASCII escaped as \uXXXX and "/" as "\/". So a receiver
 * that verifies the signature over re-serialised JSON fails here as it would in production.
 */
export function metaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

/** One webhook POST as it went out: the exact bytes and their signature. */
export interface FakeWebhook {
  url: string;
  body: string;
  signature: string;
  /** Sapa's HTTP answer. */
  status: number;
}

/** Posts signed bytes like Meta (X-Hub-Signature-256 over exactly these bytes). */
export async function postSigned(url: string, body: string, signature: string): Promise<FakeWebhook> {
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature, 'user-agent': 'facebookexternalua' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new Error(`Fake Graph API could not deliver a webhook to ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  await answer.arrayBuffer();
  return { url, body, signature, status: answer.status };
}

export const signedBody = (value: unknown, appSecret: string): { body: string; signature: string } => {
  const body = metaJson(value);
  return { body, signature: signPayload(body, appSecret) };
};

export interface VerifyResult {
  status: number;
  body: string;
  challenge: string;
  /** 200 with the challenge echoed. */
  ok: boolean;
}

/** Meta's subscription handshake: GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…. */
export async function verifyWebhook(url: string, token: string, challenge = String(randomBytes(4).readUInt32BE())): Promise<VerifyResult> {
  const target = new URL(url);
  target.searchParams.set('hub.mode', 'subscribe');
  target.searchParams.set('hub.verify_token', token);
  target.searchParams.set('hub.challenge', challenge);
  const answer = await fetch(target, { signal: AbortSignal.timeout(10_000) });
  const body = await answer.text();
  return { status: answer.status, body, challenge, ok: answer.status === 200 && body === challenge };
}

/** Who the webhooks come from. */
export interface BusinessAccount {
  wabaId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/** One `entry[].changes[].value`; fields besides metadata are messages, contacts or statuses. */
export type ChangeValue = Record<string, unknown>;

/** `{object, entry:[{id, changes:[{field:'messages', value}]}]}`, one entry per list of values. */
export function envelope(account: BusinessAccount, entries: ChangeValue[][]): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: entries.map((values) => ({
      id: account.wabaId,
      changes: values.map((value) => ({
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: account.displayPhoneNumber, phone_number_id: account.phoneNumberId },
          ...value,
        },
      })),
    })),
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, login, type Session, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';

const ENV = {
  SAPA_PUBLIC_URL: 'https://sapa.djpk.go.id',
  WHATSAPP_PHONE_NUMBER_ID: '1234567890',
  WHATSAPP_ACCESS_TOKEN: 'EAAG-secret-access-token',
  WHATSAPP_APP_SECRET: 'app-secret-value',
  WHATSAPP_VERIFY_TOKEN: 'verify-token-value',
  IMAP_URL: 'imaps://callcenter:imap-password@mail.kemenkeu.go.id:993/INBOX',
  SMTP_URL: 'smtp://relay-user:smtp-password@relay.kemenkeu.go.id:587',
  MAIL_FROM: 'Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>',
  PBX_WEBHOOK_SECRET: 'pbx-secret-0123456789abcdef',
};

let t: TestApp;
let admin: Session;
let supervisor: Session;
let agent: Session;

beforeAll(async () => {
  t = await createTestApp(ENV);
  await addUser(t, 'adi', 'admin');
  await addUser(t, 'sri', 'supervisor');
  await addUser(t, 'ana', 'agent');
  [admin, supervisor, agent] = await Promise.all([login(t, 'adi'), login(t, 'sri'), login(t, 'ana')]);
});
afterAll(() => t.close());

describe(`GET /api/settings/channels (${testDatabaseKind()})`, () => {
  it('shows what the environment configured, without any secret', async () => {
    const response = await admin.request('GET', '/api/settings/channels');
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, Record<string, unknown>>>();
    expect(body.whatsapp).toMatchObject({ enabled: true, phone_number_id: '1234567890', api_host: 'https://graph.facebook.com', webhook_url: 'https://sapa.djpk.go.id/webhooks/whatsapp' });
    expect(body.email).toMatchObject({
      imap: { server: 'imaps://mail.kemenkeu.go.id:993', mailbox: 'INBOX', poll_seconds: 60 },
      smtp: { server: 'smtp://relay.kemenkeu.go.id:587', from: ENV.MAIL_FROM },
      listener: null,
    });
    expect(body.pbx).toEqual({ enabled: true, webhook_url: 'https://sapa.djpk.go.id/webhooks/pbx' });
    for (const secret of ['EAAG-secret', 'app-secret', 'verify-token', 'imap-password', 'smtp-password', 'relay-user', 'callcenter:', 'pbx-secret']) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('is for admins and supervisors only', async () => {
    expect((await supervisor.request('GET', '/api/settings/channels')).statusCode).toBe(200);
    expect((await agent.request('GET', '/api/settings/channels')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/settings/channels' })).statusCode).toBe(401);
  });

  it('says a channel is off when its variables are not set', async () => {
    const bare = await createTestApp();
    try {
      await addUser(bare, 'adi', 'admin');
      const session = await login(bare, 'adi');
      const body = (await session.request('GET', '/api/settings/channels')).json<{ whatsapp: { enabled: boolean }; pbx: { enabled: boolean }; email: { imap: unknown; smtp: unknown } }>();
      expect(body.whatsapp.enabled).toBe(false);
      expect(body.pbx.enabled).toBe(false);
      expect(body.email).toMatchObject({ imap: null, smtp: null });
    } finally {
      await bare.close();
    }
  });
});

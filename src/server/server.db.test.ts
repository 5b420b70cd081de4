import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.ts';
import { testDatabaseKind } from '../../test/helpers/db.ts';
import { buildApp } from './app.ts';
import { loadConfig } from '../platform/config.ts';

let t: TestApp;
beforeAll(async () => (t = await createTestApp()));
afterAll(() => t.close());

describe(`server (${testDatabaseKind()})`, () => {
  it('answers /health with the database kind and version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testDatabaseKind(), version: '0.1.0' });
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/users', '/api/tokens', '/api/audit', '/health']));
  });

  it('explains a validation error: what, where and why', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(response.statusCode).toBe(400);
    const error = response.json<{ error: { code: string; details: { field: string; message: string }[] } }>().error;
    expect(error.code).toBe('validation');
    expect(error.details.map((d) => d.field)).toEqual(expect.arrayContaining(['body.username', 'body']));
  });

  it('hides the details of an internal error behind an error id', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const app = await buildApp({ db: t.handle.db, dbKind: t.handle.kind, config, version: 'test' }, { logger: false });
    app.get('/boom', () => {
      throw new Error('secret database detail');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(response.json<{ error: { code: string; error_id: string } }>().error).toMatchObject({ code: 'internal', error_id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

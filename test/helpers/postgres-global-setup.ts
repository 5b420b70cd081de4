import pg from 'pg';
import { openPostgres } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { TEMPLATE_DATABASE, adminUrl, databaseUrl } from './postgres-urls.ts';

/** Migrates one template database; every test file then copies it (CREATE DATABASE ... TEMPLATE). */
export async function setup(): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'sapa_test_%'`);
    for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.query(`create database "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const handle = await openPostgres(databaseUrl(TEMPLATE_DATABASE), 1);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}

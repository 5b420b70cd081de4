import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { TEST_DATABASE_PREFIX, adminUrl, databaseUrl } from './postgres-urls.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}

/** A database left by a run whose process is gone (names carry the creating process's pid). */
function isStale(name: string): boolean {
  const pid = Number(name.slice(TEST_DATABASE_PREFIX.length).split('_')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function withAdmin(work: (admin: pg.Client) => Promise<void>): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Migrates one template database for this run; every test file then copies it (CREATE DATABASE
 * ... TEMPLATE). Only databases of runs that are gone are dropped, so two runs against one
 * server (two sessions, a benchmark beside CI) leave each other alone.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = `${TEST_DATABASE_PREFIX}${process.pid}_template`;
  await withAdmin(async (admin) => {
    const existing = await admin.query<{ datname: string }>(`select datname from pg_database where datname like '${TEST_DATABASE_PREFIX}%'`);
    for (const { datname } of existing.rows) {
      if (datname === template || isStale(datname)) await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.query(`create database "${template}"`);
  });
  const handle = await openPostgres(databaseUrl(template), 1);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  project.provide('postgresTemplate', template);
  return () => withAdmin(async (admin) => void (await admin.query(`drop database if exists "${template}" with (force)`)));
}

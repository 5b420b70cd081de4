import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Database tests (*.db.test.ts) run twice: on the embedded PGlite and on a real PostgreSQL
// server (TEST_DATABASE_URL; CI always sets it). Pure unit tests run once.
const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) {
  console.warn('\n[sapa] TEST_DATABASE_URL is not set: the PostgreSQL run of the database tests is SKIPPED (PGlite only).\n');
}

const dbProject = (name: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  test: {
    name,
    include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
    // The embedded database's own mechanics (worker thread, folder lock) are tested on PGlite only.
    exclude: name === 'postgres' ? ['src/db/pglite/**', '**/node_modules/**'] : ['**/node_modules/**'],
    env: { SAPA_TEST_DB: name },
    globalSetup: name === 'postgres' ? ['test/helpers/postgres-global-setup.ts'] : [],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; database tests spend much of their time waiting
    // on the database, so two workers take the suite from about 12 to 7 minutes here.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'], exclude: ['**/*.db.test.ts', '**/node_modules/**'] } },
      dbProject('pglite'),
      ...(postgresUrl ? [dbProject('postgres')] : []),
    ],
  },
});

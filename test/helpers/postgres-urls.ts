/** Every test database's name starts with this, then the pid of the process that made it. */
export const TEST_DATABASE_PREFIX = 'sapa_test_';

/** The server named by TEST_DATABASE_URL, with another database name. */
export function databaseUrl(database: string): string {
  const raw = process.env.TEST_DATABASE_URL;
  if (!raw) throw new Error('TEST_DATABASE_URL is not set');
  const url = new URL(raw);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The database named in TEST_DATABASE_URL, used to create and drop the test databases. */
export const adminUrl = (): string => {
  const raw = process.env.TEST_DATABASE_URL;
  if (!raw) throw new Error('TEST_DATABASE_URL is not set');
  return raw;
};

import fs from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { AppError } from '../platform/errors.ts';

/**
 * Holds an exclusive lock on the embedded database folder. Two processes on one PGlite
 * folder silently lose the first one's writes, so a second opener is refused.
 * The lock is refreshed while the process lives and goes stale 10 s after it dies.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}/.sapa.lock`,
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised: (error) => {
        // Someone removed or took our lock: stop before two writers corrupt the data.
        console.error(`The lock on ${dataDir} was lost (${error.message}); stopping to protect the data.`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new AppError(
        'locked',
        `The data folder ${dataDir} is in use by another Sapa process. Stop that process first, ` +
          'or start this one with another SAPA_DATA_DIR. (If no other Sapa is running, the lock left by a ' +
          'stopped process expires within 10 seconds.)',
      );
    }
    throw error;
  }
}

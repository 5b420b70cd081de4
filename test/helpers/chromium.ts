import { existsSync } from 'node:fs';

/** Debian's Chromium, driven by playwright-core in the browser tests (`.ci/run` installs it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * On a machine without Chromium the browser tests are skipped with the reason in their title;
 * `.ci/run` sets SAPA_REQUIRE_BROWSER=1, so that there a missing browser fails instead.
 */
export const browserSkipReason = (): string | undefined =>
  existsSync(CHROMIUM) || process.env.SAPA_REQUIRE_BROWSER === '1' ? undefined : `SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium)`;

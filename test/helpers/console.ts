import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

let built: Promise<string> | undefined;

/** Builds the console once per test process into a folder of its own (web/dist stays the developer's). */
export function buildConsole(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'sapa-console-'));
    await build({ configFile: path.resolve('web/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}

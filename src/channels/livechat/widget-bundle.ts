import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The widget's browser code (TypeScript), bundled into one script with no outside resources. */
export const WIDGET_ENTRY = fileURLToPath(new URL('../../../web/src/features/livechat/widget.ts', import.meta.url));

let bundle: Promise<string> | undefined;

/** Bundles on first request and keeps the result for the life of the process. */
export function widgetScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no widget script');
    return file.text;
  });
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

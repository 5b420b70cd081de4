import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { widgetScript } from './widget-bundle.ts';

// The widget is browser code with its own tsconfig (DOM types stay out of the server's
// program), so the root `tsc --noEmit` does not see it: its type check runs here.
const WIDGET_TSCONFIG = fileURLToPath(new URL('../../../web/src/features/livechat/tsconfig.json', import.meta.url));

describe('the widget script', () => {
  it('type-checks under its own strict browser configuration', () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(WIDGET_TSCONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
    if (!parsed) throw new Error('No widget tsconfig');
    expect(parsed.options.strict).toBe(true);
    expect(parsed.fileNames.some((f) => f.endsWith('/widget.ts'))).toBe(true);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('bundles into one self-contained script that finds its server from its own address', async () => {
    const script = await widgetScript();
    expect(script).toContain('currentScript');
    expect(script).toContain('livechat/ws');
    // Nothing loaded from anywhere else: no import, no absolute URL.
    expect(script).not.toMatch(/\bimport\s*\(|https?:\/\/(?!www\.w3\.org)/);
  });
});

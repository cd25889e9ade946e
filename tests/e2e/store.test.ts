// What the add-on stores check before they accept the package: Mozilla's own linter on the built
// Firefox extension, and the manifest's data-collection declaration.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import linter from 'addons-linter';
import { ROOT } from '../../harness/browser';

const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');

type Message = { code: string; message: string; file?: string; line?: number; column?: number };

function lint(dir: string) {
  const config = { _: [dir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false };
  return linter.createInstance({ config, runAsBinary: false }).run();
}

describe('the Firefox package', () => {
  it('passes addons-linter with no error, and only the warnings docs/SECURITY.md explains', async () => {
    const result = await lint(FIREFOX_BUILD);
    const show = (list: Message[]) => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    console.log(`addons-linter: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
    expect(show(result.errors)).toEqual([]);
    expect(show(result.notices)).toEqual([]);
    // The only warnings allowed: Preact's own dangerouslySetInnerHTML branch, bundled with it. Our code
    // never reaches it (ESLint forbids the attribute and every HTML sink in lib/ and entrypoints/).
    for (const w of result.warnings) {
      expect(w.code, show([w])[0]).toBe('UNSAFE_VAR_ASSIGNMENT');
      const line = readFileSync(join(FIREFOX_BUILD, w.file!), 'utf8').split('\n')[w.line! - 1];
      const around = line.slice(Math.max(0, w.column! - 200), w.column! + 100);
      expect(around, `${w.file}:${w.line}:${w.column}`).toMatch(/dangerouslySetInnerHTML[\s\S]*\.__html/);
    }
  });

  it('declares that it collects no data, and runs on Firefox for Android', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    const settings = manifest.browser_specific_settings;
    expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(settings.gecko_android).toBeDefined();
  });
});

// The walls between where code runs are kept by lint (eslint.config.js): each deliberate violation
// here must be reported, and each allowed import must pass, so a loosened rule fails this test.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}
const IMPORT_BAN = '@typescript-eslint/no-restricted-imports';

describe('lint walls', () => {
  it('keeps tools and tests out of the product', async () => {
    expect(await problems('lib/content/wall.ts', "import { suite } from '../../tests/support/suite';\nvoid suite;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/ui/wall.ts', "import { x } from '../../harness/eval-lib';\nvoid x;\n")).toContain(IMPORT_BAN);
  });

  it('keeps pure code free of browser APIs, UI and the sides that use it', async () => {
    expect(await problems('lib/match/wall.ts', "import { browser } from 'wxt/browser';\nvoid browser;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/dataset/wall.ts', "import { h } from 'preact';\nvoid h;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/settings/wall.ts', "import { Marks } from '../content/marks';\nvoid Marks;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/text/wall.ts', "import { sendMessage } from '../platform/messages';\nvoid sendMessage;\n")).toContain(IMPORT_BAN);
  });

  it('keeps the dictionary, the matcher and compromise off the page, types aside', async () => {
    expect(await problems('lib/content/wall.ts', "import nlp from 'compromise';\nvoid nlp;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/wall.ts', "import { Matcher } from '../match/matcher';\nvoid Matcher;\n")).toContain(IMPORT_BAN);
    expect(await problems('entrypoints/page.ts', "import index from '../lib/generated/matcher.json';\nvoid index;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/read/wall.ts', "import { browser } from 'wxt/browser';\nvoid browser;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/wall.ts', "import type { Matcher } from '../match/matcher';\nexport type M = Matcher;\n")).toEqual([]);
    expect(await problems('lib/content/wall.ts', "import { MAX_BLOCKS } from '../match/page-limits';\nvoid MAX_BLOCKS;\n")).toEqual([]);
  });

  it("keeps the card, the schemas and the storage library out of every page's start, types aside", async () => {
    expect(await problems('lib/content/wall.ts', "import { Tooltip } from './card/tooltip';\nvoid Tooltip;\n")).toContain(IMPORT_BAN);
    expect(await problems('entrypoints/page.ts', "import { h } from 'preact';\nvoid h;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/wall.ts', "import * as v from 'valibot';\nvoid v;\n")).toContain(IMPORT_BAN);
    expect(await problems('entrypoints/page.ts', "import { loadSettings } from '../lib/platform/settings-store';\nvoid loadSettings;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/wall.ts', "import { MAX_BLOCKS } from '../match/page-text';\nvoid MAX_BLOCKS;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/wall.ts', "import type { Tooltip } from './card/tooltip';\nexport type T = Tooltip;\n")).toEqual([]);
    // The card's own files are its script's (entrypoints/card.ts), loaded when the first card opens.
    expect(await problems('lib/content/card/wall.ts', "import { h } from 'preact';\nvoid h;\n")).toEqual([]);
  });

  it('keeps the reader out of the page’s start, types aside: a page that names no term never loads it', async () => {
    expect(await problems('entrypoints/page.ts', "import { Annotator } from '../lib/content/annotator';\nvoid Annotator;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/session.ts', "import { readPage } from './read/read-page';\nvoid readPage;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/page-gate.ts', "import { Marks } from './marks';\nvoid Marks;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/read/glance.ts', "import { walkBlocks } from './blocks';\nvoid walkBlocks;\n")).toContain(IMPORT_BAN);
    expect(await problems('lib/content/read/glance.ts', "import { browser } from 'wxt/browser';\nvoid browser;\n")).toContain(IMPORT_BAN);
    expect(await problems('entrypoints/page.ts', "import type { Annotator } from '../lib/content/annotator';\nexport type A = Annotator;\n")).toEqual([]);
    // The reader's own files may use each other.
    expect(await problems('lib/content/wall.ts', "import { Marks } from './marks';\nvoid Marks;\n")).toEqual([]);
  });

  it('keeps tools, benchmarks and tests apart: what they share is in harness/', async () => {
    expect(await problems('scripts/wall.ts', "import { suite } from '../tests/support/suite';\nvoid suite;\n")).toContain(IMPORT_BAN);
    expect(await problems('bench/wall.ts', "import { suite } from '../tests/support/suite';\nvoid suite;\n")).toContain(IMPORT_BAN);
    expect(await problems('tests/unit/wall.test.ts', "import { x } from '../../scripts/eval';\nvoid x;\n")).toContain(IMPORT_BAN);
    expect(await problems('harness/wall.ts', "import { x } from '../bench/lib/stats';\nvoid x;\n")).toContain(IMPORT_BAN);
    expect(await problems('scripts/wall.ts', "import { launch } from '../harness/browser';\nvoid launch;\n")).toEqual([]);
    expect(await problems('tests/unit/wall.test.ts', "import { parseHtml } from '../../harness/node-dom';\nvoid parseHtml;\n")).toEqual([]);
  });

  it('keeps files and functions of the product short', async () => {
    const longFile = Array.from({ length: 251 }, (_, i) => `export const x${i} = ${i};`).join('\n') + '\n';
    expect(await problems('lib/text/wall.ts', longFile)).toContain('max-lines');
    const body = Array.from({ length: 80 }, (_, i) => `  n += ${i};`).join('\n');
    expect(await problems('lib/text/wall.ts', `export function f(): number {\n  let n = 0;\n${body}\n  return n;\n}\n`)).toContain('max-lines-per-function');
  });
});

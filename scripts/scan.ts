// npm run --silent scan -- [--json] [--time] FILE.html... ('-' reads standard input; --time: parse and scan times on stderr)
// Runs the extension's own page pipeline (lib/scan.ts) on saved pages and reports every mention.
import { readFileSync } from 'node:fs';
import { scanFile, type FileScan } from '../harness/scan-lib';

const args = process.argv.slice(2);
const json = args.includes('--json');
const time = args.includes('--time');
const files = args.filter((a) => a !== '--json' && a !== '--time');
if (!files.length) {
  console.error('usage: npm run --silent scan -- [--json] FILE.html... (- for standard input)');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  let html: string;
  try {
    html = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`scan: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    failed++;
    continue;
  }
  let result: FileScan;
  try {
    result = await scanFile(file, html);
  } catch (err) {
    console.error(`scan: cannot parse ${file}: ${(err as Error).message}`);
    failed++;
    continue;
  }
  const { timing, ...report } = result;
  if (time && timing) console.error(`${file}: parsed in ${timing.parseMs.toFixed(0)} ms, scanned in ${timing.scanMs.toFixed(0)} ms`);
  if (json) {
    process.stdout.write(JSON.stringify(report) + '\n');
  } else {
    console.log(`${file}: ${result.terms.length} terms, ${result.mentions.length} mentions`);
    for (const m of result.mentions) {
      console.log(`  ${m.highlighted ? '*' : ' '} ${m.title} — "${m.text}" … ${m.context}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;

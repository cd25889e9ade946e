// npm run check:rebuild: does what a store reviewer does with the sources zip. It makes the zips
// (npm run zip), unpacks the sources in a new folder, installs and builds the Firefox package there
// as the README says (npm ci, npm run build:firefox), and compares the result with the released
// Firefox zip file by file. Any file missing, added or different fails the check, by name.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';

const root = join(import.meta.dirname, '..');
const out = join(root, '.output');
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path)];
  });
}

async function main() {
  console.log('making the zips (npm run zip)…');
  run('npm', ['run', '--silent', 'zip'], root);
  const zips = readdirSync(out);
  const find = (kind: string) => {
    const name = zips.find((f) => f.endsWith(`-${kind}.zip`));
    if (!name) throw new Error(`no ${kind} zip in .output`);
    return join(out, name);
  };
  const released = await unzip(find('firefox'));
  const sources = await unzip(find('sources'));

  const work = mkdtempSync(join(tmpdir(), 'backstory-rebuild-'));
  try {
    for (const [name, bytes] of sources) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), bytes);
    }
    console.log(`unpacked ${sources.size} source files; installing and building as a reviewer would…`);
    run('npm', ['ci', '--no-audit', '--no-fund'], work);
    run('npm', ['run', '--silent', 'build:firefox'], work);
    const built = join(work, '.output', 'firefox-mv2');
    const rebuilt = new Map(walk(built).map((f) => [f.split('\\').join('/'), readFileSync(join(built, f))]));
    const problems: string[] = [];
    for (const [name, bytes] of released) {
      const again = rebuilt.get(name);
      if (!again) problems.push(`missing from the rebuild: ${name}`);
      else if (!again.equals(bytes)) problems.push(`differs: ${name}`);
    }
    for (const name of rebuilt.keys()) if (!released.has(name)) problems.push(`only in the rebuild: ${name}`);
    if (problems.length) {
      console.error(problems.join('\n'));
      throw new Error(`the Firefox package does not rebuild identically from the sources zip (${problems.length} files)`);
    }
    console.log(`the Firefox package rebuilds identically from the sources zip: ${released.size} files, byte for byte`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();

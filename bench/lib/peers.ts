// Assembles the peer extensions the browser benchmark compares against (sources in bench/peers)
// into an output folder, with Backstory's alias list generated into those that use it and mark.js
// copied in. The "empty" peer injects a content script that does nothing: the floor any extension pays.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIAS_ANY_CASE, ALIAS_BLOCK, type CompiledIndex } from '../../lib/dataset/compile';

export const PEER_CLASS = 'bench-peer';

/** English aliases (the ones Backstory uses on an English page), without "not this" phrases. */
export function peerAliases(index: CompiledIndex): { exact: string[]; anyCase: string[] } {
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  for (const [text, , flags, lang] of index.aliases) {
    if (lang !== '' || flags & ALIAS_BLOCK) continue;
    (flags & ALIAS_ANY_CASE ? anyCase : exact).add(text.trim());
  }
  return { exact: [...exact], anyCase: [...anyCase] };
}

export interface Peer {
  name: string;
  dir: string;
}

export function buildPeers(root: string, outDir: string, index: CompiledIndex): Peer[] {
  const src = join(root, 'bench', 'peers');
  const aliases = `globalThis.BENCH_ALIASES = ${JSON.stringify(peerAliases(index))};\n`;
  const peers = [
    { name: 'mark.js', folder: 'markjs' },
    { name: 'regex', folder: 'regex' },
    { name: 'empty', folder: 'null' },
  ];
  return peers.map(({ name, folder }) => {
    const from = join(src, folder);
    const dir = join(outDir, folder);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(from, 'manifest.json'), join(dir, 'manifest.json'));
    copyFileSync(join(src, 'background.js'), join(dir, 'background.js'));
    const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    for (const file of manifest.content_scripts[0].js) {
      if (file === 'aliases.js') writeFileSync(join(dir, file), aliases);
      else if (file === 'mark.min.js') copyFileSync(join(root, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), join(dir, file));
      else if (file === 'peer-common.js') copyFileSync(join(src, file), join(dir, file));
      else copyFileSync(join(from, file), join(dir, file));
    }
    return { name, dir };
  });
}

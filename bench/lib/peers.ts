// Assembles the two peer extensions the browser benchmark compares against (sources in bench/peers)
// into an output folder, with Backstory's alias list generated into each and mark.js copied in.
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
  const peers: Peer[] = [
    { name: 'mark.js', dir: join(outDir, 'markjs') },
    { name: 'regex', dir: join(outDir, 'regex') },
  ];
  for (const peer of peers) {
    const from = join(src, peer.dir.endsWith('markjs') ? 'markjs' : 'regex');
    mkdirSync(peer.dir, { recursive: true });
    for (const file of ['manifest.json', 'content.js']) copyFileSync(join(from, file), join(peer.dir, file));
    for (const file of ['peer-common.js', 'background.js']) copyFileSync(join(src, file), join(peer.dir, file));
    writeFileSync(join(peer.dir, 'aliases.js'), aliases);
    const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    if (manifest.content_scripts[0].js.includes('mark.min.js')) {
      copyFileSync(join(root, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), join(peer.dir, 'mark.min.js'));
    }
  }
  return peers;
}

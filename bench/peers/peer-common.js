// Shared by both peers: the alias list (aliases.js, generated at bench time) as two alternations,
// one case-sensitive and one for aliases that match in any case, longest first so the longest
// alias wins where several start at the same place, and whole words only.
(() => {
  const { exact, anyCase } = globalThis.BENCH_ALIASES;
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
  const alternation = (list) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
  const wordEdges = (body) => `(?<![\\p{L}\\p{N}\\p{M}])(?:${body})(?![\\p{L}\\p{N}\\p{M}])`;
  globalThis.BENCH_PEER = {
    className: 'bench-peer',
    patterns: [new RegExp(wordEdges(alternation(exact)), 'gu'), new RegExp(wordEdges(alternation(anyCase)), 'giu')],
  };
})();

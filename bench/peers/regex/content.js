// The naive peer: every text node on its own, each pattern run over its text, every match wrapped
// in a <mark>. Words split across elements ("New <em>START</em>") are missed, as in most such tools.
(() => {
  const { className, patterns } = globalThis.BENCH_PEER;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE', 'MARK']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentNode && SKIP.has(n.parentNode.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  for (const node of nodes) {
    const text = node.data;
    const found = [];
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
    }
    if (!found.length) continue;
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    // Wrap from the end so earlier offsets stay valid; skip matches overlapping a later one taken.
    let limit = Infinity;
    for (let i = found.length - 1; i >= 0; i--) {
      const [start, end] = found[i];
      if (end > limit) continue;
      const middle = node.splitText(start);
      middle.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = className;
      middle.parentNode.insertBefore(mark, middle);
      mark.appendChild(middle);
      limit = start;
    }
  }
})();

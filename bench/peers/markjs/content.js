// The mark.js peer: one markRegExp pass per pattern over the page, the efficient way to give
// mark.js a large dictionary (mark(array) would walk the page once per alias).
(() => {
  const { className, patterns } = globalThis.BENCH_PEER;
  const instance = new Mark(document.body);
  const next = (i) => {
    if (i >= patterns.length) return;
    instance.markRegExp(patterns[i], { className, done: () => next(i + 1) });
  };
  next(0);
})();

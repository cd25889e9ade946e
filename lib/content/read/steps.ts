// The page is read by generators that pause every few hundred nodes, so the content script can run
// them in idle-time slices (lib/content/slices.ts). Where nobody waits (the command line, tests, a
// short read), they run to their end at once.
export function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

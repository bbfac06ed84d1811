import assert from 'node:assert/strict';

/** Below this the larger run is too short for its growth to be told from timer noise. */
const TOO_SHORT_TO_TELL_MS = 100;
/** Work of size n against size n/8: 8 when linear, 64 when quadratic, more when worse; the bound leaves room for n·log n and a loaded machine. */
const SCALE = 8;
const MAX_GROWTH = 32;

/**
 * Asserts that `run(n)` costs about linearly more than `run(n / 8)`: the property a hostile-input
 * test guards (a backtracking regex or a per-match rescan of the file grows quadratically or
 * worse). Both sizes run on the same machine at the same moment, so a slow or loaded CI machine
 * slows both alike, where a fixed time limit fails there and lets a quadratic case pass on a fast
 * one. Choose `n` so that the quadratic version would take seconds.
 *
 * `run` builds its input from `n` and does the work; its return value is passed back, from
 * the size-`n` run, for the test's other assertions.
 */
export async function assertNearLinear<T>(label: string, n: number, run: (n: number) => T | Promise<T>): Promise<T> {
  const small = Math.max(1, Math.floor(n / SCALE));
  await run(small); // warm-up: compile and allocate before anything is timed
  let smallMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run(small);
    smallMs = Math.min(smallMs, performance.now() - started);
  }
  let started = performance.now();
  const result = await run(n);
  let bigMs = performance.now() - started;
  // One pause of a loaded machine (a collection, another process) can land on the single large
  // run; a second run has to be slow too before the growth counts.
  if (bigMs / Math.max(smallMs, 1) > MAX_GROWTH) {
    started = performance.now();
    await run(n);
    bigMs = Math.min(bigMs, performance.now() - started);
  }
  if (bigMs >= TOO_SHORT_TO_TELL_MS) {
    const growth = bigMs / Math.max(smallMs, 1);
    assert.ok(growth <= MAX_GROWTH, `${label}: ${SCALE}× the input took ${growth.toFixed(1)}× the time (${smallMs.toFixed(0)} ms → ${bigMs.toFixed(0)} ms); linear work grows about ${SCALE}×, quadratic ${SCALE * SCALE}×`);
  }
  return result;
}

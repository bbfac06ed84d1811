import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNearLinear } from './complexity.js';

function work(steps: number): number {
  let x = 0;
  for (let i = 0; i < steps; i++) x = (x * 31 + i) % 1_000_003;
  return x;
}

test('linear work passes and returns the result of the full-size run', async () => {
  const r = await assertNearLinear('linear', 40_000_000, (n) => work(n));
  assert.equal(r, work(40_000_000));
});

test('quadratic work fails', async () => {
  await assert.rejects(assertNearLinear('quadratic', 12_000, (n) => work(n * n)), /8× the input took/);
});

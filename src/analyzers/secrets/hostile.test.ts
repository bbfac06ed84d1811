import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { RandomSource } from '../../testing/fake-secrets.js';
import { runRule } from './engine/detect.js';
import type { DetectContext } from './engine/rule.js';
import { secretRules } from './rules/index.js';

const MB = 1 << 20;

/** 1 MB single-line inputs built to make a backtracking regex go quadratic: repeated prefixes, near-misses, keyword floods. */
export function hostileInputs(value: string, keywords: readonly string[]): string[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / Math.max(1, unit.length))).slice(0, MB);
  return [
    fill(value.slice(0, 12)),
    fill(value.slice(0, -1) + ' '),
    fill(value.slice(0, -1)),
    fill(`${keywords[0] ?? 'x'}=`),
    value.slice(0, 16) + fill('a'),
  ];
}

describe('secrets rules on hostile 1 MB lines', () => {
  for (const rule of secretRules) {
    it(rule.meta.id, () => {
      const value = rule.fake(new RandomSource('hostile'));
      for (const text of hostileInputs(value, rule.keywords)) {
        const context: DetectContext = { text, path: 'x.env', isCode: false, isTestPath: false, filtered: () => undefined };
        const t0 = performance.now();
        runRule(rule, context);
        const ms = performance.now() - t0;
        // A hang guard, not a benchmark: linear rules take milliseconds; quadratic ones take minutes.
        assert.ok(ms < 3000, `${rule.meta.id} took ${ms.toFixed(0)} ms on a hostile line starting ${JSON.stringify(text.slice(0, 30))}`);
      }
    });
  }
});

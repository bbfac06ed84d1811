import type { ScanReport } from '../core/report.js';

/** The versioned contract (docs/json-report.md); `root` and `rules` are omitted so reports are reproducible across machines. */
export function renderJson(report: ScanReport): string {
  const { root: _root, rules: _rules, ...rest } = report;
  return JSON.stringify(rest, null, 2) + '\n';
}

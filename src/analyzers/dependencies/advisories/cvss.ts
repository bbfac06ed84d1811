import type { Severity } from '../../../core/severity.js';

const W: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};

/** CVSS v3.x base score from a vector (`CVSS:3.1/AV:N/...`); undefined for other versions or bad vectors. */
export function cvss3Score(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector)) return undefined;
  const m: Record<string, string> = {};
  for (const part of vector.split('/').slice(1)) {
    const [k, v] = part.split(':');
    if (k && v) m[k] = v;
  }
  const changed = m['S'] === 'C';
  const pr = m['PR'] === 'N' ? 0.85 : m['PR'] === 'L' ? (changed ? 0.68 : 0.62) : m['PR'] === 'H' ? (changed ? 0.5 : 0.27) : undefined;
  const av = W['AV']![m['AV'] ?? ''];
  const ac = W['AC']![m['AC'] ?? ''];
  const ui = W['UI']![m['UI'] ?? ''];
  const c = W['C']![m['C'] ?? ''];
  const i = W['I']![m['I'] ?? ''];
  const a = W['A']![m['A'] ?? ''];
  if ([pr, av, ac, ui, c, i, a].some((x) => x === undefined) || (m['S'] !== 'U' && m['S'] !== 'C')) return undefined;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  if (impact <= 0) return 0;
  const raw = changed ? Math.min(1.08 * (impact + exploitability), 10) : Math.min(impact + exploitability, 10);
  return roundUp(raw);
}

function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** GitHub's words (LOW/MODERATE/HIGH/CRITICAL) to ours. */
export function severityOfLabel(label: string | undefined): Severity | undefined {
  switch (label?.toUpperCase()) {
    case 'CRITICAL': return 'critical';
    case 'HIGH': return 'high';
    case 'MODERATE': case 'MEDIUM': return 'medium';
    case 'LOW': return 'low';
    default: return undefined;
  }
}

import type { Analyzer } from '../core/analyzer.js';
import type { AnalyzerId } from '../core/rule.js';

/**
 * Every analyzer, loaded lazily so a one-file hook scan pays only for what it uses.
 * Explicit list: the set of analyzer ids derives from it.
 */
export const analyzerLoaders = {
  secrets: async () => (await import('./secrets/analyzer.js')).analyzer,
  code: async () => (await import('./code/analyzer.js')).analyzer,
  dependencies: async () => (await import('./dependencies/analyzer.js')).analyzer,
  iac: async () => (await import('./iac/analyzer.js')).analyzer,
  ai: async () => (await import('./ai/analyzer.js')).analyzer,
} satisfies Record<AnalyzerId, () => Promise<Analyzer>>;

export async function loadAnalyzers(ids: readonly AnalyzerId[]): Promise<Analyzer[]> {
  return Promise.all(ids.map((id) => analyzerLoaders[id]()));
}

import type { Analyzer } from '../../core/analyzer.js';

// Placeholder until the dependencies analyzer lands: accepts nothing, so it cannot report a false "clean".
export const analyzer: Analyzer = {
  id: 'dependencies',
  version: 0,
  rules: [],
  accepts: () => false,
};

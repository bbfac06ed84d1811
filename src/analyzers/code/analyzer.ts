import type { Analyzer } from '../../core/analyzer.js';

// Placeholder until the code analyzer lands: accepts nothing, so it cannot report a false "clean".
export const analyzer: Analyzer = {
  id: 'code',
  version: 0,
  rules: [],
  accepts: () => false,
};

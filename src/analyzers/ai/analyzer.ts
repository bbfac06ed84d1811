import type { Analyzer } from '../../core/analyzer.js';

// Placeholder until the ai analyzer lands: accepts nothing, so it cannot report a false "clean".
export const analyzer: Analyzer = {
  id: 'ai',
  version: 0,
  rules: [],
  accepts: () => false,
};

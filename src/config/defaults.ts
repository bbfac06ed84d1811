import type { ResolvedConfig } from './schema.js';

/**
 * What `configSchema.parse({})` yields, written out so a scan without a config file does not
 * load zod. defaults.test.ts fails the moment the two disagree.
 */
export const defaultConfig: ResolvedConfig = {
  include: [],
  exclude: [],
  analyzers: {},
  rules: {},
  failOn: 'high',
  minConfidence: 'low',
  ignore: [],
  maxFileSizeBytes: 2 * 1024 * 1024,
  ai: { failOn: 'medium', minConfidence: 'low', forbid: [], paths: [], commits: [], allowSelfSuppression: false },
};

import type { Analyzer } from '../../core/analyzer.js';
import { rules } from './rules/index.js';


/**
 * Kept thin: JS/TS and Python sources are accepted for phantom-import checks, so this module loads on
 * almost every scan, including one-file hook scans. Extractors, the advisory database and
 * the name index load only when a lockfile or manifest is in the scan.
 */
export const analyzer: Analyzer = {
  id: 'dependencies',
  version: 2,
  rules,
  needs: { network: true },
  accepts: (target) => target.type.kind === 'lockfile' || (target.type.kind === 'source' && (target.type.language === 'javascript' || target.type.language === 'typescript' || target.type.language === 'python')),
  async analyzeProject(targets, context) {
    // a Python project may declare only in setup.py (and setup.cfg): that is enough for phantom imports
    if (!targets.some((t) => t.type.kind === 'lockfile' || (t.type.kind === 'source' && (t.path === 'setup.py' || t.path.endsWith('/setup.py'))))) return { findings: [] };
    const { analyzeDependencies } = await import('./analyze.js');
    return analyzeDependencies(targets, context);
  },
};

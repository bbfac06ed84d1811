import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig } from '../../config/schema.js';
import type { AnalyzerContext } from '../../core/analyzer.js';
import type { LockfileFormat } from '../../core/target.js';
import { analyzeDependencies } from './analyze.js';

const context: AnalyzerContext = { root: '/', config: defaultConfig, options: { offline: true }, isRuleEnabled: () => true, count: () => {}, time: () => {} };
const file = (path: string, format: LockfileFormat, text: string) => ({ path, type: { kind: 'lockfile', format } as const, sizeBytes: text.length, text });

test('a workspace member is pinned by the lockfile at the monorepo root; a malformed file is a parse-error naming it', async () => {
  const member = file('packages/app/package.json', 'package-json', JSON.stringify({ name: 'app', dependencies: { express: '*', 'left-pad': '>=1' } }, null, 2));
  const rootLock = file('package-lock.json', 'package-lock', JSON.stringify({ lockfileVersion: 3, packages: { '': { workspaces: ['packages/*'] }, 'node_modules/express': { version: '4.19.2' } } }, null, 2));
  const broken = file('tools/yarn.lock', 'yarn-lock', '# yarn lockfile v1\n\nleft-pad@^1.0.0:\n  resolved "x"\n');
  const result = await analyzeDependencies([member, rootLock, broken], context, { database: null, names: null });
  const unpinned = result.findings.filter((f) => f.ruleId === 'dependencies/unpinned-version').map((f) => f.package?.name);
  assert.deepEqual(unpinned, ['left-pad'], 'express is pinned by the root lockfile, left-pad is not');
  const parse = result.issues?.filter((i) => i.code === 'parse-error') ?? [];
  assert.equal(parse.length, 1);
  assert.equal(parse[0]!.path, 'tools/yarn.lock');
  assert.match(parse[0]!.message, /left-pad has no version/);
  assert.ok(result.issues?.some((i) => i.code === 'data-missing'), 'no database is never a silent clean');
});

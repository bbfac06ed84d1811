import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzerLoaders } from '../analyzers/registry.js';
import type { RuleMeta } from '../core/rule.js';
import { discoverFixtures, SRC_DIR } from '../testing/fixtures.js';

/**
 * Keeps rule, fixture, doc and registry in lockstep: the id is the path, every rule has a
 * doc and a fixture (or, for data-driven rules, a test beside it), and a CWE.
 */
export async function checkRules(): Promise<string[]> {
  const problems: string[] = [];
  const fixtures = new Set(discoverFixtures().map((f) => f.ruleId));
  const seen = new Set<string>();
  for (const [analyzerId, load] of Object.entries(analyzerLoaders)) {
    const analyzer = await load();
    for (const meta of analyzer.rules as readonly RuleMeta[]) {
      if (seen.has(meta.id)) problems.push(`${meta.id}: declared twice`);
      seen.add(meta.id);
      const [head, ...rest] = meta.id.split('/');
      if (head !== analyzerId) {
        problems.push(`${meta.id}: registered in the ${analyzerId} analyzer but its id starts with ${head}`);
        continue;
      }
      const base = join(SRC_DIR, 'analyzers', analyzerId, 'rules', ...rest);
      if (!existsSync(`${base}.ts`)) problems.push(`${meta.id}: no rule file ${base}.ts (the id must be the path)`);
      if (!existsSync(`${base}.md`)) problems.push(`${meta.id}: no doc ${base}.md`);
      if (!fixtures.has(meta.id) && !existsSync(`${base}.test.ts`)) problems.push(`${meta.id}: no fixture (${rest.join('/')}.fixture.*) and no ${rest.join('/')}.test.ts`);
      if (!meta.cwe || meta.cwe.length === 0) problems.push(`${meta.id}: no CWE`);
      if (!meta.title?.trim()) problems.push(`${meta.id}: no title`);
      if (!meta.description?.trim()) problems.push(`${meta.id}: no description`);
    }
  }
  for (const id of fixtures) if (!seen.has(id)) problems.push(`${id}: a fixture exists but no registered rule has this id`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await checkRules();
  if (problems.length) {
    process.stderr.write(`check-rules: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('check-rules: every rule has its file, doc, fixture and CWE\n');
  }
}

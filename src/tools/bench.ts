import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchContext, BenchSection } from './bench/harness.js';
import { core } from './bench/core.js';
import { secrets } from './bench/secrets.js';
import { hook } from './bench/hook.js';
import { code } from './bench/code.js';
import { diff } from './bench/diff.js';
import { dependencies } from './bench/dependencies.js';
import { iac } from './bench/iac.js';

/**
 * `npm run bench -- [DIR] [--only a,b] [--rounds N]`: times skeptic per area, and the
 * installed peers on the same trees one after the other, and prints medians and ratios.
 * Never part of `npm test`: timings are measured here, not asserted.
 */
const sections: BenchSection[] = [core, secrets, hook, code, diff, dependencies, iac];

const args = process.argv.slice(2);
let dir: string | undefined;
let only: string[] | undefined;
let rounds = 3;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--only') only = (args[++i] ?? '').split(',');
  else if (a === '--rounds') rounds = Number(args[++i] ?? 3);
  else dir = resolve(a);
}
const named: Record<string, string> = {};
for (const [key, value] of Object.entries(process.env)) {
  if (key.startsWith('BENCH_') && value) named[key.slice(6).toLowerCase()] = resolve(value);
}
const peersRoot = process.env.PEERS_ROOT ?? (existsSync(resolve(process.env.HOME ?? '/root', 'peers')) ? resolve(process.env.HOME ?? '/root', 'peers') : undefined);
const ctx: BenchContext = { ...(dir ? { dir } : {}), rounds, ...(peersRoot ? { peersRoot } : {}), named, log: (line) => process.stdout.write(line + '\n') };
ctx.log(`skeptic bench: rounds=${rounds}${dir ? ` dir=${dir}` : ''}${peersRoot ? ` peers=${peersRoot}` : ' (no peers installed)'}`);
for (const section of sections) {
  if (only && !only.includes(section.name)) continue;
  ctx.log(`\n== ${section.name}: ${section.description}`);
  try {
    await section.run(ctx);
  } catch (error) {
    ctx.log(`  section failed: ${(error as Error).message}`);
  }
}

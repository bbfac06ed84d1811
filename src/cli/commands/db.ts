import { resolve } from 'node:path';
import { defaultCacheDir, importDirectory, readMeta } from '../../analyzers/dependencies/advisories/database.js';
import { DEFAULT_OSV_EXPORT_URL, updateDatabase } from '../../analyzers/dependencies/advisories/update.js';
import { BUNDLED_NAMES_DIR, buildNameIndex } from '../../analyzers/dependencies/registry/names.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const options = {
  'cache-dir': { type: 'string' },
  url: { type: 'string' },
  ecosystems: { type: 'string' },
  out: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

export const command: Command = {
  summary: 'manage the local advisory database and registry name index',
  usage: `
Usage: skeptic db update [--url URL] [--ecosystems npm,PyPI,...] [--cache-dir DIR]
       skeptic db import DIR [--cache-dir DIR]
       skeptic db status [--cache-dir DIR]
       skeptic db names SNAPSHOT_DIR [--out DIR]

  update   download OSV per-ecosystem exports (<URL>/<Ecosystem>/all.zip, default
           ${DEFAULT_OSV_EXPORT_URL}) and rebuild the local index
  import   build the index from a directory of OSV JSON records (air-gapped machines)
  status   show the data date and size of each ecosystem
  names    rebuild the registry name index from npm-popular.tsv and pypi-all.tsv
           (default output: the bundled index)

  --cache-dir DIR   where the database lives (default ~/.cache/skeptic)
`,
  async run(args, io) {
    const [sub, ...rest] = args;
    const { values, positionals } = parse(rest, options);
    const cacheDir = values['cache-dir'] ? resolve(io.cwd, values['cache-dir']) : defaultCacheDir();
    const say = (s: string) => { if (!values.quiet) io.stderr(s + '\n'); };
    switch (sub) {
      case 'update': {
        const ecosystems = values.ecosystems?.split(',').map((s) => s.trim()).filter(Boolean);
        const result = await updateDatabase(cacheDir, { ...(values.url ? { url: values.url } : {}), ...(ecosystems ? { ecosystems } : {}) });
        for (const [eco, d] of Object.entries(result.downloaded)) say(`${eco}: ${d.records} records (${(d.bytes / 1e6).toFixed(1)} MB)`);
        for (const e of result.errors.slice(0, 20)) io.stderr(`skeptic db: ${e}\n`);
        return Object.keys(result.downloaded).length ? EXIT.passed : EXIT.incomplete;
      }
      case 'import': {
        const from = positionals[0];
        if (!from) throw new UsageError('expected `skeptic db import DIR`');
        const result = importDirectory(resolve(io.cwd, from), cacheDir);
        for (const [eco, m] of Object.entries(result.meta.ecosystems)) say(`${eco}: ${m.advisories} advisories, data as of ${m.date.slice(0, 10)}`);
        say(`${result.files} files read, ${result.skipped} records skipped (withdrawn or without usable ranges), ${result.errors.length} unreadable`);
        for (const e of result.errors.slice(0, 20)) io.stderr(`skeptic db: ${e}\n`);
        return EXIT.passed;
      }
      case 'status': {
        const meta = readMeta(cacheDir);
        if (!meta) { io.stdout(`no advisory database in ${cacheDir}; run \`skeptic db update\`\n`); return EXIT.incomplete; }
        for (const [eco, m] of Object.entries(meta.ecosystems)) io.stdout(`${eco}\t${m.advisories}\t${m.date}\t${m.source}\n`);
        return EXIT.passed;
      }
      case 'names': {
        const from = positionals[0];
        if (!from) throw new UsageError('expected `skeptic db names SNAPSHOT_DIR`');
        const out = values.out ? resolve(io.cwd, values.out) : BUNDLED_NAMES_DIR;
        const meta = buildNameIndex(resolve(io.cwd, from), out);
        say(`registry names: ${meta.npm} npm, ${meta.pypi} PyPI → ${out}`);
        return EXIT.passed;
      }
      default:
        throw new UsageError('expected `skeptic db update|import|status|names`');
    }
  },
};

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { extract } from '../../analyzers/dependencies/lockfiles/index.js';
import { cycloneDx, spdx } from '../../analyzers/dependencies/sbom/sbom.js';
import { listFiles } from '../../source/filesystem.js';
import { classify } from '../../targets/classify.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const options = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  name: { type: 'string' },
} as const;

export const command: Command = {
  summary: 'write a software bill of materials from manifests and lockfiles',
  usage: `
Usage: skeptic sbom [PATH] [--format cyclonedx|spdx] [--output FILE] [--name NAME]

Reads every manifest and lockfile under PATH (default .) and writes CycloneDX 1.6 JSON
(default) or SPDX 2.3 JSON with purls, dependency relationships, and hashes and licences
where the lockfile records them. Nothing is installed or executed.
`,
  async run(args, io) {
    const { values, positionals } = parse(args, options);
    const format = values.format ?? 'cyclonedx';
    if (format !== 'cyclonedx' && format !== 'spdx') throw new UsageError('--format must be cyclonedx or spdx');
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const isFile = statSync(path).isFile();
    const root = isFile ? dirname(path) : path;
    const files = isFile ? [basename(path)] : listFiles(root).files.map((f) => f.path);
    const extractions = [];
    for (const file of files) {
      const type = classify(file);
      if (type.kind !== 'lockfile') continue;
      const extraction = extract(type.format, readFileSync(join(root, file), 'utf8'), file);
      for (const p of extraction.problems) io.stderr(`skeptic sbom: ${file}: ${p}\n`);
      extractions.push({ path: file, extraction });
    }
    const name = values.name ?? extractions.find((e) => e.extraction.projectName)?.extraction.projectName ?? basename(root);
    const text = format === 'spdx' ? spdx({ name, extractions }) : cycloneDx({ name, extractions });
    if (values.output) writeFileSync(resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return EXIT.passed;
  },
};

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { extract } from '../../analyzers/dependencies/lockfiles/index.js';
import { followRequirementIncludes, readInsideRoot } from '../../analyzers/dependencies/requirements-includes.js';
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
    // Packages a requirements file pulls in with `-r` belong to the bill too (and `-c` pins their versions).
    const requirementFiles = extractions.filter((e) => e.extraction.format === 'requirements-txt').map((e) => ({ target: { path: e.path, type: { kind: 'lockfile', format: 'requirements-txt' } as const, sizeBytes: 0, text: '' }, extraction: e.extraction }));
    if (requirementFiles.some((f) => f.extraction.includes?.length)) {
      const followed = followRequirementIncludes(requirementFiles, (file) => readInsideRoot(root, file));
      for (const i of followed.issues) io.stderr(`skeptic sbom: ${i.path ?? ''}${i.line ? `:${i.line}` : ''}: ${i.message}\n`);
      for (const f of followed.added) extractions.push({ path: f.target.path, extraction: f.extraction });
    }
    const name = values.name ?? extractions.find((e) => e.extraction.projectName)?.extraction.projectName ?? basename(root);
    const text = format === 'spdx' ? spdx({ name, extractions }) : cycloneDx({ name, extractions });
    if (values.output) writeFileSync(resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return EXIT.passed;
  },
};

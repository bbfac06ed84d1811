import { realpathSync } from 'node:fs';
import { readRegularFile } from '../../source/read-file.js';
import { posix, sep } from 'node:path';
import type { ScanIssue } from '../../core/issue.js';
import type { Target } from '../../core/target.js';
import { extract } from './lockfiles/index.js';
import { normalizePypi } from './lockfiles/python-spec.js';
import { isDevRequirementsFile } from './lockfiles/requirements-txt.js';
import type { Dependency, Extraction } from './types.js';

/** A requirements file the include graph reached: a scanned target, or one read from disk for it. */
export interface RequirementsFile {
  readonly target: Target;
  readonly extraction: Extraction;
}

export type IncludeRead =
  | { readonly text: string }
  | { readonly missing: true }
  | { readonly error: string; readonly code: 'read-error' | 'symlink-outside-root' };

export interface FollowResult {
  /** Files reached through `-r` that are not scan targets: their requirements are declared dependencies too. */
  readonly added: RequirementsFile[];
  readonly issues: ScanIssue[];
}

/** pip reads includes of any size, but a requirements file larger than this is not one. */
const MAX_INCLUDE_BYTES = 8 * 1024 * 1024;
/** Deeper chains than pip users write; also bounds the work on a hostile include graph. */
const MAX_DEPTH = 32;

/**
 * Follows `-r FILE` and `-c FILE` the way pip does: relative to the including file, recursively.
 * Requirements reached through `-r` are declared by the file that includes them; entries
 * reached through `-c` only fix versions, which are applied here to requirements of the same
 * include graph that give a range (so a pinned constraint is matched against advisories and
 * the range is not "unpinned"). Includes outside the scan root, through symlinks out of it,
 * remote, templated, missing or cyclic become issues naming the file and line.
 */
export function followRequirementIncludes(roots: readonly RequirementsFile[], read: (path: string) => IncludeRead): FollowResult {
  const issues: ScanIssue[] = [];
  const reported = new Set<string>();
  const issue = (from: string, line: number, code: ScanIssue['code'], message: string) => {
    const key = `${from}:${line}:${code}`;
    if (reported.has(key)) return;
    reported.add(key);
    // path and line are fields of the issue; reporters print them before the message
    issues.push({ code, analyzer: 'dependencies', path: from, line, message });
  };
  const known = new Map<string, RequirementsFile | null>();
  for (const r of roots) known.set(r.target.path, r);
  const added = new Map<string, { file: RequirementsFile; devOnly: boolean }>();
  const load = (path: string, from: string, line: number): RequirementsFile | undefined => {
    if (known.has(path)) return known.get(path) ?? undefined;
    const got = read(path);
    let file: RequirementsFile | null = null;
    if ('missing' in got) issue(from, line, 'unresolved', `included file ${path} does not exist; its requirements were not checked`);
    else if ('error' in got) issue(from, line, got.code, `included file ${path} was not read (${got.error}); its requirements were not checked`);
    else {
      const target: Target = { path, type: { kind: 'lockfile', format: 'requirements-txt' }, sizeBytes: Buffer.byteLength(got.text), text: got.text };
      file = { target, extraction: extract('requirements-txt', got.text, path) };
      for (const problem of file.extraction.problems) issues.push({ code: 'parse-error', analyzer: 'dependencies', path, message: `${problem} (file included by ${from}:${line})` });
    }
    known.set(path, file);
    return file ?? undefined;
  };

  for (const root of roots) {
    if (!root.extraction.includes?.length && !root.extraction.constraints?.length) continue;
    const rootDev = isDevRequirementsFile(root.target.path);
    const requirementFiles = new Set<RequirementsFile>([root]);
    const pins = new Map<string, { version: string; where: string }>();
    const addPins = (file: RequirementsFile) => {
      for (const d of [...(file.extraction.constraints ?? []), ...file.extraction.dependencies]) {
        const name = normalizePypi(d.name);
        if (d.version && !pins.has(name)) pins.set(name, { version: d.version, where: `${file.target.path}:${d.line}` });
      }
    };
    if (root.extraction.constraints) addPins(root);
    const visited = new Set<string>([`${root.target.path}\u0000r`]);
    // Depth-first with an explicit stack: a hostile include chain cannot exhaust the call stack.
    const stack: { file: RequirementsFile; constraint: boolean; chain: readonly string[] }[] = [{ file: root, constraint: false, chain: [root.target.path] }];
    while (stack.length) {
      const { file, constraint, chain } = stack.pop()!;
      const from = file.target.path;
      for (const inc of [...(file.extraction.includes ?? [])].reverse()) {
        const resolved = resolveInclude(from, inc.path);
        if ('problem' in resolved) {
          issue(from, inc.line, 'unresolved', `${inc.constraint ? '-c' : '-r'} ${inc.path.slice(0, 200)} was not followed: ${resolved.problem}`);
          continue;
        }
        const path = resolved.path;
        if (chain.includes(path)) {
          issue(from, inc.line, 'parse-error', `include cycle ${[...chain, path].join(' → ')}: not followed again`);
          continue;
        }
        if (chain.length >= MAX_DEPTH) {
          issue(from, inc.line, 'unresolved', `includes nested deeper than ${MAX_DEPTH} files: ${path} was not followed`);
          continue;
        }
        // inside a constraints file every include only constrains, as in pip
        const asConstraint = constraint || inc.constraint;
        const key = `${path}\u0000${asConstraint ? 'c' : 'r'}`;
        if (visited.has(key)) continue;
        visited.add(key);
        const child = load(path, from, inc.line);
        if (!child) continue;
        if (asConstraint) addPins(child);
        else {
          requirementFiles.add(child);
          if (child.extraction.constraints) addPins(child);
          if (!roots.includes(child)) {
            const seen = added.get(path);
            added.set(path, { file: child, devOnly: (seen?.devOnly ?? true) && rootDev });
          }
        }
        stack.push({ file: child, constraint: asConstraint, chain: [...chain, path] });
      }
    }
    if (!pins.size) continue;
    for (const file of requirementFiles) {
      const deps = file.extraction.dependencies;
      for (let i = 0; i < deps.length; i++) {
        const d = deps[i]!;
        if (d.version || d.source !== 'registry') continue;
        const pin = pins.get(normalizePypi(d.name));
        if (pin) deps[i] = { ...d, version: pin.version, constrainedBy: pin.where };
      }
    }
  }

  // A file reached only from development requirement files holds development requirements.
  const out: RequirementsFile[] = [];
  for (const { file, devOnly } of added.values()) {
    if (devOnly) {
      const deps = file.extraction.dependencies;
      for (let i = 0; i < deps.length; i++) if (!deps[i]!.dev) deps[i] = { ...deps[i]!, dev: true } as Dependency;
    }
    out.push(file);
  }
  return { added: out, issues };
}

/** The root-relative path an include names, or why it cannot be followed. */
export function resolveInclude(from: string, spec: string): { path: string } | { problem: string } {
  if (/^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(spec)) return { problem: 'remote requirement files are not fetched' };
  if (spec.includes('${') || spec.includes('$(')) return { problem: 'the path uses an environment variable' };
  if (spec.startsWith('/') || /^[a-z]:[\\/]/i.test(spec) || spec.startsWith('~')) return { problem: 'absolute paths point outside the scanned project' };
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  const path = posix.normalize(posix.join(dir, spec.replace(/\\/g, '/').replace(/^file:/, '')));
  if (path === '..' || path.startsWith('../') || path === '.' || path === '') return { problem: 'it is outside the scan root' };
  return { path };
}

/**
 * Reads an included file under the scan root. The root-relative path is resolved through
 * realpath so a symlink (at any level) that leaves the root is refused, and the final open
 * is O_NOFOLLOW so the checked path is the one read.
 */
export function readInsideRoot(root: string, path: string): IncludeRead {
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    return { error: (error as Error).message, code: 'read-error' };
  }
  try {
    real = realpathSync(`${realRoot}${sep}${path.split('/').join(sep)}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    if (code === 'ELOOP') return { error: 'symlink loop', code: 'read-error' };
    return { error: code ?? (error as Error).message, code: 'read-error' };
  }
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) {
    return { error: 'a symlink leads outside the scan root', code: 'symlink-outside-root' };
  }
  try {
    const read = readRegularFile(real, MAX_INCLUDE_BYTES);
    if (read.kind === 'not-regular') return { error: 'not a regular file', code: 'read-error' };
    if (read.kind === 'too-large') return { error: `${read.size} bytes, over the ${MAX_INCLUDE_BYTES}-byte limit`, code: 'read-error' };
    if (read.buffer.includes(0)) return { error: 'binary content', code: 'read-error' };
    return { text: read.buffer.toString('utf8') };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message, code: 'read-error' };
  }
}

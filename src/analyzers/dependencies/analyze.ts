import type { AnalyzerContext, AnalysisResult } from '../../core/analyzer.js';
import type { RawFinding } from '../../core/finding.js';
import type { ScanIssue } from '../../core/issue.js';
import type { Location } from '../../core/location.js';
import type { Target } from '../../core/target.js';
import { defaultCacheDir, LocalDatabase } from './advisories/database.js';
import type { Match } from './advisories/osv.js';
import { queryOnline } from './advisories/online.js';
import { RegistryClient, type RegistryFacts } from './registry/online.js';
import { extract } from './lockfiles/index.js';
import { normalizePypi } from './lockfiles/python-spec.js';
import { NameIndex } from './registry/names.js';
import { findTyposquat } from './registry/typosquat.js';
import { NODE_BUILTIN_PLACEHOLDERS, PYTHON_STDLIB } from './rules/stdlib-shadowing.js';
import { maliciousForRange, purlOf } from './check-package.js';
import type { Dependency, Extraction } from './types.js';
import { jsImports } from './phantom.js';
import { pythonPhantomImports } from './python-phantom.js';
import { followRequirementIncludes, readInsideRoot } from './requirements-includes.js';
import { isTestCode } from '../../targets/test-paths.js';

const STALE_DAYS = 7;


interface FileResult {
  readonly target: Target;
  readonly extraction: Extraction;
  readonly lineText: string[];
}

export interface DependencyAnalysisOptions {
  readonly database?: LocalDatabase | null;
  readonly names?: NameIndex | null;
  readonly now?: Date;
  /** Online mode: OSV API base URL (tests point it at a local server). */
  readonly osvApiUrl?: string;
  /** Online mode: registry client (tests point it at a local server). */
  readonly registry?: RegistryClient;
}

export async function analyzeDependencies(targets: readonly Target[], context: AnalyzerContext, injected: DependencyAnalysisOptions = {}): Promise<AnalysisResult> {
  const findings: RawFinding[] = [];
  const issues: ScanIssue[] = [];
  const files: FileResult[] = [];
  for (const target of targets) {
    if (target.type.kind !== 'lockfile') continue;
    const extraction = extract(target.type.format, target.text, target.path);
    for (const problem of extraction.problems) {
      issues.push({ code: 'parse-error', analyzer: 'dependencies', path: target.path, message: `${target.path}: ${problem}` });
    }
    files.push({ target, extraction, lineText: target.text.split('\n') });
  }
  if (!files.length) {
    if (context.isRuleEnabled('dependencies/phantom-import')) {
      const names = injected.names === null ? undefined : injected.names ?? NameIndex.open();
      findings.push(...pythonPhantomImports(targets, files, { root: context.root, ...(names ? { names } : {}) }));
    }
    return { findings, issues };
  }
  // `-r`/`-c` includes: files outside the scan's targets are read here, under the root only.
  const included = new Set<string>();
  const requirementFiles = files.filter((f) => f.extraction.format === 'requirements-txt');
  if (requirementFiles.some((f) => f.extraction.includes?.length)) {
    const followed = followRequirementIncludes(requirementFiles, (path) => readInsideRoot(context.root, path));
    issues.push(...followed.issues);
    for (const f of followed.added) {
      included.add(f.target.path);
      files.push({ ...f, lineText: f.target.text.split('\n') });
    }
  }
  const data: Record<string, { date: string; source?: string }> = {};
  const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
  const byDir = new Map<string, FileResult[]>();
  for (const f of files) {
    const list = byDir.get(dirOf(f.target.path)) ?? [];
    list.push(f);
    byDir.set(dirOf(f.target.path), list);
  }
  const loc = (f: FileResult, line: number): Location => {
    const text = (f.lineText[line - 1] ?? '').replace(/\r$/, '');
    const start = text.length - text.trimStart().length;
    return { path: f.target.path, startLine: line, startColumn: start + 1, endLine: line, endColumn: Math.max(text.length, start) + 1 };
  };
  const enabled = (id: string) => context.isRuleEnabled(id);

  // Data: the local advisory DB (offline default) and the bundled registry names.
  const online = context.options.offline === false;
  const database = injected.database === null ? undefined : injected.database ?? LocalDatabase.open(context.options.cacheDir ?? defaultCacheDir());
  const names = injected.names === null ? undefined : injected.names ?? NameIndex.open();
  if (enabled('dependencies/phantom-import')) {
    findings.push(...phantomImports(targets, files, names));
    findings.push(...pythonPhantomImports(targets, files, { root: context.root, ...(names ? { names } : {}) }));
  }
  const now = injected.now ?? new Date();
  const usedEcosystems = new Set(files.map((f) => f.extraction.ecosystem));
  let onlineMatches: Map<string, Match[]> | undefined;
  if (online) {
    const queries = files.flatMap((f) => f.extraction.dependencies.filter((d) => d.source === 'registry' && d.version).map((d) => ({ ecosystem: d.ecosystem, name: d.name, version: d.version! })));
    const unique = [...new Map(queries.map((q) => [`${q.ecosystem}\u0000${q.name}\u0000${q.version}`, q])).values()];
    try {
      const result = await queryOnline(unique, injected.osvApiUrl ? { url: injected.osvApiUrl } : {});
      onlineMatches = new Map(unique.map((q, i) => [`${q.ecosystem}\u0000${q.name}\u0000${q.version}`, result.get(i) ?? []]));
    } catch (error) {
      issues.push({ code: 'network-error', analyzer: 'dependencies', message: `OSV online query failed (${(error as Error).message}); ${database ? 'used the local database instead' : 'vulnerabilities were not checked'}` });
    }
  }
  const registryFacts = new Map<string, RegistryFacts>();
  if (online) {
    const client = injected.registry ?? new RegistryClient({ cacheDir: context.options.cacheDir ?? defaultCacheDir() });
    const wanted = new Map<string, Dependency>();
    for (const f of files) for (const d of f.extraction.dependencies) {
      if (d.direct && d.source === 'registry' && (d.ecosystem === 'npm' || d.ecosystem === 'PyPI')) wanted.set(`${d.ecosystem}:${key(d)}`, d);
    }
    const list = [...wanted.entries()].slice(0, 500);
    let failed = 0;
    for (let i = 0; i < list.length; i += 8) {
      await Promise.all(list.slice(i, i + 8).map(async ([k, d]) => {
        try {
          registryFacts.set(k, await client.facts(d.ecosystem as 'npm' | 'PyPI', d.name, d.version));
        } catch {
          failed++;
        }
      }));
    }
    if (failed) issues.push({ code: 'network-error', analyzer: 'dependencies', message: `${failed} registry look-ups failed; existence, age and deprecation of those packages were not checked online` });
    if (wanted.size > list.length) issues.push({ code: 'unresolved', analyzer: 'dependencies', message: `only the first ${list.length} of ${wanted.size} direct dependencies were looked up in their registries` });
  }
  if (onlineMatches) {
    // the API is current: no freshness issue to report
  } else if (!database && (enabled('dependencies/known-vulnerability') || enabled('dependencies/malicious-package'))) {
    issues.push({
      code: 'data-missing', analyzer: 'dependencies',
      message: 'no local advisory database: known-vulnerability and malicious-package checks did not run. Run `skeptic db update` (or `skeptic db import DIR` offline).',
    });
  } else if (database) {
    for (const ecosystem of usedEcosystems) {
      const meta = database.meta.ecosystems[ecosystem];
      if (meta) data[`advisories/${ecosystem}`] = { date: meta.date, source: 'local OSV database' };
      if (!meta) {
        issues.push({ code: 'data-missing', analyzer: 'dependencies', message: `the advisory database has no ${ecosystem} data: ${ecosystem} dependencies were not checked for vulnerabilities` });
        continue;
      }
      const age = (now.getTime() - Date.parse(meta.date)) / 86_400_000;
      if (age > STALE_DAYS) {
        issues.push({ code: 'data-stale', analyzer: 'dependencies', message: `${ecosystem} advisory data is from ${meta.date.slice(0, 10)} (${Math.floor(age)} days old); run \`skeptic db update\`` });
      }
    }
  }

  for (const [, group] of byDir) {
    const lockfiles = group.filter((f) => f.extraction.kind === 'lockfile' && f.extraction.format !== 'go-sum');
    const manifests = group.filter((f) => f.extraction.kind === 'manifest');
    const hasGoMod = group.some((f) => f.extraction.format === 'go-mod');
    refineDirect(lockfiles, manifests);
    // A workspace member's manifest is pinned by the lockfile at the monorepo root: look upward.
    const dir = dirOf(group[0]!.target.path);
    const upward = files.filter((l) => l.extraction.kind === 'lockfile' && l.extraction.format !== 'go-sum' && isAncestor(dirOf(l.target.path), dir));
    const lockedNames = new Set<string>();
    for (const l of upward) for (const d of l.extraction.dependencies) lockedNames.add(`${d.ecosystem}:${key(d)}`);
    const workspaceNames = new Set(files.map((f) => f.extraction.projectName).filter((n): n is string => !!n));

    for (const f of group) {
      if (f.extraction.format === 'go-sum' && hasGoMod) continue;
      const isLock = f.extraction.kind === 'lockfile';
      for (const dep of f.extraction.dependencies) {
        const where = loc(f, dep.line);
        const pkg = { ecosystem: dep.ecosystem, name: dep.name, ...(dep.version ? { version: dep.version } : {}), direct: dep.direct, dev: dep.dev, purl: purlOf(dep.ecosystem, dep.name, dep.version) };
        const identity = `${dep.ecosystem}:${dep.name}@${dep.version ?? dep.spec ?? ''}`;
        const pinnedByLock = lockedNames.has(`${dep.ecosystem}:${key(dep)}`);
        if (dep.source === 'git' || dep.source === 'url' || dep.source === 'tarball') {
          if (enabled('dependencies/git-or-url-dependency')) {
            findings.push({
              ruleId: 'dependencies/git-or-url-dependency', location: where, identity: `${identity}:${dep.location ?? ''}`, package: pkg,
              message: `${dep.name} comes from ${dep.source === 'git' ? 'a git repository' : dep.source === 'tarball' ? 'a tarball URL' : 'a URL'} (${truncate(dep.location ?? dep.spec ?? '', 100)}), not the registry: no advisories or registry integrity apply.`,
            });
          }
          continue;
        }
        if (dep.source !== 'registry') continue;
        if (workspaceNames.has(dep.name)) continue;

        // Known vulnerabilities and malicious versions: exact versions only (lockfiles, == pins).
        let malicious = false;
        if (onlineMatches || database?.has(dep.ecosystem)) {
          if (dep.version && (isLock || !pinnedByLock)) {
            const matches = onlineMatches?.get(`${dep.ecosystem}\u0000${dep.name}\u0000${dep.version}`) ?? database?.query(dep.ecosystem, dep.name, dep.version) ?? [];
            for (const m of matches) {
              if (m.advisory.malicious) {
                malicious = true;
                if (enabled('dependencies/malicious-package')) findings.push(maliciousFinding(m, dep, where, pkg, identity));
              } else if (enabled('dependencies/known-vulnerability')) {
                findings.push(vulnFinding(m, dep, where, pkg, identity));
              }
            }
          } else if (!dep.version && !isLock && database) {
            const m = maliciousForRange(database, dep.ecosystem, dep.name, dep.spec ?? '*');
            if (m) {
              malicious = true;
              if (enabled('dependencies/malicious-package')) {
                const f = maliciousFinding(m, dep, where, pkg, identity);
                findings.push(m.partial ? { ...f, severity: 'high', confidence: 'low', message: `${dep.name} had malicious releases (${m.advisory.id}); the range "${dep.spec ?? '*'}" may install a clean later one: pin a version released after the incident.` } : f);
              }
            }
          }
        }
        if (malicious) continue;

        if (!isLock && dep.direct && enabled('dependencies/stdlib-shadowing')) {
          const builtin = dep.ecosystem === 'PyPI' ? PYTHON_STDLIB.has(dep.name.toLowerCase()) : dep.ecosystem === 'npm' && NODE_BUILTIN_PLACEHOLDERS.has(dep.name);
          if (builtin) {
            findings.push({
              ruleId: 'dependencies/stdlib-shadowing', location: where, identity, package: pkg,
              message: `${dep.name} is a ${dep.ecosystem === 'PyPI' ? 'Python standard-library module' : 'Node builtin'}; the registry package of that name is ${dep.ecosystem === 'PyPI' ? 'an obsolete backport or an impostor' : 'a placeholder or unrelated code'}: remove the dependency.`,
            });
            continue;
          }
        }
        const facts = registryFacts.get(`${dep.ecosystem}:${key(dep)}`);
        if (facts && dep.direct) {
          if (!facts.exists) {
            if (enabled('dependencies/nonexistent-package')) findings.push({
              ruleId: 'dependencies/nonexistent-package', location: where, identity, package: pkg, confidence: 'high',
              message: `${dep.name} does not exist: the ${dep.ecosystem} registry answered 404. The name may be invented, and anyone can register it.`,
            });
            continue;
          }
          const ageDays = facts.created ? (now.getTime() - Date.parse(facts.created)) / 86_400_000 : undefined;
          if (ageDays !== undefined && ageDays < 30 && enabled('dependencies/new-package')) findings.push({
            ruleId: 'dependencies/new-package', location: where, identity, package: pkg,
            message: `${dep.name} was first published ${Math.max(0, Math.floor(ageDays))} days ago (${facts.created!.slice(0, 10)}): too new to have been vetted.`,
            properties: { created: facts.created },
          });
          if (facts.deprecated && enabled('dependencies/deprecated-package')) findings.push({
            ruleId: 'dependencies/deprecated-package', location: where, identity, package: pkg,
            message: `${dep.name}${dep.version ? `@${dep.version}` : ''} is deprecated: ${truncate(facts.deprecated, 160)}`,
          });
        }
        // Existence and typosquats: what the project itself declares.
        if (names && dep.direct && (dep.ecosystem === 'PyPI' || dep.ecosystem === 'npm')) {
          let missing = false;
          if (facts) { /* the registry answered: it exists */ } else if (dep.ecosystem === 'PyPI' && !names.pypiExists(dep.name)) {
            missing = true;
            if (enabled('dependencies/nonexistent-package')) findings.push({
              ruleId: 'dependencies/nonexistent-package', location: where, identity, package: pkg,
              message: `${dep.name} is not a PyPI project (registry index of ${names.meta.date}): the name may be invented, and anyone can register it.`,
              properties: { index: names.meta.date },
            });
          } else if (dep.ecosystem === 'npm' && !isLock && !dep.name.startsWith('@') && !lockedNames.has(`npm:${key(dep)}`) && names.npmPopularity(dep.name) === undefined) {
            missing = true;
            // npm's index holds popular names only, so absence is a lead, not proof.
            if (enabled('dependencies/nonexistent-package')) findings.push({
              ruleId: 'dependencies/nonexistent-package', location: where, identity, package: pkg, confidence: 'low', severity: 'medium',
              message: `${dep.name} is not among the ${names.meta.npm.toLocaleString('en-US')} npm packages with real downloads and no lockfile shows it was ever installed: check it exists (the name may be invented).`,
              properties: { index: names.meta.date },
            });
          }
          if (enabled('dependencies/typosquat')) {
            const squat = findTyposquat(dep.ecosystem, dep.name, names);
            if (squat) findings.push({
              ruleId: 'dependencies/typosquat', location: where, identity, package: pkg,
              ...(squat.how === 'edit' && missing ? { confidence: 'high' as const } : {}),
              message: `${dep.name} looks like a typosquat of the popular package ${squat.target} (${squat.how}); did you mean ${squat.target}?`,
              properties: { didYouMean: squat.target, technique: squat.how },
            });
          }
        }

        if (isLock && dep.hasInstallScript && enabled('dependencies/install-script')) {
          findings.push({
            ruleId: 'dependencies/install-script', location: where, identity, package: pkg,
            message: `${dep.name}@${dep.version ?? '?'} runs an install script on every machine that installs it${dep.direct ? '' : ' (pulled in transitively)'}.`,
          });
        }
        if (!isLock && !pinnedByLock && !dep.version && enabled('dependencies/unpinned-version') && isOpenRange(dep.spec ?? '')) {
          findings.push({
            ruleId: 'dependencies/unpinned-version', location: where, identity, package: pkg,
            message: `${dep.name} accepts ${dep.spec ? `"${dep.spec}"` : 'any version'} and no lockfile here pins it: the next release installs unreviewed.`,
          });
        }
      }
    }
  }
  if (names) data['registry-names'] = { date: names.meta.date, source: 'bundled registry name index' };
  if (onlineMatches) data['advisories/online'] = { date: now.toISOString(), source: 'OSV API' };
  // A diff scan reports what changed: an unchanged file reached through an include only informs.
  if (included.size && targets.some((t) => t.changedLines)) return { findings: findings.filter((f) => !included.has(f.location.path)), issues, data };
  return { findings, issues, data };
}

function isAncestor(ancestor: string, dir: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}

function key(d: Dependency): string {
  return d.ecosystem === 'PyPI' ? normalizePypi(d.name) : d.name;
}

/** Lockfiles rarely record what the project declared; the manifest beside them does. */
function refineDirect(lockfiles: FileResult[], manifests: FileResult[]): void {
  if (!manifests.length) return;
  for (const lock of lockfiles) {
    const declared = new Map<string, boolean>();
    for (const m of manifests) {
      if (m.extraction.ecosystem !== lock.extraction.ecosystem) continue;
      for (const d of m.extraction.dependencies) declared.set(key(d), (declared.get(key(d)) ?? true) && d.dev);
    }
    if (!declared.size) continue;
    const deps = lock.extraction.dependencies;
    for (let i = 0; i < deps.length; i++) {
      const d = deps[i]!;
      const dev = declared.get(key(d));
      if (dev === undefined) continue;
      deps[i] = { ...d, direct: true, dev: d.dev || dev };
    }
  }
}

/** `*`, `latest`, `x`, empty, or a lower bound with no upper bound. */
export function isOpenRange(spec: string): boolean {
  const s = spec.trim();
  if (s === '' || s === '*' || s === 'latest' || s === 'x' || s === 'X') return true;
  return s.split('||').some((part) => {
    const p = part.trim();
    return /^(>=?|\^?\*)/.test(p) && !/[<~^]|,\s*<|==/.test(p.replace(/^>=?/, ''));
  });
}

function vulnFinding(m: Match, dep: Dependency, location: Location, pkg: RawFinding['package'], identity: string): RawFinding {
  const a = m.advisory;
  return {
    ruleId: 'dependencies/known-vulnerability', location, identity: `${identity}:${a.id}`, package: pkg,
    ...(a.severity ? { severity: a.severity } : {}),
    message: `${dep.name}@${dep.version} is affected by ${a.id}${a.aliases.length ? ` (${a.aliases.slice(0, 3).join(', ')})` : ''}${a.summary ? `: ${truncate(a.summary, 160)}` : ''}. ${m.fixedIn ? `Fixed in ${m.fixedIn}.` : 'No fixed version is known.'}${dep.constrainedBy ? ` (version pinned by the constraint at ${dep.constrainedBy})` : ''}`,
    advisory: { id: a.id, aliases: a.aliases, ...(m.fixedIn ? { fixedIn: m.fixedIn } : {}), ...(a.summary ? { summary: a.summary } : {}), ...(a.cvss ? { cvss: a.cvss } : {}), ...(a.published ? { published: a.published } : {}) },
    ...(m.fixedIn ? { fix: { description: `upgrade ${dep.name} to ${m.fixedIn}`, safety: 'unsafe' as const } } : {}),
  };
}

function maliciousFinding(m: Match, dep: Dependency, location: Location, pkg: RawFinding['package'], identity: string): RawFinding {
  const a = m.advisory;
  return {
    ruleId: 'dependencies/malicious-package', location, identity: `${identity}:${a.id}`, package: pkg, severity: 'critical',
    message: `${dep.name}${dep.version ? `@${dep.version}` : ''} is a known malicious package (${a.id}${a.summary ? `: ${truncate(a.summary, 120)}` : ''}).`,
    advisory: { id: a.id, aliases: a.aliases, ...(a.summary ? { summary: a.summary } : {}), ...(a.published ? { published: a.published } : {}) },
  };
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** Test inputs and examples import made-up names on purpose (parser and bundler fixtures). */
const TEST_INPUT = /(^|\/)(fixtures?|__fixtures__|__mocks__|testdata|test-fixtures|examples?|samples?)\//;
/** Files a JS test runner executes: `*.test.*`, `*.spec.*`, anything under `__tests__/`. */
const TEST_ENTRY = /\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)__tests__\//;

/**
 * A file under a test directory that no runner executes is input data (a formatter's or
 * compiler's cases import invented names by the hundred: prettier's tests/format has 141). An
 * import there never runs, and one in a test that does run fails loudly at test time, so only
 * test entry files are checked.
 */
function isTestInput(path: string): boolean {
  return TEST_INPUT.test(path) || (isTestCode(path) && !TEST_ENTRY.test(path));
}

/**
 * Modules a declared framework's bundler provides under a package-like name. Docusaurus aliases
 * `@theme/*`, `@site/*`, `@generated/*` and its client API (`@docusaurus/Link`,
 * `@docusaurus/useBaseUrl`, `@docusaurus/router`); its real npm packages are lower-case and
 * hyphenated (`@docusaurus/plugin-…`), so those are still checked.
 */
const DOCUSAURUS_ALIAS = /^@(?:theme|theme-original|theme-init|site|generated)\//;
const DOCUSAURUS_CLIENT_API = /^@docusaurus\/(?:[A-Z]|use[A-Z]|(?:router|renderRoutes|isInternalUrl|constants)$)/;

function isFrameworkModule(name: string, declared: ReadonlySet<string>): boolean {
  return declared.has('@docusaurus/core') && (DOCUSAURUS_ALIAS.test(name) || DOCUSAURUS_CLIENT_API.test(name));
}

/** Bare imports in JS/TS that no package.json of the project declares (only when the project has one). */
function phantomImports(targets: readonly Target[], files: readonly FileResult[], names: NameIndex | undefined): RawFinding[] {
  const manifests = files.filter((f) => f.extraction.format === 'package-json');
  if (!manifests.length) return [];
  const declared = new Set<string>();
  for (const m of manifests) {
    if (m.extraction.projectName) declared.add(m.extraction.projectName);
    for (const d of m.extraction.dependencies) declared.add(d.name);
    try {
      const doc = JSON.parse(m.target.text) as Record<string, unknown>;
      for (const field of ['peerDependencies', 'dependencies', 'devDependencies', 'optionalDependencies']) {
        const deps = doc[field];
        if (deps && typeof deps === 'object') for (const name of Object.keys(deps)) declared.add(name);
      }
    } catch { /* already a parse-error issue */ }
  }
  const out: RawFinding[] = [];
  for (const target of targets) {
    if (target.type.kind !== 'source' || (target.type.language !== 'javascript' && target.type.language !== 'typescript') || isTestInput(target.path)) continue;
    let lines: string[] | undefined; // split only for a file with something to report
    for (const site of jsImports(target)) {
      if (declared.has(site.name) || declared.has(`@types/${site.name}`) || isFrameworkModule(site.name, declared)) continue;
      // Optional by design (the code catches the failed load). A name with capitals cannot be
      // registered on npm any more, so nobody can squat it: unless it is a real legacy package
      // (`JSONStream`), it is a bundler's or build's own module name (Babel's helpers import
      // each other as "getPrototypeOf"), not a hallucination.
      if (site.optional || (/[A-Z]/.test(site.name) && names?.npmPopularity(site.name) === undefined)) continue;
      lines ??= target.text.split('\n');
      const text = (lines[site.line - 1] ?? '').replace(/\r$/, '');
      const start = text.length - text.trimStart().length;
      out.push({
        ruleId: 'dependencies/phantom-import',
        location: { path: target.path, startLine: site.line, startColumn: start + 1, endLine: site.line, endColumn: text.length + 1 },
        identity: `phantom:${site.name}`,
        package: { ecosystem: 'npm', name: site.name },
        message: `imports ${site.name}, which no package.json in the project declares: check the package exists and is the one you mean before installing it, then declare it.`,
      });
    }
  }
  return out;
}

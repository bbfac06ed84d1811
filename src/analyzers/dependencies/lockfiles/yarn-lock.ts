import type { Dependency, DependencySource, Extraction } from '../types.js';
import { classifyResolved } from './npm-spec.js';

/**
 * yarn.lock, both the classic v1 format (`version "1.2.3"`) and Berry's YAML subset
 * (`version: 1.2.3`, `resolution: "name@npm:1.2.3"`). Read line by line: entries start at
 * column 0, their fields sit two spaces in. yarn.lock records neither dev nor direct;
 * the analyzer refines both from package.json.
 */
export function extractYarnLock(text: string): Extraction {
  const dependencies: Dependency[] = [];
  const problems: string[] = [];
  const berry = /^__metadata:/m.test(text);
  if (!berry && !/^# yarn lockfile v1/m.test(text) && /\S/.test(text) && !/^"?[^\s#][^\n]*:\s*$/m.test(text)) {
    return { format: 'yarn-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems: ['not a yarn.lock: no entry headers'] };
  }
  // Split only once the file looks like a lockfile: a rejected file's lines are never needed.
  const lines = text.split('\n');
  let entry: { names: string[]; ranges: string[]; line: number; fields: Record<string, string>; deps: string[]; inDeps: boolean } | undefined;
  const flush = () => {
    if (!entry) return;
    const e = entry;
    entry = undefined;
    if (e.names[0] === '__metadata') return;
    const name = e.names[0];
    if (!name) return;
    const version = e.fields['version'];
    if (!version) {
      problems.push(`line ${e.line}: entry ${name} has no version`);
      return;
    }
    let source: DependencySource = 'registry';
    let location: string | undefined;
    if (berry) {
      const resolution = e.fields['resolution'] ?? '';
      const protocol = resolution.slice(resolution.indexOf('@', 1) + 1);
      if (protocol.startsWith('workspace:')) return; // the project itself and its members
      if (protocol.startsWith('npm:')) source = 'registry';
      else if (/^(git|github:|https?:\/\/github\.com)/.test(protocol) || protocol.includes('.git#')) { source = 'git'; location = protocol; }
      else if (/^(file:|link:|portal:)/.test(protocol)) { source = 'path'; location = protocol; }
      else if (/^https?:/.test(protocol)) { source = 'tarball'; location = protocol; }
      else if (protocol.startsWith('patch:')) source = 'registry';
    } else {
      const where = classifyResolved(e.fields['resolved']);
      source = where.source;
      location = where.location;
      if (e.ranges.some((r) => r.startsWith('file:') || r.startsWith('link:'))) source = 'path';
    }
    const integrity = e.fields['integrity'] ?? (e.fields['checksum'] ? `checksum:${e.fields['checksum']}` : undefined);
    dependencies.push({
      ecosystem: 'npm', name, version, direct: false, dev: false, line: e.line, source,
      ...(location ? { location } : {}),
      ...(integrity ? { integrity } : {}),
      ...(e.deps.length ? { dependsOn: e.deps } : {}),
    });
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    if (indent === 0) {
      flush();
      if (!raw.endsWith(':')) {
        problems.push(`line ${i + 1}: expected an entry header ending in ':'`);
        continue;
      }
      const descriptors = splitDescriptors(raw.slice(0, -1));
      const names: string[] = [];
      const ranges: string[] = [];
      for (const d of descriptors) {
        const at = d.indexOf('@', 1);
        names.push(at === -1 ? d : d.slice(0, at));
        ranges.push(at === -1 ? '' : d.slice(at + 1));
      }
      entry = { names, ranges, line: i + 1, fields: {}, deps: [], inDeps: false };
      continue;
    }
    if (!entry) {
      problems.push(`line ${i + 1}: indented line outside an entry`);
      continue;
    }
    const body = raw.trim();
    if (indent <= 2) {
      entry.inDeps = /^(dependencies|optionalDependencies):?$/.test(body);
      const m = berry ? /^([\w-]+):\s*(.*)$/.exec(body) : /^([\w-]+)\s+(.*)$/.exec(body);
      if (m) entry.fields[m[1]!] = unquote(m[2]!);
    } else if (entry.inDeps) {
      const m = berry ? /^("?[^"\s:]+(?:"|))\s*:/.exec(body) : /^("[^"]+"|\S+)\s/.exec(body);
      if (m) entry.deps.push(unquote(m[1]!));
    }
  }
  flush();
  return { format: 'yarn-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems };
}

function splitDescriptors(header: string): string[] {
  return header.split(',').map((s) => unquote(s.trim())).filter(Boolean);
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

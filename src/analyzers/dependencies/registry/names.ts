import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { normalizePypi } from '../lockfiles/python-spec.js';
import { PACKAGE_ROOT } from '../../../package-root.js';

/** The bundled index: `data/registry/` at the package root (beside dist/ and src/). */
export const BUNDLED_NAMES_DIR = join(PACKAGE_ROOT, 'data', 'registry');

export interface NameIndexMeta {
  readonly date: string;
  readonly source: string;
  readonly npm: number;
  readonly pypi: number;
}

/**
 * Registry names for existence, popularity and typosquat checks. npm: names with about ≥ 480
 * downloads a month, by downloads (a popularity set, not an existence set: npm has millions
 * of names). PyPI: every project name (existence) and the ranks of the 15,000 most downloaded.
 */
export class NameIndex {
  private npmRank?: Map<string, number>;
  private npmTop?: string[];
  private pypiNames?: string[];
  private pypiRank?: Map<string, number>;
  private pypiTop?: string[];

  private constructor(readonly dir: string, readonly meta: NameIndexMeta) {}

  static open(dir = BUNDLED_NAMES_DIR): NameIndex | undefined {
    const metaPath = join(dir, 'meta.json');
    if (!existsSync(metaPath)) return undefined;
    try {
      return new NameIndex(dir, JSON.parse(readFileSync(metaPath, 'utf8')) as NameIndexMeta);
    } catch {
      return undefined;
    }
  }

  private lines(file: string): string[] {
    return gunzipSync(readFileSync(join(this.dir, file))).toString('utf8').split('\n').filter(Boolean);
  }

  /** 1-based download rank among popular npm names, or undefined when not among them. */
  npmPopularity(name: string): number | undefined {
    if (!this.npmRank) {
      this.npmTop = this.lines('npm-popular.txt.gz');
      this.npmRank = new Map(this.npmTop.map((n, i) => [n, i + 1]));
    }
    return this.npmRank.get(name);
  }

  npmTopNames(limit: number): readonly string[] {
    this.npmPopularity('');
    return this.npmTop!.slice(0, limit);
  }

  /** Whether the name exists on PyPI (as of the index date). */
  pypiExists(name: string): boolean {
    if (!this.pypiNames) this.pypiNames = this.lines('pypi-names.txt.gz');
    const target = normalizePypi(name);
    let lo = 0;
    let hi = this.pypiNames.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.pypiNames[mid]!;
      if (v === target) return true;
      if (v < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  pypiPopularity(name: string): number | undefined {
    if (!this.pypiRank) {
      this.pypiTop = this.lines('pypi-top.txt.gz');
      this.pypiRank = new Map(this.pypiTop.map((n, i) => [n, i + 1]));
    }
    return this.pypiRank.get(normalizePypi(name));
  }

  pypiTopNames(limit: number): readonly string[] {
    this.pypiPopularity('');
    return this.pypiTop!.slice(0, limit);
  }
}

/** Builds the compact index from public registry snapshots (npm-popular.tsv, pypi-all.tsv). */
export function buildNameIndex(from: string, to: string, date = new Date().toISOString().slice(0, 10), source = 'registry-names snapshot'): NameIndexMeta {
  mkdirSync(to, { recursive: true });
  const npm = readFileSync(join(from, 'npm-popular.tsv'), 'utf8').split('\n').slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c[0] && Number.isFinite(Number(c[1])))
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .map((c) => c[0]!);
  const ranked: [string, number][] = [];
  const pypi: string[] = [];
  for (const line of readFileSync(join(from, 'pypi-all.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (!cols[0]) continue;
    const name = normalizePypi(cols[0]);
    pypi.push(name);
    const rank = Number(cols[3]);
    if (cols[3] && Number.isFinite(rank)) ranked.push([name, rank]);
  }
  pypi.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  ranked.sort((a, b) => a[1] - b[1]);
  writeFileSync(join(to, 'npm-popular.txt.gz'), gzipSync(npm.join('\n') + '\n', { level: 9 }));
  writeFileSync(join(to, 'pypi-names.txt.gz'), gzipSync([...new Set(pypi)].join('\n') + '\n', { level: 9 }));
  writeFileSync(join(to, 'pypi-top.txt.gz'), gzipSync(ranked.map((r) => r[0]).join('\n') + '\n', { level: 9 }));
  const meta: NameIndexMeta = { date, source, npm: npm.length, pypi: pypi.length };
  writeFileSync(join(to, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  return meta;
}

import { compare as pep440Compare } from '@renovatebot/pep440';
import semver from 'semver';
import type { Ecosystem } from '../types.js';

/** Orders two versions of one ecosystem; throws when either cannot be read, so callers skip the bound instead of guessing. */
export function compareVersions(ecosystem: Ecosystem | string, a: string, b: string): number {
  switch (ecosystem) {
    case 'npm':
    case 'crates.io':
    case 'Go':
      return semverCompare(a, b);
    case 'PyPI':
      return pep440Compare(a, b);
    case 'RubyGems':
      return rubyCompare(a, b);
    case 'Packagist':
      return packagistCompare(a, b);
    default:
      throw new Error(`no version ordering for ${ecosystem}`);
  }
}

export const ORDERED_ECOSYSTEMS: readonly string[] = ['npm', 'crates.io', 'Go', 'PyPI', 'RubyGems', 'Packagist'];

function semverCompare(a: string, b: string): number {
  return semver.compare(toSemver(a), toSemver(b));
}

/** `v1.2.3` (Go), `1.0` (old GitHub bounds) → SemVer; anything else unreadable throws. */
function toSemver(v: string): string {
  let s = v.trim().replace(/^v(?=\d)/, '');
  if (semver.valid(s)) return s;
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(s);
  if (m) {
    s = `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4] ?? ''}`;
    if (semver.valid(s)) return s;
  }
  throw new Error(`not a semantic version: ${v}`);
}

/** Gem::Version ordering: segments of digits or letters; a letter segment marks a prerelease that sorts first. */
function rubyCompare(a: string, b: string): number {
  const sa = rubySegments(a);
  const sb = rubySegments(b);
  const n = Math.max(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    const x = sa[i] ?? 0n;
    const y = sb[i] ?? 0n;
    if (x === y) continue;
    if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : 1;
    if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : 1;
    return typeof x === 'string' ? -1 : 1;
  }
  return 0;
}

function rubySegments(v: string): (bigint | string)[] {
  const s = v.trim().replace(/-/g, '.pre.');
  if (!/^[0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v.trim())) throw new Error(`not a gem version: ${v}`);
  const segments = (s.match(/[0-9]+|[a-z]+/gi) ?? []).map((p) => (/^\d+$/.test(p) ? BigInt(p) : p));
  // canonical_segments: trailing zeros of the release part and of the prerelease part are dropped
  const firstString = segments.findIndex((x) => typeof x === 'string');
  const release = firstString === -1 ? segments : segments.slice(0, firstString);
  const pre = firstString === -1 ? [] : segments.slice(firstString);
  while (release.length > 1 && release[release.length - 1] === 0n) release.pop();
  while (pre.length && pre[pre.length - 1] === 0n) pre.pop();
  return [...release, ...pre];
}

/** Composer/PHP version_compare: dev < alpha < beta < RC < (number) < patch. */
function packagistCompare(a: string, b: string): number {
  const pa = phpCanon(a);
  const pb = phpCanon(b);
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) {
      // a missing part compares like PHP: "1.0" < "1.0.1", but "1.0" > "1.0rc1"
      const other = (x ?? y)!;
      const sign = x === undefined ? -1 : 1;
      if (/^\d+$/.test(other)) return sign;
      const order = phpOrder(other);
      if (order === 4) continue;
      return order < 4 ? -sign : sign;
    }
    const c = phpPart(x, y);
    if (c) return c;
  }
  return 0;
}

function phpCanon(v: string): string[] {
  let s = v.trim().replace(/^v(?=\d)/i, '').replace(/[-_+]/g, '.');
  s = s.replace(/(\d)(?=[^\d.])/g, '$1.').replace(/([^\d.])(?=\d)/g, '$1.');
  return s.split('.').filter(Boolean);
}

function phpOrder(p: string): number {
  // PHP matches these forms case-sensitively by prefix, in this order; anything else sorts first.
  for (const [form, order] of PHP_FORMS) if (p.startsWith(form)) return order;
  return -1;
}

const PHP_FORMS: readonly [string, number][] = [['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5]];

function phpPart(x: string, y: string): number {
  const xn = /^\d+$/.test(x);
  const yn = /^\d+$/.test(y);
  if (xn && yn) {
    const a = BigInt(x);
    const b = BigInt(y);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const ox = xn ? phpOrder('#') : phpOrder(x);
  const oy = yn ? phpOrder('#') : phpOrder(y);
  return ox < oy ? -1 : ox > oy ? 1 : 0;
}

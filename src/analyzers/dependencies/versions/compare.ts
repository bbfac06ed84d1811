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
    case 'Maven':
      return mavenCompare(a, b);
    case 'NuGet':
      return nugetCompare(a, b);
    default:
      throw new Error(`no version ordering for ${ecosystem}`);
  }
}

export const ORDERED_ECOSYSTEMS: readonly string[] = ['npm', 'crates.io', 'Go', 'PyPI', 'RubyGems', 'Packagist', 'Maven', 'NuGet'];

function semverCompare(a: string, b: string): number {
  return semver.compare(toSemver(a), toSemver(b));
}

/** `v1.2.3` (Go), `1.0` (old GitHub bounds) → SemVer; anything else unreadable throws. */
function toSemver(v: string): string {
  let s = v.trim().replace(/^v(?=\d)/, '');
  if (semver.valid(s)) return s;
  // The tail is [^]* (not .*): a version holding a newline must not make `$` fail and the
  // leading digit run backtrack one digit at a time (quadratic on a hostile lockfile).
  const m = /^(\d{1,40})(?:\.(\d{1,40}))?(?:\.(\d{1,40}))?([^]*)$/.exec(s);
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

/**
 * Maven's version order (the POM reference's "Version Order Specification", which
 * ComparableVersion implements and OSV follows). A version is a list of tokens split at `.`,
 * `-` and digit/letter transitions (a transition counts as `-`); each keeps the separator
 * before it because `.1` and `-1` order differently.
 */
interface MavenToken {
  readonly sep: '.' | '-';
  /** A number without leading zeros, or a lower-case qualifier (`''` is the release). */
  readonly value: string;
  readonly numeric: boolean;
  /** Padding added to compare with a longer version; never equal to a real token. */
  readonly pad?: boolean;
}

const MAVEN_QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];

function mavenTokens(version: string): MavenToken[] {
  const tokens: MavenToken[] = [];
  const s = version.trim();
  if (!s || s.length > 256) throw new Error(`not a Maven version: ${version.slice(0, 80)}`);
  let sep: '.' | '-' = '.';
  let start = 0;
  const push = (raw: string, at: '.' | '-', followedByDigit: boolean) => {
    let value = raw.toLowerCase();
    const numeric = value === '' ? false : /^[0-9]+$/.test(value);
    if (value === '') value = '0';
    if (/^[0-9]+$/.test(value)) value = BigInt(value).toString();
    else if (value === 'cr') value = 'rc';
    else if (value === 'ga' || value === 'final' || value === 'release') value = '';
    else if (followedByDigit && (value === 'a' || value === 'b' || value === 'm')) value = value === 'a' ? 'alpha' : value === 'b' ? 'beta' : 'milestone';
    tokens.push({ sep: at, value, numeric: numeric || value === '0' });
  };
  for (let i = 0; i <= s.length; i++) {
    const c = s[i];
    if (i === s.length || c === '.' || c === '-') {
      push(s.slice(start, i), sep, false);
      sep = c === '-' ? '-' : '.';
      start = i + 1;
      continue;
    }
    // a digit/non-digit transition inside a piece starts a new `-` token
    const next = s[i + 1];
    if (next !== undefined && next !== '.' && next !== '-' && isDigit(c!) !== isDigit(next)) {
      push(s.slice(start, i + 1), sep, isDigit(next));
      sep = '-';
      start = i + 1;
    }
  }
  // Trailing nulls (0, '', final, ga) go, at the end and before each remaining `-` token.
  let i = tokens.length - 1;
  while (i > 0) {
    const t = tokens[i]!;
    if (t.value === '0' || t.value === '') {
      tokens.splice(i, 1);
      i--;
      continue;
    }
    while (i >= 0 && tokens[i]!.sep !== '-') i--;
    i--;
  }
  return tokens;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** The null a shorter version is padded with: 0 after `.`, the empty qualifier after `-`. */
function mavenPad(other: MavenToken): MavenToken {
  if (other.sep === '-') return { sep: '-', value: '', numeric: false, pad: true };
  // `sp` is the one qualifier that sorts after the release, so `.sp` must beat the padding
  return { sep: '.', value: other.value === 'sp' ? '' : '0', numeric: other.value !== 'sp', pad: true };
}

function mavenTokenCompare(x: MavenToken, y: MavenToken): number {
  if (x.sep === y.sep) {
    const xn = x.numeric && !x.pad;
    const yn = y.numeric && !y.pad;
    if (xn && yn) {
      const a = BigInt(x.value);
      const b = BigInt(y.value);
      return a < b ? -1 : a > b ? 1 : 0;
    }
    // a real number beats any qualifier
    if (xn) return 1;
    if (yn) return -1;
    const xi = qualifierIndex(x.value);
    const yi = qualifierIndex(y.value);
    if (xi === MAVEN_QUALIFIERS.length && yi === MAVEN_QUALIFIERS.length) return x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
    return xi < yi ? -1 : xi > yi ? 1 : 0;
  }
  // `.qualifier` < `-qualifier` < `-number` < `.number`
  return Math.sign(separatorOrder(x) - separatorOrder(y));
}

function qualifierIndex(q: string): number {
  const i = MAVEN_QUALIFIERS.indexOf(q);
  return i === -1 ? MAVEN_QUALIFIERS.length : i;
}

function separatorOrder(t: MavenToken): number {
  const numeric = t.numeric && !t.pad ? true : /^[0-9]+$/.test(t.value);
  if (numeric) return t.sep === '-' ? 2 : 3;
  return t.sep === '-' ? 1 : 0;
}

function mavenCompare(a: string, b: string): number {
  const ta = mavenTokens(a);
  const tb = mavenTokens(b);
  const n = Math.max(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const x = ta[i] ?? mavenPad(tb[i]!);
    const y = tb[i] ?? mavenPad(ta[i]!);
    if (x.sep === y.sep && x.value === y.value) continue;
    const c = mavenTokenCompare(x, y);
    if (c) return c;
  }
  return 0;
}

/**
 * NuGet (NuGet.Versioning): up to four numeric parts, missing ones 0, leading zeros ignored;
 * then the SemVer prerelease compared case-insensitively; `+metadata` is ignored.
 */
function nugetCompare(a: string, b: string): number {
  const x = nugetParse(a);
  const y = nugetParse(b);
  for (let i = 0; i < 4; i++) {
    if (x.parts[i]! !== y.parts[i]!) return x.parts[i]! < y.parts[i]! ? -1 : 1;
  }
  if (!x.pre.length || !y.pre.length) return x.pre.length === y.pre.length ? 0 : x.pre.length ? -1 : 1;
  const n = Math.min(x.pre.length, y.pre.length);
  for (let i = 0; i < n; i++) {
    const p = x.pre[i]!;
    const q = y.pre[i]!;
    const pn = /^[0-9]+$/.test(p);
    const qn = /^[0-9]+$/.test(q);
    if (pn && qn) {
      const c = BigInt(p) - BigInt(q);
      if (c) return c < 0n ? -1 : 1;
    } else if (pn !== qn) return pn ? -1 : 1;
    else if (p !== q) return p < q ? -1 : 1;
  }
  return Math.sign(x.pre.length - y.pre.length);
}

function nugetParse(v: string): { parts: bigint[]; pre: string[] } {
  const m = /^v?([0-9]{1,40}(?:\.[0-9]{1,40}){0,3})(?:-([0-9A-Za-z.-]{1,200}))?(?:\+[0-9A-Za-z.-]{0,200})?$/.exec(v.trim());
  if (!m) throw new Error(`not a NuGet version: ${v.slice(0, 80)}`);
  const parts = m[1]!.split('.').map((p) => BigInt(p));
  while (parts.length < 4) parts.push(0n);
  return { parts, pre: m[2] ? m[2].toLowerCase().split('.') : [] };
}

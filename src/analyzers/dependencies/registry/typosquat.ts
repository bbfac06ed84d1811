import type { NameIndex } from './names.js';

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const ADJACENT = new Map<string, Set<string>>();
KEYBOARD.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const set = new Set<string>();
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, -1], [1, 0]] as const) {
      const ch = KEYBOARD[r + dr]?.[c + dc];
      if (ch) set.add(ch);
    }
    ADJACENT.set(row[c]!, set);
  }
});

/** Popular targets protected from squatting, and the rank above which a name counts as unpopular. */
const TARGETS = 3000;
const POPULAR_ENOUGH = 10000;
const AFFIXES = [/^python-/, /^py-?/, /-python$/, /-py$/, /^node-/, /-node$/, /^js-/, /-js$/, /\.js$/, /-?2$/, /^go-/, /-go$/];

export interface Typosquat {
  readonly target: string;
  readonly how: 'separator' | 'affix' | 'scope' | 'keyboard' | 'edit';
}

/**
 * Does `name` imitate a much more popular name? Only unpopular names are checked, so a
 * popular package that happens to be one edit from another (e.g. `react`/`preact`) is never flagged.
 */
export function findTyposquat(ecosystem: 'npm' | 'PyPI', name: string, index: NameIndex): Typosquat | undefined {
  const rank = ecosystem === 'npm' ? index.npmPopularity(name) : index.pypiPopularity(name);
  if (rank !== undefined && rank <= POPULAR_ENOUGH) return undefined;
  const targets = ecosystem === 'npm' ? index.npmTopNames(TARGETS) : index.pypiTopNames(TARGETS);
  const lower = ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
  const bare = lower.replace(/[-_.]/g, '');
  const targetSet = new Set(targets);
  if (targetSet.has(lower)) return undefined;
  if (ecosystem === 'npm' && lower.startsWith('@')) {
    if (lower.startsWith('@types/')) return undefined; // DefinitelyTyped mirrors every popular name by design
    const unscoped = lower.slice(lower.indexOf('/') + 1);
    if (targetSet.has(unscoped) && (index.npmPopularity(unscoped) ?? Infinity) <= 500) return { target: unscoped, how: 'scope' };
    return undefined;
  }
  for (const t of targets) {
    if (t.replace(/[-_.]/g, '') === bare && t !== lower) return { target: t, how: 'separator' };
  }
  for (const affix of AFFIXES) {
    const stripped = lower.replace(affix, '');
    if (stripped !== lower && stripped.length >= 3 && targetSet.has(stripped)) return { target: stripped, how: 'affix' };
  }
  if (lower.length < 5) return undefined; // short names sit one edit from too many others
  for (const t of targets) {
    if (t.length < 5 || Math.abs(t.length - lower.length) > 1) continue;
    const d = editOne(lower, t);
    if (d === 'keyboard') return { target: t, how: 'keyboard' };
    if (d === 'edit') return { target: t, how: 'edit' };
  }
  return undefined;
}

/** Damerau distance exactly 1 (substitution, insertion, deletion or adjacent swap); `keyboard` when the substitution is a neighbouring key. */
function editOne(a: string, b: string): 'keyboard' | 'edit' | undefined {
  if (a === b) return undefined;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) {
      const i = diffs[0]!;
      // digit or separator swaps (`lib2`/`lib3`, `a-b`/`a_b`) are usually distinct projects
      if (/[\d\-_.]/.test(a[i]!) || /[\d\-_.]/.test(b[i]!)) return undefined;
      return ADJACENT.get(b[i]!)?.has(a[i]!) ? 'keyboard' : 'edit';
    }
    if (diffs.length === 2 && diffs[1] === diffs[0]! + 1 && a[diffs[0]!] === b[diffs[1]!] && a[diffs[1]!] === b[diffs[0]!]) return 'edit';
    return undefined;
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.slice(i) !== l.slice(i + 1)) return undefined;
  const extra = l[i]!;
  if (/[\d\-_.]/.test(extra)) return undefined;
  // a doubled or dropped repeated letter (`lodassh`) is the classic squat; an extra letter at the end often a real fork (`chalk2`)
  return 'edit';
}

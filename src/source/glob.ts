/**
 * Minimal gitignore-style glob → RegExp. The output has no nested quantifiers, so
 * matching is linear in the path length.
 *  - `**` matches across directories, `*` and `?` stay within one segment
 *  - `{a,b}` alternation, `[abc]` classes
 *  - a pattern without '/' matches at any depth (like .gitignore)
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim();
  const anchored = pattern.startsWith('/');
  if (anchored) pattern = pattern.slice(1);
  const dirOnly = pattern.endsWith('/');
  if (dirOnly) pattern = pattern.slice(0, -1);
  const hasSlash = pattern.includes('/');
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const atSegmentEnd = pattern[i + 2] === '/' || i + 2 === pattern.length;
        if (atSegmentStart && atSegmentEnd) {
          if (pattern[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        out += '[^/]*';
        i += 1;
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close === -1) {
        out += '\\{';
        continue;
      }
      const parts = pattern.slice(i + 1, close).split(',').map(escapeRegExp);
      out += `(?:${parts.join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (body.startsWith('!')) body = '^' + body.slice(1);
      out += `[${body}]`;
      i = close;
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[i + 1]!);
      i += 1;
    } else {
      out += escapeRegExp(c);
    }
  }
  const prefix = anchored || hasSlash ? '^' : '^(?:.*/)?';
  // A match on a directory also covers everything below it.
  return new RegExp(`${prefix}${out}(?:/.*)?$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class GlobSet {
  private readonly regexps: RegExp[];
  constructor(globs: readonly string[]) {
    this.regexps = globs.filter((g) => g.trim() !== '').map(globToRegExp);
  }
  get empty(): boolean {
    return this.regexps.length === 0;
  }
  matches(path: string): boolean {
    for (const re of this.regexps) if (re.test(path)) return true;
    return false;
  }
}

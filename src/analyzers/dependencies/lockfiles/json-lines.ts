import { LineIndex } from '../../../core/location.js';

/**
 * Lines of object keys in a JSON (or JSONC) text, by key path, found in one linear pass
 * without a second parse: JSON.parse gives values but no positions, and lockfile findings
 * must point at the entry that pins the package.
 */
export class JsonKeyLines {
  private readonly lines = new Map<string, number>();

  constructor(text: string) {
    interface Frame { readonly array: boolean; readonly path: string; key: string; index: number; expectKey: boolean }
    const stack: Frame[] = [];
    let line = 1;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) { line++; continue; }
      if (c === 47 && text.charCodeAt(i + 1) === 47) { // JSONC line comment
        const end = text.indexOf('\n', i);
        i = (end === -1 ? n : end) - 1;
        continue;
      }
      const top = stack[stack.length - 1];
      if (c === 34) {
        let j = i + 1;
        let escaped = false;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 92) { escaped = true; j += 2; continue; }
          if (d === 34 || d === 10) break;
          j++;
        }
        if (top && !top.array && top.expectKey) {
          let key = text.slice(i + 1, j);
          if (escaped) {
            try { key = JSON.parse(text.slice(i, j + 1)) as string; } catch { /* keep raw */ }
          }
          top.key = key;
          const path = top.path + '\u0001' + key;
          if (!this.lines.has(path)) this.lines.set(path, line);
        }
        i = j;
        continue;
      }
      if (c === 123 || c === 91) {
        const path = top ? top.path + '\u0001' + (top.array ? String(top.index) : top.key) : '';
        stack.push({ array: c === 91, path, key: '', index: 0, expectKey: c === 123 });
        continue;
      }
      if (c === 125 || c === 93) { stack.pop(); continue; }
      if (!top) continue;
      if (c === 58) { top.expectKey = false; continue; }
      if (c === 44) {
        if (top.array) top.index++;
        else top.expectKey = true;
      }
    }
  }

  /** Line of the key at `path` (e.g. ['packages', 'node_modules/a']); undefined when absent. */
  line(path: readonly (string | number)[]): number | undefined {
    return this.lines.get('\u0001' + path.map(String).join('\u0001'));
  }
}

/** JSON.parse for lockfiles that allow JSONC (bun.lock): comments and trailing commas removed outside strings. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      out += text.slice(last, i);
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end - 1;
      last = i + 1;
      continue;
    }
    if (c === 44) {
      let j = i + 1;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') {
        out += text.slice(last, i);
        last = i + 1;
      }
    }
  }
  out += text.slice(last);
  return JSON.parse(out);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Line lookups by offset or by the first occurrence of a text, over the core line index. */
export class Lines extends LineIndex {
  at(offset: number): number {
    return this.position(offset).line;
  }
  find(needle: string, from = 0): number | undefined {
    const at = this.text.indexOf(needle, from);
    return at === -1 ? undefined : this.at(at);
  }
}

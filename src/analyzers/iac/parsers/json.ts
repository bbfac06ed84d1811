import { LineIndex } from '../../../core/location.js';
import type { Span, VNode } from '../model.js';
import type { YamlParse } from './yaml.js';

const MAX_DEPTH = 200;
const LITERALS = [['true', true], ['false', false], ['null', null]] as const;

/**
 * Strict JSON to located values, in one linear pass. The YAML parser reads JSON too, but at
 * about a second per megabyte and a hundred megabytes of heap per megabyte: a Terraform plan
 * of a few thousand resources took tens of seconds. The result is the tree `parseYaml` builds
 * for the same text (same spans, key spans and CloudFormation long-form intrinsics); anything
 * that is not plain strict JSON (comments, trailing commas, a merge key, nesting deeper than
 * the YAML reader keeps) returns undefined and is left to the YAML parser.
 */
export function parseJsonLocated(text: string, longIntrinsics: ReadonlySet<string>): YamlParse | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  // A byte-order mark (PowerShell's `Out-File -Encoding utf8`) is skipped as the YAML reader skips it; offsets stay the text's.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  ws();
  const first = text[i];
  if (first !== '{' && first !== '[') return undefined;
  const index = new LineIndex(text);
  const span = (start: number, end: number): Span => {
    const a = index.position(start);
    const b = index.position(Math.max(start, end));
    return { sl: a.line, sc: a.column, el: b.line, ec: b.column };
  };
  const fail = Symbol('fail');
  type Out = VNode | typeof fail;

  /** A string token starting at the quote at `i`; leaves `i` after the closing quote. */
  const string = (): string | typeof fail => {
    const start = i++;
    let escaped = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) return fail;
      if (c === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= n) return fail;
    i++;
    if (!escaped) return text.slice(start + 1, i - 1);
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail;
    }
  };

  const digits = (): boolean => {
    const s = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i > s;
  };

  const value = (depth: number): Out => {
    if (depth > MAX_DEPTH) return fail;
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries = new Map<string, VNode>();
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'map', entries, span: span(start, i) };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') return fail;
        const keyStart = i;
        const key = string();
        if (key === fail || key === '<<') return fail;
        const keySpan = span(keyStart, i);
        ws();
        if (text[i] !== ':') return fail;
        i++;
        ws();
        const v = value(depth + 1);
        if (v === fail) return fail;
        // `v` was built just now for this key: it takes the key span without a copy.
        v.keySpan = keySpan;
        entries.set(key, v);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] !== '}') return fail;
        i++;
        break;
      }
      const base: VNode = { kind: 'map', entries, span: span(start, i) };
      // Long-form intrinsic: a one-key map `{ "Ref": "X" }` / `{ "Fn::Sub": … }`, as parseYaml reads it.
      if (entries.size === 1) {
        const [k, v] = [...entries][0]!;
        if (longIntrinsics.has(k)) return { kind: 'expr', span: base.span, tag: k, arg: v, raw: v.kind === 'scalar' ? String(v.value) : undefined };
      }
      return base;
    }
    if (c === '[') {
      i++;
      const items: VNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'list', items, span: span(start, i) };
      }
      for (;;) {
        ws();
        const v = value(depth + 1);
        if (v === fail) return fail;
        items.push(v);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] !== ']') return fail;
        i++;
        break;
      }
      return { kind: 'list', items, span: span(start, i) };
    }
    if (c === '"') {
      const s = string();
      return s === fail ? fail : { kind: 'scalar', value: s, span: span(start, i) };
    }
    for (const [word, v] of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind: 'scalar', value: v, span: span(start, i) };
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (c === '-') i++;
      if (!digits()) return fail;
      if (text[i] === '.') {
        i++;
        if (!digits()) return fail;
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        if (!digits()) return fail;
      }
      return { kind: 'scalar', value: Number(text.slice(start, i)), span: span(start, i) };
    }
    return fail;
  };

  const rootStart = i;
  const root = value(0);
  if (root === fail) return undefined;
  ws();
  if (i !== n) return undefined;
  return { docs: [{ root, line: index.position(rootStart).line }], errors: [] };
}

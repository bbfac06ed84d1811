/**
 * A small JSON-with-comments parser that keeps source offsets, so findings in MCP configs
 * and agent settings point at the exact value. VS Code's mcp.json allows comments and
 * trailing commas, so both are accepted. Iterative limits instead of trust: nesting depth
 * is bounded so a hostile file cannot overflow the stack.
 */
export type JsonNode =
  | { readonly kind: 'object'; readonly start: number; readonly end: number; readonly entries: readonly JsonEntry[] }
  | { readonly kind: 'array'; readonly start: number; readonly end: number; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly start: number; readonly end: number; readonly value: string }
  | { readonly kind: 'number' | 'boolean' | 'null'; readonly start: number; readonly end: number; readonly raw: string };

export interface JsonEntry {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: JsonNode;
}

export class JsonParseError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_DEPTH = 256;

export function parseJsonc(text: string): JsonNode {
  let i = 0;
  const n = text.length;

  const skip = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else if (c === 47 && text.charCodeAt(i + 1) === 47) {
        const nl = text.indexOf('\n', i);
        i = nl === -1 ? n : nl + 1;
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) throw new JsonParseError('unterminated comment', i);
        i = close + 2;
      } else break;
    }
  };

  const fail = (what: string): never => {
    throw new JsonParseError(`${what} at offset ${i}`, i);
  };

  const parseString = (): { value: string; start: number; end: number } => {
    const start = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(chunk, i);
        i++;
        return { value: out, start, end: i };
      }
      if (c === 92) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          const v = map[e];
          if (v === undefined) fail('bad escape');
          out += v;
          i += 2;
        }
        chunk = i;
        continue;
      }
      if (c === 10) fail('newline in string');
      i++;
    }
    return fail('unterminated string');
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH}`);
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: JsonEntry[] = [];
      skip();
      while (text[i] !== '}') {
        if (text[i] !== '"') fail('expected a string key');
        const key = parseString();
        skip();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        const value = parseValue(depth + 1);
        entries.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value });
        skip();
        if (text[i] === ',') {
          i++;
          skip();
          continue;
        }
        if (text[i] !== '}') fail('expected "," or "}"');
      }
      i++;
      return { kind: 'object', start, end: i, entries };
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      while (text[i] !== ']') {
        items.push(parseValue(depth + 1));
        skip();
        if (text[i] === ',') {
          i++;
          skip();
          continue;
        }
        if (text[i] !== ']') fail('expected "," or "]"');
      }
      i++;
      return { kind: 'array', start, end: i, items };
    }
    if (c === '"') {
      const s = parseString();
      return { kind: 'string', start: s.start, end: s.end, value: s.value };
    }
    const m = /^(?:true|false|null|-?\d{1,400}(?:\.\d{1,400})?(?:[eE][+-]?\d{1,10})?)/.exec(text.slice(i, i + 820));
    if (!m) return fail('unexpected token');
    i += m[0].length;
    const raw = m[0];
    return { kind: raw === 'true' || raw === 'false' ? 'boolean' : raw === 'null' ? 'null' : 'number', start, end: i, raw };
  };

  const root = parseValue(0);
  skip();
  if (i < n) fail('trailing content');
  return root;
}

export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.kind !== 'object') return undefined;
  // Last wins, as in JSON.parse.
  for (let k = node.entries.length - 1; k >= 0; k--) if (node.entries[k]!.key === key) return node.entries[k]!.value;
  return undefined;
}

export function entries(node: JsonNode | undefined): readonly JsonEntry[] {
  return node?.kind === 'object' ? node.entries : [];
}

export function strings(node: JsonNode | undefined): { value: string; start: number; end: number }[] {
  if (node?.kind === 'string') return [node];
  if (node?.kind !== 'array') return [];
  return node.items.filter((x): x is Extract<JsonNode, { kind: 'string' }> => x.kind === 'string');
}

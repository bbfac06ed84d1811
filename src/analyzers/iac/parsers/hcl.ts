import { LineIndex } from '../../../core/location.js';
import type { Span, VNode } from '../model.js';

/**
 * A hand-written HCL2 parser that keeps a position on every value. It reads the
 * structural language fully (bodies, blocks, attributes, collections, templates,
 * heredocs) and keeps operators, conditionals and `for` expressions as unresolved
 * expressions with their source text: rules never need them evaluated, and a
 * resolver can still substitute `var.`/`local.` references and calls it knows.
 * No regular expressions run on the input: the lexer is a single forward scan.
 */
export interface HclBlock {
  readonly type: string;
  readonly labels: string[];
  readonly body: HclBody;
  readonly span: Span;
  /** Span of the block header line (type and labels). */
  readonly head: Span;
}

export interface HclBody {
  readonly attributes: Map<string, VNode>;
  readonly blocks: HclBlock[];
}

export class HclError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

type TokKind = 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'nl' | 'eof';
interface Tok {
  readonly kind: TokKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** For strings/heredocs: decoded parts; `interp` parts hold the raw expression source. */
  readonly parts?: { literal?: string; interp?: string }[];
}

const MAX_DEPTH = 150;
const PUNCT2 = new Set(['==', '!=', '<=', '>=', '&&', '||', '=>', '::']);
const PUNCT1 = '{}[]()=,.:?!+-*/%<>';

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function lex(src: string, index: LineIndex): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = src.length;
  const fail = (msg: string, at: number): never => {
    throw new HclError(msg, index.position(at).line);
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 10) {
      toks.push({ kind: 'nl', text: '\n', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 35 || (c === 47 && src.charCodeAt(i + 1) === 47)) {
      const e = src.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const e = src.indexOf('*/', i + 2);
      if (e === -1) fail('unterminated comment', i);
      // A block comment spanning lines still separates attributes.
      if (src.slice(i, e).includes('\n')) toks.push({ kind: 'nl', text: '\n', start: i, end: e + 2 });
      i = e + 2;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(src.charCodeAt(j))) j++;
      toks.push({ kind: 'ident', text: src.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && (isDigit(src.charCodeAt(j)) || src[j] === '.' || src[j] === 'e' || src[j] === 'E' || ((src[j] === '+' || src[j] === '-') && (src[j - 1] === 'e' || src[j - 1] === 'E')))) {
        // `a[0].b`: a dot followed by a non-digit ends the number.
        if (src[j] === '.' && !isDigit(src.charCodeAt(j + 1))) break;
        j++;
      }
      toks.push({ kind: 'number', text: src.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (c === 34) {
      const { parts, end } = readTemplate(src, i + 1, '"', fail);
      toks.push({ kind: 'string', text: src.slice(i, end), start: i, end, parts });
      i = end;
      continue;
    }
    if (c === 60 && src.charCodeAt(i + 1) === 60 && (src[i + 2] === '-' || isIdentStart(src.charCodeAt(i + 2)))) {
      let j = i + 2;
      const indent = src[j] === '-';
      if (indent) j++;
      const ms = j;
      while (j < n && isIdentPart(src.charCodeAt(j))) j++;
      const marker = src.slice(ms, j);
      const lineEnd = src.indexOf('\n', j);
      if (!marker || lineEnd === -1) fail('bad heredoc', i);
      // Find a line whose trimmed content is the marker.
      let p = lineEnd + 1;
      let bodyEnd = -1;
      let after = -1;
      while (p <= n) {
        const e = src.indexOf('\n', p);
        const lineText = src.slice(p, e === -1 ? n : e);
        if (lineText.trim() === marker) {
          bodyEnd = p;
          after = p + lineText.indexOf(marker) + marker.length;
          break;
        }
        if (e === -1) break;
        p = e + 1;
      }
      if (bodyEnd === -1) fail(`unterminated heredoc ${marker}`, i);
      let body = src.slice(lineEnd + 1, bodyEnd);
      if (indent) {
        const lines = body.split('\n');
        let min = Infinity;
        for (const l of lines) if (l.trim()) min = Math.min(min, l.length - l.trimStart().length);
        if (min !== Infinity && min > 0) body = lines.map((l) => l.slice(Math.min(min, l.length - l.trimStart().length))).join('\n');
      }
      const { parts } = readTemplate(body, 0, '', fail);
      toks.push({ kind: 'heredoc', text: body, start: i, end: after, parts: parts });
      // The body starts on the line after the marker: keep its offset for JSON policies.
      (toks[toks.length - 1] as { bodyStart?: number }).bodyStart = lineEnd + 1;
      i = after;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (PUNCT2.has(two)) {
      toks.push({ kind: 'punct', text: two, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (src.slice(i, i + 3) === '...') {
      toks.push({ kind: 'punct', text: '...', start: i, end: i + 3 });
      i += 3;
      continue;
    }
    if (PUNCT1.includes(src[i]!)) {
      toks.push({ kind: 'punct', text: src[i]!, start: i, end: i + 1 });
      i++;
      continue;
    }
    fail(`unexpected character ${JSON.stringify(src[i])}`, i);
  }
  toks.push({ kind: 'eof', text: '', start: n, end: n });
  return toks;
}

/** Reads a template up to `close` (or the end when close is ''), splitting literal text and `${…}` parts. */
function readTemplate(src: string, from: number, close: string, fail: (m: string, at: number) => never): { parts: { literal?: string; interp?: string }[]; end: number } {
  const parts: { literal?: string; interp?: string }[] = [];
  let lit = '';
  let i = from;
  const n = src.length;
  while (true) {
    if (i >= n) {
      if (close) fail('unterminated string', from);
      break;
    }
    const ch = src[i]!;
    if (close && ch === close) {
      i++;
      break;
    }
    if (close && ch === '\n') fail('newline in string', i);
    if (close && ch === '\\') {
      const e = src[i + 1];
      lit += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'u' ? String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16) || 63) : (e ?? '');
      i += e === 'u' ? 6 : 2;
      continue;
    }
    if ((ch === '$' || ch === '%') && src[i + 1] === '{') {
      if (src[i + 2] === ch) {
        lit += ch + '{';
        i += 2;
        continue;
      }
      // Escaped `$${` is a literal `${`.
      let depth = 1;
      let j = i + 2;
      let inStr = false;
      while (j < n && depth > 0) {
        const cj = src[j]!;
        if (inStr) {
          if (cj === '\\') j++;
          else if (cj === '"') inStr = false;
        } else if (cj === '"') inStr = true;
        else if (cj === '{') depth++;
        else if (cj === '}') depth--;
        j++;
      }
      if (depth > 0) fail('unterminated interpolation', i);
      if (lit) parts.push({ literal: lit });
      lit = '';
      if (ch === '$') parts.push({ interp: src.slice(i + 2, j - 1).trim().replace(/^~|~$/g, '').trim() });
      else parts.push({ interp: '%directive' });
      i = j;
      continue;
    }
    if (ch === '$' && src[i + 1] === '$' && src[i + 2] === '{') {
      lit += '${';
      i += 3;
      continue;
    }
    lit += ch;
    i++;
  }
  if (lit || parts.length === 0) parts.push({ literal: lit });
  return { parts, end: i };
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string, private readonly toks: Tok[], private readonly index: LineIndex) {}

  private peek(skipNl = false): Tok {
    let p = this.pos;
    if (skipNl) while (this.toks[p]!.kind === 'nl') p++;
    return this.toks[p]!;
  }
  private next(): Tok {
    return this.toks[this.pos++]!;
  }
  private skipNl(): void {
    while (this.toks[this.pos]!.kind === 'nl') this.pos++;
  }
  private fail(msg: string, tok: Tok): never {
    throw new HclError(`${msg} (found ${tok.kind === 'eof' ? 'end of file' : JSON.stringify(tok.text)})`, this.index.position(tok.start).line);
  }
  private expect(text: string): Tok {
    const t = this.next();
    if (t.text !== text || (t.kind !== 'punct' && t.kind !== 'ident')) this.fail(`expected ${JSON.stringify(text)}`, t);
    return t;
  }
  span(start: number, end: number): Span {
    const a = this.index.position(start);
    const b = this.index.position(Math.max(start, end));
    return { sl: a.line, sc: a.column, el: b.line, ec: b.column };
  }

  body(depth: number, closing: boolean): HclBody {
    if (depth > MAX_DEPTH) this.fail('nesting too deep', this.peek());
    const attributes = new Map<string, VNode>();
    const blocks: HclBlock[] = [];
    while (true) {
      this.skipNl();
      const t = this.peek();
      if (t.kind === 'eof') {
        if (closing) this.fail('expected "}"', t);
        break;
      }
      if (t.kind === 'punct' && t.text === '}') {
        if (!closing) this.fail('unexpected "}"', t);
        break;
      }
      if (t.kind !== 'ident') this.fail('expected an attribute or block', t);
      this.next();
      const after = this.peek();
      if (after.kind === 'punct' && (after.text === '=' || after.text === ':')) {
        this.next();
        const value = { ...this.expr(depth + 1) };
        value.keySpan = this.span(t.start, t.end);
        attributes.set(t.text, value);
        const end = this.peek();
        if (end.kind !== 'nl' && end.kind !== 'eof' && !(end.kind === 'punct' && end.text === '}')) this.fail('expected a newline after the attribute', end);
        continue;
      }
      const labels: string[] = [];
      while (true) {
        const l = this.peek();
        if (l.kind === 'string') labels.push(l.parts?.map((p) => p.literal ?? '${' + p.interp + '}').join('') ?? '');
        else if (l.kind === 'ident') labels.push(l.text);
        else break;
        this.next();
      }
      const open = this.next();
      if (open.text !== '{') this.fail('expected "{" to open a block', open);
      const inner = this.body(depth + 1, true);
      const close = this.expect('}');
      blocks.push({ type: t.text, labels, body: inner, span: this.span(t.start, close.end), head: this.span(t.start, open.end) });
    }
    return { attributes, blocks };
  }

  expr(depth: number): VNode {
    if (depth > MAX_DEPTH) this.fail('expression too deep', this.peek());
    const start = this.peek().start;
    const cond = this.binary(0, depth);
    if (this.peek().kind === 'punct' && this.peek().text === '?') {
      this.next();
      this.skipNl();
      this.expr(depth + 1);
      this.skipNl();
      this.expect(':');
      this.skipNl();
      const end = this.expr(depth + 1);
      void cond;
      return this.rawExpr(start, this.endOf(end));
    }
    return cond;
  }

  private endOf(node: VNode): number {
    return this.index.lineStart(node.span.el) + node.span.ec - 1;
  }
  private rawExpr(start: number, end: number, extra?: Partial<VNode>): VNode {
    return { kind: 'expr', raw: this.src.slice(start, end), span: this.span(start, end), ...extra };
  }

  private static readonly PREC: Readonly<Record<string, number>> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

  private binary(min: number, depth: number): VNode {
    const start = this.peek().start;
    let left = this.unary(depth);
    while (true) {
      const op = this.peek();
      const prec = op.kind === 'punct' ? Parser.PREC[op.text] : undefined;
      if (prec === undefined || prec <= min) break;
      this.next();
      this.skipNl();
      const right = this.binary(prec, depth + 1);
      left = this.rawExpr(start, this.endOf(right));
    }
    return left;
  }

  private unary(depth: number): VNode {
    const t = this.peek();
    if (t.kind === 'punct' && (t.text === '!' || t.text === '-')) {
      this.next();
      const operand = this.unary(depth + 1);
      if (t.text === '-' && operand.kind === 'scalar' && typeof operand.value === 'number') return { kind: 'scalar', value: -operand.value, span: this.span(t.start, this.endOf(operand)) };
      return this.rawExpr(t.start, this.endOf(operand));
    }
    return this.postfix(depth);
  }

  private postfix(depth: number): VNode {
    const first = this.peek();
    let node = this.primary(depth);
    let end = this.endOf(node);
    let traversed = false;
    while (true) {
      const t = this.peek();
      if (t.kind === 'punct' && t.text === '.') {
        this.next();
        const a = this.next();
        if (a.kind !== 'ident' && a.kind !== 'number' && !(a.kind === 'punct' && a.text === '*')) this.fail('expected an attribute name', a);
        end = a.end;
        traversed = true;
        continue;
      }
      if (t.kind === 'punct' && t.text === '[') {
        this.next();
        this.skipNl();
        if (this.peek().text === '*') this.next();
        else this.expr(depth + 1);
        this.skipNl();
        end = this.expect(']').end;
        traversed = true;
        continue;
      }
      break;
    }
    if (traversed) node = this.rawExpr(first.start, end);
    return node;
  }

  private primary(depth: number): VNode {
    const t = this.next();
    if (t.kind === 'number') return { kind: 'scalar', value: Number(t.text), span: this.span(t.start, t.end) };
    if (t.kind === 'string' || t.kind === 'heredoc') return this.template(t);
    if (t.kind === 'ident') {
      if (t.text === 'true' || t.text === 'false') return { kind: 'scalar', value: t.text === 'true', span: this.span(t.start, t.end) };
      if (t.text === 'null') return { kind: 'scalar', value: null, span: this.span(t.start, t.end) };
      const p = this.peek();
      if (p.kind === 'punct' && (p.text === '(' || p.text === '::')) return this.call(t, depth);
      return this.rawExpr(t.start, t.end);
    }
    if (t.kind === 'punct' && t.text === '(') {
      this.skipNl();
      const inner = this.expr(depth + 1);
      this.skipNl();
      const close = this.expect(')');
      return inner.kind === 'expr' ? this.rawExpr(t.start, close.end) : inner;
    }
    if (t.kind === 'punct' && t.text === '[') return this.tuple(t, depth);
    if (t.kind === 'punct' && t.text === '{') return this.object(t, depth);
    return this.fail('expected an expression', t);
  }

  private call(name: Tok, depth: number): VNode {
    let fn = name.text;
    while (this.peek().text === '::') {
      this.next();
      fn += '::' + this.next().text;
    }
    this.expect('(');
    const args: VNode[] = [];
    while (true) {
      this.skipNl();
      if (this.peek().text === ')') break;
      args.push(this.expr(depth + 1));
      this.skipNl();
      if (this.peek().text === '...') this.next();
      this.skipNl();
      if (this.peek().text === ',') this.next();
      else break;
    }
    this.skipNl();
    const close = this.expect(')');
    const span = this.span(name.start, close.end);
    return { kind: 'expr', raw: this.src.slice(name.start, close.end), span, tag: `call:${fn}`, arg: { kind: 'list', items: args, span } };
  }

  private tuple(open: Tok, depth: number): VNode {
    this.skipNl();
    if (this.peek().kind === 'ident' && this.peek().text === 'for') return this.skipFor(open, ']');
    const list: VNode[] = [];
    while (true) {
      this.skipNl();
      if (this.peek().text === ']') break;
      list.push(this.expr(depth + 1));
      this.skipNl();
      if (this.peek().text === ',') this.next();
      else break;
    }
    this.skipNl();
    const close = this.expect(']');
    return { kind: 'list', items: list, span: this.span(open.start, close.end) };
  }

  private object(open: Tok, depth: number): VNode {
    this.skipNl();
    if (this.peek().kind === 'ident' && this.peek().text === 'for') return this.skipFor(open, '}');
    const map = new Map<string, VNode>();
    while (true) {
      this.skipNl();
      if (this.peek().text === '}') break;
      const k = this.peek();
      let key: string | undefined;
      let keyEnd = k.end;
      if (k.kind === 'ident' && (this.toks[this.pos + 1]!.text === '=' || this.toks[this.pos + 1]!.text === ':')) {
        this.next();
        key = k.text;
      } else {
        const keyNode = this.expr(depth + 1);
        keyEnd = this.endOf(keyNode);
        key = keyNode.kind === 'scalar' ? String(keyNode.value) : keyNode.raw?.replace(/^\(|\)$/g, '');
      }
      const eq = this.next();
      if (eq.text !== '=' && eq.text !== ':') this.fail('expected "=" in object', eq);
      this.skipNl();
      const value = { ...this.expr(depth + 1) };
      value.keySpan = this.span(k.start, keyEnd);
      if (key !== undefined) map.set(key, value);
      const sep = this.peek();
      if (sep.text === ',') this.next();
    }
    this.skipNl();
    const close = this.expect('}');
    return { kind: 'map', entries: map, span: this.span(open.start, close.end) };
  }

  /** `for` expressions are kept as text: balanced-bracket skip to the closer. */
  private skipFor(open: Tok, closer: string): VNode {
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t.kind === 'eof') this.fail(`expected "${closer}"`, t);
      if (t.kind === 'punct' && (t.text === '{' || t.text === '[' || t.text === '(')) depth++;
      else if (t.kind === 'punct' && (t.text === '}' || t.text === ']' || t.text === ')')) depth--;
      if (depth === 0) return this.rawExpr(open.start, t.end);
    }
    return this.fail('unreachable', open);
  }

  private template(t: Tok): VNode {
    const parts = t.parts ?? [];
    const span = this.span(t.start, t.end);
    const bodyStart = (t as { bodyStart?: number }).bodyStart;
    const extra = bodyStart !== undefined ? { tag: 'heredoc', raw: t.text } : {};
    if (parts.every((p) => p.literal !== undefined)) {
      const node: VNode = { kind: 'scalar', value: parts.map((p) => p.literal).join(''), span };
      if (bodyStart !== undefined) (node as { bodyLine?: number }).bodyLine = this.index.position(bodyStart).line;
      return node;
    }
    if (parts.length === 1 && parts[0]!.interp !== undefined) return { kind: 'expr', raw: parts[0]!.interp, span };
    return { kind: 'expr', raw: parts.map((p) => (p.literal !== undefined ? p.literal : '${' + p.interp + '}')).join(''), span, tag: 'template', ...(extra.tag ? {} : {}) };
  }
}

export function parseHcl(text: string): HclBody {
  const index = new LineIndex(text);
  const toks = lex(text, index);
  return new Parser(text, toks, index).body(0, false);
}

/** An HCL body as a located map: attributes by name, nested blocks as lists of maps under their type. */
export function bodyToNode(body: HclBody, span: Span): VNode {
  const map = new Map<string, VNode>(body.attributes);
  const grouped = new Map<string, VNode[]>();
  const heads = new Map<string, Span>();
  for (const b of body.blocks) {
    const node: VNode = { kind: 'map', entries: bodyToNode(b.body, b.span).entries, span: b.span, keySpan: b.head };
    const list = grouped.get(b.type) ?? [];
    list.push(node);
    grouped.set(b.type, list);
    if (!heads.has(b.type)) heads.set(b.type, b.head);
  }
  for (const [type, list] of grouped) {
    if (map.has(type)) continue;
    map.set(type, { kind: 'list', items: list, span: list[0]!.span, keySpan: heads.get(type), tag: 'blocks' });
  }
  return { kind: 'map', entries: map, span };
}

/**
 * Jupyter notebooks are JSON: a cell's code is an array of JSON strings with `\"` and `\n`
 * escapes, and its outputs sit beside it, often with megabytes of base64 images. Scanning the
 * raw JSON sees escaped quotes instead of literals and glues `\n` onto values. So each cell's
 * source, and each output's text, is decoded and scanned as the text a user sees, and every
 * offset maps back to the raw file so findings point at the right line of the `.ipynb`.
 * Image and other binary outputs are not text and are skipped; everything else in the file
 * (metadata, widget state) is scanned raw, with the decoded parts blanked out.
 */

/** One decoded text (a cell's source, or one output) with, per UTF-16 unit, its offset in the raw file. */
export interface NotebookPart {
  /** 1-based cell number, as Jupyter and VS Code show it. */
  readonly cell: number;
  readonly kind: 'source' | 'output';
  readonly cellType: string | undefined;
  readonly text: string;
  readonly rawOffsets: Int32Array;
}

export interface NotebookSplit {
  readonly parts: readonly NotebookPart[];
  /** The raw file with decoded parts and binary outputs replaced by spaces (newlines kept, offsets unchanged). */
  readonly rest: string;
}

export type NotebookResult = { readonly ok: true; readonly split: NotebookSplit } | { readonly ok: false; readonly error: string };

/** MIME types of output data that are text a person (or a secret) can be in. */
function isTextMime(mime: string): boolean {
  return mime.startsWith('text/') || mime === 'application/javascript' || mime === 'application/json' || mime === 'application/x-python';
}

interface Frame {
  readonly array: boolean;
  /** Current key (objects) or index (arrays). */
  key: string | number | undefined;
}

interface Collected {
  cell: number;
  kind: 'source' | 'output';
  output: number;
  pieces: { decoded: string; offsets: number[] }[];
}

/**
 * Splits a notebook into decoded parts. Returns an error (the caller records a parse issue
 * and scans the file as plain text) when the file is not JSON or has no `cells` array
 * (nbformat 3 and other shapes are scanned raw rather than guessed at).
 */
export function splitNotebook(raw: string): NotebookResult {
  const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  let root: unknown;
  try {
    root = JSON.parse(start ? raw.slice(1) : raw);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (!root || typeof root !== 'object' || !Array.isArray((root as { cells?: unknown }).cells)) {
    return { ok: false, error: 'no "cells" array (not an nbformat 4 notebook)' };
  }
  const cellTypes = ((root as { cells: unknown[] }).cells).map((c) => (c && typeof c === 'object' && typeof (c as { cell_type?: unknown }).cell_type === 'string' ? (c as { cell_type: string }).cell_type : undefined));

  // The input is valid JSON (checked above), so one linear tokenizer pass can track the key path.
  const stack: Frame[] = [];
  const blank: [number, number][] = [];
  const groups = new Map<string, Collected>();
  let i = start;
  const n = raw.length;
  let expectKey = false;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ array: c === 0x5b, key: c === 0x5b ? 0 : undefined });
      expectKey = c === 0x7b;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      // An empty `{}` never reached a `:`; what follows a closed container is never a key.
      expectKey = false;
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.key = (top.key as number) + 1;
      else expectKey = true;
      i++;
    } else if (c === 0x3a /* : */) {
      expectKey = false;
      i++;
    } else if (c === 0x22 /* " */) {
      const end = stringEnd(raw, i);
      if (expectKey) {
        stack[stack.length - 1]!.key = JSON.parse(raw.slice(i, end)) as string;
      } else {
        visitString(raw, i, end, stack, cellTypes, groups, blank);
      }
      i = end;
    } else i++;
  }

  const parts: NotebookPart[] = [];
  for (const g of groups.values()) {
    let text = '';
    let length = 0;
    for (const p of g.pieces) length += p.decoded.length;
    const rawOffsets = new Int32Array(length + 1);
    let k = 0;
    for (const p of g.pieces) {
      text += p.decoded;
      for (const o of p.offsets) rawOffsets[k++] = o;
    }
    rawOffsets[length] = length > 0 ? rawOffsets[length - 1]! + 1 : 0;
    parts.push({ cell: g.cell + 1, kind: g.kind, cellType: cellTypes[g.cell], text, rawOffsets });
  }
  return { ok: true, split: { parts, rest: blankOut(raw, blank) } };
}

/** Offset just past the closing quote of the JSON string starting at `open`. */
function stringEnd(raw: string, open: number): number {
  let j = open + 1;
  for (;;) {
    const q = raw.indexOf('"', j);
    if (q === -1) return raw.length;
    let backslashes = 0;
    for (let b = q - 1; b > open && raw.charCodeAt(b) === 0x5c; b--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

function visitString(raw: string, open: number, end: number, stack: readonly Frame[], cellTypes: readonly (string | undefined)[], groups: Map<string, Collected>, blank: [number, number][]): void {
  // Paths: cells[c].source[(k)], cells[c].outputs[o].{text,traceback,evalue}[(k)], cells[c].outputs[o].data[mime][(k)]
  if (stack.length < 3 || stack[0]!.key !== 'cells') return;
  const cell = stack[1]!.key;
  if (typeof cell !== 'number' || cell >= cellTypes.length) return;
  const field = stack[2]!.key;
  if (field === 'source' && (stack.length === 3 || (stack.length === 4 && stack[3]!.array))) {
    collect(groups, `${cell}:s`, cell, 'source', -1, raw, open, end);
    blank.push([open, end]);
    return;
  }
  if (field !== 'outputs' || stack.length < 5) return;
  const output = stack[3]!.key;
  if (typeof output !== 'number') return;
  const what = stack[4]!.key;
  if ((what === 'text' || what === 'traceback' || what === 'evalue') && (stack.length === 5 || (stack.length === 6 && stack[5]!.array))) {
    collect(groups, `${cell}:o${output}:${what}`, cell, 'output', output, raw, open, end);
    blank.push([open, end]);
  } else if (what === 'data' && stack.length >= 6) {
    const mime = stack[5]!.key;
    if (typeof mime !== 'string' || !(stack.length === 6 || (stack.length === 7 && stack[6]!.array))) return;
    if (isTextMime(mime)) collect(groups, `${cell}:o${output}:${mime}`, cell, 'output', output, raw, open, end);
    // Text is scanned decoded; images and other binary payloads are not text at all.
    blank.push([open, end]);
  }
}

function collect(groups: Map<string, Collected>, key: string, cell: number, kind: 'source' | 'output', output: number, raw: string, open: number, end: number): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { cell, kind, output, pieces: [] }));
  g.pieces.push(decodeJsonString(raw, open, end));
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** Decodes the JSON string raw[open, end) and records, for each decoded unit, where it starts in raw. */
export function decodeJsonString(raw: string, open: number, end: number): { decoded: string; offsets: number[] } {
  const out: string[] = [];
  const offsets: number[] = [];
  let i = open + 1;
  const last = end - 1;
  let runStart = i;
  const flush = (to: number): void => {
    if (to > runStart) {
      out.push(raw.slice(runStart, to));
      for (let k = runStart; k < to; k++) offsets.push(k);
    }
  };
  while (i < last) {
    const bs = raw.indexOf('\\', i);
    if (bs === -1 || bs >= last) break;
    flush(bs);
    const e = raw[bs + 1]!;
    if (e === 'u') {
      out.push(String.fromCharCode(parseInt(raw.slice(bs + 2, bs + 6), 16)));
      offsets.push(bs);
      i = bs + 6;
    } else {
      out.push(SIMPLE_ESCAPES[e] ?? e);
      offsets.push(bs);
      i = bs + 2;
    }
    runStart = i;
  }
  flush(last);
  return { decoded: out.join(''), offsets };
}

function blankOut(raw: string, spans: readonly [number, number][]): string {
  if (spans.length === 0) return raw;
  const pieces: string[] = [];
  let at = 0;
  for (const [a, b] of spans) {
    pieces.push(raw.slice(at, a));
    // A JSON string holds no raw newline, so spaces of the same length keep every offset and line.
    pieces.push('"', ' '.repeat(Math.max(0, b - a - 2)), '"');
    at = b;
  }
  pieces.push(raw.slice(at));
  return pieces.join('');
}

/** `"text",` or `"key": "text",` — one JSON string per line, as nbformat writes cell sources and outputs. */
const JSON_STRING_LINE = /^[ \t]*(?:"[A-Za-z_/+.-]{1,64}":[ \t]*)?"((?:[^"\\]|\\.)*)",?[ \t]*$/;

/**
 * History sees a notebook as added lines of JSON, one line per source line. A line that is
 * one JSON string is decoded (without its newline escapes, so line numbers hold) so that
 * `api_key = \"…\"` reads as the literal it is; other lines are returned as they are.
 */
export function decodeNotebookLine(line: string): string {
  const m = JSON_STRING_LINE.exec(line);
  if (!m) return line;
  try {
    return (JSON.parse(`"${m[1]!}"`) as string).replace(/\r?\n/g, ' ');
  } catch {
    return line;
  }
}

/**
 * One pass over the text for every rule's keywords at once (Aho-Corasick compiled to a
 * dense DFA over ASCII, case-folded). Keywords are lowercase ASCII. Cost is one table
 * lookup per character whatever the number of rules, so the prefilter stays cheap as
 * the rule set grows.
 */
export class KeywordMatcher {
  private readonly delta: Int32Array;
  /** For each state, the keyword ids that end there (including via suffix links). */
  private readonly outputs: (readonly number[] | undefined)[];
  readonly keywords: readonly string[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = fold(kw.charCodeAt(i));
        let next = goto[s]!.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s]!.set(c, next);
        }
        s = next;
      }
      out[s]!.push(id);
    });
    const n = goto.length;
    const delta = new Int32Array(n * 128);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const t = goto[0]!.get(c);
      if (t !== undefined) {
        delta[c] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let c = 0; c < 128; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s]! * 128 + c]!;
          queue.push(t);
          delta[s * 128 + c] = t;
        } else {
          delta[s * 128 + c] = delta[fail[s]! * 128 + c]!;
        }
      }
    }
    this.delta = delta;
    this.outputs = out.map((o) => (o.length ? [...new Set(o)] : undefined));
  }

  /** Calls `hit(keywordId, endOffset)` for every occurrence; stops early when `hit` returns true. */
  scan(text: string, hit: (keyword: number, end: number) => boolean | void): void {
    const delta = this.delta;
    const outputs = this.outputs;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      s = delta[(s << 7) | c]!;
      const o = outputs[s];
      if (o !== undefined) {
        for (const id of o) if (hit(id, i + 1)) return;
      }
    }
  }
}

function fold(c: number): number {
  if (c >= 128) throw new Error('keywords must be ASCII');
  return c >= 65 && c <= 90 ? c + 32 : c;
}

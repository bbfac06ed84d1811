import { DockerfileParser } from 'dockerfile-ast';
import type { Span } from '../model.js';

export interface DockerInstruction {
  /** Upper-case keyword: `RUN`, `FROM`… */
  readonly keyword: string;
  /** Arguments with line continuations joined. */
  readonly args: string;
  readonly words: readonly string[];
  /** The instruction's source text, flags included (`COPY --from=build …`). */
  readonly raw: string;
  readonly span: Span;
  readonly stage: number;
}

export interface DockerStage {
  readonly from: DockerInstruction;
  readonly image: string;
  readonly alias?: string;
  readonly instructions: readonly DockerInstruction[];
}

export interface DockerFile {
  readonly path: string;
  readonly instructions: readonly DockerInstruction[];
  readonly stages: readonly DockerStage[];
  /** Where a "missing instruction" finding points: the last stage's FROM, or line 1. */
  readonly head: Span;
}

export function parseDockerfile(path: string, text: string): DockerFile {
  const doc = DockerfileParser.parse(text);
  const lines = text.split('\n');
  const instructions: DockerInstruction[] = [];
  const stages: { from: DockerInstruction; image: string; alias?: string; instructions: DockerInstruction[] }[] = [];
  for (const ins of doc.getInstructions()) {
    const r = ins.getRange();
    const keyword = ins.getKeyword().toUpperCase();
    const words = ins.getArguments().map((a) => a.getValue());
    const stageIndex = keyword === 'FROM' ? stages.length : Math.max(0, stages.length - 1);
    const entry: DockerInstruction = {
      keyword,
      args: (ins.getArgumentsContent() ?? '').replace(/\s+/g, ' ').trim(),
      words,
      raw: lines.slice(r.start.line, r.end.line + 1).join(' '),
      span: { sl: r.start.line + 1, sc: r.start.character + 1, el: r.start.line + 1, ec: r.start.line === r.end.line ? r.end.character + 1 : r.start.character + 1 + keyword.length },
      stage: stageIndex,
    };
    instructions.push(entry);
    if (keyword === 'FROM') {
      const plain = words.filter((w) => !w.startsWith('--'));
      const asIndex = plain.findIndex((w) => w.toLowerCase() === 'as');
      stages.push({ from: entry, image: plain[0] ?? '', alias: asIndex >= 0 ? plain[asIndex + 1] : undefined, instructions: [] });
    } else if (stages.length) stages[stages.length - 1]!.instructions.push(entry);
  }
  const last = stages[stages.length - 1];
  return { path, instructions, stages, head: last ? last.from.span : { sl: 1, sc: 1, el: 1, ec: 2 } };
}

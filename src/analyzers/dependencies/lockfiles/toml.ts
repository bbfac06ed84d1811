import { parse } from 'smol-toml';
import { Lines } from './json-lines.js';

export function parseToml(text: string): { doc?: Record<string, unknown>; problem?: string } {
  try {
    return { doc: parse(text) as Record<string, unknown> };
  } catch (error) {
    return { problem: `invalid TOML: ${String((error as Error).message).split('\n', 1)[0]}` };
  }
}

/** Lines of each `[[header]]` in order, so the n-th parsed table maps to its line. */
export function arrayTableLines(text: string, header: string): number[] {
  const lines = new Lines(text);
  const out: number[] = [];
  const needle = `[[${header}]]`;
  let at = text.indexOf(needle);
  while (at !== -1) {
    if (at === 0 || text[at - 1] === '\n') out.push(lines.at(at));
    at = text.indexOf(needle, at + needle.length);
  }
  return out;
}

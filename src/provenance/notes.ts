/**
 * Line-level attribution records:
 * - git-ai authorship logs (Git AI Standard v3, `refs/notes/ai`): a file map (path, then indented
 *   `<prompt-id> <ranges>` lines), a `---` line, then JSON metadata whose `prompts[id].agent_id.tool`
 *   names the agent. Line numbers refer to the file as of the annotated commit.
 * - Agent Trace records (JSON): `vcs.revision`, `files[].conversations[].contributor.type` and
 *   `ranges[{start_line,end_line}]`.
 */

export interface LineAttribution {
  /** file path → attributed line ranges with the tool that wrote them; `human` marks explicit human lines. */
  readonly files: Map<string, { start: number; end: number; tool: string; human: boolean }[]>;
  /** Which format it came from, for evidence. */
  readonly source: 'git-ai' | 'agent-trace';
}

const MAX_NOTE = 4 * 1024 * 1024;
const MAX_RANGES_PER_LINE = 10_000;

function parseRanges(spec: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const part of spec.split(',').slice(0, MAX_RANGES_PER_LINE)) {
    const m = /^(\d{1,9})(?:-(\d{1,9}))?$/.exec(part.trim());
    if (!m) continue;
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    if (start >= 1 && end >= start) out.push({ start, end });
  }
  return out;
}

/** Parses one git-ai authorship note; undefined when it is not one (the caller records that). */
export function parseGitAiNote(text: string): LineAttribution | undefined {
  if (text.length > MAX_NOTE) return undefined;
  const lines = text.split('\n');
  const sep = lines.findIndex((l) => l.trim() === '---');
  if (sep === -1) return undefined;
  let meta: { schema_version?: unknown; prompts?: Record<string, { agent_id?: { tool?: unknown; model?: unknown } }> };
  try {
    meta = JSON.parse(lines.slice(sep + 1).join('\n')) as typeof meta;
  } catch {
    return undefined;
  }
  if (typeof meta !== 'object' || meta === null || typeof meta.schema_version !== 'string' || !meta.schema_version.startsWith('authorship/')) return undefined;
  const files = new Map<string, { start: number; end: number; tool: string; human: boolean }[]>();
  let path: string | undefined;
  for (const line of lines.slice(0, sep)) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      path = line.trim().replace(/^"(.*)"$/, '$1');
      continue;
    }
    if (!path) continue;
    const m = /^\s+(\S{1,128})\s+(\S.{0,1000000})$/.exec(line);
    if (!m) continue;
    const prompt = meta.prompts?.[m[1]!];
    const rawTool = prompt?.agent_id?.tool;
    const model = prompt?.agent_id?.model;
    const tool = typeof rawTool === 'string' && rawTool ? rawTool + (typeof model === 'string' && model ? ` (${model})` : '') : 'unknown AI tool';
    const list = files.get(path) ?? [];
    for (const r of parseRanges(m[2]!)) list.push({ ...r, tool, human: false });
    files.set(path, list);
  }
  return { files, source: 'git-ai' };
}

interface TraceRecordShape {
  vcs?: { revision?: unknown };
  tool?: { name?: unknown };
  files?: { path?: unknown; conversations?: { contributor?: { type?: unknown; model_id?: unknown }; ranges?: { start_line?: unknown; end_line?: unknown }[] }[] }[];
}

/** Agent Trace records (one JSON object, an array, or JSON lines), keyed by the commit they describe. */
export function parseAgentTrace(text: string): Map<string, LineAttribution> {
  const out = new Map<string, LineAttribution>();
  if (text.length > MAX_NOTE) return out;
  let records: TraceRecordShape[] = [];
  try {
    const parsed = JSON.parse(text) as unknown;
    records = Array.isArray(parsed) ? (parsed as TraceRecordShape[]) : [parsed as TraceRecordShape];
  } catch {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as TraceRecordShape);
      } catch {
        // A broken line is skipped; the caller counts unreadable records.
      }
    }
  }
  for (const record of records) {
    const revision = record?.vcs?.revision;
    if (typeof revision !== 'string' || !Array.isArray(record.files)) continue;
    const attribution = out.get(revision) ?? { files: new Map(), source: 'agent-trace' as const };
    const toolName = typeof record.tool?.name === 'string' ? record.tool.name : undefined;
    for (const file of record.files) {
      if (typeof file?.path !== 'string' || !Array.isArray(file.conversations)) continue;
      const list = attribution.files.get(file.path) ?? [];
      for (const conv of file.conversations) {
        const type = conv?.contributor?.type;
        if (type !== 'ai' && type !== 'human' && type !== 'mixed') continue;
        const model = typeof conv.contributor?.model_id === 'string' ? conv.contributor.model_id : undefined;
        const tool = [toolName, model ? `(${model})` : undefined].filter(Boolean).join(' ') || 'unknown AI tool';
        for (const r of Array.isArray(conv.ranges) ? conv.ranges : []) {
          const start = Number(r?.start_line);
          const end = Number(r?.end_line ?? r?.start_line);
          if (Number.isInteger(start) && Number.isInteger(end) && start >= 1 && end >= start) list.push({ start, end, tool, human: type === 'human' });
        }
      }
      attribution.files.set(file.path, list);
    }
    out.set(revision, attribution);
  }
  return out;
}

/** The attribution of one line, if the record covers it. */
export function lookupLine(attribution: LineAttribution, path: string, line: number): { tool: string; human: boolean } | undefined {
  const list = attribution.files.get(path);
  if (!list) return undefined;
  const hit = list.find((r) => r.start <= line && line <= r.end && !r.human) ?? list.find((r) => r.start <= line && line <= r.end);
  return hit ? { tool: hit.tool, human: hit.human } : undefined;
}

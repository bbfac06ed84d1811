import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../core/finding.js';
import type { ScanReport } from '../core/report.js';
import { isBlocking, type Policy } from '../policy/evaluate.js';
import { enabledAnalyzers, resolveScanInput, scan, type ScanRequest } from '../scan/scan.js';
import { classify } from '../targets/classify.js';

export interface ScanOneRequest {
  /** Project root: config is looked up from here, paths in findings are relative to it. */
  readonly root: string;
  /** The file, absolute or relative to root. It may not exist when `content` is given. */
  readonly path: string;
  /** Scan this content as if it were the file (stdin, an editor buffer, a snippet). */
  readonly content?: Buffer;
  /** The content was written by an agent: the stricter `ai` policy decides what blocks. */
  readonly aiAuthored?: boolean;
  readonly offline?: boolean;
  readonly configFile?: string;
}

export interface ScanOneResult {
  readonly report: ScanReport;
  readonly relativePath: string;
  readonly blocking: readonly Finding[];
  readonly advisory: readonly Finding[];
}

/**
 * Scans one file (or one buffer at a virtual path) the way a hook, editor or MCP client
 * needs: in-process, no workers, config of the enclosing project. A file outside the
 * root is scanned from its own directory rather than refused.
 */
export async function scanOne(request: ScanOneRequest): Promise<ScanOneResult> {
  let root = resolve(request.root);
  let absolute = isAbsolute(request.path) ? request.path : resolve(root, request.path);
  let rel = relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    root = dirname(absolute);
    rel = relative(root, absolute);
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`no such directory: ${root}`);
  const relativePath = rel.split(sep).join('/');
  const input = resolveScanInput({ path: root, ...(request.configFile ? { configFile: request.configFile } : {}) });
  // The ai analyzer reads only agent-config targets; not loading it for other files keeps a hook round trip shorter.
  const analyzers = enabledAnalyzers(input.config).filter((id) => id !== 'ai' || classify(relativePath).kind === 'agent-config');
  const scanRequest: ScanRequest = {
    path: root,
    config: input.config,
    analyzers,
    files: [relativePath],
    ...(request.content ? { contents: new Map([[relativePath, request.content]]) } : {}),
    workers: 0,
    offline: request.offline ?? true,
  };
  const report = await scan(scanRequest);
  const config = input.config;
  const policy: Policy = { failOn: config.failOn, minConfidence: config.minConfidence, strict: false, ai: config.ai };
  const decide = (f: Finding) => isBlocking(request.aiAuthored ? { ...f, ai: { aiAuthored: true, evidence: ['written by a coding agent'] } } : f, policy);
  return {
    report,
    relativePath,
    blocking: report.findings.filter(decide),
    advisory: report.findings.filter((f) => !decide(f)),
  };
}

/** One finding as a line a model (or a person) can act on. */
export function describeFinding(f: Finding): string {
  const where = `${f.location.path}:${f.location.startLine}:${f.location.startColumn}`;
  return `- ${where} [${f.severity}] ${f.title} (${f.ruleId}, ${f.cwe.join(', ')}): ${f.message}`;
}

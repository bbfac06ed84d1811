import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedValues<T extends Options> = {
  [K in keyof T]?: T[K] extends { type: 'boolean' } ? (T[K] extends { multiple: true } ? boolean[] : boolean) : T[K] extends { multiple: true } ? string[] : string;
};
import { ANALYZER_IDS, type AnalyzerId } from '../core/rule.js';
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../core/severity.js';
import { isReporterName, type ReporterName } from '../reporters/registry.js';
import { UsageError } from './io.js';

export function parse<T extends Options>(args: string[], options: T): { values: ParsedValues<T>; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as unknown as { values: ParsedValues<T>; positionals: string[] };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function parseAnalyzers(value: string | undefined): AnalyzerId[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!(ANALYZER_IDS as readonly string[]).includes(id)) throw new UsageError(`unknown analyzer "${id}"; expected some of ${ANALYZER_IDS.join(', ')}`);
  }
  return ids as AnalyzerId[];
}

export function parseSeverity(value: string | undefined, flag: string): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${SEVERITIES.join(', ')}`);
  return value as Severity;
}

export function parseConfidence(value: string | undefined, flag: string): Confidence | undefined {
  if (value === undefined) return undefined;
  if (!(CONFIDENCES as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${CONFIDENCES.join(', ')}`);
  return value as Confidence;
}

export interface OutputPlan {
  readonly stdout?: ReporterName;
  readonly files: { readonly format: ReporterName; readonly path: string }[];
}

/**
 * `--format` and `--output` pair up in order: `--format sarif --output out.sarif` writes the
 * file and keeps text on stdout; a format without an output goes to stdout (at most one).
 */
export function planOutputs(formats: readonly string[], outputs: readonly string[], quiet: boolean): OutputPlan {
  const names = formats.flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean);
  for (const n of names) if (!isReporterName(n)) throw new UsageError(`unknown format "${n}"`);
  if (outputs.length > names.length) throw new UsageError('more --output than --format values');
  const files = outputs.map((path, i) => ({ format: names[i] as ReporterName, path }));
  const rest = names.slice(outputs.length) as ReporterName[];
  if (rest.length > 1) throw new UsageError(`only one format can go to stdout; give --output for ${rest.slice(1).join(', ')}`);
  const stdout = rest[0] ?? (quiet ? undefined : 'text');
  return { ...(stdout ? { stdout } : {}), files };
}

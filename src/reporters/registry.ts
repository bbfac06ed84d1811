import type { ScanReport } from '../core/report.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';

export interface RenderOptions {
  readonly color?: boolean;
  readonly verbose?: boolean;
}

export type Reporter = (report: ScanReport, options: RenderOptions) => string;

/** Reporters turn a report into text. They may not do I/O or decide the exit code. */
export const reporters = {
  text: renderText,
  json: renderJson,
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

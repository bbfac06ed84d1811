import type { ScanReport } from '../core/report.js';
import { renderHtml } from './html/render.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
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
  sarif: renderSarif,
  junit: renderJunit,
  html: renderHtml,
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

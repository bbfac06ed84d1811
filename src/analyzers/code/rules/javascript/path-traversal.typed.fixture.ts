import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request, Response } from 'express';

interface BuildRequest { path: string; outDir: string }

// `request` here is the tool's own options object, typed as such: not HTTP input.
export function loadInput(request: BuildRequest): string {
// ok: code/javascript/path-traversal
  return readFileSync(resolve(request.path), 'utf8');
}

export function download(req: Request, res: Response): void {
// ruleid: code/javascript/path-traversal
  const text = readFileSync(resolve('/srv/files', req.query.name as string), 'utf8');
  res.json({ size: text.length });
}

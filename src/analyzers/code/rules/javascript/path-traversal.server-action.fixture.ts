'use server';
import { readFile } from 'fs/promises';
import path from 'path';

// Exported from a 'use server' module: the browser calls this with any argument it likes.
export async function loadNote(slug: string) {
// ruleid: code/javascript/path-traversal
  return readFile(path.join('/data/notes', slug + '.md'), 'utf8');
}

// Not exported: only reachable from this module's own code.
async function loadTemplate(name: string) {
// ok: code/javascript/path-traversal
  return readFile(path.join('/data/templates', name), 'utf8');
}

export async function defaultTemplate() {
  return loadTemplate('default.md');
}

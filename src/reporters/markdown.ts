import { sanitizeForTerminal } from './text.js';

/**
 * Markdown from hostile text (findings, snippets and paths come from the scanned repository):
 * no HTML, links, images, mentions, table breaks or code-fence escapes, and one line.
 */
export function escapeMarkdown(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

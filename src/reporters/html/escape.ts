// Same set as the XML reporter: characters an HTML parser would choke on or that can reorder
// text on screen (bidi overrides hide what a line really says) are made visible.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeWith(text: string, showInvisible: (code: string) => string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/`/g, '&#96;')
    .replace(INVISIBLE, (c) => showInvisible(`\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Escapes text for element content and double-quoted attributes alike. */
export function escapeHtml(text: string): string {
  return escapeWith(text, (code) => `<span class="ctl" title="control character">${code}</span>`);
}

/** For attributes only: the same escaping minus the markup used to show control characters. */
export function escapeAttr(text: string): string {
  return escapeWith(text, (code) => code);
}

import { escapeAttr, escapeHtml } from './escape.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

/** A horizontal bar chart as inline SVG: no script, no external font, readable without CSS. */
export function barChart(title: string, bars: readonly Bar[]): string {
  const rowHeight = 26;
  const labelWidth = 110;
  const barWidth = 240;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = i * rowHeight + 4;
    const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * barWidth));
    return (
      `<g><text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 8}" rx="3" fill="${escapeAttr(b.color)}"><title>${escapeHtml(`${b.label}: ${b.value}`)}</title></rect>` +
      `<text x="${labelWidth + w + 6}" y="${y + 16}">${b.value}</text></g>`
    );
  });
  return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeAttr(title)}" width="${labelWidth + barWidth + 50}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}">${rows.join('')}</svg></figure>`;
}

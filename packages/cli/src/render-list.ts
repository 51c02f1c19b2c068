// Lists (`list`, `search`): one line per code. On a terminal, aligned columns fitted to its
// width (class and message give way, cut with an ellipsis); for pipes, tab-separated fields.
import type { CatalogEntry } from '@errs/core';
import pc from 'picocolors';
import { labels } from './labels.js';
import type { Style } from './style.js';
import { clean } from './text.js';
import { fit, pad, width } from './width.js';

const GAP = 2;
const MIN_FLEX = 12;

const message = (entry: CatalogEntry, style: Pick<Style, 'lang'>): string =>
  (style.lang === 'zh' ? (entry.messages.zh ?? entry.messages.en) : (entry.messages.en ?? entry.messages.zh)) ?? '';

/**
 * Column widths within `total`: fixed columns keep their natural width; the flexible ones share
 * what is left, each narrower one keeping its width and the wider ones splitting the rest evenly.
 */
export function fitColumns(natural: readonly number[], flexible: readonly boolean[], total: number): number[] {
  const widths = [...natural];
  const available = total - GAP * (natural.length - 1);
  const fixed = natural.reduce((sum, w, i) => (flexible[i] ? sum : sum + w), 0);
  if (natural.reduce((a, b) => a + b, 0) <= available) return widths;
  let budget = available - fixed;
  const order = natural.map((w, i) => [w, i] as const).filter(([, i]) => flexible[i]).sort((a, b) => a[0] - b[0]);
  // Each flexible column keeps a few columns to be readable, unless even that does not fit.
  const floor = Math.max(1, Math.min(MIN_FLEX, Math.floor(budget / Math.max(1, order.length))));
  order.forEach(([w, i], k) => {
    const share = Math.floor(budget / (order.length - k));
    widths[i] = Math.min(w, Math.max(floor, share));
    budget -= widths[i] as number;
  });
  return widths;
}

export function renderListTable(entries: readonly CatalogEntry[], style: Style): string {
  const c = pc.createColors(style.color);
  const l = labels(style.lang);
  const oneSystem = new Set(entries.map((e) => e.system)).size <= 1;
  const rows = entries.map((e) => [
    clean(String(e.code)),
    clean(oneSystem ? (e.category ?? '') : e.category ? `${e.system}/${e.category}` : e.system),
    clean(e.success ? '' : (e.className ?? '')),
    e.retryable ? l.yes : '',
    clean(message(e, style)),
  ]);
  const head = [l.head.code, oneSystem ? l.head.category : l.head.system, l.head.className, l.head.retry, l.head.message];
  const natural = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] as string))));
  const widths = fitColumns(natural, [false, false, true, false, true], style.columns);
  const line = (cells: readonly string[], paint: (text: string, column: number) => string) =>
    cells
      .map((cell, i) => {
        const cut = fit(cell, widths[i] as number);
        return paint(i === cells.length - 1 ? cut : pad(cut, widths[i] as number), i);
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const out = [line(head, (t) => c.bold(t))];
  for (const row of rows) out.push(line(row, (t, i) => (i === 3 ? c.yellow(t) : t)));
  out.push(c.dim(l.count(entries.length)));
  return out.join('\n');
}

/** `code, system, category, class, retryable (true/false), message`, tab-separated, no header. */
export function renderListPlain(entries: readonly CatalogEntry[], style: Pick<Style, 'lang'>): string {
  return entries
    .map((e) => [String(e.code), e.system, e.category ?? '', e.success ? '' : (e.className ?? ''), String(e.retryable), message(e, style)].map(clean).join('\t'))
    .join('\n');
}

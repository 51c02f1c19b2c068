// Human output: readable tables (cli-table3), colour only when asked for (TTY, no NO_COLOR).
// Every string that reaches the terminal goes through `clean`, so neither input nor catalog
// text can carry control characters.
import { type CatalogEntry, stripControl } from '@errs/core';
import Table from 'cli-table3';
import pc from 'picocolors';
import type { LookupResult } from './lookup.js';
import { systemById } from './systems.js';

export type Lang = 'en' | 'zh' | 'both';

export interface Style {
  readonly color: boolean;
  readonly lang: Lang;
}

const MAX_ECHO = 80;

/** Input or catalog text made safe to print: no control characters, bounded length. */
export function clean(text: string, max = 2000): string {
  const safe = stripControl(text);
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

export const echo = (input: string): string => clean(input, MAX_ECHO);

function painter(style: Style) {
  return pc.createColors(style.color);
}

function table(): Table.Table {
  // cli-table3 colours headers by default; colour is ours to decide.
  return new Table({ style: { head: [], border: [] }, wordWrap: true, colWidths: [14, 72] });
}

function messages(entry: CatalogEntry, lang: Lang): [string, string][] {
  const rows: [string, string][] = [];
  if (lang !== 'zh' && entry.messages.en) rows.push(['Message', entry.messages.en]);
  if (lang !== 'en' && entry.messages.zh) rows.push(['说明', entry.messages.zh]);
  // Asked for one language that the entry lacks: show the other rather than nothing.
  if (rows.length === 0) rows.push(['Message', entry.messages.en ?? entry.messages.zh ?? '']);
  return rows;
}

export function renderEntry(entry: CatalogEntry, style: Style): string {
  const c = painter(style);
  const system = systemById(entry.system)?.displayName ?? entry.system;
  const rows: [string, string][] = [
    ['Code', String(entry.code)],
    ['System', entry.category ? `${system} · ${entry.category}` : system],
    ['Class', entry.success ? '(success code: not an error)' : (entry.className ?? '')],
    ['Symbol', entry.symbol],
    ...messages(entry, style.lang),
  ];
  if (entry.httpStatus !== undefined) rows.push(['HTTP status', String(entry.httpStatus)]);
  rows.push(['Retryable', entry.retryable ? `yes${entry.retryableWhy ? `: ${entry.retryableWhy}` : ''}` : 'no']);
  const remedy = style.lang === 'zh' ? (entry.remedy?.zh ?? entry.remedy?.en) : style.lang === 'en' ? (entry.remedy?.en ?? entry.remedy?.zh) : [entry.remedy?.en, entry.remedy?.zh].filter(Boolean).join('\n');
  if (remedy) rows.push(['Remedy', remedy]);
  rows.push(['In docs', entry.documented ? 'yes' : entry.enterprise ? 'no (enterprise edition)' : 'no (upstream only)']);
  if (entry.deprecated) rows.push(['Deprecated', entry.replacedBy === undefined ? entry.deprecated : `${entry.deprecated} (now ${entry.replacedBy})`]);
  if (entry.note) rows.push(['Note', entry.note]);
  const out = table();
  for (const [key, value] of rows) out.push([c.bold(key), clean(value)]);
  const title = entry.success ? c.green(clean(`${entry.code} ${entry.symbol}`)) : c.red(clean(`${entry.code} ${entry.className ?? entry.symbol}`));
  return `${title}\n${out.toString()}`;
}

export function renderLookup(result: LookupResult, style: Style): string {
  const c = painter(style);
  if (result.matches.length > 0) {
    const head = result.matches.length > 1 ? `${c.yellow(`${echo(result.query)} matches ${result.matches.length} systems:`)}\n` : '';
    return head + result.matches.map((entry) => renderEntry(entry, style)).join('\n');
  }
  const where = result.ranges.map((r) => {
    const name = systemById(r.system)?.displayName ?? r.system;
    return r.category === undefined ? `has the shape of a ${name} code, outside its known ranges` : `would be a ${name} ${r.category} error`;
  });
  return `${echo(result.query)}: not in any catalog${where.length > 0 ? `; it ${where.join(', or ')}` : ''}`;
}

export function renderList(entries: readonly CatalogEntry[], style: Style): string {
  const c = painter(style);
  const out = new Table({ head: ['Code', 'System', 'Class', 'Retry', 'Message'].map((h) => c.bold(h)), style: { head: [], border: [] } });
  for (const entry of entries) {
    const message = style.lang === 'zh' ? (entry.messages.zh ?? entry.messages.en) : (entry.messages.en ?? entry.messages.zh);
    out.push([
      clean(String(entry.code)),
      clean(entry.category ? `${entry.system}/${entry.category}` : entry.system),
      clean(entry.success ? '(success)' : (entry.className ?? '')),
      entry.retryable ? c.yellow('yes') : '',
      clean(message ?? '', 70),
    ]);
  }
  return `${out.toString()}\n${entries.length} code${entries.length === 1 ? '' : 's'}`;
}

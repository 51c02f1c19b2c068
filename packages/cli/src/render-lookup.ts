// The lookup view: one block per catalog entry, label and value, each language on its own
// labelled line, values wrapped to the terminal width. `--plain` gives `key<TAB>value` lines.
// Every string that reaches the output goes through `clean`.
import type { CatalogEntry } from '@errs/core';
import pc from 'picocolors';
import { type Lang, labels } from './labels.js';
import type { LookupResult } from './lookup.js';
import type { Style } from './style.js';
import { rangeText, shapeText } from './shape.js';
import { type SystemInfo, systemById, systems } from './systems.js';
import { clean, echo } from './text.js';
import { fit, pad, width, wrap } from './width.js';

const INDENT = '  ';
const GAP = 2;

const displayName = (id: string): string => systemById(id)?.displayName ?? id;

/** Catalog text in the order the language asks: zh first for `zh`, en first otherwise. */
function pick(text: { en?: string; zh?: string } | undefined, lang: Lang): string | undefined {
  return lang === 'zh' ? (text?.zh ?? text?.en) : (text?.en ?? text?.zh);
}

/** Label and value rows of one entry, in the chosen language. */
export function entryRows(entry: CatalogEntry, lang: Lang): [string, string][] {
  const l = labels(lang);
  const system = displayName(entry.system);
  const rows: [string, string][] = [
    [l.system, entry.category ? `${system} · ${entry.category}` : system],
    [l.className, entry.success ? l.successCode : (entry.className ?? '')],
    [l.symbol, entry.symbol],
  ];
  const both = (label: string, labelZh: string, text: { en?: string; zh?: string } | undefined) => {
    if (lang !== 'both') {
      const value = pick(text, lang);
      if (value) rows.push([label, value]);
      return;
    }
    if (text?.en) rows.push([label, text.en]);
    if (text?.zh) rows.push([labelZh, text.zh]);
  };
  both(l.message, l.messageZh, entry.messages);
  if (entry.httpStatus !== undefined) rows.push([l.httpStatus, String(entry.httpStatus)]);
  const sep = lang === 'zh' ? '：' : ': ';
  rows.push([l.retryable, entry.retryable ? `${l.yes}${entry.retryableWhy ? `${sep}${entry.retryableWhy}` : ''}` : l.no]);
  both(l.remedy, l.remedyZh, entry.remedy);
  rows.push([l.inDocs, entry.documented ? l.yes : entry.enterprise ? l.enterprise : l.upstreamOnly]);
  if (entry.deprecated) {
    const now = entry.replacedBy === undefined ? '' : lang === 'zh' ? `（${l.now(String(entry.replacedBy))}）` : ` (${l.now(String(entry.replacedBy))})`;
    rows.push([l.deprecated, `${entry.deprecated}${now}`]);
  }
  if (entry.note) rows.push([l.note, entry.note]);
  return rows;
}

// One label width per language, so the blocks of several entries line up.
function labelColumn(lang: Lang): number {
  const l = labels(lang);
  const all = [l.system, l.className, l.symbol, l.message, l.messageZh, l.httpStatus, l.retryable, l.remedy, l.remedyZh, l.inDocs, l.deprecated, l.note];
  return Math.max(...all.map(width)) + GAP;
}

export function renderEntry(entry: CatalogEntry, style: Style): string {
  const c = pc.createColors(style.color);
  const rows = entryRows(entry, style.lang).map(([k, v]) => [clean(k), clean(v)] as const);
  const labelWidth = labelColumn(style.lang);
  const valueWidth = Math.max(10, style.columns - INDENT.length - labelWidth);
  const title = fit(clean(`${entry.code} ${entry.success ? entry.symbol : (entry.className ?? entry.symbol)}`), style.columns);
  const lines = [entry.success ? c.bold(c.green(title)) : c.bold(c.red(title))];
  for (const [key, value] of rows) {
    wrap(value, valueWidth).forEach((line, i) => {
      lines.push(`${INDENT}${i === 0 ? c.bold(pad(key, labelWidth)) : ' '.repeat(labelWidth)}${line}`.trimEnd());
    });
  }
  return lines.join('\n');
}

/** `key<TAB>value` lines with stable English keys, every field the entry has, one line each. */
export function renderEntryPlain(entry: CatalogEntry): string {
  const fields: [string, unknown][] = [
    ['code', entry.code],
    ['system', entry.system],
    ['category', entry.category],
    ['class', entry.className],
    ['symbol', entry.symbol],
    ['message_en', entry.messages.en],
    ['message_zh', entry.messages.zh],
    ['http_status', entry.httpStatus],
    ['retryable', entry.retryable],
    ['retryable_why', entry.retryableWhy],
    ['remedy_en', entry.remedy?.en],
    ['remedy_zh', entry.remedy?.zh],
    ['documented', entry.documented],
    ['enterprise', entry.enterprise],
    ['success', entry.success],
    ['deprecated', entry.deprecated],
    ['replaced_by', entry.replacedBy],
    ['note', entry.note],
  ];
  return fields
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}\t${clean(String(v))}`)
    .join('\n');
}

/** The entries a lookup found, with a heading when there is more than one. */
export function renderLookup(result: LookupResult, style: Style, plain: boolean): string {
  if (plain) return result.matches.map(renderEntryPlain).join('\n\n');
  const c = pc.createColors(style.color);
  const l = labels(style.lang);
  let head = '';
  if (result.matchedBy === 'text') head = l.foundInText(result.matches.map((e) => clean(String(e.code))).join(', '));
  else if (result.matches.length > 1) head = l.matches(echo(result.query), result.matches.length, new Set(result.matches.map((e) => e.system)).size);
  const blocks = result.matches.map((entry) => renderEntry(entry, style));
  return (head ? `${c.yellow(fit(head, style.columns))}\n` : '') + blocks.join('\n\n');
}

/**
 * Why a query found nothing, on one line: the range a code would fall in, the system it does
 * belong to when --system named another, or the search to try for a word.
 */
export function renderNotFound(result: LookupResult, style: Style, only: SystemInfo['id'] | undefined, searchHint: { command: string; count: number }): string {
  const l = labels(style.lang);
  const lang = style.lang === 'zh' ? 'zh' : 'en';
  const query = echo(result.query);
  const parts: string[] = [];
  if (!result.shaped) {
    parts.push(l.noName(query), searchHint.count > 0 ? l.trySearch(echo(searchHint.command, 120), searchHint.count) : l.nothingMentions);
  } else if (result.ranges.length > 0) {
    const where = result.ranges.map((r) => {
      const system = systemById(r.system);
      const category = system?.categories.find((cat) => cat.name === r.category);
      if (!system || !category) return l.shapeOutsideRanges(displayName(r.system));
      const description = category.description[lang] ?? category.description.en;
      const range = rangeText(system, category.range.low, category.range.high);
      return l.wouldBe(system.displayName, category.name, description ? `${range}${lang === 'zh' ? '：' : ': '}${description}` : range);
    });
    parts.push(l.notInCatalog(query), where.join(l.join));
  } else if (only !== undefined) {
    const system = systemById(only);
    parts.push(l.notOfSystem(query, displayName(only), system ? shapeText(system)[lang] : ''));
    const code = clean(result.query.trim());
    const other = result.elsewhere.map((o) => (o.found ? l.isOf(displayName(o.system), `errs ${code}`) : l.hasShapeOf(displayName(o.system))));
    if (other.length > 0) parts.push(other.join(l.join));
  } else {
    parts.push(l.notShapeOfAny(query, systems.map((s) => `${s.displayName}: ${shapeText(s)[lang]}`).join(lang === 'zh' ? '；' : '; ')));
  }
  return fit(parts.join(style.lang === 'zh' ? '；' : '; '), 400);
}

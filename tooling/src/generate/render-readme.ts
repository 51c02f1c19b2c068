// The code table inside a package README, between two marker comments.
import type { ResolvedEntry as EntryT } from '../catalog/derive.js';
import type { Model } from './model.js';

export const TABLE_START = '<!-- generated:codes:start -->';
export const TABLE_END = '<!-- generated:codes:end -->';

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

export function renderTable(model: Model): string {
  const showSymbol = model.entries.some((e) => e.symbol !== String(e.code));
  const head = ['Code', ...(showSymbol ? ['Symbol'] : []), 'Class', 'Category', 'HTTP', 'Retryable', 'Message', '说明', 'In docs'];
  const row = (e: EntryT) => [
    `\`${e.code}\``,
    ...(showSymbol ? [`\`${e.symbol}\``] : []),
    e.success ? '(success)' : `\`${e.className}\``,
    e.category ?? '',
    e.httpStatus === undefined ? '' : String(e.httpStatus),
    e.retryable ? 'yes' : '',
    cell(e.messages.en) + (e.deprecated ? ` (deprecated: ${cell(e.deprecated)})` : ''),
    cell(e.messages.zh),
    e.documented ? 'yes' : (e.enterprise ? 'no (enterprise)' : 'no'),
  ];
  const lines = [head, head.map(() => '---'), ...model.entries.map(row)].map((cells) => `| ${cells.join(' | ')} |`);
  const count = model.entries.length;
  const documented = model.entries.filter((e) => e.documented).length;
  return [
    TABLE_START,
    `${count} codes, ${documented} of them in the public docs. Generated from \`data/errors.json\`.`,
    '',
    ...lines,
    TABLE_END,
  ].join('\n');
}

/** The README with its table replaced; throws when the markers are missing. */
export function replaceTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README lacks the ${TABLE_START} / ${TABLE_END} markers`);
  return readme.slice(0, start) + table + readme.slice(end + TABLE_END.length);
}

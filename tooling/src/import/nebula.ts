// NebulaGraph: the ErrorCode enum of common.thrift (symbols, numbers, the `//` messages and the
// `[only ent]` marks) and two editions of the nebula-docs error-code page: the seed edition
// (docs-en.md/docs-zh.md, code and text) and the newest (error name, code and text).
import type { DocsEdition, DocsRow, OtherText, SystemImport, Texts, UpstreamCode } from './model.js';
import { tableRows, unquoteCode } from './text.js';
import { readSeed, readVendored, shortCommit } from './vendored.js';

export interface ThriftMember {
  readonly symbol: string;
  readonly code: number;
  /** The trailing `//` comment without the `[only ent]` mark; '' when there is none. */
  readonly comment: string;
  readonly onlyEnt: boolean;
}

/** The members of `enum ErrorCode` in common.thrift, in file order. */
export function parseThriftErrorCodes(thrift: string): ThriftMember[] {
  const start = thrift.indexOf('enum ErrorCode {');
  if (start < 0) throw new Error('common.thrift has no enum ErrorCode');
  const body = thrift.slice(start, thrift.indexOf('}', start));
  const members: ThriftMember[] = [];
  for (const match of body.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*=\s*(-?\d+)\s*,[ \t]*(?:\/\/(.*))?$/gm)) {
    const raw = (match[3] ?? '').trim();
    members.push({
      symbol: match[1]!,
      code: Number(match[2]),
      comment: raw.replace(/\s*\[only ent\]\s*$/, '').trim(),
      onlyEnt: /\[only ent\]\s*$/.test(raw),
    });
  }
  return members;
}

export interface DocsTableRow {
  /** The docs' error name, in the newest edition only. */
  readonly symbol: string | undefined;
  readonly code: number;
  readonly text: string;
}

/** The live rows of an error-code table: `|`-1004`| text |` (seed) or `|`E_X`|`-1004`| text |` (newest). */
export function parseDocsTable(markdown: string): DocsTableRow[] {
  return tableRows(markdown)
    .filter((cells) => cells.some((cell) => /^`-?\d+`$/.test(cell)))
    .map((cells) => {
      const [symbol, code, text] = cells.length >= 3 ? cells : [undefined, ...cells];
      return { symbol: symbol === undefined ? undefined : unquoteCode(symbol), code: Number(unquoteCode(code!)), text: text ?? '' };
    });
}

export function importNebula(): SystemImport {
  const thriftFile = readVendored('nebula', 'common.thrift');
  const thrift = parseThriftErrorCodes(thriftFile.text);
  const bySymbol = new Map(thrift.map((m) => [m.symbol, m]));
  const byCode = new Map(thrift.map((m) => [m.code, m]));
  const remarks: string[] = [];

  const codes: UpstreamCode[] = thrift.map((m) => ({
    code: m.code,
    symbol: m.symbol,
    message: m.comment === '' ? {} : { en: m.comment },
    sources: [thriftFile.tag],
    ...(m.onlyEnt ? { enterprise: true } : {}),
  }));

  // Seed edition: two tables of code and text, one per language.
  const seedEn = parseDocsTable(readSeed('nebula', 'docs-en.md'));
  const seedZh = new Map(parseDocsTable(readSeed('nebula', 'docs-zh.md')).map((r) => [r.code, r.text]));
  const seed: DocsEdition = {
    source: 'docs-en',
    alsoSources: ['docs-zh'],
    label: 'seed docs',
    seed: true,
    rows: seedEn.map((r) => ({ code: r.code, text: texts(r.text, seedZh.get(r.code)) })),
  };

  // Newest edition: the error name tells which code a row documents (the page still numbers
  // -2014...-2016 as v3.3 did); the English table's name is used, the Chinese one has typos.
  const newestEnFile = readVendored('nebula', 'nebula-docs-error-code.en.md');
  const newestZhFile = readVendored('nebula', 'nebula-docs-error-code.zh.md');
  const label = `newest docs (nebula-docs@${shortCommit(newestEnFile.origin)})`;
  const newestZh = new Map(parseDocsTable(newestZhFile.text).map((r) => [r.code, r]));
  const newestRows: DocsRow[] = [];
  for (const row of parseDocsTable(newestEnFile.text)) {
    const zh = newestZh.get(row.code);
    let code = row.code;
    const named = row.symbol === undefined ? undefined : bySymbol.get(row.symbol);
    if (named !== undefined && named.code !== row.code) {
      code = named.code;
      remarks.push(`${label} lists ${row.symbol} as ${row.code}; common.thrift has it at ${named.code} (${byCode.get(row.code)?.symbol ?? 'no code'} is ${row.code}): the row documents ${named.code}.`);
    } else if (named === undefined && row.symbol !== undefined) {
      remarks.push(`${label} names ${row.code} ${row.symbol}; common.thrift names it ${byCode.get(row.code)?.symbol ?? '(none)'}: the row documents ${row.code}.`);
    }
    if (zh?.symbol !== undefined && zh.symbol !== row.symbol) {
      remarks.push(`${label} (zh) names ${row.code} ${zh.symbol} where the English table has ${row.symbol}.`);
    }
    newestRows.push({ code, text: texts(row.text, zh?.text) });
  }
  const newest: DocsEdition = { source: newestEnFile.tag, alsoSources: [newestZhFile.tag], label, seed: false, rows: newestRows };
  const newestCodes = new Set(newestRows.map((r) => r.code));
  const hidden = seed.rows.filter((r) => !newestCodes.has(r.code)).map((r) => r.code);
  if (hidden.length > 0) remarks.push(`Seed docs rows the ${label} no longer shows: ${hidden.join(', ')}.`);

  return {
    system: 'nebula',
    managedSources: [thriftFile.tag, 'docs-en', 'docs-zh', newestEnFile.tag, newestZhFile.tag],
    codes,
    editions: [seed, newest],
    otherTexts: [] satisfies OtherText[],
    remarks,
    // Where the seed docs are demonstrably wrong (DESIGN.md): the entry follows upstream.
    followsUpstream: new Map<number, string>([
      [-1008, 'the English docs say "Wrong license"; upstream and the Chinese docs say permission (E_BAD_PERMISSION)'],
      [-2011, 'the docs say "Listener conflicts"; upstream -2011 is E_ZONE_NOT_ENOUGH'],
      [-2066, 'the docs describe the v3.3 E_BACKUP_BUILDING_INDEX; upstream -2066 is E_BACKUP_RUNNING_JOBS'],
    ]),
  };
}

function texts(en: string | undefined, zh: string | undefined): Texts {
  return { ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
}

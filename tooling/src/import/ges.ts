// Huawei Cloud GES: closed source, so the docs table 管理面API错误码 (ges_03_0040) is upstream:
// the seed (the current web page as a pipe table, which lost every remedy written as a list),
// the git copy huaweicloudDocs/ges (an HTML table with those lists), and excerpts of the web
// pages no repository holds (GES.0016's remedy, the official English solutions).
import type { DocsEdition, Remedy, SystemImport, UpstreamCode } from './model.js';
import { fold, sameWording } from './text.js';
import { readSeed, readVendored, sourcesDir } from './vendored.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GesDocsRow {
  readonly status: number;
  readonly code: string;
  readonly en: string;
  readonly zh: string;
  /** 处理措施; undefined where the docs leave it empty. */
  readonly remedy: string | undefined;
}

const SEED_ROW = /^(\d{3}) \| (GES\.\d{4}) \| (.*)$/;

/**
 * The rows of the seed (docs-zh.md): `status | code | en | zh | remedy |`, a row with an empty
 * remedy closed by a lone `|` on the next line, a cut-off remedy (GES.7031) by the next row's.
 */
export function parseSeedDocs(text: string): GesDocsRow[] {
  const lines = text.split('\n');
  const rows: GesDocsRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = SEED_ROW.exec(lines[i]!.trimEnd());
    if (match === null) continue;
    let rest = match[3]!;
    while (i + 1 < lines.length && !SEED_ROW.test(lines[i + 1]!) && lines[i + 1]!.trim() !== '') rest += `\n${lines[++i]!}`;
    const [en, zh, remedy, ...extra] = rest.split('|').map((c) => c.trim());
    if (extra.some((c) => c !== '')) throw new Error(`docs row ${match[2]} has too many cells: ${rest}`);
    rows.push({ status: Number(match[1]), code: match[2]!, en: en!, zh: zh!, remedy: remedy === undefined || remedy === '' ? undefined : remedy });
  }
  return rows;
}

/** A table cell as text: paragraphs and list items joined by a space, ordered items numbered. */
export function cellText(html: string): string {
  const parts: string[] = [];
  for (const block of html.matchAll(/<ol\b[^>]*>([\s\S]*?)<\/ol>|<ul\b[^>]*>([\s\S]*?)<\/ul>|<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    if (block[1] !== undefined) [...block[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].forEach((li, n) => parts.push(`${n + 1}. ${plain(li[1]!)}`));
    else if (block[2] !== undefined) for (const li of block[2].matchAll(/<li>([\s\S]*?)<\/li>/g)) parts.push(plain(li[1]!));
    else parts.push(plain(block[3]!));
  }
  return parts.filter((p) => p !== '').join(' ');
}

const plain = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The rows of the git copy's HTML table. */
export function parseGitDocs(html: string): GesDocsRow[] {
  const rows: GesDocsRow[] = [];
  for (const tr of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
    const cells = [...tr[1]!.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((td) => cellText(td[1]!));
    if (cells.length < 4 || !/^GES\.\d{4}$/.test(cells[1]!)) continue;
    rows.push({ status: Number(cells[0]), code: cells[1]!, en: cells[2]!, zh: cells[3]!, remedy: cells[4] === undefined || cells[4] === '' ? undefined : cells[4] });
  }
  return rows;
}

export interface WebExcerpt {
  readonly code: string;
  readonly field: 'remedy.zh' | 'remedy.en';
  /** The page as a source tag: 'upstream:support.huaweicloud.com/...'. */
  readonly source: string;
  readonly text: string;
}

/** huaweicloud-web-excerpts.tsv: code, field, url, text; `#` lines are comments. */
export function parseWebExcerpts(tsv: string): WebExcerpt[] {
  const lines = tsv.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [head, ...rows] = lines;
  if (head !== 'code\tfield\turl\ttext') throw new Error(`huaweicloud-web-excerpts.tsv: unexpected header ${head}`);
  return rows.map((line) => {
    const [code, field, url, text] = line.split('\t');
    if (field !== 'remedy.zh' && field !== 'remedy.en') throw new Error(`huaweicloud-web-excerpts.tsv: unknown field ${field}`);
    return { code: code!, field, source: `upstream:${url!.replace(/^https:\/\//, '')}`, text: text! };
  });
}

export function importGes(): SystemImport {
  const seedRows = parseSeedDocs(readSeed('ges', 'docs-zh.md'));
  const gitFile = readVendored('ges', 'management-plane-error-codes.zh.md');
  const gitRows = new Map(parseGitDocs(gitFile.text).map((r) => [r.code, r]));
  const excerpts = parseWebExcerpts(readFileSync(join(sourcesDir('ges'), 'huaweicloud-web-excerpts.tsv'), 'utf8'));
  const remarks: string[] = [];

  const codes: UpstreamCode[] = seedRows.map((row) => {
    const git = gitRows.get(row.code);
    const web = excerpts.filter((e) => e.code === row.code);
    const zhWeb = web.find((e) => e.field === 'remedy.zh');
    const enWeb = web.find((e) => e.field === 'remedy.en');
    let remedy: Remedy | undefined;
    // The seed's remedy, verbatim, unless it lost the text (a list) or was cut off: then the git copy's.
    const cutOff = row.remedy !== undefined && git?.remedy !== undefined && !sameWording(git.remedy, row.remedy) && fold(git.remedy).startsWith(fold(row.remedy));
    if (row.remedy !== undefined && !cutOff) {
      remedy = { zh: row.remedy, zhSource: 'docs-zh' };
      if (git?.remedy !== undefined && !sameWording(git.remedy, row.remedy)) remarks.push(`${row.code}: the git copy words the remedy "${git.remedy}"; the seed (the current page) is kept.`);
    } else if (git?.remedy !== undefined) {
      remedy = { zh: git.remedy, zhSource: gitFile.tag };
      if (row.remedy !== undefined) remarks.push(`${row.code}: the seed's remedy stops at "${row.remedy}"; the git copy has "${git.remedy}".`);
    } else if (zhWeb !== undefined) {
      remedy = { zh: zhWeb.text, zhSource: zhWeb.source };
    }
    if (remedy !== undefined && enWeb !== undefined) remedy = { ...remedy, officialEn: { text: enWeb.text, source: enWeb.source } };
    const sources = ['docs-zh', ...(git ? [gitFile.tag] : []), ...web.map((e) => e.source).filter((s) => s !== remedy?.officialEn?.source)];
    return { code: row.code, symbol: row.code, message: { en: row.en, zh: row.zh }, sources: [...new Set(sources)], ...(remedy ? { remedy } : {}) };
  });

  const seed: DocsEdition = { source: 'docs-zh', label: 'seed docs', seed: true, rows: seedRows.map((r) => ({ code: r.code, text: { en: r.en, zh: r.zh } })) };
  const git: DocsEdition = {
    source: gitFile.tag,
    label: 'git copy of the docs (huaweicloudDocs/ges@fbb02e7c, 2021)',
    seed: false,
    rows: [...gitRows.values()].map((r) => ({ code: r.code, text: { en: r.en, zh: r.zh } })),
  };
  return {
    system: 'ges',
    managedSources: ['docs-zh', gitFile.tag, ...new Set(excerpts.map((e) => e.source))],
    codes,
    editions: [seed, git],
    otherTexts: [],
    remarks,
  };
}

// The one module that knows how packages/<system>/data/errors.json stores what the importers
// read upstream: it compares an import with the data file, plans the changes, and writes them.
// Codes that upstream removed or renumbered are only reported: a human decides what they become.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagesDir } from '../catalog/load.js';
import { DataFile, Entry, type DataFileT, type EntryT } from '../catalog/schema.js';
import { derivedClassName, resolve, symbolOf } from '../catalog/derive.js';
import type { Code, DocsEdition, Lang, SystemImport, UpstreamCode } from './model.js';
import { quote, sameWording } from './text.js';

/** Tags in `sources` saying where an English remedy comes from. */
export const WRITTEN_HERE_REMEDY = 'remedy.en:written-here';
export const officialRemedyTag = (source: string): string => `remedy.en:${source}`;

export interface Change {
  readonly code: Code;
  readonly kind: 'new code' | 'message' | 'docs text' | 'documented' | 'sources' | 'remedy';
  readonly what: string;
  /** Applies the change to the data (a copy owned by the plan). */
  readonly apply: (data: DataFileT) => void;
}

export interface Decision {
  readonly code: Code;
  readonly kind: 'removed upstream' | 'renumbered upstream' | 'renamed upstream' | 'needs a human';
  readonly what: string;
}

export interface Plan {
  readonly system: SystemImport['system'];
  readonly file: string;
  readonly changes: readonly Change[];
  readonly decisions: readonly Decision[];
  readonly remarks: readonly string[];
}

const LANGS: readonly Lang[] = ['en', 'zh'];
const KEY_ORDER = Object.keys(Entry.shape);

export function dataFileOf(system: SystemImport['system']): string {
  return join(packagesDir, system, 'data', 'errors.json');
}

/**
 * The data file as written, keys in the file's own order (the schema's parse would reorder
 * them), after checking it against the schema.
 */
export function readData(system: SystemImport['system']): DataFileT {
  const file = dataFileOf(system);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as DataFileT;
  const parsed = DataFile.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} does not match the catalog schema: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return raw;
}

/** What it takes for the data file to say what the vendored sources say. */
export function plan(upstream: SystemImport, data: DataFileT = readData(upstream.system)): Plan {
  const changes: Change[] = [];
  const decisions: Decision[] = [];
  const byCode = new Map(data.entries.map((e) => [e.code, e]));
  const upstreamCodes = new Map(upstream.codes.map((u) => [u.code, u]));
  const definingSources = new Set(upstream.codes.flatMap((u) => u.sources));
  const find = (code: Code) => (d: DataFileT) => d.entries.find((e) => e.code === code)!;
  const seedEdition = upstream.editions.find((e) => e.seed);
  const seedTextOf = (code: Code, lang: Lang): string | undefined => seedEdition?.rows.find((r) => r.code === code)?.text[lang];
  const follows = (code: Code): boolean => upstream.followsUpstream?.has(code) === true;

  for (const u of upstream.codes) {
    const entry = byCode.get(u.code);
    if (entry === undefined) {
      const elsewhere = data.entries.find((e) => symbolOf(data, e) === u.symbol && e.replacedBy === undefined);
      if (elsewhere !== undefined) {
        decisions.push({ code: u.code, kind: 'renumbered upstream', what: `${u.symbol} is ${u.code} upstream; the data has it at ${elsewhere.code}` });
        continue;
      }
      const skeleton = skeletonEntry(data, u, upstream.editions);
      changes.push({ code: u.code, kind: 'new code', what: `${u.symbol}: ${skeleton.messages.en ?? skeleton.messages.zh ?? '(no message upstream)'}`, apply: (d) => insertSorted(d, skeleton) });
      continue;
    }
    if (symbolOf(data, entry) !== u.symbol) {
      decisions.push({ code: u.code, kind: 'renamed upstream', what: `upstream names ${u.code} ${u.symbol}; the data names it ${symbolOf(data, entry)}` });
    }
    for (const lang of LANGS) {
      const text = u.message[lang];
      if (text === undefined || entry.messages[lang] === text) continue;
      // A code the seed lists keeps the seed's words (planned with the docs editions below).
      if (seedTextOf(u.code, lang) !== undefined && !follows(u.code)) continue;
      const before = entry.messages[lang];
      changes.push({
        code: u.code,
        kind: 'message',
        what: `messages.${lang}: ${before === undefined ? '(none)' : quote(before)} -> ${quote(text)}`,
        apply: (d) => {
          setText(find(u.code)(d), 'messages', lang, text);
        },
      });
    }
    if (u.remedy !== undefined) {
      planRemedy(entry, u, changes, find);
      if (u.remedy.officialEn === undefined && entry.remedy?.en === undefined) {
        decisions.push({ code: u.code, kind: 'needs a human', what: `the remedy has no English beside it: write remedy.en (${WRITTEN_HERE_REMEDY} in sources)` });
      }
    }
  }

  // What the docs editions say about each code, in edition order (the seed edition first).
  const listedBy = new Map<Code, DocsEdition[]>();
  for (const edition of upstream.editions) {
    for (const row of edition.rows) {
      listedBy.set(row.code, [...(listedBy.get(row.code) ?? []), edition]);
      const entry = byCode.get(row.code);
      if (entry === undefined) {
        if (!upstreamCodes.has(row.code)) decisions.push({ code: row.code, kind: 'needs a human', what: `${edition.label} lists ${row.code}, which neither upstream nor the data has` });
        continue;
      }
      for (const lang of LANGS) {
        const text = row.text[lang];
        // The seed's words for the code, which the seed edition keeps in the entry.
        const seedText = upstream.editions.find((e) => e.seed)?.rows.find((r) => r.code === row.code)?.text[lang];
        if (text !== undefined) planDocsText(entry, lang, text, edition, upstreamCodes.get(row.code), seedText, follows(row.code), changes, find);
      }
    }
  }
  for (const other of upstream.otherTexts) {
    const entry = byCode.get(other.code);
    if (entry !== undefined && !recognised(entry, other.lang, other.text)) {
      changes.push(placeText(entry, other.lang, other.text, other.label, find));
    }
  }

  // documented and sources: what upstream lists, plus the sources the importer does not read.
  const managed = new Set([...upstream.managedSources, ...upstream.codes.flatMap((u) => [...u.sources, ...(u.remedy ? [u.remedy.zhSource] : [])])]);
  for (const entry of data.entries) {
    const editions = listedBy.get(entry.code) ?? [];
    const documented = editions.length > 0;
    if (entry.documented !== documented) {
      changes.push({ code: entry.code, kind: 'documented', what: `documented: ${entry.documented} -> ${documented}`, apply: (d) => setKey(find(entry.code)(d), 'documented', documented) });
    }
    const u = upstreamCodes.get(entry.code);
    if (u === undefined) {
      if (entry.replacedBy === undefined && entry.sources.some((s) => definingSources.has(s))) {
        decisions.push({ code: entry.code, kind: 'removed upstream', what: `${symbolOf(data, entry)} cites ${entry.sources.filter((s) => definingSources.has(s)).join(', ')}, which no longer define it` });
      }
    }
    const wanted = [
      ...(u?.sources ?? []),
      ...editions.flatMap((e) => [e.source, ...(e.alsoSources ?? [])]),
      ...(u?.remedy ? [u.remedy.zhSource] : []),
      ...upstream.otherTexts.filter((t) => t.code === entry.code).map((t) => t.source),
    ];
    // A renumbered code and the code that replaced it keep the sources of their history.
    const renumbered = entry.replacedBy !== undefined || data.entries.some((e) => e.replacedBy === entry.code);
    const sources = unique([...entry.sources.filter((s) => renumbered || !managed.has(s) || wanted.includes(s)), ...wanted]);
    const remedyTags = remedySources(entry, u);
    const next = unique([...sources.filter((s) => !s.startsWith('remedy.en:')), ...remedyTags]);
    if (u === undefined && entry.sources.every((s) => managed.has(s)) && wanted.length === 0) continue; // nothing known about it
    if (!sameSet(next, entry.sources)) {
      changes.push({
        code: entry.code,
        kind: 'sources',
        what: `sources: ${describeSetChange(entry.sources, next)}`,
        apply: (d) => setKey(find(entry.code)(d), 'sources', next),
      });
    }
  }
  return { system: upstream.system, file: dataFileOf(upstream.system), changes, decisions, remarks: upstream.remarks };
}

/** The data with every planned change applied (a copy; `data` is left as it is). */
export function applied(p: Plan, data: DataFileT): DataFileT {
  const copy = structuredClone(data);
  for (const change of p.changes) change.apply(copy);
  return copy;
}

/** Writes the planned changes to the data file. */
export function write(p: Plan, data: DataFileT = readData(p.system)): void {
  writeFileSync(p.file, `${JSON.stringify(applied(p, data), null, 2)}\n`);
}

function planDocsText(
  entry: EntryT,
  lang: Lang,
  text: string,
  edition: DocsEdition,
  u: UpstreamCode | undefined,
  seedText: string | undefined,
  followsUpstream: boolean,
  changes: Change[],
  find: (code: Code) => (d: DataFileT) => EntryT,
): void {
  // The message the entry will have once planned: the seed's words where the seed lists the code
  // (unless its docs are demonstrably wrong), else upstream's.
  const message = seedText !== undefined && !followsUpstream ? seedText : (u?.message[lang] ?? entry.messages[lang]);
  if (edition.seed && !followsUpstream) {
    // The seed's words are the message, verbatim; upstream's other wording is quoted in the note.
    if (entry.messages[lang] !== text) {
      changes.push({ code: entry.code, kind: 'docs text', what: `messages.${lang} from ${edition.label}: ${quote(text)}`, apply: (d) => setText(find(entry.code)(d), 'messages', lang, text) });
    }
    if (entry.docText?.[lang] === text) {
      changes.push({ code: entry.code, kind: 'docs text', what: `docText.${lang} dropped: the message is ${edition.label}' words`, apply: (d) => setText(find(entry.code)(d), 'docText', lang, undefined) });
    }
    const upstreamText = u?.message[lang];
    if (upstreamText !== undefined && upstreamText !== text && !(entry.note ?? '').includes(quote(upstreamText))) {
      changes.push({
        code: entry.code,
        kind: 'docs text',
        what: `upstream words messages.${lang} ${quote(upstreamText)}: noted, the message stays the seed's`,
        apply: (d) => appendNote(find(entry.code)(d), `Upstream (${u?.sources[0] ?? 'source'}) words it ${quote(upstreamText)}.`),
      });
    }
    return;
  }
  if (edition.seed) {
    // Docs demonstrably wrong: the message is upstream's, the seed's words stay verbatim in docText.
    const shown = entry.docText?.[lang] ?? message;
    if (shown === text) return;
    if (message === undefined) {
      changes.push({ code: entry.code, kind: 'docs text', what: `messages.${lang} from ${edition.label}: ${quote(text)}`, apply: (d) => setText(find(entry.code)(d), 'messages', lang, text) });
    } else if (message === text) {
      changes.push({ code: entry.code, kind: 'docs text', what: `docText.${lang} dropped: the message is ${edition.label}' words`, apply: (d) => setText(find(entry.code)(d), 'docText', lang, undefined) });
    } else {
      changes.push({
        code: entry.code,
        kind: 'docs text',
        what: `docText.${lang} from ${edition.label}: ${quote(text)}`,
        apply: (d) => {
          const e = find(entry.code)(d);
          setText(e, 'docText', lang, text);
          appendNote(e, `docText.${lang}: wording of the ${edition.label}; the message is upstream's.`);
        },
      });
    }
    return;
  }
  const view: EntryT = { ...entry, messages: { ...entry.messages, ...(message === undefined ? {} : { [lang]: message }) } };
  if (seedText !== undefined && seedText !== message) view.docText = { ...entry.docText, [lang]: seedText };
  if (recognised(view, lang, text)) return;
  // docText holds the seed's words; another edition's words for a seed code go to the note.
  changes.push(placeText(view, lang, text, edition.label, find, seedText !== undefined));
}

/** Whether the entry already holds the text (as the message, the docs' words or a quote in its note). */
function recognised(entry: EntryT, lang: Lang, text: string): boolean {
  return sameWording(entry.messages[lang], text) || sameWording(entry.docText?.[lang], text) || (entry.note ?? '').includes(quote(text));
}

/** Where a text goes: the message if there is none, docText if free, else a quote in the note. */
function placeText(entry: EntryT, lang: Lang, text: string, label: string, find: (code: Code) => (d: DataFileT) => EntryT, noDocText = false): Change {
  if (entry.messages[lang] === undefined) {
    return { code: entry.code, kind: 'docs text', what: `messages.${lang} from ${label}: ${quote(text)}`, apply: (d) => setText(find(entry.code)(d), 'messages', lang, text) };
  }
  const line = `${label[0]!.toUpperCase()}${label.slice(1)}, ${lang}: ${quote(text)}.`;
  if (entry.docText?.[lang] === undefined && !noDocText) {
    return {
      code: entry.code,
      kind: 'docs text',
      what: `docText.${lang} from ${label}: ${quote(text)}`,
      apply: (d) => {
        const e = find(entry.code)(d);
        setText(e, 'docText', lang, text);
        appendNote(e, `docText.${lang}: wording of the ${label}.`);
      },
    };
  }
  return { code: entry.code, kind: 'docs text', what: `note quotes ${label}: ${quote(text)}`, apply: (d) => appendNote(find(entry.code)(d), line) };
}

function planRemedy(entry: EntryT, u: UpstreamCode, changes: Change[], find: (code: Code) => (d: DataFileT) => EntryT): void {
  const remedy = u.remedy!;
  if (entry.remedy?.zh !== remedy.zh) {
    changes.push({
      code: u.code,
      kind: 'remedy',
      what: `remedy.zh: ${entry.remedy?.zh === undefined ? '(none)' : quote(entry.remedy.zh)} -> ${quote(remedy.zh)}`,
      apply: (d) => setText(find(u.code)(d), 'remedy', 'zh', remedy.zh),
    });
  }
  if (remedy.officialEn !== undefined && entry.remedy?.en !== remedy.officialEn.text) {
    const text = remedy.officialEn.text;
    changes.push({
      code: u.code,
      kind: 'remedy',
      what: `remedy.en (official): ${entry.remedy?.en === undefined ? '(none)' : quote(entry.remedy.en)} -> ${quote(text)}`,
      apply: (d) => setText(find(u.code)(d), 'remedy', 'en', text),
    });
  }
}

/** The remedy.en tag an entry's sources must carry: the vendor's page, or written here. */
function remedySources(entry: EntryT, u: UpstreamCode | undefined): string[] {
  if (u?.remedy?.officialEn !== undefined) return [officialRemedyTag(u.remedy.officialEn.source)];
  return entry.remedy?.en !== undefined || u?.remedy !== undefined ? [WRITTEN_HERE_REMEDY] : [];
}

/**
 * A new code as a skeleton entry: upstream's symbol and message, not retryable, and a note asking
 * for review. What a rule gives (its category, HTTP status, class name) is left to the rule; a
 * class name the rule cannot give, or one already taken, is stated with its reason.
 */
export function skeletonEntry(data: DataFileT, u: UpstreamCode, editions: readonly DocsEdition[]): EntryT {
  const rows = editions.flatMap((e) => e.rows.filter((r) => r.code === u.code).map((r) => ({ edition: e, row: r })));
  const messages = { ...rows.reduce((acc, { row }) => ({ ...row.text, ...acc }), {}), ...u.message };
  const draft = { code: u.code, ...(data.symbols === 'code' ? {} : { symbol: u.symbol }) } as EntryT;
  const taken = new Set(resolve(data).entries.map((e) => e.className));
  const derived = derivedClassName(data, { ...draft, retryable: false, messages, documented: false, sources: [] });
  let className: string | undefined;
  if (derived === undefined || taken.has(derived)) {
    const base = `${data.prefix}${pascal(u.symbol)}`;
    className = `${base}Error`;
    for (let n = 2; taken.has(className); n++) className = `${base}${n}Error`;
  }
  const entry: EntryT = {
    ...draft,
    ...(className === undefined ? {} : data.classNames.from === 'symbol' ? { className, classNameWhy: 'Imported: the symbol gives no free class name; review it.' } : { className }),
    retryable: false,
    messages,
    ...(u.remedy ? { remedy: { zh: u.remedy.zh, ...(u.remedy.officialEn ? { en: u.remedy.officialEn.text } : {}) } } : {}),
    documented: rows.length > 0,
    note: `Imported from upstream (${u.sources.join(', ')}): review the class name, category and retry facts${rows.length > 0 ? '' : '; not in the docs'}.`,
    ...(u.enterprise ? { enterprise: true as const } : {}),
    sources: unique([...u.sources, ...rows.flatMap(({ edition }) => [edition.source, ...(edition.alsoSources ?? [])])]),
  };
  return ordered(entry);
}

function insertSorted(data: DataFileT, entry: EntryT): void {
  const key = (code: Code) => (typeof code === 'number' ? Math.abs(code) : code);
  const at = data.entries.findIndex((e) => key(e.code) > key(entry.code));
  data.entries.splice(at < 0 ? data.entries.length : at, 0, entry);
}

function setText(entry: EntryT, field: 'messages' | 'docText' | 'remedy', lang: Lang, text: string | undefined): void {
  const current: Record<string, string | undefined> = { ...(entry[field] ?? {}) };
  if (text === undefined) delete current[lang];
  else current[lang] = text;
  const next = Object.fromEntries(LANGS.filter((l) => current[l] !== undefined).map((l) => [l, current[l]!]));
  if (Object.keys(next).length === 0 && field !== 'messages') delete entry[field];
  else setKey(entry, field, next);
}

function appendNote(entry: EntryT, line: string): void {
  const note = entry.note === undefined ? line : `${entry.note.replace(/\s*$/, '')}${/[.!?)]$/.test(entry.note.trim()) ? '' : '.'} ${line}`;
  setKey(entry, 'note', note);
}

/** Sets a field; a new one goes where the schema's order puts it among the entry's keys. */
function setKey<K extends keyof EntryT>(entry: EntryT, key: K, value: EntryT[K]): void {
  if (key in entry) {
    entry[key] = value;
    return;
  }
  const rank = KEY_ORDER.indexOf(key);
  const record = entry as Record<string, unknown>;
  const later = Object.keys(record).filter((k) => KEY_ORDER.indexOf(k) > rank);
  const saved = later.map((k) => [k, record[k]] as const);
  for (const k of later) delete record[k];
  record[key] = value;
  for (const [k, v] of saved) record[k] = v;
}

/** The entry's keys in the schema's order, so that diffs of the data file stay small. */
function ordered(entry: EntryT): EntryT {
  const known = KEY_ORDER.filter((k) => k in entry);
  return Object.fromEntries(known.map((k) => [k, (entry as Record<string, unknown>)[k]])) as EntryT;
}

const pascal = (symbol: string): string =>
  symbol
    .replace(/^E_/, '')
    .replace(/^Code/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z0-9]+$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join('');

const unique = (values: readonly string[]): string[] => [...new Set(values)];
const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function describeSetChange(before: readonly string[], after: readonly string[]): string {
  const added = after.filter((s) => !before.includes(s));
  const removed = before.filter((s) => !after.includes(s));
  return [...added.map((s) => `+ ${s}`), ...removed.map((s) => `- ${s}`), ...(added.length + removed.length === 0 ? ['order'] : [])].join('; ');
}

// What an importer hands to apply.ts: plain upstream facts per code, in no data-file format.
// The importers read the vendored files; only apply.ts knows how the data file stores a fact.

export type Lang = 'en' | 'zh';
export type Texts = Partial<Record<Lang, string>>;
export type Code = number | string;

/** A code as upstream's own source (an enum, a message map, the docs for GES) defines it. */
export interface UpstreamCode {
  readonly code: Code;
  readonly symbol: string;
  /** The message a server sends (or the docs give, for a docs-only system), by language. */
  readonly message: Texts;
  /** Source tags of the files that define the code and its message ('upstream:owner/repo:path'). */
  readonly sources: readonly string[];
  readonly enterprise?: boolean;
  /** What to do about it (GES): the Chinese of the docs, and the vendor's English where it publishes one. */
  readonly remedy?: Remedy;
}

export interface Remedy {
  readonly zh: string;
  /** Source tag of the Chinese. */
  readonly zhSource: string;
  /** The vendor's own English, with the source tag of the page it was read from. */
  readonly officialEn?: { readonly text: string; readonly source: string };
}

/** A text the catalog must also recognise: another edition's or another file's wording. */
export interface OtherText {
  readonly code: Code;
  readonly lang: Lang;
  readonly text: string;
  /** Source tag of the file it comes from. */
  readonly source: string;
  /** Short label for notes: 'newest docs (nebula-docs@84794b0c)', 'en.toml (HTTP default)'. */
  readonly label: string;
}

/** A live row of one edition of a docs table, already mapped to the code it documents. */
export interface DocsRow {
  readonly code: Code;
  readonly text: Texts;
}

export interface DocsEdition {
  /** Source tag naming the edition: 'docs-en' (the seed copy) or 'upstream:owner/repo:path'. */
  readonly source: string;
  /** The sources of one edition in other languages (docs-zh beside docs-en). */
  readonly alsoSources?: readonly string[];
  readonly label: string;
  /**
   * The seed edition: its words must be the catalog's words (messages or docText) verbatim.
   * Words of other editions only need to be recognised (messages, docText or a quote in note).
   */
  readonly seed: boolean;
  readonly rows: readonly DocsRow[];
}

export interface SystemImport {
  readonly system: 'nebula' | 'ges' | 'polaris' | 'blobstore';
  /** Upstream source tags this importer reads: a data entry citing one is checked against it. */
  readonly managedSources: readonly string[];
  readonly codes: readonly UpstreamCode[];
  readonly editions: readonly DocsEdition[];
  readonly otherTexts: readonly OtherText[];
  /** Facts about the upstream files worth a reader's eye that need no change (docs numbering, typos). */
  readonly remarks: readonly string[];
  /**
   * Codes whose seed docs are demonstrably wrong, with why: their message follows upstream and the
   * seed's words are kept in docText. Every other code the seed lists keeps the seed's words as
   * its message, verbatim; upstream's other wording goes to the note.
   */
  readonly followsUpstream?: ReadonlyMap<number | string, string>;
}

// The shape of every `packages/<system>/data/errors.json`. The data file is the single source of
// truth for a system: its id, names, code format, HTTP status rule, categories and catalog. What a
// rule gives (category from the range, HTTP status from the system's rule, class names from the
// symbol, type names from the prefix) is not written: an entry states only what no rule gives,
// and exceptions to a rule with their reason. The generator validates a file against this schema,
// then against the rules in validate.ts, then derives the rest (generate/model.ts).
import { z } from 'zod';

/** A text in both languages of the docs. At least one language is required where used. */
export const Text = z
  .object({
    en: z.string().min(1).optional(),
    zh: z.string().min(1).optional(),
  })
  .strict();

export const CodeFormat = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('integer'), min: z.number().int().optional(), max: z.number().int().optional() }).strict(),
  z.object({ kind: z.literal('prefixed'), prefix: z.string().min(1), digits: z.number().int().min(1).max(8) }).strict(),
]);

export const Category = z
  .object({
    /** Short id used in `CatalogEntry.category` and by `errs list --category`: 'graphd', '409', 'blobnode'. */
    name: z.string().regex(/^[a-z0-9-]+$/),
    /**
     * Exported class. Derived from a word name: prefix + Name + 'Error' ('graphd' ->
     * 'NebulaGraphdError'); stated for a name that is no word (Polaris '409'), or as an exception
     * with `classNameWhy`.
     */
    className: z.string().regex(/^[A-Z][A-Za-z0-9]*Error$/).optional(),
    /** Why a word-named category's class is not the derived one. */
    classNameWhy: z.string().min(1).optional(),
    /**
     * Inclusive integer range [low, high] of the codes the category owns. For string codes
     * (GES) the range is over the numeric part: 'GES.7005' -> 7005.
     */
    range: z.tuple([z.number().int(), z.number().int()]),
    /** A category nested inside another one's range (NebulaGraph raft -35xx inside storage -3xxx). */
    parent: z.string().optional(),
    /**
     * HTTP status shared by the whole category, used for codes not in the catalog. Derived under
     * the 'code/1000' rule when the whole range has one status; stated under 'per-code'.
     */
    httpStatus: z.number().int().optional(),
    /** Retryable flag for codes of this range that are not in the catalog. Defaults to false. */
    retryable: z.boolean().optional(),
    /** Why `retryable` is set; required when it is true. */
    retryableWhy: z.string().optional(),
    /** Codes of this range that are not in the catalog mean throttling. */
    throttling: z.literal(true).optional(),
    /** Human label. */
    description: Text,
  })
  .strict();

export const Entry = z
  .object({
    /** Canonical code: an integer, or the canonical string form ('GES.7000'). */
    code: z.union([z.number().int(), z.string().min(1)]),
    /** Upstream symbolic name, spelled exactly as upstream ('E_AGENT_HB_FAILUE'); absent where the symbol is the code (GES). */
    symbol: z.string().min(1).optional(),
    /**
     * Exported class name. Derived from the symbol ('E_SYNTAX_ERROR' -> 'NebulaSyntaxError');
     * stated where the system's classes are named by hand (GES), or as an exception with `classNameWhy`.
     */
    className: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9]*Error$/)
      .optional(),
    /** Why the class is not the one the symbol gives. */
    classNameWhy: z.string().min(1).optional(),
    /**
     * Derived: the narrowest category whose range holds the code (none: no range holds it, as
     * NebulaGraph -8000). Stated only as an exception, with `categoryWhy`: a category outside
     * its range (blobstore access 400/404/429), or null for no category inside a range.
     */
    category: z.string().nullable().optional(),
    /** Why the category is not the one the range gives. */
    categoryWhy: z.string().min(1).optional(),
    /** Derived from the system's HTTP status rule; stated per code under 'per-code', or as an exception with `httpStatusWhy`. */
    httpStatus: z.number().int().optional(),
    /** Why the status is not the one the system's rule gives. */
    httpStatusWhy: z.string().min(1).optional(),
    /** Why a catalog code lies outside the system's code format (Polaris 0, the proto3 default). */
    formatWhy: z.string().min(1).optional(),
    retryable: z.boolean(),
    /** Why the code is retryable, citing the docs or an upstream client. Required when retryable. */
    retryableWhy: z.string().optional(),
    /** The code means the caller is throttled (rate or access limited): back off longer. */
    throttling: z.literal(true).optional(),
    /** What a client must do first for the same request to succeed. */
    beforeRetry: z.enum(['new-session', 'refresh-leader', 'refresh-route']).optional(),
    /** The message the catalog uses. Verbatim from the docs or upstream; never paraphrased. */
    messages: Text,
    /** What to do about it, where the docs give it (GES) or where it was written for English users. */
    remedy: Text.optional(),
    /** Listed in the system's public error-code docs. */
    documented: z.boolean(),
    /** The docs' own words where `messages` differ from them (docs wrong or outdated). */
    docText: Text.optional(),
    /** One line: why docText differs, edition notes, renumbering, naming conflicts. */
    note: z.string().optional(),
    /** Why the code is deprecated (e.g. renumbered upstream). */
    deprecated: z.string().optional(),
    /** For a deprecated, renumbered code: the current code it resolves to (blobstore 552 -> 429). */
    replacedBy: z.union([z.number().int(), z.string()]).optional(),
    /** A success code: listed in the catalog but has no class. */
    success: z.literal(true).optional(),
    /** Only in the enterprise edition (NebulaGraph `[only ent]`, codes only nebula-java knows). */
    enterprise: z.literal(true).optional(),
    /** Where the facts come from: 'docs', 'docs-zh', 'upstream:<owner/repo:path>', ... */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const DataFile = z
  .object({
    $schema: z.string().optional(),
    /** The system's id, the `system` of its errors: 'nebula'. The package is `@errs/<system>`. */
    system: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Product name used in messages: 'NebulaGraph', 'Huawei Cloud GES', 'Polaris', 'CubeFS blobstore'. */
    displayName: z.string().min(1),
    /** The system's official error-code page, per language: every error links to it (`err.docs`). */
    docs: z.object({ en: z.string().url().optional(), zh: z.string().url().optional() }).strict().optional(),
    /**
     * Class-name prefix: 'Nebula'. The type names follow from it: the base class `NebulaError`,
     * the constant `NebulaCodes`, the types `NebulaCode`, `NebulaSuccessCode`, `KnownNebulaError`.
     */
    prefix: z.string().regex(/^[A-Z][A-Za-z]*$/),
    /** How the system writes its codes: integers in a range, or a prefix plus digits ('GES.' and 4). */
    codeFormat: CodeFormat,
    /** A code the system's users know, for help texts and examples: -1004. */
    example: z.union([z.number().int(), z.string().min(1)]),
    /** How a code gives its HTTP status (see HttpStatusRule in @errs/core). */
    httpStatus: z.enum(['none', 'code', 'code/1000', 'per-code']),
    /**
     * How per-code classes are named: from the symbol (a prefix such as 'E_' or 'Code' dropped),
     * or by hand, with the reason no rule can name them.
     */
    classNames: z.union([
      z.object({ from: z.literal('symbol'), strip: z.string().min(1).optional() }).strict(),
      z.object({ from: z.literal('explicit'), why: z.string().min(1) }).strict(),
    ]),
    /** 'code': the symbol of every code is the code itself (GES), and entries state none. */
    symbols: z.literal('code').optional(),
    /** Free text about the sources and their versions (commits, doc pages). */
    provenance: z.array(z.string()),
    categories: z.array(Category),
    entries: z.array(Entry).min(1),
    /**
     * Errors a server sends with a plain status that are not catalog codes (blobstore's generic
     * 400 "Illegal Arguments", 404 "Not Found", ...). Wire parsers use them to tell a shared
     * status apart by its message.
     */
    generic: z
      .array(
        z
          .object({
            status: z.number().int(),
            message: z.string().min(1),
            symbol: z.string().min(1),
            retryable: z.boolean(),
            note: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    /**
     * What the consumer matrix and the browser test send through the built package: the class
     * of `example` is checked against `fromCode`, `response` must give it through
     * `fromResponse`, and `fetch` is served over HTTP to a browser's `fetch`.
     */
    samples: z
      .object({
        response: z.unknown(),
        fetch: z
          .object({
            status: z.number().int(),
            headers: z.record(z.string(), z.string()),
            body: z.string(),
            /** The code the answer means. */
            code: z.union([z.number().int(), z.string().min(1)]),
            /** The request id the answer carries, when it has one. */
            requestId: z.string().optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();

export type TextT = z.infer<typeof Text>;
export type CategoryT = z.infer<typeof Category>;
export type EntryT = z.infer<typeof Entry>;
export type DataFileT = z.infer<typeof DataFile>;
export type CodeFormatT = z.infer<typeof CodeFormat>;

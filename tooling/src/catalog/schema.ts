// The shape of every `packages/<system>/data/errors.json`. The data file is the single source of
// truth for a system's catalog; the generator validates it against this schema, then against the
// cross-file rules in validate.ts, before it writes any code.
import { z } from 'zod';

/** A text in both languages of the docs. At least one language is required where used. */
export const Text = z
  .object({
    en: z.string().min(1).optional(),
    zh: z.string().min(1).optional(),
  })
  .strict();

export const Category = z
  .object({
    /** Short id used in `CatalogEntry.category` and by `errs list --category`: 'graphd', '409', 'blobnode'. */
    name: z.string().regex(/^[a-z0-9-]+$/),
    /** Exported class: system prefix + reason + 'Error', e.g. 'NebulaGraphdError'. */
    className: z.string().regex(/^[A-Z][A-Za-z0-9]*Error$/),
    /**
     * Inclusive integer range [low, high] of the codes the category owns. For string codes
     * (GES) the range is over the numeric part: 'GES.7005' -> 7005.
     */
    range: z.tuple([z.number().int(), z.number().int()]),
    /** A category nested inside another one's range (NebulaGraph raft -35xx inside storage -3xxx). */
    parent: z.string().optional(),
    /** HTTP status shared by the whole category, used for codes not in the catalog. */
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
    /** Upstream symbolic name, spelled exactly as upstream ('E_AGENT_HB_FAILUE'); GES: the code itself. */
    symbol: z.string().min(1),
    /** Exported class name; absent only on success codes. */
    className: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9]*Error$/)
      .optional(),
    /** Name of a category of this file; absent for codes that belong to none (NebulaGraph -8000). */
    category: z.string().optional(),
    httpStatus: z.number().int().optional(),
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
    /** Why the code lies outside its category's range (blobstore access codes 400/404/429/466-468). */
    outOfRange: z.string().optional(),
    /** Where the facts come from: 'docs', 'docs-zh', 'upstream:<owner/repo:path>', ... */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const DataFile = z
  .object({
    $schema: z.string().optional(),
    /** Package id: 'nebula' | 'ges' | 'polaris' | 'blobstore'. */
    system: z.enum(['nebula', 'ges', 'polaris', 'blobstore']),
    /** Product name used in messages: 'NebulaGraph', 'Huawei Cloud GES', 'Polaris', 'CubeFS blobstore'. */
    displayName: z.string().min(1),
    /** Class-name prefix: 'Nebula', 'Ges', 'Polaris', 'Blobstore'. */
    prefix: z.string().regex(/^[A-Z][A-Za-z]*$/),
    /** Name of the system base class, e.g. 'NebulaError'. */
    baseClassName: z.string().regex(/^[A-Z][A-Za-z0-9]*Error$/),
    /** Name of the frozen symbol -> code constant, e.g. 'NebulaCodes'. */
    codesConstName: z.string().regex(/^[A-Z][A-Za-z]*Codes$/),
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
  })
  .strict();

export type TextT = z.infer<typeof Text>;
export type CategoryT = z.infer<typeof Category>;
export type EntryT = z.infer<typeof Entry>;
export type DataFileT = z.infer<typeof DataFile>;

// Types shared by the core and every system package.

/**
 * A system's id ('nebula', 'ges', ...): open, since each system package states its own in its
 * data file and no list of them is kept anywhere.
 */
export type SystemId = string;
export type Locale = 'en' | 'zh';

/** What a client must do first for a retry to succeed: a new session, a leader or route refresh. */
export type BeforeRetry = 'new-session' | 'refresh-leader' | 'refresh-route';

/** A text in the languages of the docs. */
export interface LocalizedText {
  readonly en?: string;
  readonly zh?: string;
}

/** One code of a system's catalog: the same facts its data file holds. */
export interface CatalogEntry {
  readonly system: SystemId;
  readonly code: number | string;
  readonly symbol: string;
  readonly className?: string;
  readonly category?: string;
  readonly httpStatus?: number;
  readonly retryable: boolean;
  /** Why the code is retryable, citing the docs or an upstream client. */
  readonly retryableWhy?: string;
  /** The code means the caller is throttled (rate or access limited): back off longer. */
  readonly throttling?: true;
  /** What a client must do before the same request can succeed. */
  readonly beforeRetry?: BeforeRetry;
  readonly messages: LocalizedText;
  readonly remedy?: LocalizedText;
  readonly documented: boolean;
  readonly docText?: LocalizedText;
  readonly note?: string;
  readonly deprecated?: string;
  readonly replacedBy?: number | string;
  readonly enterprise?: true;
  readonly success?: true;
}

/** A category of a system's codes and the inclusive range it owns. */
export interface CategoryInfo {
  readonly name: string;
  readonly className: string;
  readonly range: { readonly low: number; readonly high: number };
  readonly parent?: string;
  readonly httpStatus?: number;
  readonly retryable: boolean;
  readonly throttling?: true;
  readonly description: LocalizedText;
}

/** Options of every error constructor, following `Error`'s `(message, options)`. */
export interface CodedErrorOptions {
  /** The error that caused this one (ES2022 `cause`). */
  readonly cause?: unknown;
  /** The server's request id (`X-Request-Id`, `Request-Id`, ...). */
  readonly requestId?: string | undefined;
  /** Extra structured facts, kept as given and serialized by `toJSON`. */
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  /** Language of the catalog message when no message is given. Default 'en'. */
  readonly locale?: Locale | undefined;
  /** HTTP status actually received, where it differs from the catalog's. */
  readonly httpStatus?: number | undefined;
  /** The raw wire value this error was made from; kept non-enumerable. */
  readonly raw?: unknown;
}

/** Options of system base and category classes, which also take a code outside the catalog. */
export interface CodeOptions<C> extends CodedErrorOptions {
  readonly code?: C | undefined;
  /** Upstream symbol known from the wire for a code outside the catalog (blobstore's ErrNotFound). */
  readonly symbol?: string | undefined;
  /** Retry decision known from the wire for a code outside the catalog. */
  readonly retryable?: boolean | undefined;
  /** Throttling known from the wire (a bare 429) for a code outside the catalog. */
  readonly throttling?: boolean | undefined;
  /** The transport failure the error stands for ('ECONNREFUSED'), when there was no system answer. */
  readonly transport?: string | undefined;
}

/** An error a server sends with a plain status that is not a catalog code (blobstore's generic errors). */
export interface GenericWireError {
  readonly status: number;
  readonly message: string;
  readonly symbol: string;
  readonly retryable: boolean;
  readonly note?: string;
}

/** What `toJSON()` returns: plain data that survives `JSON.stringify` and `structuredClone`. */
export interface CodedErrorJSON {
  readonly name: string;
  readonly system: SystemId;
  readonly code?: number | string;
  readonly symbol?: string;
  readonly message: string;
  readonly category?: string;
  readonly httpStatus?: number;
  readonly retryable: boolean;
  readonly throttling?: true;
  readonly transport?: string;
  readonly requestId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: SerializedCause;
}

/** A serialized cause: another coded error, an `Error`'s essentials, or plain data. */
export type SerializedCause =
  | CodedErrorJSON
  | { readonly name: string; readonly message: string; readonly code?: unknown; readonly cause?: SerializedCause }
  | string
  | number
  | boolean
  | null
  | readonly unknown[]
  | { readonly [key: string]: unknown };

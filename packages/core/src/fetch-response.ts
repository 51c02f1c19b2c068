// fetch `Response`s of any implementation (global fetch, undici, node-fetch), read from a clone
// within a byte and a time bound, so that the caller can still read the body afterwards and a
// body that never ends cannot hold the answer forever.
import { type Body, DEFAULT_MAX_BYTES, PREFIX_BYTES, readBody } from './body.js';
import { read } from './safe.js';

/** Default bound on the time a fetch body is read for, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** A fetch `Response` (any implementation): status number, headers, and a text() reader. */
export interface FetchResponseLike {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: unknown;
  text(): Promise<string>;
}

/** Bounds on reading a body. */
export interface ReadBounds {
  /** Bytes read at most; past it the answer uses status and headers only. Default 8 MiB. */
  readonly maxBytes?: number | undefined;
  /** Milliseconds a fetch body is read for at most. Default 5000. */
  readonly timeoutMs?: number | undefined;
}

export function isFetchResponse(value: unknown): value is FetchResponseLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof read(value, 'status') === 'number' &&
    typeof read(value, 'ok') === 'boolean' &&
    typeof read(value, 'text') === 'function' &&
    typeof read(value, 'headers') === 'object'
  );
}

const boundOf = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

interface Reader {
  read(): Promise<{ done?: boolean; value?: unknown }>;
  cancel(reason?: unknown): Promise<void>;
}

const INCOMPLETE: Body = { kind: 'over', prefix: '' };

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

/** Reads chunks until the end, the byte bound or the deadline; always stops the source after. */
async function readChunks(reader: Reader, maxBytes: number, deadline: Promise<'timeout'>): Promise<Body> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === 'timeout') return { kind: 'over', prefix: prefixOf(chunks, size) };
      if (next.done === true) break;
      const chunk = next.value;
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk instanceof Uint8Array ? chunk : undefined;
      if (bytes === undefined) return INCOMPLETE;
      chunks.push(bytes);
      size += bytes.byteLength;
      if (size > maxBytes) return { kind: 'over', prefix: prefixOf(chunks, size) };
    }
  } catch {
    // Truncated or aborted: what was read is incomplete.
    return { kind: 'over', prefix: prefixOf(chunks, size) };
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return readBody(concat(chunks, size), maxBytes);
}

/** A body stream: a web ReadableStream, or a Node Readable (undici.request's body, got's, http's). */
export function isBodyStream(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof read(value, 'getReader') === 'function') return true;
  return typeof read(value, 'pipe') === 'function' && typeof read(value, Symbol.asyncIterator) === 'function';
}

function readerOf(stream: object): Reader | undefined {
  const getReader = read(stream, 'getReader');
  if (typeof getReader === 'function') return getReader.call(stream) as Reader;
  const iterate = read(stream, Symbol.asyncIterator);
  if (typeof iterate !== 'function') return undefined;
  const iterator = iterate.call(stream) as AsyncIterator<unknown>;
  return {
    read: () => iterator.next(),
    cancel: async () => {
      await iterator.return?.();
    },
  };
}

/** Runs a read within the time bound, clearing the timer after. */
async function withDeadline(bounds: ReadBounds | undefined, run: (maxBytes: number, deadline: Promise<'timeout'>) => Promise<Body>): Promise<Body> {
  const maxBytes = boundOf(read(bounds, 'maxBytes'), DEFAULT_MAX_BYTES);
  const timeoutMs = boundOf(read(bounds, 'timeoutMs'), DEFAULT_TIMEOUT_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return await run(maxBytes, deadline);
  } catch {
    return INCOMPLETE;
  } finally {
    clearTimeout(timer);
  }
}

/** A body stream read within the bounds (it is consumed: it was the caller's to give). Never rejects. */
export function readStreamBody(stream: unknown, bounds?: ReadBounds): Promise<Body> {
  return withDeadline(bounds, async (maxBytes, deadline) => {
    const reader = typeof stream === 'object' && stream !== null ? readerOf(stream) : undefined;
    return reader === undefined ? INCOMPLETE : readChunks(reader, maxBytes, deadline);
  });
}

function prefixOf(chunks: Uint8Array[], size: number): string {
  const head = concat(chunks, size).subarray(0, PREFIX_BYTES);
  try {
    return new TextDecoder().decode(head);
  } catch {
    return '';
  }
}

/** The body of a fetch `Response`, read from a clone within the bounds. Never rejects. */
export function readFetchBody(response: FetchResponseLike, bounds?: ReadBounds): Promise<Body> {
  return withDeadline(bounds, async (maxBytes, deadline) => {
    if (read(response, 'bodyUsed') === true) return INCOMPLETE;
    const clone = read(response, 'clone');
    const source = typeof clone === 'function' ? (clone.call(response) as unknown) : response;
    const stream = read(source, 'body');
    if (stream === null) return { kind: 'none' };
    const reader = typeof stream === 'object' && stream !== null ? readerOf(stream) : undefined;
    if (reader !== undefined) return readChunks(reader, maxBytes, deadline);
    const text = read(source, 'text');
    if (typeof text !== 'function') return INCOMPLETE;
    const result = await Promise.race([Promise.resolve(text.call(source)), deadline]);
    return result === 'timeout' ? INCOMPLETE : readBody(result, maxBytes);
  });
}

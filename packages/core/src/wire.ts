// Reading wire values without trusting them: bytes or text to string, JSON text or bytes to data,
// header lookup over the shapes HTTP clients use, and fetch Responses. Nothing here throws.
// Only web-platform globals (TextDecoder), so system packages stay browser- and edge-safe.

let decoder: TextDecoder | undefined;
const utf8 = (): TextDecoder => (decoder ??= new TextDecoder('utf-8'));
const MAX_BODY = 1 << 20;

/** A non-null object (not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]`, or undefined when reading it throws (hostile getters, revoked proxies). */
export function read(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Text from a string or UTF-8 bytes (Uint8Array, Buffer, ArrayBuffer, DataView); else undefined. */
export function decodeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  try {
    if (value instanceof ArrayBuffer) return utf8().decode(new Uint8Array(value, 0, Math.min(value.byteLength, MAX_BODY)));
    if (ArrayBuffer.isView(value)) {
      return utf8().decode(new Uint8Array(value.buffer, value.byteOffset, Math.min(value.byteLength, MAX_BODY)));
    }
    // A Node Buffer that went through JSON: { type: 'Buffer', data: [...] }.
    if (isRecord(value) && value.type === 'Buffer' && Array.isArray(value.data)) {
      const bytes = value.data.slice(0, MAX_BODY);
      if (bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) return utf8().decode(Uint8Array.from(bytes as number[]));
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** A parsed body from an object, JSON text or JSON bytes. Text that is not JSON stays text. */
export function parseBody(body: unknown): unknown {
  const text = decodeText(body);
  if (text === undefined) return body;
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * A header value from a fetch `Headers`, a `Map`, a plain object (any letter case, as Node and
 * axios give them) or an array of pairs. Arrays of values give the first.
 */
export function getHeader(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const wanted = name.toLowerCase();
  let value: unknown;
  try {
    const get = (headers as { get?: unknown }).get;
    if (typeof get === 'function' && !(headers instanceof Map)) {
      value = get.call(headers, name);
    } else if (headers instanceof Map) {
      for (const [key, v] of headers) if (String(key).toLowerCase() === wanted) value = v;
    } else if (Array.isArray(headers)) {
      for (const pair of headers) if (Array.isArray(pair) && String(pair[0]).toLowerCase() === wanted) value = pair[1];
    } else {
      for (const key of Object.keys(headers)) if (key.toLowerCase() === wanted) value = (headers as Record<string, unknown>)[key];
    }
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) value = value[0];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A fetch `Response` (any implementation): status number, headers, and a text() reader. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: unknown;
  text(): Promise<string>;
}

export function isFetchResponse(value: unknown): value is FetchResponseLike {
  return (
    typeof read(value, 'status') === 'number' &&
    typeof read(value, 'text') === 'function' &&
    typeof read(value, 'headers') === 'object' &&
    typeof read(value, 'ok') === 'boolean'
  );
}

/** An HTTP exchange in the plain shape the `fromResponse` factories take. */
export interface HttpResponseLike {
  readonly status: number;
  readonly headers?: unknown;
  readonly body?: unknown;
}

/** Reads a fetch `Response` into `{ status, headers, body }`; the body is read from a clone. */
export async function readFetchResponse(response: FetchResponseLike): Promise<HttpResponseLike> {
  let body: unknown;
  try {
    const source = typeof (response as { clone?: unknown }).clone === 'function' && !(response as { bodyUsed?: boolean }).bodyUsed
      ? (response as unknown as { clone(): FetchResponseLike }).clone()
      : response;
    body = parseBody(await source.text());
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body };
}

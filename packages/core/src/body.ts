// Bodies as they reach `fromResponse`: parsed data, JSON text, or UTF-8 bytes of any common kind.
// Reads are bounded: a body past `maxBytes` is not decoded whole; readers get a short prefix and
// must fall back to status and headers.
import { isArray, isRecord, itemsOf, read } from './safe.js';

/** Default bound on a body, in bytes (in-memory bytes and text, and fetch streams alike). */
export const DEFAULT_MAX_BYTES = 8_388_608; // 8 MiB, as a literal: bundlers drop an unused literal, not a product
/** How much of a body past the bound is kept for readers to sniff (a leading code, say). */
export const PREFIX_BYTES = 65_536; // 64 KiB

let decoder: TextDecoder | undefined;
const utf8 = (): TextDecoder => (decoder ??= new TextDecoder('utf-8'));

/** A body, read: data, text, nothing, or too large to read whole (with its first bytes). */
export type Body =
  | { readonly kind: 'none' }
  | { readonly kind: 'data'; readonly value: unknown }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'over'; readonly prefix: string };

const NONE: Body = { kind: 'none' };

function bytesOf(value: unknown): Uint8Array | undefined {
  try {
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } catch {
    return undefined;
  }
  return undefined;
}

/** A Node Buffer that went through JSON: { type: 'Buffer', data: [...] }. */
function jsonBuffer(value: unknown, max: number): Uint8Array | 'over' | undefined {
  if (!isRecord(value) || read(value, 'type') !== 'Buffer') return undefined;
  const data = read(value, 'data');
  if (!isArray(data)) return undefined;
  const length = read(data, 'length');
  if (typeof length !== 'number') return undefined;
  const items = itemsOf(data, Math.min(length, max));
  if (!items.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 255)) return undefined;
  return length > max ? 'over' : Uint8Array.from(items as number[]);
}

/** Text from a string or UTF-8 bytes, within `maxBytes`; undefined for anything else. */
export function decodeText(value: unknown, maxBytes = DEFAULT_MAX_BYTES): string | undefined {
  const body = readBody(value, maxBytes);
  return body.kind === 'text' ? body.text : undefined;
}

/**
 * Reads a body within `maxBytes`: bytes and strings become text (`over` past the bound, keeping
 * a prefix), `undefined`/`null`/empty text become `none`, anything else stays data.
 */
export function readBody(value: unknown, maxBytes = DEFAULT_MAX_BYTES): Body {
  const max = Number.isFinite(maxBytes) && maxBytes >= 0 ? maxBytes : DEFAULT_MAX_BYTES;
  if (value === undefined || value === null) return NONE;
  if (typeof value === 'string') {
    if (value.length > max) return { kind: 'over', prefix: value.slice(0, PREFIX_BYTES) };
    return value.trim() === '' ? NONE : { kind: 'text', text: value };
  }
  if (typeof value !== 'object') return { kind: 'data', value };
  const bytes = bytesOf(value) ?? jsonBuffer(value, max);
  if (bytes === undefined) return { kind: 'data', value };
  if (bytes === 'over') return { kind: 'over', prefix: '' };
  try {
    if (bytes.byteLength > max) return { kind: 'over', prefix: utf8().decode(bytes.subarray(0, PREFIX_BYTES)) };
    const text = utf8().decode(bytes);
    return text.trim() === '' ? NONE : { kind: 'text', text };
  } catch {
    // A detached buffer, say.
    return { kind: 'data', value };
  }
}

/** JSON text to data; text that is not JSON stays text. */
export function parseText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"')) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * A body as data: objects as given, JSON text or bytes parsed, other text as text; undefined for
 * no body or a body past `maxBytes`.
 */
export function parseBody(value: unknown, maxBytes = DEFAULT_MAX_BYTES): unknown {
  const body = readBody(value, maxBytes);
  switch (body.kind) {
    case 'data':
      return body.value;
    case 'text':
      return parseText(body.text);
    default:
      return undefined;
  }
}

/** Short, non-HTML body text (at most 200 characters), usable as an error message. */
export function shortText(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  const text = body.trim();
  return text === '' || text.length > 200 || text.startsWith('<') ? undefined : text;
}

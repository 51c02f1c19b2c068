// Expected facts for a code, from the vendored common.thrift (symbol, English message) and the
// curated retry flag in data/errors.json, never from the generated code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importNebula } from '../../../tooling/src/import/nebula.js';

const upstream = new Map(importNebula().codes.map((u) => [u.code as number, { upstream_name: u.symbol, english_message: u.message.en }]));
const data = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'errors.json'), 'utf8')) as {
  entries: Array<{ code: number; retryable: boolean }>;
};

export function upstreamSymbol(code: number): string {
  const symbol = upstream.get(code)?.upstream_name;
  if (!symbol) throw new Error(`code ${code} is not in common.thrift`);
  return symbol;
}

export function upstreamMessage(code: number): string {
  const message = upstream.get(code)?.english_message;
  if (!message) throw new Error(`code ${code} has no English message in common.thrift`);
  return message;
}

export function catalogRetryable(code: number): boolean {
  const entry = data.entries.find((e) => e.code === code);
  if (!entry) throw new Error(`code ${code} is not in data/errors.json`);
  return entry.retryable;
}

/** The `transport` field the contract adds to transport errors (not typed on today's classes). */
export const transportOf = (err: unknown): unknown => (err as { transport?: unknown }).transport;

/** The first stack frame, as V8 prints it. */
export const firstFrame = (err: unknown): string | undefined =>
  String((err as Error).stack ?? '')
    .split('\n')
    .find((line) => /^\s+at /.test(line));

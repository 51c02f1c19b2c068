// The native baselines, in plain JavaScript on purpose: the TypeScript runner compiles classes
// with name-keeping helpers that turn every `instanceof` against them into a slow generic check,
// which would flatter everything compared with it.
export class PlainError extends Error {}

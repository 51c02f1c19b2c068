// Identity that survives duplicate copies of a package (ESM + CJS builds in one process, two
// installed versions of @errs/core, a `vm` realm). Every class carries a string key; every
// instance's prototype lists the keys of its whole class chain under a registry symbol, and is
// flagged with one registry symbol per key; registry symbols are shared by all copies and realms.
// `instanceof` tries the native check, then the flag of the class's key.
//
// The key scheme is a protocol between versions: changing it breaks cross-version identity.

/**
 * Registry symbol under which a prototype lists its class keys, as a function returning them
 * (protocol version 1; a function so that inspecting an error does not print it).
 */
export const LINEAGE: unique symbol = Symbol.for('@errs/core/lineage@1') as never;

/** Key of the root class `CodedError`. */
export const ROOT_KEY = '@errs';

export const systemKey = (system: string): string => system;
export const categoryKey = (system: string, category: string): string => `${system}/${category}`;
export const codeKey = (system: string, code: number | string): string => `${system}#${code}`;

interface Keyed {
  readonly key?: string;
  readonly system?: unknown;
  readonly code?: unknown;
}

/**
 * A class's own key: the one it declares, or, for a per-code class, its system and code (so that
 * each of a catalog's classes need not spell its key out). Null for a class with neither (a
 * user's subclass, matched by the native check only).
 */
function ownKey(c: Function): string | null {
  const keyed = c as Keyed;
  if (hasOwn(c, 'key')) return keyed.key as string;
  if (hasOwn(c, 'code') && typeof keyed.system === 'string' && (typeof keyed.code === 'number' || typeof keyed.code === 'string')) return codeKey(keyed.system, keyed.code);
  return null;
}

/** Registry symbol a stamped prototype carries (as a function) for each class key of its chain. */
export const memberSymbol = (key: string): symbol => Symbol.for(`@errs/core/class@1:${key}`);

// Per-copy cache of a class's own membership symbol (null for a class without its own key).
const OWN_MEMBER = Symbol('@errs/core/own-member');
const hasOwn = (target: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(target, key);

/** The keys of a class and all its ancestors that declare one, most specific first. */
function collectKeys(ctor: Function): string[] {
  const keys: string[] = [];
  for (let c: Function | null = ctor; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const key = ownKey(c);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** The value of a membership flag: any function counts, whichever copy stamped it. */
const member = (): true => true;

/** Stamps a class's prototype with its lineage the first time the class is constructed. */
export function stampLineage(ctor: Function): void {
  const proto = ctor.prototype as object;
  if (hasOwn(proto, LINEAGE)) return;
  const keys = Object.freeze(collectKeys(ctor));
  // Functions, not data: `console.log('%o', err)` lists the data on a class's prototypes but not
  // their functions, so the protocol stays out of a reader's sight.
  Object.defineProperty(proto, LINEAGE, { value: () => keys });
  // One flag per key: the cross-copy check is then a single property load, not an array scan.
  for (const key of keys) Object.defineProperty(proto, memberSymbol(key), { value: member });
}

interface OwnMember {
  readonly owner: Function;
  readonly symbol: symbol | null;
}

/** The membership symbol of a class's own key (null without one), cached on the class. */
function ownMember(ctor: Function): symbol | null {
  // The cache names its owner: a subclass inherits its parent's cache but must not use it.
  const cached = (ctor as { [OWN_MEMBER]?: OwnMember })[OWN_MEMBER];
  if (cached !== undefined && cached.owner === ctor) return cached.symbol;
  const key = ownKey(ctor);
  const symbol = key === null ? null : memberSymbol(key);
  // A frozen class (a hardened realm) just recomputes the symbol on every foreign check.
  if (Object.isExtensible(ctor)) Object.defineProperty(ctor, OWN_MEMBER, { value: { owner: ctor, symbol } });
  return symbol;
}

/**
 * Whether a value from another copy or realm has the flag of `ctor`'s key on its prototype chain
 * (not on itself: like native `instanceof`, a prototype is not an instance of its own class).
 * Never throws.
 */
function hasForeignLineage(ctor: Function, value: object): boolean {
  const symbol = ownMember(ctor);
  return symbol !== null && hasFlag(value, symbol);
}

function hasFlag(value: object, symbol: symbol): boolean {
  try {
    const proto = Object.getPrototypeOf(value) as Record<symbol, unknown> | null;
    return proto !== null && typeof proto[symbol] === 'function';
  } catch {
    // A hostile proxy or getter: not one of ours.
    return false;
  }
}

/**
 * `instanceof` for a keyed class of the copy whose root class is `root`: the native check first
 * (same copy, fast), then the lineage of the value's prototype. A class without its own key (a
 * user's subclass) uses the native check only.
 */
export function hasKeyedInstance(ctor: Function, value: unknown, root: Function): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // Spelled out rather than cached in a module binding: bundlers turn top-level `const` into
    // `var`, and only a constant lets the optimizer reduce this to a native prototype-chain walk.
    if (Function.prototype[Symbol.hasInstance].call(ctor, value)) return true;
    // A value of this very copy got its final answer above: a miss stays cheap.
    if (ctor !== root && Function.prototype[Symbol.hasInstance].call(root, value)) return false;
  } catch {
    // A revoked proxy or a throwing getPrototypeOf trap: not one of ours.
    return false;
  }
  return hasForeignLineage(ctor, value);
}

/**
 * A guard for the class of `key` that holds no class: true when the value's prototype chain
 * carries that key's flag, stamped when an instance of the class (or of a subclass) is built by
 * any copy. A guard made with it brings no class, and so no `CodedError`, into a bundle. Never throws.
 */
export function keyGuard(key: string): (value: unknown) => boolean {
  const symbol = memberSymbol(key);
  return (value) => typeof value === 'object' && value !== null && hasFlag(value, symbol);
}

/** True for an instance of any copy of `CodedError` (or a subclass). Never throws. */
export const hasRootLineage: (value: unknown) => boolean = /* @__PURE__ */ keyGuard(ROOT_KEY);

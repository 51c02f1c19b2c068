// Identity that survives duplicate copies of a package (ESM + CJS builds in one process, two
// installed versions of @errs/core, a `vm` realm). Every class carries a string key; every
// instance's prototype carries the keys of its whole class chain under a registry symbol, which
// is shared by all copies and realms. `instanceof` compares keys, not constructors.
//
// The key scheme is a protocol between versions: changing it breaks cross-version identity.

/** Registry symbol under which a prototype lists its class keys (protocol version 1). */
export const LINEAGE: unique symbol = Symbol.for('@errs/core/lineage@1') as never;

/** Key of the root class `CodedError`. */
export const ROOT_KEY = '@errs';

export const systemKey = (system: string): string => system;
export const categoryKey = (system: string, category: string): string => `${system}/${category}`;
export const codeKey = (system: string, code: number | string): string => `${system}#${code}`;

interface Keyed {
  readonly key?: string;
}

/** The keys of a class and all its ancestors that declare one, most specific first. */
function collectKeys(ctor: Function): string[] {
  const keys: string[] = [];
  for (let c: Function | null = ctor; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (Object.prototype.hasOwnProperty.call(c, 'key')) keys.push((c as Keyed).key as string);
  }
  return keys;
}

/** Stamps a class's prototype with its lineage the first time the class is constructed. */
export function stampLineage(ctor: Function): void {
  const proto = ctor.prototype as object;
  if (!Object.prototype.hasOwnProperty.call(proto, LINEAGE)) {
    Object.defineProperty(proto, LINEAGE, { value: Object.freeze(collectKeys(ctor)) });
  }
}

const nativeHasInstance = Function.prototype[Symbol.hasInstance];

/**
 * `instanceof` for a keyed class: the native check first (same copy, fast), then the lineage of
 * the value's prototype. A class without its own key (a user's subclass) uses the native check only.
 */
export function hasKeyedInstance(ctor: Function, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (nativeHasInstance.call(ctor, value)) return true;
  if (!Object.prototype.hasOwnProperty.call(ctor, 'key')) return false;
  try {
    const lineage = (value as { [LINEAGE]?: unknown })[LINEAGE];
    return Array.isArray(lineage) && lineage.includes((ctor as Keyed).key);
  } catch {
    // A hostile proxy or getter: not one of ours.
    return false;
  }
}

/** True for an instance of any copy of `CodedError` (or a subclass). Never throws. */
export function hasRootLineage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const lineage = (value as { [LINEAGE]?: unknown })[LINEAGE];
    return Array.isArray(lineage) && lineage.includes(ROOT_KEY);
  } catch {
    return false;
  }
}

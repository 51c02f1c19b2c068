// Deep freezing for the generated catalogs: a user can read them but never change them.

/** Freezes `value` and every object inside it; returns it. Marked pure where called. */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

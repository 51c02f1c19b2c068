// Error construction cost is mostly the stack trace, and V8 walks every frame above the outermost
// constructor to skip it: a four-level class chain costs four extra frames per error. A factory
// therefore builds its error with capture paused, then captures once, skipping only itself:
// cheaper, and the trace starts at the line that called the factory.

/** The V8 stack hooks (also in JavaScriptCore); absent or inert elsewhere. */
export interface StackHooks {
  stackTraceLimit?: unknown;
  captureStackTrace?: (target: object, skipTo?: Function) => void;
}

let hooksUsable: boolean | undefined;

function usable(): boolean {
  if (hooksUsable === undefined) {
    // Both hooks as plain data: not in engines without them, not in a hardened realm's frozen `Error`.
    const limit = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    hooksUsable = typeof (Error as StackHooks).captureStackTrace === 'function' && limit?.writable === true;
  }
  return hooksUsable;
}

/**
 * Runs `build` with stack capture paused, when the engine has the hooks and traces are on; says
 * whether it paused, so the factory knows to capture. Decided on first use, so importing has no
 * effects. The capture itself stays in the factory: every frame between it and the factory costs.
 */
export function buildWithStackPaused<T>(build: () => T): { readonly value: T; readonly paused: boolean } {
  const hooks = Error as StackHooks;
  const limit = hooks.stackTraceLimit;
  if (typeof limit !== 'number' || !(limit > 0) || !usable()) return { value: build(), paused: false };
  // Not 0: V8 still starts a capture for a limit of 0 and skips it only for a non-number, which
  // halves the cost of the paused build.
  hooks.stackTraceLimit = undefined;
  try {
    return { value: build(), paused: true };
  } finally {
    hooks.stackTraceLimit = limit;
  }
}

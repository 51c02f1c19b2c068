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
 * Pauses stack capture when the engine has the hooks and traces are on, giving the limit to
 * restore with `resumeCapture`; undefined when it did not pause (then whoever builds the error
 * lets it capture as usual). Decided on first use, so importing has no effects.
 */
export function pauseCapture(): number | undefined {
  const hooks = Error as StackHooks;
  const limit = hooks.stackTraceLimit;
  if (typeof limit !== 'number' || !(limit > 0) || !usable()) return undefined;
  // Not 0: V8 still starts a capture for a limit of 0 and skips it only for a non-number, which
  // halves the cost of the paused build.
  hooks.stackTraceLimit = undefined;
  return limit;
}

/** Restores the limit `pauseCapture` paused (nothing when it did not pause). */
export function resumeCapture(limit: number | undefined): void {
  if (limit !== undefined) (Error as StackHooks).stackTraceLimit = limit;
}

/**
 * Runs `build` with stack capture paused (`pauseCapture`); says whether it paused, so the factory
 * knows to capture. The capture itself stays in the factory: every frame between it and the
 * factory costs.
 */
export function buildWithStackPaused<T>(build: () => T): { readonly value: T; readonly paused: boolean } {
  const limit = pauseCapture();
  try {
    return { value: build(), paused: limit !== undefined };
  } finally {
    resumeCapture(limit);
  }
}

// The trace's first line is `Name [code]: message`, as Node prints its own coded errors: what an
// operator greps for. V8 writes that line when the stack is first read, from the `name` and
// `message` of the object the trace was captured on; so the trace is captured on a holder whose
// `name` carries the code, and the error's `stack` reads the holder's, still lazily: formatting
// on every construction would cost more than the capture itself. (A plain holder and a closure
// are the cheapest link: a prototype of getters or a WeakMap from error to holder cost more.)

/** The name as the trace's first line shows it: `Name [code]`. */
export function headerName(error: { name?: unknown; code?: unknown }): string {
  try {
    const { name, code } = error;
    return code === undefined ? String(name) : `${String(name)} [${String(code)}]`;
  } catch {
    return 'Error';
  }
}

/** Turns the lazy `stack` into a plain data property; a frozen or sealed error keeps the accessor. */
function ownStack(target: object, value: unknown): void {
  try {
    Object.defineProperty(target, 'stack', { value, writable: true, configurable: true });
  } catch {
    // Frozen after it was made: reading still works, through the accessor.
  }
}

/**
 * The object to capture `error`'s trace on (`Error.captureStackTrace(holder, skipTo)`, called by
 * the factory itself so that no frame of ours is walked): `error.stack` then reads it, its first
 * line from the name, code and message the error has now. Undefined when the engine has no hooks
 * or the error cannot take it.
 */
export function stackHolder(error: { name?: unknown; code?: unknown; message?: unknown }): object | undefined {
  if (!usable()) return undefined;
  try {
    const holder: { name: string; message: string; stack?: unknown } = { name: headerName(error), message: String(error.message) };
    Object.defineProperty(error, 'stack', {
      get(this: object): unknown {
        const value = holder.stack;
        ownStack(this, value);
        return value;
      },
      set(this: object, value: unknown): void {
        ownStack(this, value);
      },
      configurable: true,
    });
    return holder;
  } catch {
    // A frozen or proxied error keeps the trace it has.
    return undefined;
  }
}

// Stack depth for the construction rows: an error's cost depends on how many frames sit below the
// line that makes it (V8 walks them to capture the trace, up to Error.stackTraceLimit), so the
// bench makes errors at a stated depth rather than wherever its own harness happens to be.

/** Frames on the stack of this function's caller, the caller's own frame included. */
export function stackDepth(): number {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = Number.POSITIVE_INFINITY;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  // Line 1 is the message, line 2 this function.
  return stack.split('\n').length - 2;
}

function descend<T>(frames: number, fn: () => T): T {
  return stackDepth() >= frames ? fn() : descend(frames, fn);
}

/**
 * Calls `fn` from a fresh event-loop turn (the shallowest stack Node gives a callback) with at
 * least `frames` frames below it, as in a request handler deep inside a framework.
 */
export function atDepth<T>(frames: number, fn: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(descend(frames, fn));
      } catch (error) {
        reject(error);
      }
    });
  });
}

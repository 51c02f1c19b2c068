// Standard output as the command sees it: a reader that stops early (`errs list | head -3`)
// ends the command quietly, and a write that fails (a full disk, /dev/full) is reported once.
// Node reports a failed write either by throwing (files are written synchronously) or by an
// 'error' event on the stream (pipes); both land here.

export interface Sink {
  /** Writes text; does nothing once the stream is gone. */
  write(text: string): void;
  /** Resolves once every write has been handed to the system, or has failed. */
  flush(): Promise<void>;
  /** The write error other than a closed reader, if any. */
  readonly failure: NodeJS.ErrnoException | undefined;
  /** Whether the reader went away (EPIPE) before everything was written. */
  readonly readerGone: boolean;
}

export function sink(stream: NodeJS.WritableStream): Sink {
  let failure: NodeJS.ErrnoException | undefined;
  let readerGone = false;
  let pending: Promise<void>[] = [];
  const fail = (error: unknown) => {
    const e = error as NodeJS.ErrnoException;
    if (e?.code === 'EPIPE' || e?.code === 'ERR_STREAM_DESTROYED') readerGone = true;
    else failure ??= e;
  };
  stream.on('error', fail);
  const closed = () => readerGone || failure !== undefined;
  return {
    write(text) {
      if (closed()) return;
      let done = () => {};
      pending.push(new Promise<void>((resolve) => (done = resolve)));
      try {
        stream.write(text, (error) => {
          if (error) fail(error);
          done();
        });
      } catch (error) {
        fail(error);
        done();
      }
    },
    async flush() {
      const waiting = pending;
      pending = [];
      await Promise.all(waiting);
    },
    get failure() {
      return failure;
    },
    get readerGone() {
      return readerGone;
    },
  };
}

/** One line for a failed write: `errs: cannot write output: ENOSPC (no space left on device)`. */
export function describeFailure(error: NodeJS.ErrnoException): string {
  const code = typeof error.code === 'string' ? error.code : 'error';
  const reason = typeof error.message === 'string' ? error.message.replace(/^[A-Z0-9_]+:\s*/, '').replace(/,\s*write$/, '') : '';
  return `errs: cannot write output: ${code}${reason ? ` (${reason})` : ''}`;
}

import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { describeFailure, sink } from './output.js';

const errno = (code: string, message: string) => Object.assign(new Error(message), { code, errno: -1, syscall: 'write' });

function failing(error: Error, afterBytes = 0) {
  let written = 0;
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (written >= afterBytes) return callback(error);
      written += chunk.length;
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, chunks };
}

describe('sink', () => {
  it('a reader that went away (EPIPE) stops the output quietly', async () => {
    const { stream, chunks } = failing(errno('EPIPE', 'write EPIPE'), 5);
    const out = sink(stream);
    out.write('first\n');
    out.write('second\n');
    await out.flush();
    out.write('third\n');
    await out.flush();
    expect(out.readerGone).toBe(true);
    expect(out.failure).toBeUndefined();
    expect(chunks).toEqual(['first\n']);
  });

  it('a failed write (ENOSPC) is kept to be reported', async () => {
    const { stream } = failing(errno('ENOSPC', 'ENOSPC: no space left on device, write'));
    const out = sink(stream);
    out.write('x\n');
    await out.flush();
    expect(out.failure?.code).toBe('ENOSPC');
    expect(out.readerGone).toBe(false);
  });

  it('a write that throws, as a file stream does, is caught', async () => {
    const stream = new Writable({ write: (_c, _e, cb) => cb() });
    stream.write = () => {
      throw errno('ENOSPC', 'ENOSPC: no space left on device, write');
    };
    const out = sink(stream);
    expect(() => out.write('x\n')).not.toThrow();
    await out.flush();
    expect(out.failure?.code).toBe('ENOSPC');
  });

  it('describes a failure on one line', () => {
    expect(describeFailure(errno('ENOSPC', 'ENOSPC: no space left on device, write'))).toBe('errs: cannot write output: ENOSPC (no space left on device)');
    expect(describeFailure(errno('EIO', 'EIO: i/o error, write'))).toBe('errs: cannot write output: EIO (i/o error)');
    expect(describeFailure(new Error('strange'))).toBe('errs: cannot write output: error (strange)');
  });
});

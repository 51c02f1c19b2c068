import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesAsArguments, run } from './run.js';

async function capture(argv: string[], env: Record<string, string> = {}, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), isTTY, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('run', () => {
  it('colours only on a terminal without NO_COLOR', async () => {
    expect((await capture(['-1004'], {}, true)).out).toContain('\u001b[');
    expect((await capture(['-1004'], { NO_COLOR: '1' }, true)).out).not.toContain('\u001b[');
  });

  it('moves negative numbers behind --, keeping everything else in place', () => {
    expect(codesAsArguments(['-3523', '--json', 'GES.7005'])).toEqual(['--json', 'GES.7005', '--', '-3523']);
    expect(codesAsArguments(['search', 'leader'])).toEqual(['search', 'leader']);
    expect(codesAsArguments(['--', '-4', '--json'])).toEqual(['--', '-4', '--json']);
  });

  it('property: any arguments give exit 0, 1 or 2, one-line errors, and no control characters', async () => {
    const token = fc.oneof(
      fc.constantFrom('-1004', '611', 'GES.7005', '400301', '0', 'search', 'list', '--json', '--system', 'nebula', '--lang', 'zh', '--category', '-r', '--', '-', '--help'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        const { code, out, err } = await capture(argv);
        expect([0, 1, 2]).toContain(code);
        expect(err).not.toMatch(/\n\s+at /);
        if (code === 2) expect(err.split('\n')).toHaveLength(1);
        expect(out + err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 200 },
    );
  });
});

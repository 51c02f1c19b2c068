import { describe, expect, it } from 'vitest';
import { diagnosticsByLine, expectedReasons } from './reasons.js';

describe('rejection reasons', () => {
  it('expects each reason on the line after its comment', () => {
    expect([...expectedReasons(["import x from 'x';", '// reason: "why"', 'x(0);'].join('\n'))]).toEqual([[3, '"why"']]);
  });

  it('groups a diagnostic with its indented lines, per file and line', () => {
    const output = [
      "a.ts(3,1): error TS2769: No overload matches this call.",
      "  Overload 2 of 2 gave the following error.",
      "    Argument of type '0' is not assignable to parameter of type '\"why\"'.",
      "b.ts(3,1): error TS2345: other file",
      "a.ts(5,2): error TS2345: second",
    ].join('\n');
    const found = diagnosticsByLine(output, 'a.ts');
    expect([...found.keys()]).toEqual([3, 5]);
    expect(found.get(3)).toContain('"why"');
    expect(found.get(3)).not.toContain('other file');
  });
});

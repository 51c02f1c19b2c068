import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectNegatives, restore } from './argv.js';

describe('protectNegatives', () => {
  it('hides negative numbers from the option parser in their place', () => {
    const args = protectNegatives(['-3523', 'GES.7005', '611', '--json', '-1004']);
    expect(args.filter((a) => a.startsWith('-'))).toEqual(['--json']);
    expect(args.map(restore)).toEqual(['-3523', 'GES.7005', '611', '--json', '-1004']);
  });

  it('leaves options, and everything after --, alone', () => {
    expect(protectNegatives(['-s', 'polaris', '--', '-4', '--json'])).toEqual(['-s', 'polaris', '--', '-4', '--json']);
    expect(protectNegatives(['-r', '-1x', '-'])).toEqual(['-r', '-1x', '-']);
  });

  it('property: restoring gives back exactly the arguments given', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer().map(String), fc.string({ unit: 'binary', maxLength: 10 }), fc.constant('--'))), (argv) => {
        const protectedArgs = protectNegatives(argv);
        expect(protectedArgs).toHaveLength(argv.length);
        // A typed U+2212 minus reads as a minus: the one change restoring may make.
        expect(protectedArgs.map(restore)).toEqual(argv.map((a) => restore(a)));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { resolve } from '../catalog/derive.js';
import { applied, plan, readData } from './apply.js';
import { importers } from './importers.js';

describe.each(Object.keys(importers))('%s: the data file says what the vendored sources say', (system) => {
  it('the importer in check mode has nothing to apply and nothing to decide', () => {
    const p = plan(importers[system]!());
    expect(p.changes.map((c) => `${c.code} ${c.kind}: ${c.what}`)).toEqual([]);
    expect(p.decisions.map((d) => `${d.code} ${d.kind}: ${d.what}`)).toEqual([]);
  });
});

describe('what an import applies and what it leaves to a human', () => {
  const upstream = importers.nebula!();
  const data = readData('nebula');

  it('a code upstream has and the data lacks becomes a skeleton entry, flagged for review', () => {
    const without = { ...data, entries: data.entries.filter((e) => e.code !== -2600) };
    const p = plan(upstream, without);
    expect(p.changes.map((c) => [c.code, c.kind])).toEqual([[-2600, 'new code']]);
    const added = applied(p, without).entries.find((e) => e.code === -2600)!;
    // From common.thrift and the newest docs (the seed has no -2600 row).
    expect(added).toMatchObject({
      symbol: 'E_GRAPH_MEMORY_EXCEEDED',
      retryable: false,
      documented: true,
      messages: { en: 'Graph memory exceeded', zh: 'Graph 内存超出' },
    });
    expect(added.note).toMatch(/review/);
    // What a rule gives is left to the rule: the -2xxx range is meta, the class comes from the symbol.
    expect([added.category, added.className]).toEqual([undefined, undefined]);
    const resolvedEntry = resolve(applied(p, without)).entries.find((e) => e.code === -2600)!;
    expect([resolvedEntry.category, resolvedEntry.className]).toEqual(['meta', 'NebulaGraphMemoryExceededError']);
    // Inserted in catalog order, between -2090 and -3001.
    const codes = applied(p, without).entries.map((e) => e.code);
    expect(codes.indexOf(-2600)).toBe(codes.indexOf(-2090) + 1);
  });

  it('a code the seed lists keeps the seed words as its message; upstream wording goes to the note', () => {
    const stale = structuredClone(data);
    const entry = stale.entries.find((e) => e.code === -2029)!;
    entry.messages.en = 'Lack of valid drainers';
    entry.note = undefined;
    const p = plan(upstream, stale);
    const after = applied(p, stale).entries.find((e) => e.code === -2029)!;
    // Seed 001: -2029 "Lack of valid drainer"; common.thrift: "Lack of valid drainers".
    expect(after.messages.en).toBe('Lack of valid drainer');
    expect(after.note).toContain('"Lack of valid drainers"');
  });

  it('where the seed docs are demonstrably wrong, the message follows upstream and docText keeps the seed', () => {
    const stale = structuredClone(data);
    const entry = stale.entries.find((e) => e.code === -1008)!;
    entry.messages.en = entry.docText!.en!;
    delete entry.docText;
    const after = applied(plan(upstream, stale), stale).entries.find((e) => e.code === -1008)!;
    expect(after.messages.en).toBe('Wrong permission');
    expect(after.docText?.en).toBe('Wrong license');
  });

  it('a changed upstream message of a code no docs list is applied', () => {
    const stale = structuredClone(data);
    const listed = new Set(upstream.editions.flatMap((e) => e.rows.map((r) => r.code)));
    const fromUpstream = upstream.codes.find((u) => u.message.en !== undefined && !listed.has(u.code))!;
    const undocumented = stale.entries.find((e) => e.code === fromUpstream.code)!;
    const wanted = fromUpstream.message.en;
    undocumented.messages.en = 'stale words';
    const after = applied(plan(upstream, stale), stale).entries.find((e) => e.code === undocumented.code)!;
    expect(after.messages.en).toBe(wanted);
  });

  it('a code upstream no longer has, or names otherwise, is reported and not applied', () => {
    const drifted = structuredClone(data);
    drifted.entries.find((e) => e.code === -2013)!.symbol = 'E_SCHEMA_NAME_EXISTS_OLD';
    drifted.entries.push({ ...structuredClone(drifted.entries.find((e) => e.code === -2090)!), code: -2099, symbol: 'E_GONE', className: 'NebulaGoneError' });
    const p = plan(upstream, drifted);
    expect(p.decisions.map((d) => [d.code, d.kind])).toEqual([
      [-2013, 'renamed upstream'],
      [-2099, 'removed upstream'],
    ]);
    const after = applied(p, drifted);
    expect(after.entries.find((e) => e.code === -2099)?.symbol).toBe('E_GONE');
    expect(after.entries.find((e) => e.code === -2013)?.symbol).toBe('E_SCHEMA_NAME_EXISTS_OLD');
  });

  it('a symbol the data has at another number is a renumbering, left for a human', () => {
    const moved = structuredClone(data);
    const entry = moved.entries.find((e) => e.code === -2054)!;
    entry.code = -2052;
    moved.entries = moved.entries.filter((e) => e === entry || e.code !== -2052);
    const p = plan(upstream, moved);
    expect(p.decisions.map((d) => [d.code, d.kind])).toContainEqual([-2054, 'renumbered upstream']);
    expect(p.changes.some((c) => c.kind === 'new code')).toBe(false);
  });
});

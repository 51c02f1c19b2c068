import { describe, expect, it } from 'vitest';
import { importNebula, parseDocsTable, parseThriftErrorCodes } from './nebula.js';
import { readSeed, readVendored } from './vendored.js';

describe('the NebulaGraph parsers read the vendored files as upstream counts them', () => {
  const thrift = parseThriftErrorCodes(readVendored('nebula', 'common.thrift').text);

  it('common.thrift: 196 members, 33 of them [only ent], the mark kept off the message', () => {
    // Counts from the upstream notes: v3.4.0 to master have 196 members, 33 marked [only ent].
    expect(thrift).toHaveLength(196);
    expect(thrift.filter((m) => m.onlyEnt)).toHaveLength(33);
    expect(thrift.find((m) => m.code === -21)).toEqual({ symbol: 'E_DRAINER_NOT_FOUND', code: -21, comment: 'Drainer does not exist', onlyEnt: true });
    expect(thrift.find((m) => m.code === -2054)?.symbol).toBe('E_JOB_NOT_STOPPABLE');
    expect(thrift.find((m) => m.code === -34)).toMatchObject({ comment: '', onlyEnt: true });
    expect(thrift.find((m) => m.code === -3072)?.comment).toBe('');
  });

  it('the seed docs: 158 live rows per language, the commented-out block left out', () => {
    const en = parseDocsTable(readSeed('nebula', 'docs-en.md'));
    expect(en).toHaveLength(158);
    expect(en.find((r) => r.code === -1004)).toEqual({ symbol: undefined, code: -1004, text: 'Syntax error' });
    expect(en.some((r) => r.code === -14)).toBe(false);
    expect(parseDocsTable(readSeed('nebula', 'docs-zh.md'))).toHaveLength(158);
  });

  it('the newest docs: 167 rows with the error name', () => {
    const en = parseDocsTable(readVendored('nebula', 'nebula-docs-error-code.en.md').text);
    expect(en).toHaveLength(167);
    expect(en.find((r) => r.code === -1008)).toEqual({ symbol: 'E_BAD_PERMISSION', code: -1008, text: 'Permission denied' });
  });

  it('maps the v3.3-numbered rows of the newest docs by name, not by number', () => {
    const newest = importNebula().editions[1]!;
    const schema = newest.rows.find((r) => r.text.en === 'Schema name already exists');
    expect(schema?.code).toBe(-2014);
    // -5005's Chinese row is labelled E_POOL_NOT_FOUND (-5004); the English row's name decides.
    expect(newest.rows.find((r) => r.code === -5005)?.text.zh).toBe('写缓存失败');
    expect(newest.rows.some((r) => r.code === -2013)).toBe(false);
  });
});

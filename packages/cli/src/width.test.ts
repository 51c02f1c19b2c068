import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../test/columns.js';
import { FORBIDDEN_IN_LINE, hostile, unsafe } from '../test/hostile.js';
import { clean } from './text.js';
import { fit, pad, width, wrap } from './width.js';

describe('width', () => {
  it('counts Chinese as two columns a character, accents as none', () => {
    expect(width('磁盘不存在')).toBe(10);
    expect(width('查看IAM、VPC')).toBe(columnsOf('查看IAM、VPC'));
    expect(width('e\u0301')).toBe(1);
  });

  it('fit cuts to the columns with an ellipsis, never inside a wide character', () => {
    expect(fit('磁盘不存在', 5)).toBe('磁盘…');
    expect(fit('磁盘不存在', 10)).toBe('磁盘不存在');
    expect(fit('abcdef', 4)).toBe('abc…');
    expect(columnsOf(fit('图引擎底层服务不可用', 7))).toBeLessThanOrEqual(7);
  });

  it('pad fills to the columns, counting wide characters', () => {
    expect(pad('说明', 6)).toBe('说明  ');
    expect(pad('Message', 6)).toBe('Message');
  });

  it('wrap keeps English words whole and breaks Chinese anywhere, within the columns', () => {
    const en = wrap('Check whether IaaS-layer components such as IAM, VPC, ECS and OBS are faulty.', 30);
    expect(en.every((line) => columnsOf(line) <= 30)).toBe(true);
    expect(en.join(' ')).toBe('Check whether IaaS-layer components such as IAM, VPC, ECS and OBS are faulty.');
    const zh = wrap('查看IAM、VPC、ECS、OBS等IAAS层组件是否有故障。', 20);
    expect(zh.every((line) => columnsOf(line) <= 20)).toBe(true);
    expect(zh.join('')).toBe('查看IAM、VPC、ECS、OBS等IAAS层组件是否有故障。');
  });

  it('wrap never starts a line with closing Chinese punctuation', () => {
    // 45 columns puts the final 。 alone on a line unless it takes the character before it.
    const lines = wrap('查看IAM、VPC、ECS、OBS等IAAS层组件是否有故障。', 45);
    expect(lines.some((line) => line.startsWith('。'))).toBe(false);
    expect(lines.join('')).toBe('查看IAM、VPC、ECS、OBS等IAAS层组件是否有故障。');
  });

  it('property: wrapped and fitted clean text stays within the columns and well formed', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 4, max: 120 }), (text, columns) => {
        const safe = clean(text);
        for (const line of wrap(safe, columns)) {
          expect(width(line)).toBeLessThanOrEqual(columns);
          expect(unsafe(line, FORBIDDEN_IN_LINE)).toBeUndefined();
        }
        const cut = fit(safe, columns);
        expect(width(cut)).toBeLessThanOrEqual(columns);
        expect(unsafe(cut, FORBIDDEN_IN_LINE)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

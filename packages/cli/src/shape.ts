// What each system's codes look like, from its own code format: the shape guesses the system
// when the user gives none, and says what a system's codes look like when a query is not one.
import type { SystemInfo } from './systems.js';

/** A code normalized for one system, or undefined if the text is not one of its codes. */
export function codeFor(system: SystemInfo, text: string): number | string | undefined {
  // U+2212 is the minus sign of typeset docs; people paste it.
  return system.codeFormat.normalize(text.trim().replace(/^\u2212/, '-'));
}

/** Whether a code has the shape of a system's codes (a code in its catalog always counts too). */
export function hasShape(system: SystemInfo, code: number | string): boolean {
  return system.codeFormat.fits(code);
}

const EN_COUNT = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ZH_COUNT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** How a system's codes look, for messages that say a code is not one: 'six digits, like 400301'. */
export function shapeText(system: SystemInfo): { en: string; zh: string } {
  const spec = system.codeFormat.spec;
  const example = String(system.example);
  if (spec.kind === 'prefixed') return { en: `${spec.prefix}N, like ${example}`, zh: `${spec.prefix}N 形式，如 ${example}` };
  const { min, max } = spec;
  if (max !== undefined && max <= 0 && (min === undefined || min < 0)) return { en: `negative numbers, like ${example}`, zh: `负数，如 ${example}` };
  if (min !== undefined && max !== undefined) {
    const digits = String(max).length;
    if (min > 0 && min === 10 ** (digits - 1) && max === 10 ** digits - 1 && digits < EN_COUNT.length) {
      return { en: `${EN_COUNT[digits]} digits, like ${example}`, zh: `${ZH_COUNT[digits]}位数字，如 ${example}` };
    }
    return { en: `numbers from ${min} to ${max}, like ${example}`, zh: `${min} 到 ${max} 之间的数字，如 ${example}` };
  }
  return { en: `integers, like ${example}`, zh: `整数，如 ${example}` };
}

/** A category's range as the system writes its codes: 'GES.7000…GES.7999', '-1999…-1000'. */
export function rangeText(system: SystemInfo, low: number, high: number): string {
  const spec = system.codeFormat.spec;
  if (spec.kind === 'prefixed') return `${spec.prefix}${String(low).padStart(spec.digits, '0')}…${spec.prefix}${String(high).padStart(spec.digits, '0')}`;
  return `${low}…${high}`;
}

// What each system's codes look like: NebulaGraph negative integers, GES `GES.N`, Polaris six
// digits, blobstore three digits. The shape guesses the system when the user gives none.
import type { SystemInfo } from './systems.js';

type SystemId = SystemInfo['id'];

/** A code normalized for one system (integer, or 'GES.N'), or undefined if the text is not one. */
export function codeFor(system: SystemId, text: string): number | string | undefined {
  const trimmed = text.trim();
  if (system === 'ges') {
    const match = /^ges\.(\d{1,8})$/i.exec(trimmed);
    // The catalog writes four digits (GES.0001); people type GES.1 too.
    return match ? `GES.${(match[1] as string).padStart(4, '0')}` : undefined;
  }
  // U+2212 is the minus sign of typeset docs; people paste it.
  const match = /^([+\-\u2212]?)(\d{1,9})$/.exec(trimmed);
  if (!match) return undefined;
  const value = Number(match[2]);
  return match[1] === '' || match[1] === '+' ? value : -value;
}

/** Whether a code has the shape of a system's codes (a code in its catalog always counts too). */
export function hasShape(system: SystemId, code: number | string): boolean {
  if (typeof code === 'string') return system === 'ges';
  switch (system) {
    case 'nebula':
      return code < 0;
    case 'polaris':
      return code >= 100000 && code <= 999999;
    case 'blobstore':
      return code >= 100 && code <= 999;
    default:
      return false;
  }
}

/** How a system's codes look, for messages that say a code is not one. */
export const shapeText: Record<SystemId, { en: string; zh: string }> = {
  nebula: { en: 'negative numbers, like -1004', zh: '负数，如 -1004' },
  ges: { en: 'GES.N, like GES.7005', zh: 'GES.N 形式，如 GES.7005' },
  polaris: { en: 'six digits, like 400301', zh: '六位数字，如 400301' },
  blobstore: { en: 'three digits, like 611', zh: '三位数字，如 611' },
};

// Terminal columns as UAX #11 gives them for the characters the catalogs use, written apart
// from the code under test: CJK ideographs, CJK and fullwidth punctuation take two columns,
// combining accents none, everything else one.
export function columnsOf(text: string): number {
  let n = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x0300 && cp <= 0x036f) continue;
    const wide = (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);
    n += wide ? 2 : 1;
  }
  return n;
}

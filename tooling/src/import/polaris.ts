// Polaris: names and numbers from code.proto (polarismesh/specification), English from
// codeinfo.go's code2info and the i18n en.toml, Chinese from zh.toml and the docs table (seed).
import type { DocsEdition, OtherText, SystemImport, UpstreamCode } from './model.js';
import { sameWording } from './text.js';
import { readSeed, readVendored } from './vendored.js';

/** `Name = 400301;` members of `enum Code` in code.proto, in file order. */
export function parseProtoCodes(proto: string): { symbol: string; code: number }[] {
  const start = proto.indexOf('enum Code {');
  if (start < 0) throw new Error('code.proto has no enum Code');
  const body = proto.slice(start, proto.indexOf('}', start));
  return [...body.matchAll(/^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(\d+)\s*;+/gm)].map((m) => ({ symbol: m[1]!, code: Number(m[2]) }));
}

/**
 * code2info of codeinfo.go, keyed by the spec name: its keys are the server's aliases
 * (`AuthTokenVerifyException = uint32(apimodel.Code_AuthTokenForbidden)`), its values Go
 * strings, some joined with `+` over two lines.
 */
export function parseCode2Info(go: string): Map<string, string> {
  const alias = new Map([...go.matchAll(/^\s*(\w+)\s*=\s*uint32\(apimodel\.Code_(\w+)\)/gm)].map((m) => [m[1]!, m[2]!]));
  const start = go.indexOf('var code2info = map[uint32]string{');
  if (start < 0) throw new Error('codeinfo.go has no code2info');
  const body = go.slice(start, go.indexOf('\n}', start));
  const info = new Map<string, string>();
  for (const m of body.matchAll(/^\s*(\w+):\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+),/gm)) {
    const text = [...m[2]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((s) => JSON.parse(`"${s[1]}"`) as string).join('');
    const name = alias.get(m[1]!);
    if (name === undefined) throw new Error(`codeinfo.go: ${m[1]} is not an alias of a spec code`);
    info.set(name, text);
  }
  return info;
}

/** `400301 = "text" #Name` lines of an i18n toml; empty strings are left out. */
export function parseI18nToml(toml: string): Map<number, string> {
  const rows = new Map<number, string>();
  for (const m of toml.matchAll(/^(\d+)\s*=\s*"((?:[^"\\]|\\.)*)"/gm)) {
    const text = JSON.parse(`"${m[2]}"`) as string;
    if (text !== '') rows.set(Number(m[1]), text);
  }
  return rows;
}

/** code -> 描述 of the docs table (`| 400301 | 服务未找到 |`). */
export function parsePolarisDocs(markdown: string): Map<number, string> {
  return new Map([...markdown.matchAll(/^\|\s*(\d{6})\s*\|(.*)\|\s*$/gm)].map((m) => [Number(m[1]), m[2]!.trim()]));
}

export function importPolaris(): SystemImport {
  const protoFile = readVendored('polaris', 'code.proto');
  const infoFile = readVendored('polaris', 'codeinfo.go');
  const enFile = readVendored('polaris', 'en.toml');
  const zhFile = readVendored('polaris', 'zh.toml');
  const code2info = parseCode2Info(infoFile.text);
  const enToml = parseI18nToml(enFile.text);
  const zhToml = parseI18nToml(zhFile.text);
  const otherTexts: OtherText[] = [];

  const codes: UpstreamCode[] = parseProtoCodes(protoFile.text).map(({ symbol, code }) => {
    const info = code2info.get(symbol);
    const en = info ?? enToml.get(code);
    const zh = zhToml.get(code);
    const toml = enToml.get(code);
    // The HTTP body's info is re-translated through en.toml by default: its English must be known too.
    if (info !== undefined && toml !== undefined && !sameWording(info, toml)) {
      otherTexts.push({ code, lang: 'en', text: toml, source: enFile.tag, label: 'en.toml, the English the HTTP body carries by default (code2info is the gRPC and X-Polaris-Message text)' });
    }
    return {
      code,
      symbol,
      message: { ...(en ? { en } : {}), ...(zh ? { zh } : {}) },
      sources: [
        protoFile.tag,
        ...(info !== undefined ? [infoFile.tag] : []),
        ...(toml !== undefined ? [enFile.tag] : []),
        ...(zh !== undefined ? [zhFile.tag] : []),
      ],
    };
  });

  const docs = parsePolarisDocs(readSeed('polaris', 'docs-zh.md'));
  const seed: DocsEdition = { source: 'docs-zh', label: 'seed docs', seed: true, rows: [...docs].map(([code, zh]) => ({ code, text: { zh } })) };
  return {
    system: 'polaris',
    managedSources: [protoFile.tag, infoFile.tag, enFile.tag, zhFile.tag, 'docs-zh'],
    codes,
    editions: [seed],
    otherTexts,
    remarks: [],
  };
}

// What the READMEs quote must hold today. Catalog facts are checked against the data files (the
// single source of truth the generator reads), bare-status and bound statements against the
// functions users call, speed and size figures against the latest measured tables in
// tooling/README.md, and the bench knobs, exit codes and options against the code that defines
// them. A sentence a check looks for must be there: rewording a claim means rewording its check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type ResponseOptions, isRetryableStatus, isThrottlingStatus } from '@errs/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ResolvedEntry, resolve } from '../catalog/derive.js';
import { loadAllDataFiles, repoRoot } from '../catalog/load.js';
import { num, readme, readmes, row, tableStarting } from './readmes.js';

// The data files with what their rules derive (category, HTTP status, class name), as the catalogs have them.
type Entry = ResolvedEntry;
const resolved = loadAllDataFiles().map((d) => resolve(d.data));
const systems = new Map<string, Entry[]>(resolved.map((d) => [d.system, [...d.entries]]));
const entries = (system: string): Entry[] => {
  const found = systems.get(system);
  if (!found) throw new Error(`no data file for ${system}`);
  return found;
};
const classes = (system: string): number => entries(system).filter((e) => e.className !== undefined).length;
const source = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');

/** The first match of `pattern` in `text`; fails the test when the sentence is gone. */
function quote(text: string, pattern: RegExp, where: string): RegExpExecArray {
  const match = pattern.exec(text.replace(/\s+/g, ' '));
  if (!match) throw new Error(`${where} no longer says ${pattern}: reword the check with the claim`);
  return match;
}

const decimals = (quoted: string): number => (quoted.split('.')[1] ?? '').length;
const rounded = (value: number, places: number): number => Number(value.toFixed(places));

/** A quoted "lo–hi" is the smallest and largest measured value at the quoted precision. */
function expectRange(quotedLo: string, quotedHi: string, values: number[]): void {
  const places = Math.max(decimals(quotedLo), decimals(quotedHi));
  expect([Number(quotedLo), Number(quotedHi)]).toEqual([rounded(Math.min(...values), places), rounded(Math.max(...values), places)]);
}

/** A quoted "about x" is every measured value within 7.5% of x (1.43× and 1.46× are about 1.45×). */
function expectAbout(quoted: string, values: number[]): void {
  for (const value of values) expect(Math.abs(value / Number(quoted) - 1), `${value} is about ${quoted}`).toBeLessThanOrEqual(0.075);
}

const root = readme('README.md').prose;
const tooling = readme('tooling/README.md').prose;

describe('catalog facts', () => {
  it('the root README names four systems, and there are four data files', () => {
    quote(root, /the error codes of four real systems/, 'README.md');
    expect(systems.size).toBe(4);
  });

  it.each(readmes().filter((r) => /(\d+) codes, (\d+) of them in the public docs/.test(r.text)).map((r) => [r.path, r] as const))(
    '%s: the code count and the documented count',
    (path, doc) => {
      const [, total, documented] = /(\d+) codes, (\d+) of them in the public docs/.exec(doc.text)!;
      const system = path.split('/')[1]!;
      expect(Number(total)).toBe(entries(system).length);
      expect(Number(documented)).toBe(entries(system).filter((e) => e.documented).length);
    },
  );

  it('every code has English text; every code the docs list has Chinese text', () => {
    for (const doc of ['packages/nebula/README.md', 'packages/blobstore/README.md']) {
      quote(readme(doc).prose, /every code with its English text, and its Chinese text where the docs give one/, doc);
    }
    for (const [system, list] of systems) {
      expect(list.filter((e) => !e.messages.en).map((e) => e.code), system).toEqual([]);
      expect(list.filter((e) => e.documented && !e.messages.zh).map((e) => e.code), system).toEqual([]);
    }
  });

  it('every code marked retryable has its reason', () => {
    quote(root, /with the upstream evidence for every code marked retryable/, 'README.md');
    quote(root, /a reason for every code marked retryable/, 'README.md');
    quote(readme('packages/core/README.md').prose, /a retryable code's reason and upstream evidence are in `catalog\[i\]\.retryableWhy`/, 'packages/core/README.md');
    for (const [system, list] of systems) expect(list.filter((e) => e.retryable && !e.retryableWhy).map((e) => e.code), system).toEqual([]);
  });

  it('the root README: which systems have HTTP statuses and which have remedies', () => {
    const names = (list: string) => list.split(/,|\band\b/).map((s) => s.trim().toLowerCase()).filter(Boolean).sort();
    const having = (field: 'httpStatus' | 'remedy') => [...systems].filter(([, e]) => e.some((x) => x[field] !== undefined)).map(([id]) => id).sort();
    expect(names(quote(root, /HTTP statuses where the system has them \(([^)]+)\)/, 'README.md')[1]!)).toEqual(having('httpStatus'));
    expect(names(quote(root, /remedies where the docs give them \(([^)]+)\)/, 'README.md')[1]!)).toEqual(having('remedy'));
  });

  it('GES: every documented code has HTTP 400 but the one the README names', () => {
    const [, code, status] = quote(readme('packages/ges/README.md').prose, /documented with HTTP 400 except `(GES\.\d{4})` \((\d{3})\)/, 'packages/ges/README.md');
    const odd = entries('ges').filter((e) => e.documented && e.httpStatus !== 400);
    expect(odd.map((e) => [e.code, e.httpStatus])).toEqual([[code, Number(status)]]);
  });

  it('GES: the retryable codes the README lists are the retryable codes', () => {
    const sentence = quote(readme('packages/ges/README.md').prose, /Retryable codes are the ones the docs say to retry: (.*?)\.(?: |$)/, 'packages/ges/README.md')[1]!;
    const listed = [...sentence.matchAll(/GES\.\d{4}/g)].map((m) => m[0]).sort();
    expect(listed).toEqual(entries('ges').filter((e) => e.retryable).map((e) => e.code).sort());
  });

  it('Polaris: the HTTP status is the first three digits, except 0 which has none', () => {
    quote(readme('packages/polaris/README.md').prose, /The HTTP status of every code is the code's first three digits \(`400301` is 400\), except `0` \(`Unknown`\), which has none/, 'packages/polaris/README.md');
    for (const e of entries('polaris')) {
      expect(e.httpStatus, String(e.code)).toBe(e.code === 0 ? undefined : Math.floor(Number(e.code) / 1000));
    }
  });

  it("Polaris: the catch example's comment names the retryable and the throttling codes", () => {
    quote(readme('packages/polaris/README.md').prose, /\/\/ 429xxx and 403003 \(throttling\), 500xxx but rule parsing/, 'packages/polaris/README.md');
    const polaris = entries('polaris');
    const expected = polaris.filter((e) => {
      const code = Number(e.code);
      return code === 403003 || Math.floor(code / 1000) === 429 || (Math.floor(code / 1000) === 500 && !(e.symbol ?? '').startsWith('Parse'));
    });
    expect(polaris.filter((e) => e.retryable).map((e) => e.code)).toEqual(expected.map((e) => e.code));
    expect(polaris.filter((e) => e.throttling).map((e) => e.code)).toEqual(polaris.filter((e) => e.code === 403003 || Math.floor(Number(e.code) / 1000) === 429).map((e) => e.code));
  });

  it('NebulaGraph: four codes only the enterprise Java client knows; docText on the three named codes', () => {
    const prose = readme('packages/nebula/README.md').prose;
    quote(prose, /and four that only the enterprise Java client knows/, 'packages/nebula/README.md');
    const javaOnly = entries('nebula').filter((e) => (e.sources ?? []).every((s: string) => s.includes('nebula-java')));
    expect(javaOnly).toHaveLength(4);
    const wrong = quote(prose, /Where the docs text is wrong for the code upstream \(([^)]+)\)/, 'packages/nebula/README.md')[1]!;
    const worded = quote(prose, /newest docs edition words a code otherwise \(([^)]+)\)/, 'packages/nebula/README.md')[1]!;
    const codesIn = (text: string) => [...text.matchAll(/-\d+/g)].map((m) => Number(m[0]));
    expect([...codesIn(wrong), ...codesIn(worded)].sort()).toEqual(
      entries('nebula').filter((e) => e.docText !== undefined).map((e) => Number(e.code)).sort(),
    );
    // Only the codes whose docs are wrong follow upstream over the seed's words.
    for (const code of codesIn(wrong)) expect(entries('nebula').find((e) => e.code === code)?.documented).toBe(true);
  });

  it('tooling: the class counts quoted for the largest catalogs and the type-cost rows', () => {
    const [, nebula, polaris] = quote(tooling, /nebula (\d+) classes, polaris (\d+)\)/, 'tooling/README.md');
    expect([Number(nebula), Number(polaris)]).toEqual([classes('nebula'), classes('polaris')]);
    const costs = tableStarting(tooling, 'project');
    for (const system of systems.keys()) {
      const cells = row(costs, `@errs/${system}:`);
      expect(num(/(\d+) classes/.exec(cells[0]!)![1]), system).toBe(classes(system));
      // "About 7 instantiations per class"
      expect(Math.round(num(cells[3]) / classes(system)), system).toBe(Number(quote(tooling, /About (\d+) instantiations per code/, 'tooling/README.md')[1]));
    }
  });
});

describe('categories, classes and wire facts the package READMEs state', () => {
  const data = new Map(resolved.map((d) => [d.system, d]));
  const categoryOf = (system: string, className: string) => {
    const found = data.get(system)!.categories.find((c) => c.className === className);
    if (!found) throw new Error(`${system} has no category class ${className}`);
    return found;
  };
  const rangeOf = (system: string, className: string) => [...(categoryOf(system, className).range as number[])].sort((a, b) => a - b);
  const prose = (system: string) => readme(`packages/${system}/README.md`).prose.replace(/\s+/g, ' ');

  it('NebulaGraph: the category classes and the ranges they are named for', () => {
    const named = [...prose('nebula').matchAll(/`(Nebula\w+Error)` for `-(\d+)(x+)`/g)];
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const [, className, prefix, xs] of named) {
      const size = 10 ** xs!.length;
      expect(rangeOf('nebula', className!), className).toEqual([-(Number(prefix) * size + size - 1), -(Number(prefix) * size)]);
    }
  });

  it('GES: the category classes and their GES.Nxxx ranges', () => {
    const named = [...prose('ges').matchAll(/`(Ges\w+Error)` for (?:the service-plane )?`GES\.(\d)xxx`/g)];
    expect(named).toHaveLength(3);
    for (const [, className, digit] of named) expect(rangeOf('ges', className!), className).toEqual([Number(digit) * 1000, Number(digit) * 1000 + 999]);
  });

  it('Polaris: the category classes and their code classes', () => {
    const named = [...prose('polaris').matchAll(/`(Polaris\w+Error)` (\d{3})xxx/g)];
    expect(named).toHaveLength(data.get('polaris')!.categories.length);
    for (const [, className, head] of named) expect(rangeOf('polaris', className!), className).toEqual([Number(head) * 1000, Number(head) * 1000 + 999]);
  });

  it('blobstore: the category classes and service ranges', () => {
    const text = prose('blobstore');
    const named = [...text.matchAll(/`(Blobstore\w+Error)` for (\d+)–(\d+)/g)];
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const [, className, lo, hi] of named) expect(rangeOf('blobstore', className!), className).toEqual([Number(lo), Number(hi)]);
    const range = (name: string) => [...(data.get('blobstore')!.categories.find((c) => c.name === name)!.range as number[])];
    const [, plo, phi, slo, shi] = quote(text, /Proxy owns (\d+)–(\d+) \(the docs say \d+–\d+, but shardnode took (\d+)–(\d+)\)/, 'packages/blobstore/README.md');
    expect(range('proxy')).toEqual([Number(plo), Number(phi)]);
    expect(range('shardnode')).toEqual([Number(slo), Number(shi)]);
    const [, alo, ahi] = quote(text, /access service's 4xx codes sit outside its (\d+)–(\d+) range/, 'packages/blobstore/README.md');
    expect(range('access')).toEqual([Number(alo), Number(ahi)]);
  });

  it('blobstore: the generic errors, which of them are retryable, and the renumbered codes', () => {
    const text = prose('blobstore');
    const generic = data.get('blobstore')!.generic as Array<{ status: number; retryable: boolean }>;
    const [, others] = quote(text, /The other generic errors \(([^)]*?), and 201 `Data Already Exist`\)/, 'packages/blobstore/README.md');
    const quoted = [...others!.matchAll(/\d{3}/g)].map((m) => Number(m[0]));
    expect([...new Set(generic.map((g) => g.status))].filter((st) => st !== 400 && st !== 404 && st !== 201).sort()).toEqual(quoted.sort());
    const [, r1, r2] = quote(text, /are read the same way; (\d{3}) and (\d{3}) are retryable/, 'packages/blobstore/README.md');
    expect(generic.filter((g) => g.retryable).map((g) => g.status)).toEqual([Number(r1), Number(r2)]);
    const [, old1, old2, new1, new2] = quote(text, /send (\d{3}) and (\d{3}); they map to the classes of today's (\d{3}) and (\d{3})/, 'packages/blobstore/README.md');
    const byCode = (code: number) => entries('blobstore').find((e) => e.code === code)!;
    expect([byCode(Number(old1)).replacedBy, byCode(Number(old2)).replacedBy]).toEqual([Number(new1), Number(new2)]);
    expect([byCode(Number(old1)).className, byCode(Number(old2)).className]).toEqual([byCode(Number(new1)).className, byCode(Number(new2)).className]);
  });

  it('GES: GES.7004 and GES.7051 share the same text, as two classes', () => {
    quote(prose('ges'), /`GES\.7004` and `GES\.7051` share the same text but are two codes and two classes/, 'packages/ges/README.md');
    const [a, b] = ['GES.7004', 'GES.7051'].map((code) => entries('ges').find((e) => e.code === code)!);
    expect(a!.messages).toEqual(b!.messages);
    expect(a!.className).not.toBe(b!.className);
  });

  it("core: an error's own fields in the order the README gives, and toJSON's keys", async () => {
    const { fromCode, fromError } = await import('@errs/polaris');
    const core = readme('packages/core/README.md').prose.replace(/\s+/g, ' ');
    const [, first, then] = quote(core, /shows its facts as own, enumerable fields: (.*?), then (.*?) when they are known/, 'packages/core/README.md');
    const names = (list: string) => [...list.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    const full = fromCode(429001, { requestId: 'r-1', details: { zone: 'a' }, cause: new Error('upstream') });
    const transport = fromError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
    expect(Object.keys(full).filter((k) => k !== 'cause')).toEqual([...names(first!), ...names(then!)].filter((k) => k !== 'transport'));
    expect(Object.keys(transport)).toContain('transport');
    const [, listed] = quote(core, /`toJSON\(\)` gives `\{ ([^}]+) \}`/, 'packages/core/README.md');
    const keys = new Set([...Object.keys(full.toJSON()), ...Object.keys(transport.toJSON())]);
    expect([...keys].sort()).toEqual(listed!.split(/,\s*/).sort());
  });
});

describe('retry and bounds statements', () => {
  const retryable = Array.from({ length: 500 }, (_, i) => i + 100).filter((s) => isRetryableStatus(s));

  it.each(readmes().map((r) => [r.path, r] as const))('%s: every list of retryable bare statuses is the real one', (_path, doc) => {
    const lists = [...doc.prose.replace(/\s+/g, ' ').matchAll(/retryable for ((?:\d{3}, )+\d{3} and \d{3})/g)];
    for (const [, list] of lists) expect([...list!.matchAll(/\d{3}/g)].map((m) => Number(m[0]))).toEqual(retryable);
    if (lists.length > 0) expect(Array.from({ length: 500 }, (_, i) => i + 100).filter((s) => isThrottlingStatus(s))).toEqual([429]);
  });

  it('the read bound options the READMEs name are the options fromResponse takes', () => {
    expectTypeOf<ResponseOptions>().toHaveProperty('maxBytes');
    expectTypeOf<ResponseOptions>().toHaveProperty('timeoutMs');
    let quoted = 0;
    for (const doc of readmes()) {
      for (const [, names] of doc.prose.matchAll(/fromResponse\([a-z]+, \{ ([a-zA-Z, ]+) \}\)/g)) {
        for (const name of names!.split(/,\s*/)) expect(['maxBytes', 'timeoutMs', 'locale'], `${doc.path}: ${name}`).toContain(name);
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThanOrEqual(4);
  });

  it('the read bounds the READMEs quote are the defaults', () => {
    expect(DEFAULT_MAX_BYTES).toBe(8 * 1024 * 1024);
    expect(DEFAULT_TIMEOUT_MS).toBe(5000);
    for (const doc of readmes()) {
      const prose = doc.prose.replace(/\s+/g, ' ');
      for (const [, mib] of prose.matchAll(/(\d+) MiB/g)) expect(Number(mib) * 1024 * 1024, doc.path).toBe(DEFAULT_MAX_BYTES);
      for (const [, seconds] of prose.matchAll(/a stream body, (\d+) s\b/g)) expect(Number(seconds) * 1000, doc.path).toBe(DEFAULT_TIMEOUT_MS);
    }
    quote(readme('packages/core/README.md').prose, /default 8 MiB, `DEFAULT_MAX_BYTES`/, 'packages/core/README.md');
    const [, ms] = quote(readme('packages/core/README.md').prose, /\(default (\d+) ms, `DEFAULT_TIMEOUT_MS`\)/, 'packages/core/README.md');
    expect(Number(ms)).toBe(DEFAULT_TIMEOUT_MS);
  });
});

describe('speed and size figures: the root README against the tables in tooling/README.md', () => {
  const speed = tableStarting(tooling, 'operation');
  const checks = tableStarting(tooling, 'check (one value of the array)');
  const sizes = tableStarting(tooling, 'bundle');
  const ratios = (label: string) => [num(row(speed, label)[2]), num(row(speed, label)[5])];
  const alone = (label: string) => num(row(checks, label)[5]);
  const gzip = (label: string) => num(row(sizes, label)[2]);
  const kb = (bytes: number) => bytes / 1000;

  it('fromCode against new Error, and the peer libraries', () => {
    expectAbout(quote(root, /`fromCode` costs about (\d+\.\d+)× a bare `new Error\(message\)`/, 'README.md')[1]!, ratios('errs: fromCode'));
    const [, lo, hi] = quote(root, /http-errors' `createError` (\d+(?:\.\d+)?)–(\d+(?:\.\d+)?)×/, 'README.md');
    expectRange(lo!, hi!, ratios('http-errors: createError'));
    const [, mlo, mhi] = quote(root, /modern-errors (\d+(?:\.\d+)?)–(\d+(?:\.\d+)?)×/, 'README.md');
    expectRange(mlo!, mhi!, ratios('modern-errors: new BaseError'));
    const [, depth1, depth2] = quote(root, /at the same stack depth, (\d+) or (\d+) frames/, 'README.md');
    expect(speed.header[1]).toBe(`${depth1} frames: time`);
    expect(speed.header[4]).toBe(`${depth2} frames: time`);
  });

  it('instanceof within one copy and across copies (the check alone)', () => {
    const [, lo, hi, xlo, xhi] = quote(root, /costs (\d+)–(\d+) ns a check within one copy of a package and (\d+)–(\d+) ns across copies/, 'README.md');
    expectRange(lo!, hi!, [alone('errs: instanceof NebulaSyntaxError, same copy'), alone('errs: instanceof CodedError, same copy')]);
    expectRange(xlo!, xhi!, [alone('errs: instanceof NebulaSyntaxError, across copies'), alone('errs: instanceof CodedError, across copies')]);
    const [, guard] = quote(root, /a package's guard \(`isNebulaError`\) reads one flag and costs about (\d+) ns either way/, 'README.md');
    expectAbout(guard!, [alone('errs: isNebulaError(value), same copy'), alone('errs: isNebulaError(value), across copies')]);
  });

  it('bundle sizes', () => {
    const oneClass = sizes.rows.filter((r) => / one class /.test(r[0]!)).map((r) => kb(num(r[2])));
    const guards = sizes.rows.filter((r) => /: is\w+Error alone$/.test(r[0]!)).map((r) => kb(num(r[2])));
    expect(oneClass).toHaveLength(4);
    expect(guards).toHaveLength(4);
    expectAbout(quote(root, /Importing one class adds about (\d+(?:\.\d+)?) KB gzipped/, 'README.md')[1]!, oneClass);
    expectAbout(quote(root, /one type guard alone (\d+\.\d+) KB \(it holds no class\)/, 'README.md')[1]!, guards);
    expectAbout(quote(root, /\(http-errors: (\d+\.\d+) KB\)/, 'README.md')[1]!, [kb(gzip('http-errors'))]);
    expectAbout(quote(root, /`isRetryable` alone (\d+\.\d+) KB/, 'README.md')[1]!, [kb(gzip('@errs/core: isRetryable alone'))]);
    const [, lo, hi] = quote(root, /a whole system package through `fromCode` (\d+)–(\d+) KB/, 'README.md');
    expectRange(lo!, hi!, sizes.rows.filter((r) => /whole catalog via fromCode( \(\d+ codes\))?$/.test(r[0]!)).map((r) => kb(num(r[2]))));
  });
});

describe("tooling/README.md's prose against its own tables and the code", () => {
  const speed = tableStarting(tooling, 'operation');
  const sizes = tableStarting(tooling, 'bundle');
  const cold = tableStarting(tooling, 'package');

  it('the speed ratios it sums up', () => {
    const both = (label: string) => [num(row(speed, label)[2]), num(row(speed, label)[5])];
    expectAbout(quote(tooling, /`fromCode` is about (\d+\.\d+)× `new Error\(message\)` at either depth/, 'tooling/README.md')[1]!, both('errs: fromCode'));
    expectAbout(quote(tooling, /skip it \(about (\d+\.\d+)×\)/, 'tooling/README.md')[1]!, both('errs: new NebulaSyntaxError'));
  });

  it('the sizes it sums up', () => {
    const oneClass = sizes.rows.filter((r) => r[0]!.includes(': one class (')).map((r) => num(r[2]));
    const peer = num(row(sizes, 'http-errors')[2]);
    expectAbout(quote(tooling, /Importing one class costs about (\d+(?:\.\d+)?) KB gzipped, three quarters of http-errors/, 'tooling/README.md')[1]!, oneClass.map((b) => b / 1000));
    expectAbout('0.75', oneClass.map((b) => b / peer));
    expectAbout(quote(tooling, /`isRetryable` alone is (\d+\.\d+) KB/, 'tooling/README.md')[1]!, [num(row(sizes, '@errs/core: isRetryable alone')[2]) / 1000]);
    const guards = sizes.rows.filter((r) => /: is\w+Error alone$/.test(r[0]!)).map((r) => num(r[2]) / 1000);
    expect(guards).toHaveLength(4);
    expectAbout(quote(tooling.replace(/\s+/g, ' '), /A type guard alone \(`isNebulaError`\) is (\d+\.\d+) KB and holds no class at all/, 'tooling/README.md')[1]!, guards);
  });

  it('what a one-class bundle is made of, by source file', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "import { NebulaSyntaxError } from '@errs/nebula'; console.log(NebulaSyntaxError);", resolveDir: repoRoot, loader: 'js' },
      alias: Object.fromEntries(['core', 'nebula'].map((name) => [`@errs/${name}`, join(repoRoot, 'packages', name, 'src', 'index.ts')])),
      bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    const bytesOf = (suffix: string) => Object.entries(output.inputs).filter(([path]) => path.endsWith(suffix)).reduce((sum, [, v]) => sum + v.bytesInOutput, 0);
    const text = tooling.replace(/\s+/g, ' ');
    const [, total] = quote(text, /of `NebulaSyntaxError` from the sources, (\d+\.\d+) KB minified/, 'tooling/README.md');
    expectAbout(total!, [output.bytes / 1000]);
    const files = [...text.matchAll(/\(`([a-z-]+\.ts)`[^)]*\) (\d+\.\d+) KB/g)];
    expect(files.map((m) => m[1])).toEqual(['coded-error.ts', 'serialize.ts', 'identity.ts', 'stack.ts', 'safe.ts']);
    for (const [, file, kbs] of files) expectAbout(kbs!, [bytesOf(`core/src/${file}`) / 1000]);
    const [, chain] = quote(text, /the class chain itself \(system base, category, class\) (\d+\.\d+) KB/, 'tooling/README.md');
    expectAbout(chain!, [(bytesOf('generated/base.ts') + bytesOf('generated/classes.ts')) / 1000]);
  });

  it('the size table: budgets are budgets.json; over or within them as the prose says', () => {
    const budgets = JSON.parse(source('tooling/src/size/budgets.json')) as Record<string, number>;
    const own = sizes.rows.filter((r) => r[3] !== 'peer');
    // Core's bundles have their own budget; the systems share one per kind (the whole catalog: a
    // fixed part plus a part per code).
    const budgetOf = (name: string): number | undefined => {
      if (budgets[name] !== undefined) return budgets[name];
      if (/: one class \(/.test(name)) return budgets['each system: one class'];
      if (/: is\w+Error alone$/.test(name)) return budgets['each system: its guard alone'];
      if (/^@errs\/\w+: isRetryable alone$/.test(name)) return budgets['each system: isRetryable alone'];
      const codes = /whole catalog via fromCode \((\d+) codes\)/.exec(name)?.[1];
      const fixed = budgets['each system: whole catalog via fromCode, fixed'];
      const perCode = budgets['each system: whole catalog via fromCode, per code'];
      return codes === undefined || fixed === undefined || perCode === undefined ? undefined : fixed + perCode * Number(codes);
    };
    for (const [name, , , budget] of own) expect(num(budget), name).toBe(budgetOf(name!));
    const over = own.filter(([, , gz, budget]) => num(gz) > num(budget)).map((r) => r[0]);
    if (/In the run above every bundle is over its budget/.test(tooling.replace(/\s+/g, ' '))) expect(over).toHaveLength(own.length);
    else expect(over).toEqual([]);
  });

  it('the cold-import CPU it sums up for the largest catalogs', () => {
    const [, about] = quote(tooling, /take about (\d+) ms of CPU beyond the loader for `import`/, 'tooling/README.md');
    expectAbout(about!, [num(row(cold, '@errs/nebula')[3]), num(row(cold, '@errs/polaris')[3])]);
  });

  it('the bench knobs and their defaults are the code', () => {
    const run = source('tooling/src/bench/run.ts');
    const knob = (name: string) => Number(new RegExp(`process\\.env\\.${name} \\?\\? (\\d+)`).exec(run)?.[1]);
    for (const [, name, value] of tooling.replace(/\s+/g, ' ').matchAll(/`(BENCH_[A-Z_]+)` \((\d+)\)/g)) {
      expect(knob(name!), name).toBe(Number(value));
    }
    expect(quote(tooling, /over (\d+) rounds/, 'tooling/README.md')[1]).toBe(String(knob('BENCH_ROUNDS')));
    const runs = /COLD_IMPORT_RUNS \?\? (\d+)/.exec(source('tooling/src/bench/cold-import.ts'))?.[1];
    expect(quote(tooling, /Median of (\d+) processes/, 'tooling/README.md')[1]).toBe(runs);
  });
});

describe('the errs command', () => {
  const cli = readme('packages/cli/README.md').prose;
  const run = source('packages/cli/src/run.ts');

  it('the exit code table is the EXIT table of the command', () => {
    const exit = /export const EXIT = (\{[^}]+\})/.exec(run)![1]!;
    const values = [...exit.matchAll(/: (\d+)/g)].map((m) => Number(m[1]));
    expect(tableStarting(cli, 'code').rows.map((r) => Number(r[0]))).toEqual(values);
  });

  it('every option the README names is declared', () => {
    const named = new Set([...cli.matchAll(/(?<![\w-])(--[a-z][a-z-]*)/g)].map((m) => m[1]!));
    // The README's own example of a mistyped option, which the command answers with a suggestion.
    named.delete('--jsn');
    expect(named.size).toBeGreaterThanOrEqual(8);
    for (const option of named) expect(run, option).toMatch(new RegExp(`['\\s,]${option}[\\s'<,]`));
    for (const short of ['-h', '-v']) expect(cli).toContain(short);
  });
});

// Every TypeScript snippet of every installed package's README (as packed), and every option bag
// filled with values that may be missing (fixtures/exact/<package>.ts), type-checked the way the
// strictest users compile: `strict`, `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`, and
// the packages' own declaration files checked too (`skipLibCheck: false`). Each snippet is its own
// module: its imports, then what it takes as given (fixtures/readme/<package>.ts, with the types an
// application has, such as a request id that may be missing), then its body in a function.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { node, tsc } from './install.js';


/**
 * The ```ts blocks of a Markdown text, except those a `<!-- recipe: ... -->` line introduces: they
 * are whole modules copied from a recipe (tooling/src/recipes), which tooling's own type check and
 * tests already hold, with its dependencies (pino, p-retry, Node's modules).
 */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(<!-- recipe: [^\n]*-->\n)?```(?:ts|typescript)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === undefined).map((m) => m[2]!);
}

/** A snippet as a module: import statements first, the rest inside an async function. */
export function snippetModule(snippet: string, given: string): string {
  const lines = snippet.split('\n');
  const imports: string[] = [];
  let i = 0;
  // Leading imports, each until its `;` (an import may span lines), and the blank lines between.
  for (let open = false; i < lines.length; i++) {
    const line = lines[i]!;
    const starts = /^import\s/.test(line);
    if (!open && !starts && line.trim() !== '') break;
    imports.push(line);
    if (starts || open) open = !/;\s*$/.test(line);
  }
  const body = lines.slice(i).map((line) => (line === '' ? line : `  ${line}`));
  return [...imports, '', given, '', 'export async function snippet() {', ...body, '}', ''].join('\n');
}

/** Writes and type-checks the snippets of every installed package that has a README, and its option bags. */
export function readmeSnippets(app: string, packages: readonly string[]): string {
  const dir = join(app, 'ts-readme');
  mkdirSync(dir, { recursive: true });
  const files = ['../readme/p-retry.d.ts'];
  const counts: string[] = [];
  for (const name of packages) {
    const readme = join(app, 'node_modules', name, 'README.md');
    if (!existsSync(readme)) continue;
    const short = name.replace('@errs/', '');
    if (existsSync(join(app, 'exact', `${short}.ts`))) files.push(`../exact/${short}.ts`);
    const blocks = tsBlocks(readFileSync(readme, 'utf8'));
    if (blocks.length === 0) continue;
    const givenFile = join(app, 'readme', `${short}.ts`);
    if (!existsSync(givenFile)) throw new Error(`${name}'s README has TypeScript snippets but fixtures/readme/${short}.ts is missing`);
    const given = readFileSync(givenFile, 'utf8');
    blocks.forEach((block, index) => {
      const file = `${short}-${index + 1}.ts`;
      writeFileSync(join(dir, file), snippetModule(block, given));
      files.push(file);
    });
    counts.push(`${name}: ${blocks.length}`);
  }
  const compilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    skipLibCheck: false,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2));
  node([tsc, '-p', 'tsconfig.json'], dir);
  const snippets = files.filter((f) => !f.startsWith('../')).length;
  return `${snippets} snippets (${counts.join(', ')}) and ${files.length - snippets - 1} option-bag files`;
}

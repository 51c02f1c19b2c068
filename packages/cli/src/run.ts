// The command as a function of its arguments and environment: testable in-process, and the
// entry point only wires it to the real process. Exit codes: 0 found, 1 not found, 2 usage.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type LookupResult, lookup } from './lookup.js';
import { type Lang, type Style, clean, echo, renderList, renderLookup } from './render.js';
import { search } from './search.js';
import { type SystemInfo, systemById, systemIds, systems } from './systems.js';

export const EXIT = { found: 0, notFound: 1, usage: 2 } as const;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

interface GlobalOptions {
  system?: SystemInfo['id'];
  lang?: Lang;
  json?: boolean;
}

class UsageError extends Error {}

/**
 * Negative numbers are codes, not flags: they move behind `--`, where the parser takes every
 * token as an argument. Everything else keeps its place.
 */
export function codesAsArguments(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  const head = end === -1 ? argv : argv.slice(0, end);
  const tail = end === -1 ? [] : argv.slice(end + 1);
  const negative = head.filter((a) => /^-\d+$/.test(a));
  return negative.length === 0 && end === -1 ? [...argv] : [...head.filter((a) => !/^-\d+$/.test(a)), '--', ...negative, ...tail];
}

const parseSystem = (value: string): SystemInfo['id'] => {
  const system = systemById(value.toLowerCase());
  if (!system) throw new InvalidArgumentError(`must be one of ${systemIds.join(', ')}`);
  return system.id;
};

function style(io: Io, lang: Lang | undefined): Style {
  // NO_COLOR (any non-empty value) always wins; otherwise colour only on a terminal.
  const color = io.isTTY && !io.env.NO_COLOR;
  return { color, lang: lang ?? 'both' };
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exit: number = EXIT.found;
  const program = new Command('errs')
    .description('Look up NebulaGraph, Huawei Cloud GES, Polaris and CubeFS blobstore error codes.')
    .usage('[options] <code...> | search <words...> | list [system]')
    .addOption(new Option('-s, --system <system>', `look only in one system (${systemIds.join(', ')})`).argParser(parseSystem))
    .addOption(new Option('-l, --lang <lang>', 'message language').choices(['en', 'zh', 'both']))
    .option('--json', 'print JSON (a stable shape, see the README)')
    .argument('[codes...]', 'codes: -1004, GES.7005, 400301, 611')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: () => {}, outputError: () => {} })
    .action((codes: string[]) => {
      const options = program.opts<GlobalOptions>();
      if (codes.length === 0) throw new UsageError('give a code, `search <words>` or `list [system]`; see errs --help');
      const results: LookupResult[] = codes.map((code) => lookup(code, options.system));
      exit = results.every((r) => r.matches.length > 0) ? EXIT.found : EXIT.notFound;
      if (options.json) io.out(json({ results: results.map((r) => ({ query: echo(r.query), matches: r.matches, ranges: r.ranges })) }));
      else io.out(results.map((r) => renderLookup(r, style(io, options.lang))).join('\n\n'));
    });

  program
    .command('search')
    .description('find codes by English or Chinese text, symbol or class name')
    .argument('<words...>')
    .action((words: string[]) => {
      const options = program.opts<GlobalOptions>();
      const results = search(words, options.system);
      exit = results.length > 0 ? EXIT.found : EXIT.notFound;
      const query = echo(words.join(' '));
      if (options.json) io.out(json({ query, results }));
      else io.out(results.length > 0 ? renderList(results, style(io, options.lang)) : `${query}: nothing found`);
    });

  program
    .command('list')
    .description('list the codes of one system or all')
    .argument('[system]', systemIds.join(', '))
    .option('-c, --category <category>', 'only this category (e.g. graphd, 409, blobnode)')
    .option('-r, --retryable', 'only retryable codes')
    .action((name: string | undefined, local: { category?: string; retryable?: boolean }) => {
      const options = program.opts<GlobalOptions>();
      const id = name === undefined ? options.system : parseSystem(name);
      const chosen = systems.filter((s) => id === undefined || s.id === id);
      if (local.category !== undefined) {
        const known = new Set(chosen.flatMap((s) => s.categories.map((c) => c.name)));
        if (!known.has(local.category)) throw new UsageError(`unknown category ${echo(local.category)}; known: ${[...known].join(', ')}`);
      }
      const entries = chosen
        .flatMap((s) => s.catalog)
        .filter((e) => local.category === undefined || e.category === local.category)
        .filter((e) => !local.retryable || e.retryable);
      exit = entries.length > 0 ? EXIT.found : EXIT.notFound;
      if (options.json) io.out(json({ system: id ?? null, category: local.category ?? null, retryable: local.retryable === true, entries }));
      else io.out(renderList(entries, style(io, options.lang)));
    });

  try {
    await program.parseAsync(codesAsArguments(argv), { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.found;
      io.err(`errs: ${clean(error.message.replace(/^error: /, ''), 300)}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof InvalidArgumentError) {
      io.err(`errs: ${error.message}`);
      return EXIT.usage;
    }
    // A bug of ours: one line, never a stack trace.
    io.err(`errs: internal error: ${echo(String((error as Error)?.message ?? error))}`);
    return EXIT.usage;
  }
}

// The command as a function of its arguments and environment: testable in-process; the entry
// point only wires it to the real process. Exit codes: 0 found, 1 not found, 2 usage error
// (3, output failed, is the entry point's).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { protectNegatives, restore, restoreIn } from './argv.js';
import { toJson } from './json.js';
import { type Lang, labels } from './labels.js';
import { type LookupResult, lookup } from './lookup.js';
import { renderListPlain, renderListTable } from './render-list.js';
import { renderLookup, renderNotFound } from './render-lookup.js';
import { search } from './search.js';
import type { Style } from './style.js';
import { closest } from './suggest.js';
import { type SystemInfo, systemById, systemIds, systems } from './systems.js';
import { type Env, colorEnabled, terminalColumns } from './terminal.js';
import { echo, shellQuote } from './text.js';

export const EXIT = { found: 0, notFound: 1, usage: 2, output: 3 } as const;

export interface Io {
  /** Writes one chunk of standard output (a newline is added). */
  readonly out: (text: string) => void;
  /** Writes one line of standard error (a newline is added). */
  readonly err: (text: string) => void;
  readonly isTTY: boolean;
  /** The terminal's width, when standard output is one. */
  readonly columns?: number | undefined;
  readonly env: Env;
}

interface GlobalOptions {
  system?: SystemInfo['id'];
  lang?: Lang;
  json?: boolean;
  plain?: boolean;
}

const COMMANDS = ['search', 'list', 'help'];

class UsageError extends Error {}

const didYouMean = (word: string, names: readonly string[]): string => {
  const near = closest(word, names);
  return near === undefined ? '' : `; did you mean '${near}'?`;
};

const parseSystem = (value: string): SystemInfo['id'] => {
  const system = systemById(value.toLowerCase());
  if (!system) throw new InvalidArgumentError(`no such system${didYouMean(value, systemIds)} (systems: ${systemIds.join(', ')})`);
  return system.id;
};

/** A parser message on one line, in our words: `errs: unknown option '--jsn'; did you mean --json?` */
function usageLine(message: string): string {
  const text = restoreIn(message)
    .replace(/^error: /, '')
    .replace(/^command-argument value '(.*)' is invalid for argument '([\w-]+)'\. /s, "$2 '$1': ")
    .replace(/^option '(?:-\w, )?(--[\w-]+)[^']*' argument '(.*)' is invalid\. /s, "$1 '$2': ")
    .replace(/\s*\(Did you mean (.+)\?\)\s*$/, '; did you mean $1?');
  return `errs: ${echo(text, 300)}`;
}

const EXAMPLES = `
Examples:
  errs -3523                     negative numbers are codes, not flags
  errs GES.7005 611 400301       system from the shape; answers in that order
  errs E_SYNTAX_ERROR            a symbol or class name, any case
  errs 'NebulaSyntaxError [-1004]: syntax error near ...'
                                 the codes in a log line or JSON body
  errs -1004 --lang zh           Chinese labels and text
  errs search leader             English and Chinese text, symbols, classes
  errs list polaris --category 409
  errs list --plain | cut -f1,4  tab-separated (lists are, when piped)

Exit codes: 0 found, 1 not found, 2 usage error, 3 output could not be written.`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exit: number = EXIT.found;
  const columns = terminalColumns(io.columns, io.env);
  const style = (lang: Lang | undefined): Style => ({ color: colorEnabled(io.env, io.isTTY), lang: lang ?? 'both', columns });
  // Lists are tab-separated for pipes unless told otherwise; the lookup view only with --plain.
  const listPlain = (options: GlobalOptions) => options.plain ?? !io.isTTY;

  const program = new Command('errs')
    .description('Look up NebulaGraph, Huawei Cloud GES, Polaris and CubeFS blobstore error codes.')
    .usage('[options] <code|name|text...> | search <words...> | list [system]')
    .version(pkg.version, '-v, --version', 'print the version')
    .helpCommand('help [command]', 'show help for a command')
    .addOption(new Option('-s, --system <system>', `look only in one system (${systemIds.join(', ')})`).argParser(parseSystem))
    .addOption(new Option('-l, --lang <lang>', 'language of labels and text (default: both)').choices(['en', 'zh', 'both']))
    .option('--json', 'print JSON (a stable shape, see the README)')
    .option('--plain', 'tab-separated lines: key<TAB>value for codes, one line per code for lists')
    .option('--no-plain', 'aligned columns for lists even when output is not a terminal')
    .argument('[query...]', 'codes (-1004, GES.7005, 400301, 611), symbols, class names or a log line')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: () => {},
      outputError: () => {},
      getOutHelpWidth: () => columns,
      getErrHelpWidth: () => columns,
    })
    .action((raw: string[]) => {
      const options = program.opts<GlobalOptions>();
      const queries = raw.map(restore);
      if (queries.length === 0) throw new UsageError('give a code, `search <words>` or `list [system]`; see errs --help');
      if (queries.some((q) => q.trim() === '')) throw new UsageError('an empty argument is no code; see errs --help');
      const results: LookupResult[] = queries.map((q) => lookup(q, options.system));
      const first = results[0] as LookupResult;
      if (first.matchedBy === null && !first.shaped) {
        const near = closest(first.query.trim(), COMMANDS);
        if (near !== undefined) throw new UsageError(`unknown command '${echo(first.query.trim())}'; did you mean '${near}'?`);
      }
      exit = results.every((r) => r.matches.length > 0) ? EXIT.found : EXIT.notFound;
      if (options.json) {
        const shaped = results.map((r) => ({ query: echo(r.query), matchedBy: r.matchedBy, matches: r.matches, ranges: r.ranges, elsewhere: r.elsewhere }));
        io.out(toJson({ results: shaped }));
        return;
      }
      const s = style(options.lang);
      let printed = false;
      for (const result of results) {
        if (result.matches.length > 0) {
          io.out(`${printed ? '\n' : ''}${renderLookup(result, s, options.plain === true)}`);
          printed = true;
          continue;
        }
        const words = result.query.split(/\s+/).filter(Boolean);
        const hint = { command: `errs search ${shellQuote(echo(result.query.trim()))}`, count: search(words, options.system).length };
        io.err(renderNotFound(result, s, options.system, hint));
      }
    });

  program
    .command('search')
    .description('find codes by English or Chinese text, symbol, class name or code')
    .argument('<words...>', 'every word must appear (any case)')
    .action((raw: string[]) => {
      const options = program.opts<GlobalOptions>();
      const words = raw.map(restore);
      const results = search(words, options.system);
      exit = results.length > 0 ? EXIT.found : EXIT.notFound;
      const query = echo(words.join(' '));
      if (options.json) io.out(toJson({ query, results }));
      else if (results.length === 0) io.err(labels(style(options.lang).lang).nothingFound(query));
      else io.out(listPlain(options) ? renderListPlain(results, style(options.lang)) : renderListTable(results, style(options.lang)));
    });

  program
    .command('list')
    .description('list the codes of one system or all')
    .argument('[system]', systemIds.join(', '), parseSystem)
    .option('-c, --category <category>', 'only this category (e.g. graphd, 409, blobnode)')
    .option('-r, --retryable', 'only retryable codes')
    .action((name: SystemInfo['id'] | undefined, local: { category?: string; retryable?: boolean }) => {
      const options = program.opts<GlobalOptions>();
      const id = name ?? options.system;
      const chosen = systems.filter((s) => id === undefined || s.id === id);
      if (local.category !== undefined) {
        const known = [...new Set(chosen.flatMap((s) => s.categories.map((c) => c.name)))];
        if (!known.includes(local.category)) throw new UsageError(`unknown category '${echo(local.category)}'${didYouMean(local.category, known)} (known: ${known.join(', ')})`);
      }
      const entries = chosen
        .flatMap((s) => s.catalog)
        .filter((e) => local.category === undefined || e.category === local.category)
        .filter((e) => !local.retryable || e.retryable);
      exit = entries.length > 0 ? EXIT.found : EXIT.notFound;
      if (options.json) io.out(toJson({ system: id ?? null, category: local.category ?? null, retryable: local.retryable === true, entries }));
      else if (entries.length === 0) io.err(`errs: ${labels(style(options.lang).lang).noCodes}`);
      else io.out(listPlain(options) ? renderListPlain(entries, style(options.lang)) : renderListTable(entries, style(options.lang)));
    });

  try {
    const args = protectNegatives(argv);
    if (args[0] === 'help' && args[1] !== undefined && !COMMANDS.includes(args[1])) {
      throw new UsageError(`no command '${echo(restore(args[1]))}'${didYouMean(args[1], COMMANDS)} (commands: ${COMMANDS.join(', ')})`);
    }
    await program.parseAsync(args, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.found; // help or version, already printed
      io.err(error.code === 'commander.help' ? 'errs: no such command; see errs --help' : usageLine(error.message));
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

// The `errs` executable: wires `run` to the real process and its streams.
import { describeFailure, sink } from './output.js';
import { EXIT, run } from './run.js';
import { echo } from './text.js';

const stdout = sink(process.stdout);
const stderr = sink(process.stderr);

const code = await run(process.argv.slice(2), {
  out: (text) => stdout.write(`${text}\n`),
  err: (text) => stderr.write(`${text}\n`),
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  env: process.env,
});
await stdout.flush();
if (stdout.failure) {
  // The answer never reached its reader: say so once, with an exit status of its own.
  stderr.write(`${echo(describeFailure(stdout.failure), 200)}\n`);
  await stderr.flush();
  process.exitCode = EXIT.output;
} else {
  // A reader that stopped early (EPIPE) had what it wanted: the answer's own status stands.
  await stderr.flush();
  process.exitCode = code;
}

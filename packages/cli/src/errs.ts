// The `errs` executable: wires `run` to the real process.
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
process.exitCode = code;

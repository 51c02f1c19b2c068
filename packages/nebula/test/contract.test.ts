// The contract every system package is held to (tooling/src/contract), run against NebulaGraph.
import { contractSuite } from '../../../tooling/src/contract/suite.js';
import * as pkg from '../src/index.js';

contractSuite(pkg, {
  base: pkg.NebulaError,
  isError: pkg.isNebulaError,
  // Seed 001: -1004 E_SYNTAX_ERROR "Syntax error".
  sample: { code: -1004, className: 'NebulaSyntaxError' },
  errorBodies: [
    { body: { error_code: -1004, error_msg: 'SyntaxError: syntax error near `MATC`' }, code: -1004 },
    { body: { errors: [{ code: -5, message: 'SpaceNotFound: nba' }], results: [] }, code: -5 },
    { body: { errors: [{ code: 0 }], results: [{ errors: { code: 0 } }, { errors: { code: -1005, message: 'Storage Error' } }] }, code: -1005 },
  ],
  successBodies: [{ body: { error_code: 0, latency_in_us: 10 } }, { body: { errors: [{ code: 0 }], results: [{ errors: { code: 0 }, data: [] }] } }],
  http: false,
});

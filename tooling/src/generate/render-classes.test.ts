// What a hover over a generated class shows, and what the published types leave out, for the
// synthetic demo system (synthetic/demo.json is the oracle: each expectation quotes it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataFile, repoRoot } from '../catalog/load.js';
import { buildModel } from './model.js';
import { renderClasses } from './render-classes.js';
import { renderRegistry } from './render-registry.js';

const file = join(repoRoot, 'tooling', 'src', 'generate', 'synthetic', 'demo.json');
const model = buildModel(parseDataFile(readFileSync(file, 'utf8'), file));
const classes = renderClasses(model);
/** The JSDoc block right above `export class <name>`. */
const docOf = (name: string): string => {
  const at = classes.indexOf(`export class ${name} `);
  return classes.slice(classes.lastIndexOf('/**', at), at);
};

describe('generated class docs', () => {
  it('show the code and symbol once, both messages, category, retry facts and remedy', () => {
    const doc = docOf('DemoRaftTooManyRequestsError');
    expect(doc).toContain('`-3523` `E_RAFT_TOO_MANY_REQUESTS`: Too many requests');
    expect(doc).toContain('请求数量过多');
    expect(doc).toContain('category `raft`');
    expect(doc).toContain('Retryable: Back off and retry: the leader sheds load.');
    expect(doc).toContain('Before retrying: refresh the leader first.');
    expect(doc).toContain('Remedy: Slow down.');
    expect(doc.match(/E_RAFT_TOO_MANY_REQUESTS/g)).toHaveLength(1);
  });

  it('show the HTTP status, the old number of a renumbered code, and @deprecated', () => {
    const syntax = docOf('DemoSyntaxError');
    expect(syntax).toContain('HTTP status 400.');
    expect(syntax).toContain('Not retryable.');
    expect(syntax).toContain('Formerly `-1005`');
    expect(docOf('DemoDuplicateKeyError')).toContain('@deprecated Not sent since 2.0.');
    expect(renderRegistry(model)).toMatch(/\/\*\* @deprecated Renumbered to -1004\. \*\/\n {2}"-1005": DemoSyntaxError;/);
  });

  it('mark the protocol statics internal and give instances the literal retry flag', () => {
    const body = classes.slice(classes.indexOf('export class DemoKeyHasExistsError '));
    const own = body.slice(0, body.indexOf('\n}\n'));
    for (const name of ['messages', 'errorName']) expect(own).toMatch(new RegExp(`/\\*\\* @internal \\*/\\n {2}static override readonly ${name}\\b`));
    // A per-code class spells no key: its identity key is its system and code.
    expect(own).not.toMatch(/static override readonly key\b/);
    expect(own).toContain('declare readonly retryable: false;');
    expect(classes).toMatch(/\/\*\* @internal \*\/\n {2}static readonly range: CodeRange = \{ low: -1999, high: -1000 \};/);
  });
});

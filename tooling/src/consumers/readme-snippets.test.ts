import { describe, expect, it } from 'vitest';
import { snippetModule, tsBlocks } from './readme-snippets.js';

describe('README snippets as modules', () => {
  it('finds the ts blocks and nothing else', () => {
    const markdown = ['# x', '```sh', 'npm i', '```', '```ts', 'const a = 1;', '```', 'text', '```typescript', 'const b = 2;', '```', ''].join('\n');
    expect(tsBlocks(markdown)).toEqual(['const a = 1;\n', 'const b = 2;\n']);
  });

  it('keeps every import, one spanning lines too, at the top and puts the rest in a function', () => {
    const snippet = ["import { a } from 'a';", 'import {', '  b,', "} from 'b';", '', 'await a(b);', "if (b) return 'early';", ''].join('\n');
    const module = snippetModule(snippet, 'declare const given: 1;');
    const lines = module.split('\n');
    expect(lines.slice(0, 4)).toEqual(["import { a } from 'a';", 'import {', '  b,', "} from 'b';"]);
    expect(module.indexOf('declare const given: 1;')).toBeLessThan(module.indexOf('export async function snippet() {'));
    expect(module).toContain("\n  await a(b);\n  if (b) return 'early';\n");
    expect(module.trimEnd().endsWith('}')).toBe(true);
  });
});

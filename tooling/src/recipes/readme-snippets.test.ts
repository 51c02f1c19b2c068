// The READMEs' code snippets that say they come from a recipe are the recipe's own lines, so the
// docs cannot drift from code that runs: each `<!-- recipe: path#name -->` snippet must equal the
// `// #region readme:name` of that file. Every recipe is linked from tooling/README.md, every
// region is shown somewhere, and every recipe link points at a file that exists.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../catalog/load.js';
import { markerCount, readme, readmes, region, regionNames, snippets } from '../docs/readmes.js';

const recipesDir = join(repoRoot, 'tooling', 'src', 'recipes');
const recipeFiles = readdirSync(recipesDir)
  .filter((name) => /\.(test\.)?ts$/.test(name))
  .filter((name) => regionNames(readFileSync(join(recipesDir, name), 'utf8')).length > 0)
  .sort();
const recipeTests = recipeFiles.filter((name) => name.endsWith('.test.ts'));
const all = readmes();
const shown = all.flatMap(snippets);

const dedent = (text: string): string => {
  const lines = text.split('\n').map((line) => line.trimEnd());
  const indent = Math.min(...lines.filter((l) => l !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n').trim();
};

describe('README snippets are the recipes', () => {
  it('there are recipes, and READMEs show them', () => {
    expect(recipeTests.length).toBeGreaterThanOrEqual(8);
    expect(shown.length).toBeGreaterThanOrEqual(recipeTests.length);
  });

  it.each(all.map((doc) => [doc.path, doc] as const))('every recipe marker of %s is followed by a code block', (_path, doc) => {
    expect(snippets(doc)).toHaveLength(markerCount(doc));
  });

  it.each(shown.map((s) => [`${s.readme}: ${s.file}#${s.region}`, s] as const))('%s', (_label, snippet) => {
    const file = join(repoRoot, snippet.file);
    expect(existsSync(file), `${snippet.file} exists`).toBe(true);
    const lines = region(readFileSync(file, 'utf8'), snippet.region);
    expect(lines, `${snippet.file} has a region readme:${snippet.region}`).toBeDefined();
    expect(dedent(snippet.code)).toBe(dedent(lines!));
  });

  it.each(recipeFiles)('every region of %s is shown in a README', (name) => {
    const source = readFileSync(join(recipesDir, name), 'utf8');
    for (const regionName of regionNames(source)) {
      expect(shown.some((s) => s.file === `tooling/src/recipes/${name}` && s.region === regionName), `readme:${regionName}`).toBe(true);
    }
  });

  it.each(recipeTests)('tooling/README.md links to %s', (name) => {
    expect(readme('tooling/README.md').text).toContain(`](src/recipes/${name})`);
  });

  it('every recipe link in a README points at a file that exists', () => {
    const links = all.flatMap((doc) => [...doc.text.matchAll(/\]\(([^)\s]*tooling\/src\/recipes\/[^)\s#]+|src\/recipes\/[^)\s#]+)\)/g)].map((m) => ({ doc: doc.path, target: m[1]! })));
    expect(links.length).toBeGreaterThanOrEqual(recipeTests.length);
    for (const { doc, target } of links) {
      const path = target.replace(/^https:\/\/github\.com\/errs-js\/errs\/blob\/main\//, '').replace(/^(\.\.\/)+/, '');
      const inRepo = doc === 'tooling/README.md' && path.startsWith('src/') ? `tooling/${path}` : path;
      expect(existsSync(join(repoRoot, inRepo)), `${doc} links to ${target}`).toBe(true);
    }
  });
});

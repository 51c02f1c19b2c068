// The CLI's list of systems (packages/cli/src/generated/systems.ts) and its dependencies on the
// system packages: both follow the data files, so a new system package needs no edit in the CLI.
import { HEADER } from './model.js';

export interface CliSystem {
  readonly id: string;
  readonly packageName: string;
}

const binding = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function renderCliSystems(systems: readonly CliSystem[]): string {
  return [
    HEADER.replace('data/errors.json', 'the data files of the system packages'),
    `import type { SystemDescriptor } from '@errs/core';`,
    ...systems.map((s) => `import { system as ${binding(s.id)} } from '${s.packageName}';`),
    '',
    '/** Every system package, in directory order. */',
    `export const descriptors: readonly SystemDescriptor[] = [${systems.map((s) => binding(s.id)).join(', ')}];`,
    '',
  ].join('\n');
}

/** The CLI's package.json with exactly one `workspace:^` dependency per system package. */
export function renderCliManifest(text: string, systems: readonly CliSystem[]): string {
  const manifest = JSON.parse(text) as { dependencies?: Record<string, string> };
  const names = new Set(systems.map((s) => s.packageName));
  const kept = Object.entries(manifest.dependencies ?? {}).filter(([name]) => names.has(name) || !name.startsWith('@errs/') || name === '@errs/core');
  const missing = [...names].filter((name) => !kept.some(([n]) => n === name)).map((name) => [name, 'workspace:^'] as [string, string]);
  manifest.dependencies = Object.fromEntries([...kept, ...missing].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

// "Importing one class must not pull the catalog": a one-class bundle may hold its class, the
// system's base and category classes and core, but no other per-code class, no other code's
// message and no catalog entry. Checked against the package's own catalog, so it fails the
// moment tree-shaking stops working, whatever the code.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Entry {
  readonly className?: string;
  readonly messages: { readonly en?: string; readonly zh?: string };
}

/** What of the catalog leaked into `bundle`; empty when nothing did. */
export async function catalogLeaks(bundle: string, pkgDir: string, cls: string): Promise<string[]> {
  const { catalog } = (await import(pathToFileURL(join(pkgDir, 'dist', 'index.js')).href)) as { catalog: readonly Entry[] };
  const own = catalog.filter((e) => e.className === cls);
  const ownText = own.flatMap((e) => [e.messages.en ?? '', e.messages.zh ?? '']).join('\n');
  const leaks: string[] = [];
  // Class names are string literals (static errorName = '...'), which minifiers keep.
  const otherClasses = [...new Set(catalog.map((e) => e.className).filter((c): c is string => c !== undefined && c !== cls))];
  const presentClasses = otherClasses.filter((c) => bundle.includes(`"${c}"`));
  if (presentClasses.length > 0) leaks.push(`${presentClasses.length} other per-code classes (${presentClasses.slice(0, 3).join(', ')}${presentClasses.length > 3 ? ', ...' : ''})`);
  // Messages are quoted in the bundle (zh ones as \u escapes, so only en is searched); short ones
  // and ones inside this class's own message could match by chance.
  const otherMessages = catalog
    .filter((e) => e.className !== cls)
    .map((e) => e.messages.en)
    .filter((m): m is string => m !== undefined && m.length >= 12 && !ownText.includes(m));
  const presentMessages = otherMessages.filter((m) => bundle.includes(JSON.stringify(m)));
  if (presentMessages.length > 0) leaks.push(`${presentMessages.length} other codes' messages ("${presentMessages[0]}"${presentMessages.length > 1 ? ', ...' : ''})`);
  // Catalog entries carry a `documented` field; no class does.
  if (/\bdocumented:/.test(bundle)) leaks.push('catalog entries (a `documented:` field)');
  return leaks;
}

// `pnpm test:browser`: the consumer project's esbuild bundles loaded in headless Chromium (Debian's
// package, driven by playwright-core), asserting what the Node consumers assert, plus a second
// realm (iframe) and real fetch Responses. Packages are packed and installed as in the matrix.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { installApp } from '../consumers/app.js';
import { buildBundles } from '../consumers/bundle.js';
import { chromiumPath } from './chromium.js';
import { serve } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const started = Date.now();
const executablePath = chromiumPath();
const work = mkdtempSync(join(tmpdir(), 'errs-browser-'));
const { app, systems, cases } = installApp(work);
await buildBundles(app, systems);
cpSync(join(here, 'page'), app, { recursive: true });
const { url, server } = await serve(app, cases);
const browser = await chromium.launch({ executablePath, args: flags, timeout: 60_000 });
try {
  const page = await browser.newPage();
  const console_: string[] = [];
  page.on('console', (message) => console_.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console_.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => (window as { __errs?: unknown }).__errs !== undefined, undefined, { timeout: 30_000 });
  const outcome = (await page.evaluate(() => (window as { __errs?: unknown }).__errs)) as { ok: boolean; results?: string[]; error?: string };
  console.log(`Chromium ${browser.version()}, ${systems.length} system packages: ${systems.join(', ')}`);
  if (!outcome.ok) throw new Error(`in the page: ${outcome.error}\n${console_.join('\n')}`);
  const expected = systems.length * 2;
  if ((outcome.results?.filter((r) => r.includes(' ok')).length ?? 0) < expected) throw new Error(`too few checks ran: ${outcome.results?.join('\n')}`);
  for (const line of outcome.results ?? []) console.log(`ok  ${line}`);
  console.log(`browser checks passed (${Date.now() - started} ms)`);
} finally {
  await browser.close();
  server.close();
  if (process.env.ERRS_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

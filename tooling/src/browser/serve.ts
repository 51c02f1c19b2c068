// A loopback HTTP server for the page: the consumer project's files (bundles, page, fixtures) and
// a few wire endpoints that answer like the real systems do, for `fromResponse(await fetch(...))`.
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { ConsumerCase } from '../consumers/cases.js';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves the app, and under /wire/<package> each system's error answer in its HTTP shape (its data file's samples.fetch). */
export async function serve(root: string, cases: Record<string, ConsumerCase>): Promise<{ url: string; server: Server }> {
  const wire = new Map<string, NonNullable<ConsumerCase['fetch']>>(Object.entries(cases).flatMap(([name, c]) => (c.fetch ? [[`/wire/${name}`, c.fetch] as const] : [])));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const answer = wire.get(path);
    if (answer) {
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !(extname(file) in types)) {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200, { 'content-type': types[extname(file)]! }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

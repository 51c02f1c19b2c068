// A loopback HTTP server for the page: the consumer project's files (bundles, page, fixtures) and
// a few wire endpoints that answer like the real systems do, for `fromResponse(await fetch(...))`.
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Error answers in each system's HTTP shape (see DESIGN.md, fromResponse). */
const wire: Record<string, { status: number; headers: Record<string, string>; body: string }> = {
  '/wire/ges': { status: 404, headers: { 'content-type': 'application/json', 'x-request-id': 'req-ges-1' }, body: '{"error_code":"GES.7000","error_msg":"The graph does not exist or has been deleted."}' },
  '/wire/polaris': { status: 404, headers: { 'content-type': 'application/json' }, body: '{"code":400301,"info":"not found service"}' },
  '/wire/blobstore': { status: 404, headers: { 'content-type': 'application/json', 'x-reqid': 'req-bs-1' }, body: '{"error":"shard not found"}' },
};

export async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const answer = wire[path];
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

// Recipe: a fetch-based SDK turns every failed answer into a typed error with one line. Against a
// loopback Polaris naming API. Expected facts: Polaris code.proto (400301 NotFoundService,
// 200000 ExecuteSuccess, 200001 DataNoChange: success), the docs' HTTP status (code / 1000) and
// the Request-Id header the server sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, json, startLoopback } from '../loopback/server.js';

// #region readme:fetch
import { fromResponse } from '@errs/polaris';

export class NamingClient {
  constructor(private readonly endpoint: string) {}

  async discover(service: string, namespace = 'default'): Promise<{ instances?: unknown[] }> {
    const res = await fetch(`${this.endpoint}/v1/Discover`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'INSTANCE', service: { name: service, namespace } }),
    });
    const err = await fromResponse(res); if (err) throw err;
    return res.json(); // fromResponse reads a clone: the body is still there
  }
}
// #endregion readme:fetch

let server: Loopback;
let asked = '';

beforeAll(async () => {
  const found = json(200, { code: 200000, info: 'execute success', instances: [{ host: '10.0.0.7', port: 8080 }] });
  const unchanged = json(200, { code: 200001, info: 'discover data is no change' });
  const missing = json(400, { code: 400301, info: 'not found service', service: { name: 'ghost' } }, { 'Request-Id': 'req-400301' });
  server = await startLoopback({
    '/v1/Discover': (req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        asked = body;
        const name = (JSON.parse(body) as { service: { name: string } }).service.name;
        (name === 'ghost' ? missing : name === 'same' ? unchanged : found)(req, res);
      });
    },
  });
});

afterAll(async () => {
  await server?.close();
});

describe('recipe: a fetch-based SDK throws typed errors in one line', { timeout: 5_000 }, () => {
  const naming = () => new NamingClient(server.origin);

  it('a success returns the body, still readable after fromResponse', async () => {
    await expect(naming().discover('orders')).resolves.toMatchObject({ instances: [{ host: '10.0.0.7', port: 8080 }] });
    expect(JSON.parse(asked)).toEqual({ type: 'INSTANCE', service: { name: 'orders', namespace: 'default' } });
  });

  it('200001 "no change" is a success too', async () => {
    await expect(naming().discover('same')).resolves.toMatchObject({ code: 200001 });
  });

  it('400301 rejects with the typed error: code, symbol, status and request id', async () => {
    const err = await naming().discover('ghost').catch((error: unknown) => error);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({
      name: 'PolarisNotFoundServiceError',
      system: 'polaris',
      code: 400301,
      symbol: 'NotFoundService',
      httpStatus: 400,
      requestId: 'req-400301',
      retryable: false,
      message: 'not found service',
    });
  });
});

// An HTTP gateway in front of graphd: it runs the statement with the real Node client's
// executeJson (on the loopback graphd) and relays the JSON bytes, with status 200 or, when the
// output carries an error, 500. axios calls it; what axios throws and resolves is read with
// fromError / fromResponse, which must see the NebulaGraph code inside the JSON.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import axios, { type AxiosError } from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NebulaError, NebulaExecutionError, NebulaSyntaxError, fromError, fromResponse } from '../src/index.js';
import { catalogRetryable, upstreamSymbol } from './catalog-oracle.js';
import {
  BODY_MARKER,
  JSON_BIG_FAILING,
  JSON_ENTRY_FAILURE,
  JSON_TOP_LEVEL,
  JSON_TOP_LEVEL_FAILURE,
  type LoopbackGraphd,
  startLoopbackGraphd,
} from './loopback-graphd.js';
import { type TestClient, connect } from './nebula-client.js';

const BOUND = { timeout: 5000 };
const CREDENTIALS = `Basic ${Buffer.from('root:nebula').toString('base64')}`;

let graphd: LoopbackGraphd;
let nebula: TestClient;
let gateway: http.Server;
let baseURL: string;

beforeAll(async () => {
  graphd = await startLoopbackGraphd();
  nebula = connect(graphd);
  await nebula.ready();
  gateway = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const statement = url.searchParams.get('statement') ?? '';
    const failStatus = Number(url.searchParams.get('failStatus') ?? '200');
    const { sessionId, client } = nebula.connection;
    const bytes = await client.executeJson(sessionId, Buffer.from(statement, 'utf8'));
    const failed = /"code":-\d/.test(bytes.toString('utf8'));
    res.writeHead(failed ? failStatus : 200, { 'content-type': 'application/json', 'content-length': bytes.byteLength });
    res.end(bytes);
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
}, 5000);

afterAll(async () => {
  gateway?.closeAllConnections();
  await new Promise((resolve) => (gateway ? gateway.close(resolve) : resolve(undefined)));
  await nebula?.shutdown();
  await graphd?.close();
});

const query = (statement: string, failStatus: number) =>
  axios.get(`${baseURL}/query`, { params: { statement, failStatus }, headers: { Authorization: CREDENTIALS } });

function expectCode(err: unknown, cls: abstract new (...args: never[]) => NebulaError, code: number, message: string) {
  expect(err).toBeInstanceOf(cls);
  expect(err).toMatchObject({ code, symbol: upstreamSymbol(code), message, retryable: catalogRetryable(code) });
}

describe.each([
  { name: 'top-level errors[]', statement: JSON_TOP_LEVEL, cls: NebulaSyntaxError, ...JSON_TOP_LEVEL_FAILURE },
  { name: 'the 65th entry of 3.8 MB', statement: JSON_BIG_FAILING, cls: NebulaExecutionError, ...JSON_ENTRY_FAILURE },
])('executeJson failure in $name', ({ statement, cls, code, message }) => {
  it('relayed with status 200: axios resolves; fromResponse of data and of the response', BOUND, async () => {
    const res = await query(statement, 200);
    expect(res.status).toBe(200);
    expectCode(fromResponse(res.data), cls, code, message);
    const err = fromResponse(res);
    expectCode(err, cls, code, message);
    expect(err?.httpStatus).toBe(200);
  });

  it('relayed with status 500: fromError of what axios throws; the code flag wins over 500', BOUND, async () => {
    const thrown = await query(statement, 500).catch((e: unknown) => e);
    expect(axios.isAxiosError(thrown)).toBe(true);
    const axiosError = thrown as AxiosError;
    expect(axiosError.response?.status).toBe(500);
    const err = fromError(axiosError);
    expectCode(err, cls, code, message);
    expect(err.httpStatus).toBe(500);
    expect(err.cause).toBe(axiosError);
    expectCode(fromResponse(axiosError.response), cls, code, message);
    // Neither the request's credentials nor the relayed body reach the serialized error.
    const json = JSON.stringify(err.toJSON());
    expect(json).not.toContain(CREDENTIALS);
    expect(json).not.toContain(BODY_MARKER);
    expect(() => structuredClone(err.toJSON())).not.toThrow();
  });
});

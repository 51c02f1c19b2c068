// Genuinely hostile values for the never-throws properties: revoked proxies, proxies whose every
// trap throws, getters that throw, sparse arrays of huge length, cycles, prototype keys, values
// JSON and structuredClone reject, nested where readers look (bodies, headers, causes, batches).
import fc from 'fast-check';

const boom = (): never => {
  throw new Error('hostile');
};

export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

export function throwingProxy(target: object = {}): object {
  return new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getPrototypeOf: boom,
    getOwnPropertyDescriptor: boom,
    defineProperty: boom,
    set: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
    apply: boom,
    construct: boom,
  });
}

const READ_KEYS = [
  'status', 'statusCode', 'httpStatusCode', 'headers', 'body', 'data', 'response', 'code', 'errno', 'message', 'name',
  'cause', 'error', 'errors', 'results', 'responses', 'info', 'error_code', 'error_msg', 'errorCode', 'errorMsg',
  'then', 'toJSON', 'stack', 'get', 'text', 'ok', 'clone', 'length', 'value', 'type', 'symbol', 'locale', 'requestId',
];

/** An object whose every interesting key is a throwing getter. */
export function throwingGetters(): object {
  const value = {};
  for (const key of READ_KEYS) Object.defineProperty(value, key, { get: boom, enumerable: true });
  return value;
}

/** A sparse array claiming the largest length: a walk over its holes would never end. */
export function hugeSparseArray(): unknown[] {
  const array: unknown[] = [];
  array.length = 2 ** 32 - 1;
  return array;
}

export function cyclic(): object {
  const a: Record<string, unknown> = { message: 'a' };
  const b: Record<string, unknown> = { message: 'b', cause: a };
  a.cause = b;
  a.self = a;
  return a;
}

/** Eight objects that each reference all the others ten times: a naive walk is exponential. */
export function denseGraph(): object {
  const nodes: Record<string, unknown>[] = Array.from({ length: 8 }, (_, i) => ({ id: i }));
  for (const node of nodes) for (let k = 0; k < 10; k++) for (const other of nodes) node[`n${k}_${String(other.id)}`] = other;
  return nodes[0]!;
}

const leaves: (() => unknown)[] = [
  revokedProxy,
  throwingProxy,
  () => throwingProxy([]),
  throwingGetters,
  hugeSparseArray,
  cyclic,
  denseGraph,
  () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
  () => Object.create(null) as unknown,
  () => 10n ** 30n,
  () => Symbol('s'),
  () => () => 'f',
  () => new Uint8Array([0xff, 0xfe, 0xc0]),
  () => '\u0000\u001b[31m\u202e\ud800',
  () => NaN,
  () => -0,
  () => Infinity,
  () => ({ length: 2 ** 53 - 1 }),
  () => new Map([[throwingProxy(), throwingProxy()]]),
  () => Promise.reject(new Error('rejected')).catch(() => undefined),
];

/** One hostile leaf value, made only when a test runs (fast-check inspects what it generates). */
type Make = () => unknown;
export const hostileLeaf: fc.Arbitrary<Make> = fc.constantFrom(...leaves);

/** A hostile value in a box: fast-check itself must not meet it. */
export interface Box {
  readonly value: unknown;
}

const boxed = (arbitrary: fc.Arbitrary<Make>): fc.Arbitrary<Box> => arbitrary.map((make) => ({ value: make() }));
const plain = (arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<Make> => arbitrary.map((value) => () => value);

/** Hostile values alone and nested where readers look. */
export const hostile: fc.Arbitrary<Box> = boxed(
  fc.oneof(
    hostileLeaf,
    plain(fc.anything({ withBigInt: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, withObjectString: true })),
    hostileLeaf.map((h) => () => ({ status: 503, headers: h(), body: h() })),
    fc.tuple(fc.integer({ min: -1, max: 1000 }), hostileLeaf).map(([status, h]) => () => ({ status, body: { error_code: h(), error_msg: h(), code: h(), info: h(), error: h() } })),
    hostileLeaf.map((h) => () => ({ errors: [h(), { code: h() }], results: [h(), { errors: h() }] })),
    hostileLeaf.map((h) => () => ({ code: 200000, responses: [h(), { code: h(), info: h() }] })),
    hostileLeaf.map((h) => () => ({ error_code: -1004, error_msg: h(), space_name: h() })),
    hostileLeaf.map((h) => () => Object.assign(new Error('wrapped'), { cause: h(), code: h(), errno: h(), response: h() })),
    hostileLeaf.map((h) => () => ({ response: { status: 500, headers: h(), data: h() } })),
    hostileLeaf.map((h) => () => ({ name: 'ServiceResponseException', httpStatusCode: h(), errorCode: h(), errorMsg: h(), requestId: h() })),
    hostileLeaf.map((h) => () => ({ code: 'ERR_NEBULA', errno: h(), message: h() })),
  ),
);

/** Hostile `init` arguments of `fromCode` and option bags. */
export const hostileInit: fc.Arbitrary<Box> = boxed(
  fc.oneof(
    hostileLeaf,
    plain(fc.oneof(fc.constant(null), fc.string())),
    hostileLeaf.map((h) => () => ({ message: h(), cause: h(), requestId: h(), details: h(), locale: h(), httpStatus: h(), raw: h(), maxBytes: h(), timeoutMs: h() })),
    plain(
      fc.record({
        message: fc.anything(),
        requestId: fc.oneof(fc.bigInt(), fc.constant(Symbol('id')), fc.string()),
        httpStatus: fc.oneof(fc.bigInt(), fc.double(), fc.constant(Symbol('s'))),
        details: fc.anything({ withBigInt: true }),
      }),
    ),
  ),
);

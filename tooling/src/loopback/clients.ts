// How each real HTTP client gets from a URL to a package's fromResponse / fromError, written as a
// caller would write it. The clients are passed in, so each package's test uses its own installed
// global fetch, undici and axios; the readers are the package's own.

/** The client calls a caller makes; structural, so any undici 7 / axios 1 fits. */
export interface CallerClients {
  readonly undiciFetch: (url: string) => Promise<unknown>;
  readonly request: (url: string) => Promise<{ readonly statusCode: number; readonly headers: unknown; readonly body: { text(): Promise<string> } }>;
  readonly axiosGet: (url: string, config?: { validateStatus?: () => boolean }) => Promise<{ readonly status: number; readonly headers: unknown; readonly data: unknown }>;
}

/** A package's two wire functions, as the callers use them. */
export interface Readers<R> {
  readonly fromResponse: (response: any) => R | Promise<R>;
  readonly fromError: (err: unknown) => R;
}

export type ClientCase<R> = readonly [name: string, read: (url: string) => Promise<R>];

/** Every client, each the way its users read an answer. */
export function clientCases<R>(readers: Readers<R>, clients: CallerClients): readonly ClientCase<R>[] {
  const { fromResponse, fromError } = readers;
  return [
    ['global fetch', async (url) => fromResponse(await fetch(url))],
    ['undici fetch', async (url) => fromResponse(await clients.undiciFetch(url))],
    [
      'undici request, body read as text',
      async (url) => {
        const { statusCode, headers, body } = await clients.request(url);
        return fromResponse({ statusCode, headers, body: await body.text() });
      },
    ],
    [
      'undici request, body as undici gives it',
      async (url) => {
        const { statusCode, headers, body } = await clients.request(url);
        return await fromResponse({ statusCode, headers, body });
      },
    ],
    [
      'axios, error status thrown',
      async (url) => {
        try {
          const res = await clients.axiosGet(url);
          return fromResponse({ status: res.status, headers: res.headers, data: res.data });
        } catch (err) {
          return fromError(err);
        }
      },
    ],
    [
      'axios, every status resolved',
      async (url) => {
        const res = await clients.axiosGet(url, { validateStatus: () => true });
        return fromResponse({ status: res.status, headers: res.headers, data: res.data });
      },
    ],
  ];
}

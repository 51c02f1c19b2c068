// The real Huawei Cloud Node SDK core (@huaweicloud/huaweicloud-sdk-core 3.1.211) pointed at a
// test server: an HcClient assembled as ClientBuilder.build() does, and a GES GET sent the way the
// generated GES client sends it. Shared by the loopback tests and the tooling recipes.
import { HcClient } from '@huaweicloud/huaweicloud-sdk-core/HcClient';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials';
import { type ClientOptions, DefaultHttpClient } from '@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpClient';
import type { Logger } from '@huaweicloud/huaweicloud-sdk-core/logger';

export const PROJECT = 'p1';

/** The path the SDK requests for a graph of the test project. */
export const graph = (name: string): string => `/v2/${PROJECT}/graphs/${name}`;

// The SDK's default logger prints every failed request, its signed Authorization header included.
export const quiet: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => 'error' as never,
  setName() {},
};

/**
 * What ClientBuilder.build() assembles (DefaultHttpClient + HcClient with credentials and
 * endpoints). ClientBuilder itself is not used: its default user agent writes an application id
 * under the home directory, and 3.1.211 requires `uuid` without declaring it.
 */
export function gesClient(endpoints: string[], axiosRequestConfig?: ClientOptions['axiosRequestConfig']): HcClient {
  const credential = new BasicCredentials().withAk('test-ak').withSk('test-sk').withProjectId(PROJECT);
  const http = new DefaultHttpClient({ disableSslVerification: true, headers: { 'User-Agent': 'errs-tests' }, logger: quiet, axiosRequestConfig }, endpoints);
  return new HcClient(http).withCredential(credential).withEndpoints(endpoints);
}

/** A GET of /v2/{project_id}/graphs/{name}, built the way the generated GES client builds it. */
export function getGraph(client: HcClient, name: string): Promise<Record<string, unknown>> {
  return client.sendRequest({
    method: 'GET',
    url: '/v2/{project_id}/graphs/{graph_name}',
    contentType: 'application/json',
    queryParams: {},
    pathParams: { graph_name: name },
    headers: {},
  });
}

// Transport failures of real clients against a loopback server and a closed port, held to the
// contract (tooling/src/loopback/transport-suite.ts) with this package's own clients.
import axios from 'axios';
import { request, fetch as undiciFetch } from 'undici';
import { transportSuite } from '../../../tooling/src/loopback/transport-suite.js';
import { BlobstoreError, fromError, isRetryable } from '../src/index.js';

transportSuite({
  base: BlobstoreError,
  fromError,
  isRetryable,
  clients: { fetch, undiciFetch, request, axiosGet: (url, config) => axios.get(url, config) },
  checkClients: false,
});

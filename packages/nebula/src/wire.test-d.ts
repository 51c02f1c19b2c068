// The package's fromResponse is core's one contract (FromResponse, held to every kind of argument
// in @errs/core's response-result.test-d.ts), over this system's base class.
import type { FromResponse } from '@errs/core';
import { describe, expectTypeOf, it } from 'vitest';
import { type NebulaError, fromResponse } from './index.js';

describe('fromResponse', () => {
  it('is FromResponse<NebulaError>: a promise exactly for a fetch Response or a body stream', () => {
    expectTypeOf(fromResponse).toEqualTypeOf<FromResponse<NebulaError>>();
    expectTypeOf(fromResponse(new Response())).toEqualTypeOf<Promise<NebulaError | undefined>>();
    expectTypeOf(fromResponse({ status: 400, body: '{}' })).toEqualTypeOf<NebulaError | undefined>();
  });
});

/** The API's request hooks merged into one Apollo listener (src/server/request-hooks.ts). */
import { describe, expect, it } from 'vitest';
import type { GraphQLRequestListener } from '@apollo/server';
import { requestHooksPlugin } from '../../../src/server/request-hooks.js';

type Ctx = { seen: string[] };

describe('requestHooksPlugin', () => {
  it('runs every listed hook of a stage, one after another in the order given, and skips stages nobody has', async () => {
    const seen: string[] = [];
    const a: GraphQLRequestListener<Ctx> = {
      async willSendResponse() {
        await new Promise((r) => setTimeout(r, 5));
        seen.push('a:willSendResponse');
      },
    };
    const b: GraphQLRequestListener<Ctx> = {
      async didResolveOperation() {
        seen.push('b:didResolveOperation');
      },
      async willSendResponse() {
        seen.push('b:willSendResponse');
      },
    };
    const plugin = requestHooksPlugin<Ctx>(a, b);
    const listener = (await plugin.requestDidStart!({} as never))!;
    expect(Object.keys(listener).sort()).toEqual(['didResolveOperation', 'willSendResponse']);
    await listener.didResolveOperation!({} as never);
    await listener.willSendResponse!({} as never);
    expect(seen).toEqual(['b:didResolveOperation', 'a:willSendResponse', 'b:willSendResponse']);
    // One listener object for every request.
    expect(await plugin.requestDidStart!({} as never)).toBe(listener);
  });

  it('passes a hook\'s error on, and refuses hooks whose return value Apollo reads', async () => {
    const failing: GraphQLRequestListener<Ctx> = {
      async didResolveOperation() {
        throw new Error('too complex');
      },
    };
    const listener = (await requestHooksPlugin<Ctx>(failing, {}).requestDidStart!({} as never))!;
    await expect(listener.didResolveOperation!({} as never)).rejects.toThrow('too complex');
    expect(() => requestHooksPlugin<Ctx>({ async executionDidStart() {} })).toThrow(/executionDidStart/);
  });
});

/**
 * Several plugins' request hooks as one Apollo plugin. Apollo calls every plugin's `requestDidStart`
 * for every request and then, for each of a dozen stages, every listener it got back (`Promise.all`
 * over them, whether they have a hook for that stage or not). The API's own hooks (cost limit, error
 * handling, access log and metrics) keep no per-request state, so they are merged once, at start: one
 * listener per request instead of three, and each stage calls only the hooks that exist.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';

type Hook = (...args: unknown[]) => Promise<unknown> | unknown;

/**
 * One plugin whose request listener runs each of `listeners`' hooks, in the order given (a stage's hooks
 * run one after another, each awaited, as they are listed: error handling stamps the request id on the
 * errors before the access log reads their codes). Hooks that return something for Apollo
 * (`executionDidStart`, `parsingDidStart`, `validationDidStart`, `responseForOperation`) are not merged:
 * a listener that has one is refused.
 */
export function requestHooksPlugin<C extends object>(...listeners: GraphQLRequestListener<C>[]): ApolloServerPlugin<C> {
  const merged: Record<string, Hook> = {};
  const names = new Set(listeners.flatMap((l) => Object.keys(l)));
  for (const name of names) {
    if (name === 'executionDidStart' || name === 'parsingDidStart' || name === 'validationDidStart' || name === 'responseForOperation') {
      throw new Error(`requestHooksPlugin merges only hooks that return nothing; "${name}" returns a value to Apollo: give it its own plugin.`);
    }
    const hooks = listeners.map((l) => (l as Record<string, Hook | undefined>)[name]).filter((h): h is Hook => typeof h === 'function');
    merged[name] =
      hooks.length === 1
        ? hooks[0]!
        : async (...args: unknown[]) => {
            for (const hook of hooks) await hook(...args);
          };
  }
  const listener = merged as GraphQLRequestListener<C>;
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

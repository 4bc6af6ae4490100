import * as openapiFetch from 'openapi-fetch';

type CreateClient = typeof openapiFetch.default;

/**
 * openapi-fetch's `createClient`, wherever the module system put it. Its CommonJS build sets
 * `exports.default`, and this package's CommonJS bundle loads it with Node's interop, which makes the whole
 * `exports` object the default import; the ESM build (browsers, bundlers, Node ESM) gets the function.
 */
export const createFetchClient: CreateClient = (() => {
  const imported: unknown = openapiFetch.default;
  if (typeof imported === 'function') return imported as CreateClient;
  return (imported as { readonly default: CreateClient }).default;
})();

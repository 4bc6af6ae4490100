import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';

/** Where `generate` writes the types, relative to the package. */
export const SCHEMA_FILE = new URL('../src/internal/generated/schema.ts', import.meta.url);
/** The OpenAPI document written by `pnpm --filter @mbi/api openapi:write`. */
export const OPENAPI_FILE = new URL('../openapi.json', import.meta.url);

/**
 * The TypeScript types (`paths`, `components`, `operations`) of an OpenAPI document, as `generate` writes
 * them and as the sync test recomputes them. `defaultNonNullable` is off because one component serves both
 * as a request body and a response (e.g. `CofinancingRequest.currency` has a default and may be omitted).
 */
export async function renderSchema(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, {
    defaultNonNullable: false,
    silent: true,
  });
  return `${COMMENT_HEADER}${astToString(ast)}`;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mont-Blanc INNOVATION API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({
  url: '/v1/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  validatorUrl: null,
});
`;

/**
 * The rendered API reference at `/docs` (Swagger UI), with its assets read once from the `swagger-ui-dist`
 * package and served by the API itself (its Content-Security-Policy lets it load only these files).
 */
let assets: Map<string, { body: Uint8Array; type: string }> | undefined;

/** The page's files, read once on the first request for one (not at start-up: most runs never ask). */
function docsAssets(): Map<string, { body: Uint8Array; type: string }> {
  if (assets === undefined) {
    const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    assets = new Map();
    for (const [name, type] of Object.entries(ASSETS))
      assets.set(name, { body: readFileSync(join(folder, name)), type });
    assets.set('init.js', { body: new TextEncoder().encode(INIT), type: 'text/javascript; charset=utf-8' });
  }
  return assets;
}

/** `/docs`: the rendered reference of the OpenAPI document, served offline (not itself an API operation). */
export function createDocsRoutes() {
  return new Hono<AppEnv>()
    .get('/', (c) => c.html(PAGE, 200, { 'Cache-Control': 'no-cache' }))
    .get('/assets/:name', (c) => {
      const file = docsAssets().get(c.req.param('name'));
      if (file === undefined) return c.notFound();
      return c.body(file.body.slice().buffer, 200, {
        'Content-Type': file.type,
        'Cache-Control': 'public, max-age=86400',
      });
    });
}

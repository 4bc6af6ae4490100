import type { OpenAPIHono } from '@hono/zod-openapi';
import { postgresErrorCode } from '@mbi/db';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps, AppEnv } from './context';
import { authenticate } from './lib/middleware/authenticate';
import { conditionalGet } from './lib/middleware/conditional-get';
import { corsAllowlist } from './lib/middleware/cors';
import { rateLimit } from './lib/middleware/rate-limit';
import { guardUrl } from './lib/middleware/request-body';
import { requestContext } from './lib/middleware/request-context';
import { ApiProblem, message, problemCodeOfStatus, problemResponse, safePath } from './lib/problem';
import { createRouter } from './lib/router';
import { createApiKeyRoutes } from './resources/api-keys/routes';
import { createAuthRoutes } from './resources/auth/routes';
import { createBudgetRoutes } from './resources/budget/routes';
import { createCalculationRoutes } from './resources/calculations/routes';
import { createChangeRoutes } from './resources/changes/routes';
import { createClassificationRoutes } from './resources/classifications/routes';
import { serveDashboard } from './resources/dashboard/serve';
import { createDocsRoutes } from './resources/docs/routes';
import { createEstablishmentRoutes } from './resources/establishments/routes';
import { createFiliereRoutes } from './resources/filieres/routes';
import { createImportRoutes } from './resources/imports/routes';
import { createMetaRoutes } from './resources/meta/routes';
import { createNomenclatureRoutes } from './resources/nomenclature/routes';
import { createObservatoryRoutes } from './resources/observatory/routes';
import { createPartnerRoutes } from './resources/partners/routes';
import { createProjectRoutes } from './resources/project/routes';
import { createStatusRoutes } from './resources/status/routes';
import { createTerritoryRoutes } from './resources/territories/routes';
import { createUserRoutes } from './resources/users/routes';
import { createWorkPackageRoutes } from './resources/work-packages/routes';

/**
 * The Hono application: the middleware every request passes (request id, log line and security headers,
 * CORS allowlist, URL guard, caller, rate limit, conditional GET), one sub-app per resource (whose operations
 * check access, then read the body), the OpenAPI document and the problem documents of every error.
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();

  app.use('*', requestContext(deps.logger, deps.config.bodyLimitBytes));
  // The dashboard's pages and files, with their own headers; every other request goes on to the API.
  app.use('*', serveDashboard(deps.config.dashboardDir));
  app.use('*', corsAllowlist(deps.config.corsOrigins));
  app.use('/v1/*', guardUrl());
  app.use('/v1/*', authenticate(deps));
  app.use('/v1/*', rateLimit(deps.limits.requests));
  app.use('*', conditionalGet());

  // One line per resource: its sub-app holds its operations, schemas and access rules.
  app.route('/', createStatusRoutes(deps));
  app.route('/v1/meta', createMetaRoutes(deps));
  app.route('/v1/project', createProjectRoutes(deps));
  app.route('/v1/partners', createPartnerRoutes(deps));
  app.route('/v1', createTerritoryRoutes(deps));
  app.route('/v1/work-packages', createWorkPackageRoutes(deps));
  app.route('/v1/filieres', createFiliereRoutes(deps));
  app.route('/v1/budget', createBudgetRoutes(deps));
  app.route('/v1/calculations', createCalculationRoutes(deps));
  app.route('/v1/classifications', createClassificationRoutes(deps));
  app.route('/v1/nomenclature', createNomenclatureRoutes(deps));
  app.route('/v1/establishments', createEstablishmentRoutes(deps));
  app.route('/v1/changes', createChangeRoutes(deps));
  app.route('/v1/imports', createImportRoutes(deps));
  app.route('/v1/observatory', createObservatoryRoutes(deps));
  app.route('/v1/auth', createAuthRoutes(deps));
  app.route('/v1/api-keys', createApiKeyRoutes(deps));
  app.route('/v1/users', createUserRoutes(deps));
  app.route('/docs', createDocsRoutes());

  app.doc31('/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Mont-Blanc INNOVATION API',
      version: '1.0.0',
      description:
        'Common core of the Interreg ALCOTRA project Mont-Blanc INNOVATION. Amounts are decimal strings with a currency; labels follow `?lang=` or Accept-Language (fr, it, de, en); every error is application/problem+json.',
      license: {
        name: 'EUPL-1.2',
        url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      },
    },
    servers: [{ url: '/' }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key `mbi_…` (create one with `mbi keys create`).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'mbi_session',
    description: 'A dashboard session (POST /v1/auth/sessions); writes also need X-CSRF-Token.',
  });

  app.notFound((c) =>
    problemResponse(c, 'not-found', {
      detail: message('problem.detail.routeNotFound', { method: c.req.method, path: safePath(c.req.path) }),
    }),
  );
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error.code, error.options, error.headers);
    if (error instanceof HTTPException) {
      // The framework's own refusals (malformed JSON, media type, body size…) become problem documents too.
      // Its message is the framework's English: the detail says the status instead.
      const code = error.status === 400 ? 'malformed-json' : problemCodeOfStatus(error.status);
      return problemResponse(c, code, {
        detail:
          code === 'malformed-json'
            ? message('problem.detail.malformedJson')
            : message('problem.detail.httpError', { status: error.status }),
      });
    }
    // Never the error itself: a database error carries the query's parameters (key hashes, e-mail addresses).
    deps.logger.error(
      {
        requestId: c.get('requestId'),
        error: error instanceof Error ? error.name : typeof error,
        code: postgresErrorCode(error),
      },
      'unhandled error',
    );
    return problemResponse(c, 'internal', { detail: message('problem.detail.internal') });
  });
  return app;
}

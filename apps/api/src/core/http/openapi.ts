import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  IDEMPOTENCY_KEY_HEADER_NAME,
  IDEMPOTENCY_KEY_TTL_HOURS,
} from '../idempotency/idempotency.constant';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const SWAGGER_UI_PATH = 'api/docs';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Loved CRM API')
    .setDescription(
      'Multi-tenant CRM for digital agencies. Tenant routes need `Authorization: Bearer <jwt>` and `X-Org-Id` ' +
        '(a person), or `Authorization: Bearer lcrm_…` (an organisation API key; `X-Org-Id` optional, and must ' +
        "name the key's organisation when sent) on the routes whose `x-api-key-scope` the key holds. " +
        'Requests with a key carry `RateLimit-*` headers; over the limit they answer 429 with `Retry-After`. ' +
        'Errors are `application/problem+json` (RFC 9457). Lists answer `{ items, next_cursor }`.',
    )
    .setVersion('1.0.0')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Org-Id' }, 'org')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'lcrm_…',
        description: 'Organisation API key (Settings → API), limited to its scopes',
      },
      'apiKey',
    )
    .setLicense('Proprietary', 'https://loved.crm/terms')
    .build();
  return applyApiConventions(SwaggerModule.createDocument(app, config));
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
type OperationObject = NonNullable<OpenAPIObject['paths'][string]['post']>;
const PROBLEM_SCHEMA = { $ref: '#/components/schemas/ProblemDetailsDto' };

/**
 * Makes the document say what the guards do, so a route cannot be documented wrongly:
 * routes not marked public or organisation-free need a bearer token and `X-Org-Id`, and may
 * answer 400/401/403; public ones say `security: []`; every error answer is problem+json.
 */
function applyApiConventions(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (!operation) continue;
      const security = operation.security ?? [];
      const isPublic = security.some((requirement) => Object.keys(requirement).length === 0);
      if (isPublic) {
        operation.security = [];
      } else if (security.length === 0) {
        const scope = (operation as { 'x-api-key-scope'?: string })['x-api-key-scope'];
        // An API key is the other way in, on the routes opened to one of its scopes.
        operation.security = scope
          ? [{ bearer: [], org: [] }, { apiKey: [] }]
          : [{ bearer: [], org: [] }];
        operation.responses['400'] ??= {
          description: 'Missing or malformed X-Org-Id, or invalid input',
        };
        operation.responses['403'] ??= {
          description: scope
            ? `Not a member of the organisation, or role not allowed; an API key without ${scope}, or of another organisation than X-Org-Id`
            : 'Not a member of the organisation, or role not allowed',
        };
        if (scope)
          operation.responses['429'] ??= {
            description:
              'API_KEY_RATE_LIMITED: the key went over its requests per minute (Retry-After)',
          };
        if (method === 'post') offerIdempotencyKey(operation);
      }
      if (!isPublic)
        operation.responses['401'] ??= { description: 'Missing, invalid or expired access token' };
      operation.responses['400'] ??= { description: 'Invalid input' };
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || !response || '$ref' in response) continue;
        const schema = response.content?.['application/json']?.schema ?? PROBLEM_SCHEMA;
        response.content = { 'application/problem+json': { schema } };
      }
    }
  }
  return document;
}

/**
 * Tenant POSTs take an optional `Idempotency-Key` (the transaction interceptor honours it).
 * Multipart uploads are left out: their body is streamed to the handler, never fingerprinted.
 */
function offerIdempotencyKey(operation: OperationObject): void {
  const body = operation.requestBody;
  if (body && !('$ref' in body) && body.content['multipart/form-data']) return;
  operation.parameters = [
    ...(operation.parameters ?? []),
    {
      name: IDEMPOTENCY_KEY_HEADER_NAME,
      in: 'header',
      required: false,
      description:
        `Makes the request safe to retry: within ${IDEMPOTENCY_KEY_TTL_HOURS} h, a repeat with the same key ` +
        '(per organisation and user) and the same request gets the first successful answer again, ' +
        'with `Idempotent-Replayed: true`, without acting twice. The same key with a different ' +
        'request answers 422 IDEMPOTENCY_KEY_REUSED. Failed answers are not kept.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
    },
  ];
  operation.responses['422'] ??= {
    description: 'IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for a different request',
  };
}

/** Serves the document at `/api/openapi.json` and Swagger UI at `/api/docs`. */
export function serveOpenApi(app: NestFastifyApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(SWAGGER_UI_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Loved CRM API',
  });
}

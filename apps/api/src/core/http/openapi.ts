import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const SWAGGER_UI_PATH = 'api/docs';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Loved CRM API')
    .setDescription(
      'Multi-tenant CRM for digital agencies. Tenant routes need `Authorization: Bearer <jwt>` and `X-Org-Id`. ' +
        'Errors are `application/problem+json` (RFC 9457). Lists answer `{ items, next_cursor }`.',
    )
    .setVersion('1.0.0')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Org-Id' }, 'org')
    .setLicense('Proprietary', 'https://loved.crm/terms')
    .build();
  return SwaggerModule.createDocument(app, config);
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

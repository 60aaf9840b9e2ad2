import { randomUUID } from 'node:crypto';

export type OpenApiSchema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
};

export type OpenApiParameter = {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  example?: unknown;
  schema?: OpenApiSchema;
};

export type OpenApiOperation = {
  parameters?: OpenApiParameter[];
  security?: Array<Record<string, string[]>>;
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
  responses?: Record<string, unknown>;
};

export type OpenApiDocument = {
  paths: Record<
    string,
    Partial<Record<'get' | 'post' | 'put' | 'patch' | 'delete', OpenApiOperation>>
  >;
  components?: { schemas?: Record<string, OpenApiSchema> };
};

/** A valid-looking value for a schema: examples first, then enums, then by type. */
export function sampleFromSchema(schema: OpenApiSchema, document: OpenApiDocument): unknown {
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) ?? '';
    return sampleFromSchema(document.components?.schemas?.[name] ?? {}, document);
  }
  if (schema.allOf)
    return Object.assign({}, ...schema.allOf.map((s) => sampleFromSchema(s, document) as object));
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [
          key,
          sampleFromSchema(schema.properties?.[key] ?? {}, document),
        ]),
      );
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      return schema.format === 'uuid' ? randomUUID() : 'amostra';
  }
}

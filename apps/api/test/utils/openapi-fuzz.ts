import fc from 'fast-check';
import {
  sampleFromSchema,
  type OpenApiDocument,
  type OpenApiParameter,
  type OpenApiOperation,
  type OpenApiSchema,
} from './openapi-sample';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type FuzzRoute = { method: HttpMethod; path: string; operation: OpenApiOperation };

/** One request thrown at a route: the path filled in, a query string and maybe a JSON body. */
export type FuzzRequest = { url: string; body?: string; orgHeader?: string };

/** Every operation of the document, in document order. */
export function routesOf(document: OpenApiDocument): FuzzRoute[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
}

/** A schema with `$ref` and `allOf` followed, so its properties can be read. */
export function resolveSchema(schema: OpenApiSchema, document: OpenApiDocument): OpenApiSchema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) ?? '';
    return resolveSchema(document.components?.schemas?.[name] ?? {}, document);
  }
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map((part) => resolveSchema(part, document));
  return {
    type: 'object',
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})) as Record<
      string,
      OpenApiSchema
    >,
    required: parts.flatMap((part) => part.required ?? []),
  };
}

/** Strings a careless or hostile client sends: NUL, blanks, lone surrogates, huge, look-alikes. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
    .map(([before, after]) => `${before}\u0000${after}`),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    'null',
    '1e300',
    '-1',
    "'; DROP TABLE leads; --",
    '%00',
    '2024-02-30T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '00000000-0000-0000-0000-000000000000',
    'x'.repeat(5_000),
  ),
);

/** Numbers that break naive columns and sums: huge, negative, fractional, beyond 2^53. */
const nastyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(1e300, -1e300, 2 ** 63, 2 ** 53 + 1, -0, 0.5, 1e15, 1e15 + 1, 2_147_483_648),
);

/** Any JSON value, with the nasty scalars above mixed in. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/**
 * Mostly-valid values with one spoiled: each key is valid or left out, then at most one takes a
 * junk value. Junk everywhere would be refused at the first rule; one bad field among good ones
 * is what gets past validation into services and queries.
 */
function oneSpoiled<V>(
  valid: Record<string, V>,
  junk: fc.Arbitrary<V>,
): fc.Arbitrary<Record<string, V | undefined>> {
  const keys = Object.keys(valid);
  const kept = fc.record(
    Object.fromEntries(
      keys.map((key) => [key, fc.option(fc.constant(valid[key]), { nil: undefined, freq: 2 })]),
    ) as Record<string, fc.Arbitrary<V | undefined>>,
  );
  const spoiled =
    keys.length > 0
      ? fc.option(fc.tuple(fc.constantFrom(...keys), junk), { freq: 4 })
      : fc.constant(null);
  return fc
    .tuple(
      kept,
      spoiled,
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), junk, { maxKeys: 1 }),
    )
    .map(([values, spoil, extra]) => ({
      ...(spoil === null ? values : { ...values, [spoil[0]]: spoil[1] }),
      // An unknown key now and then, which whitelisting must refuse.
      ...(spoil === null ? extra : {}),
    }));
}

/** An object shaped like the schema, with at most one property spoiled. */
function shapedObject(schema: OpenApiSchema, document: OpenApiDocument): fc.Arbitrary<unknown> {
  const resolved = resolveSchema(schema, document);
  const valid = Object.fromEntries(
    Object.entries(resolved.properties ?? {}).map(([key, property]) => [
      key,
      sampleFromSchema(property, document),
    ]),
  );
  return oneSpoiled<unknown>(valid, nastyJson);
}

/** Bodies for a route: mostly schema-shaped, else any JSON value at all. */
function bodyFor(route: FuzzRoute, document: OpenApiDocument): fc.Arbitrary<string | undefined> {
  const schema = route.operation.requestBody?.content?.['application/json']?.schema;
  const anyJson = nastyJson.map((value) => JSON.stringify(value));
  if (!schema) return fc.option(anyJson, { nil: undefined, freq: 2 });
  return fc.oneof(
    { weight: 3, arbitrary: shapedObject(schema, document).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: anyJson },
  );
}

/** Query values: strings, numbers as text, repeated keys (arrays), and encoded junk cursors. */
const queryValue: fc.Arbitrary<string | string[]> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  nastyNumber.map(String),
  fc.array(nastyString, { minLength: 2, maxLength: 3 }),
  nastyJson.map((value) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url')),
);

/**
 * A query value known to pass: an example, an enum member or a number. Free strings (cursors,
 * ids, filters) have no safe sample, so they come only as the spoiled value.
 */
function validQueryValue(param: OpenApiParameter): string | undefined {
  const schema = param.schema ?? {};
  const known = param.example ?? schema.example ?? schema.enum?.[0];
  if (known !== undefined) return String(known);
  return schema.type === 'integer' || schema.type === 'number' ? '1' : undefined;
}

function queryFor(route: FuzzRoute): fc.Arbitrary<string> {
  const params = (route.operation.parameters ?? []).filter((p) => p.in === 'query');
  const spoilable = Object.fromEntries(
    params.map((param) => [param.name, validQueryValue(param) as string | string[] | undefined]),
  );
  return oneSpoiled(spoilable, queryValue).map((values) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
    }
    const text = search.toString();
    return text ? `?${text}` : '';
  });
}

/** Percent-encodes, keeping a lone surrogate as the malformed escape a client could send. */
const encodeSegment = (value: string): string => {
  try {
    return encodeURIComponent(value) || '%20';
  } catch {
    return '%ED%A0%80';
  }
};

/** Path parameters: real ids of the caller's organisation, random UUIDs and junk. */
function pathFor(route: FuzzRoute, knownIds: string[]): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const value = fc.oneof(fc.constantFrom(...knownIds), fc.uuid(), nastyString);
  return fc
    .array(value, { minLength: names.length, maxLength: names.length })
    .map((values) =>
      names.reduce(
        (path, name, index) => path.replace(`{${name}}`, encodeSegment(values[index] ?? '')),
        route.path,
      ),
    );
}

/** Mostly the caller's organisation; sometimes a header no client should send. */
const orgHeader = (organizationId: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constant(organizationId) },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme-ascii', maxLength: 60 })),
    },
  );

export function requestsFor(
  route: FuzzRoute,
  document: OpenApiDocument,
  context: { organizationId: string; knownIds: string[] },
): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      path: pathFor(route, context.knownIds),
      query: queryFor(route),
      body: bodyFor(route, document),
      orgHeader: orgHeader(context.organizationId),
    })
    .map(({ path, query, body, orgHeader: org }) => ({
      url: `${path}${query}`,
      body,
      orgHeader: org,
    }));
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../utils/test-app';

/** The committed types of `@loved/api-client`, rewritten by `npm run api-client:generate`. */
const GENERATED_FILE = fileURLToPath(
  new URL('../../../../../libs/api-client/src/generated/openapi.ts', import.meta.url),
);

const HEADER = [
  '// generated — do not edit; run npm run api-client:generate',
  "// Made by openapi-typescript from the API's OpenAPI document (GET /api/openapi.json).",
  '',
].join('\n');

/**
 * The file `@loved/api-client` ships for `document`: openapi-typescript's types, formatted with
 * the repository's Prettier settings so `prettier --check .` stays clean. Same document, same
 * bytes: nothing here reads the clock, the environment or the order of a hash map.
 */
async function renderClientTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, {
    silent: true,
    // A property with a default is optional in a request (`stage` of a new lead): the same
    // schema serves requests and answers, so "has a default" must not mean "always present".
    defaultNonNullable: false,
  });
  const config = (await resolveConfig(GENERATED_FILE)) ?? {};
  return format(`${HEADER}\n${astToString(ast)}`, { ...config, filepath: GENERATED_FILE });
}

/** Where two versions first part, so the failure points at the route or schema that changed. */
function firstDifference(committed: string, generated: string): string {
  const was = committed.split('\n');
  const now = generated.split('\n');
  const line = now.findIndex((text, index) => text !== was[index]);
  const at = line === -1 ? now.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(was[at] ?? '<end of file>')}, API ${JSON.stringify(now[at] ?? '<end of file>')}`;
}

describe('@loved/api-client types', () => {
  let t: TestApp;
  let document: OpenAPI3;
  beforeAll(async () => {
    t = await createTestApp({ processJobs: false });
    document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenAPI3>();
  });
  afterAll(async () => {
    await t.close();
  });

  it('match the OpenAPI document the API publishes (UPDATE_API_CLIENT=1 rewrites them)', async () => {
    const generated = await renderClientTypes(document);
    if (process.env.UPDATE_API_CLIENT === '1') {
      writeFileSync(GENERATED_FILE, generated);
      return;
    }
    const committed = existsSync(GENERATED_FILE) ? readFileSync(GENERATED_FILE, 'utf8') : '';
    if (committed !== generated) {
      expect.fail(
        `libs/api-client is stale: run npm run api-client:generate (${firstDifference(committed, generated)})`,
      );
    }
  });
});

import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { configSchema } from '../core/index.ts';
import { openTestStore } from '../store/index.ts';

/** Where the console's generated API types live (committed, so a fresh clone builds offline). */
export const CONSOLE_API_SCHEMA = new URL('../../console/src/lib/api-schema.d.ts', import.meta.url);

/**
 * The console's API types, generated from the server's own OpenAPI document (`/openapi.json`) by
 * openapi-typescript. The console's only knowledge of the server: a route or schema change that the
 * console has not picked up fails the drift test (console-api-types.test.ts).
 */
export async function generateConsoleApiTypes(): Promise<string> {
  const store = await openTestStore();
  const app = await buildApp({ store, config: configSchema.parse({ logLevel: 'silent', runJobs: false }) });
  try {
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    const body = astToString(await openapiTS(document, { alphabetize: true }));
    return `/** Generated from /openapi.json by \`npm run console:client\`; do not edit. */\n${body}`;
  } finally {
    await app.close();
    await store.close();
  }
}

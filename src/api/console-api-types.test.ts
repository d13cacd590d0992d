import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLE_API_SCHEMA, generateConsoleApiTypes } from './console-api-types.ts';

describe('console API types', () => {
  it('match the server: a route or schema change the console has not regenerated fails here', async () => {
    const committed = readFileSync(CONSOLE_API_SCHEMA, 'utf8');
    const current = await generateConsoleApiTypes();
    // Fix: `npm run console:client`, then fix whatever the console's typecheck then reports.
    expect(committed === current, 'console/src/lib/api-schema.d.ts is stale: run `npm run console:client`').toBe(true);
  });
});

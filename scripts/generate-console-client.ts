/** `npm run console:client`: regenerates console/src/lib/api-schema.d.ts from the server's OpenAPI document. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONSOLE_API_SCHEMA, generateConsoleApiTypes } from '../src/api/console-api-types.ts';

writeFileSync(CONSOLE_API_SCHEMA, await generateConsoleApiTypes());
process.stdout.write(`wrote ${fileURLToPath(CONSOLE_API_SCHEMA)}\n`);

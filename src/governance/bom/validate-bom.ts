import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

/** One way a document breaks the CycloneDX schema: where (a JSON pointer) and what. */
export interface BomIssue {
  path: string;
  message: string;
}

const SCHEMAS = new URL('./data/cyclonedx/', import.meta.url);
/** A vendored schema, under the id the BOM schema's `$ref`s resolve to (the SNAPSHOT file names). */
const schema = (file: string) => ({
  ...(JSON.parse(readFileSync(new URL(file, SCHEMAS), 'utf8')) as object),
  $id: `http://cyclonedx.org/schema/${file}`,
});

type FormatsPlugin = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS: Node hands its `module.exports` (the plugin, with `default` on it) as the default import.
const addFormats = ((addFormatsPlugin as unknown as { default?: FormatsPlugin }).default ??
  addFormatsPlugin) as unknown as FormatsPlugin;

let validator: ValidateFunction | undefined;

/** Compiles the vendored CycloneDX 1.6 schema (data/cyclonedx/) once: no network, ever. */
function compiled(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The two formats of RFC 3987 / RFC 6531 ajv-formats lacks: internationalised URI references and e-mail.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an IRI may not contain them (RFC 3987), so they are the test
  ajv.addFormat('iri-reference', (value: string) => !/[\s\u0000-\u001f\u007f<>"{}|\\^`]/u.test(value));
  ajv.addFormat('idn-email', (value: string) => /^[^\s@]+@[^\s@]+$/u.test(value));
  ajv.addSchema(schema('spdx.SNAPSHOT.schema.json'));
  ajv.addSchema(schema('jsf-0.82.SNAPSHOT.schema.json'));
  validator = ajv.compile(schema('bom-1.6.SNAPSHOT.schema.json'));
  return validator;
}

/**
 * Checks a document against the CycloneDX 1.6 JSON schema shipped in data/cyclonedx/ (Apache-2.0,
 * from @cyclonedx/cyclonedx-library). Errors as data: an empty list means valid.
 *
 * @example validateBom(bom) // [] or [{ path: '/components/0/type', message: 'must be equal to one of the allowed values' }]
 */
export function validateBom(document: unknown): BomIssue[] {
  const validate = compiled();
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath || '/',
    message: error.message ?? error.keyword,
  }));
}

import fc from 'fast-check';

/** The part of JSON Schema (as the OpenAPI document holds it) that the fuzzer understands. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
}

/** Values the schema's own vocabulary cannot produce but a real deployment holds. */
export interface ValuePools {
  /** Ids that exist (own and other departments' objects), mixed with random ones. */
  ids: readonly string[];
  /** Strings a route may look up by name: bot ids, domains, model names. */
  names: readonly string[];
  /** URLs that fail at once without leaving the machine (the fuzzer must not reach the network). */
  urls: readonly string[];
}

/** What an attacker or a broken client sends in place of a valid value. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2_147_483_648,
  -2_147_483_649,
  2 ** 53 + 2,
  1e308,
  '',
  ' ',
  'x'.repeat(10_001),
  'nul \u0000 inside',
  'lone \ud800 surrogate',
  'lone \udc00 low',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '../../etc/passwd',
  '\u202eevil',
  '𠮷野家🐕',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4shell probe, sent as text
  '${jndi:ldap://x}',
  '%00',
  '00000000-0000-0000-0000-000000000000',
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
];

const SAMPLE_TEXT = ['狗牌幾錢？', 'How do I renew my ID card?', '我想問下點樣申請', '你好', 'a', '1823'];

/**
 * A fast-check arbitrary of values valid for `schema` (as far as JSON Schema says; the server may
 * still refuse them for business reasons, which is the point of sending them).
 */
export function validValue(schema: JsonSchema, pools: ValuePools, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => validValue(s, pools, depth + 1)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf) as JsonSchema, pools, depth);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => validValue({ ...schema, type }, pools, depth)));
  }
  switch (schema.type) {
    case 'string':
      return stringValue(schema, pools);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1000, -2_147_483_648),
        max: Math.min(schema.maximum ?? 100_000, 2_147_483_647),
      });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const minLength = schema.minItems ?? 0;
      return fc.array(validValue(schema.items ?? {}, pools, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)),
      });
    }
    case 'object':
      return objectValue(schema, pools, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function objectValue(schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant({});
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) model[key] = validValue(property, pools, depth + 1);
  if (!Object.keys(model).length && schema.additionalProperties !== false) {
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), validValue({}, pools, depth + 1), {
      maxKeys: 3,
    });
  }
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in model) });
}

function stringValue(schema: JsonSchema, pools: ValuePools): fc.Arbitrary<string> {
  const fits = (value: string) =>
    value.length >= (schema.minLength ?? 0) && value.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY);
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid());
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'uri':
    case 'url':
      return fc.constantFrom(...pools.urls);
    case 'email':
      return fc.constantFrom('officer@example.gov.hk', 'a.b@dept.gov.hk');
  }
  const known = [...pools.names, ...SAMPLE_TEXT].filter(fits);
  const free = fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 40, 40),
    unit: 'grapheme',
  });
  if (schema.pattern) {
    const pattern = patternOf(schema.pattern);
    const matching = pattern ? fc.stringMatching(pattern).filter(fits) : free;
    const knownMatching = known.filter((value) => pattern?.test(value));
    return knownMatching.length ? fc.oneof(fc.constantFrom(...knownMatching), matching) : matching;
  }
  return known.length ? fc.oneof(fc.constantFrom(...known), free) : free;
}

function patternOf(source: string): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

/**
 * What one bad character does to an otherwise valid string: text the database cannot store, a
 * control character, a bidirectional override, half an emoji.
 */
export const TAINTS: readonly string[] = ['\u0000', '\ud800', '\udfff', '\u0007', '\u202e', '\ud83d'];

/** `text` with `taint` inserted at a position chosen by `at`. */
export function taintString(text: string, taint: string, at: number): string {
  const position = at % (text.length + 1);
  return `${text.slice(0, position)}${taint}${text.slice(position)}`;
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown> | null)?.[key];
  return current;
}

/** Where a mutation lands in a value: a path of keys and indexes. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, inner] of value.entries()) paths(inner, [...prefix, i], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) paths(inner, [...prefix, key], out);
  }
  return out;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((inner, i) => (i === head ? replaceAt(inner, rest, replacement) : inner));
  const copy = { ...(value as Record<string, unknown>) };
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

function dropAt(value: unknown, path: (string | number)[]): unknown {
  if (path.length !== 1 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { [String(path[0])]: _dropped, ...rest } = value as Record<string, unknown>;
  return rest;
}

/**
 * A valid value with (most of the time) one thing broken: a field replaced by a hostile value,
 * a required field dropped, or an unknown field added.
 */
export function hostileValue(schema: JsonSchema, pools: ValuePools): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      validValue(schema, pools),
      fc.constantFrom('taint', 'taint', 'replace', 'replace', 'drop', 'extra', 'whole'),
      fc.nat(),
      fc.constantFrom(...HOSTILE_VALUES),
      fc.constantFrom(...TAINTS),
    )
    .map(([value, how, at, hostile, taint]) => {
      const targets = paths(value);
      const path = targets[at % targets.length] ?? [];
      switch (how) {
        case 'taint': {
          const strings = targets.filter((target) => typeof valueAt(value, target) === 'string');
          const target = strings[at % Math.max(strings.length, 1)];
          if (!target) return replaceAt(value, path, hostile);
          return replaceAt(value, target, taintString(String(valueAt(value, target)), taint, at));
        }
        case 'whole':
          return hostile;
        case 'drop':
          return dropAt(value, path.slice(-1));
        case 'extra':
          return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? { ...value, unexpectedField: hostile }
            : hostile;
        default:
          return replaceAt(value, path, hostile);
      }
    });
}

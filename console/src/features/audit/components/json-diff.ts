export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';

export interface FieldChange {
  /** Dotted path of the field (`roles.0`, `config.name.en`); empty for a value that is not an object. */
  path: string;
  kind: ChangeKind;
  /** The JSON text of each side; undefined where the side does not have the field. */
  before: string | undefined;
  after: string | undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Every leaf of a JSON value by dotted path; empty objects and arrays stay as one leaf. */
function leaves(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined) {
    out.set(prefix, JSON.stringify(value));
  }
  return out;
}

/**
 * An audit entry's before and after, field by field, in a stable order (paths sorted, so a field is
 * found in the same place in every entry): what an officer reads instead of two blobs of JSON.
 *
 * @example diffJson({ roles: ['editor'] }, { roles: ['approver'] }) // [{ path: 'roles.0', kind: 'changed', ... }]
 */
export function diffJson(before: unknown, after: unknown): FieldChange[] {
  const left = leaves(before ?? undefined, '', new Map());
  const right = leaves(after ?? undefined, '', new Map());
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return paths.map((path) => {
    const from = left.get(path);
    const to = right.get(path);
    const kind: ChangeKind =
      from === undefined ? 'added' : to === undefined ? 'removed' : from === to ? 'same' : 'changed';
    return { path, kind, before: from, after: to };
  });
}

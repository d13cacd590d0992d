import { getTableColumns, getTableName, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * An INSERT of many rows passed as one JSON parameter (`json_populate_recordset`), for the hot
 * write paths (conversation turns, handoffs, audit entries). A multi-row VALUES list costs a
 * parameter per cell to build and bind, which on the embedded database cost more than the insert.
 *
 * Rows use the table's property names (as drizzle's `$inferInsert`); a cell missing from a row (or
 * null) gets the column's default, else NULL; a column missing from every row gets its default. `suffix` adds e.g. an ON CONFLICT clause.
 *
 * @example await tx.execute(jsonRowsInsert(chatMessages, messages));
 */
export function jsonRowsInsert<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][], suffix?: SQL): SQL {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => key in row));
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const json = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = (row as Record<string, unknown>)[key];
      out[column.name] = value === undefined ? null : value;
    }
    return out;
  });
  // A cell left out of some rows takes the column's default, as it would in a VALUES list.
  const values = sql.join(
    columns.map(([, column]) => {
      const cell = sql.identifier(column.name);
      if (column.default === undefined) return cell;
      return sql`coalesce(${cell}, ${is(column.default, SQL) ? column.default : sql`${column.default}`})`;
    }),
    sql`, `,
  );
  const name = sql.identifier(getTableName(table));
  return sql`insert into ${name} (${names}) select ${values} from json_populate_recordset(null::${name}, ${JSON.stringify(json)}::json)${suffix ?? sql``}`;
}

/**
 * Several data-modifying statements as one (a WITH chain): one round trip, one plan, the same
 * transaction semantics. Foreign keys between the parts are checked at the end of the statement.
 */
export function chainStatements(statements: readonly SQL[]): SQL {
  const last = statements.at(-1);
  if (!last) throw new Error('chainStatements needs at least one statement');
  if (statements.length === 1) return last;
  const parts = statements.slice(0, -1).map((statement, i) => sql`${sql.raw(`s${i}`)} as (${statement})`);
  return sql`with ${sql.join(parts, sql`, `)} ${last}`;
}

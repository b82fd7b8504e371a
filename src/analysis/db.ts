/** The one seam between analysis code and a DuckDB engine (browser WASM or Node in tests). */
export type Row = Record<string, unknown>;

export interface Db {
  /** Runs one SQL statement with positional `$1..$n` parameters and returns plain row objects. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** Runs a script of several parameterless statements, each ending with `;` at the end of a line. */
export async function runScript(db: Db, script: string): Promise<void> {
  for (const statement of splitStatements(script)) await db.query(statement);
}

export function splitStatements(script: string): string[] {
  return script
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

/** A SQL string literal; for identifiers and literals the app builds itself (never for user values in WHERE). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

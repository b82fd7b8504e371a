/**
 * How a recorded query is found again: a short hash of its SQL text plus its parameters. The SQL itself is not
 * stored (it is the app's own text), so a snapshot replays only in an app whose queries are the same.
 */
import { splitStatements } from '../analysis/db';

/** cyrb53 (public domain, https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js): 53 bits, as base 36. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function sqlKey(sql: string, params?: readonly unknown[]): string {
  return `${hashText(sql.trim())}|${JSON.stringify(params ?? [])}`;
}

const WRITES = /^(CREATE|INSERT|DROP|SET|PRAGMA|ALTER|DELETE|UPDATE|COPY|ATTACH|DETACH|LOAD|INSTALL|CHECKPOINT|BEGIN|COMMIT|ROLLBACK)\b/i;

/** A statement that builds or changes tables instead of reading rows: not recorded, and a no-op on replay. */
export function isWrite(sql: string): boolean {
  const [first = ''] = splitStatements(sql);
  return WRITES.test(first);
}

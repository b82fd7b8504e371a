/**
 * Everything the mapping step starts from for a dropped file: the column guess, a recognised platform's
 * layout applied on top of it, one short reason per role, and the formats of the mapped columns.
 */
import { guessColumnFormats, type ColumnFormats } from './column-formats';
import type { InspectedFile } from './inspect';
import { explainMapping, guessMapping, type GuessReason } from './mapping';
import { platformColumn, platformColumns, recognisePlatform, type PlatformId } from './platforms';
import type { Mapping, Role } from './types';

export interface FirstGuess {
  mapping: Mapping;
  confidence: Partial<Record<Role, number>>;
  reasons: Partial<Record<Role, GuessReason>>;
  platform: PlatformId | null;
  /** Read as the customer where the customer column is empty (a platform's phone beside its e-mail). */
  customerFallback: string | null;
  formats: ColumnFormats;
}

export function firstGuess(file: InspectedFile): FirstGuess {
  const guess = guessMapping(file.header, file.rows);
  const mapping = { ...guess.mapping };
  const reasons = explainMapping(file.header, file.rows, mapping, guess.orderTotal);
  const platform = recognisePlatform(file.header);
  if (platform) {
    for (const [role, column] of Object.entries(platformColumns(platform, file.header)) as Array<[Role, string | null]>) {
      for (const other of Object.keys(mapping) as Role[]) if (column !== null && mapping[other] === column) mapping[other] = null;
      mapping[role] = column;
      if (column !== null) reasons[role] = { key: 'platform', params: { platform: platform.id } };
    }
  }
  const formats = guessColumnFormats(file, mapping);
  if (platform?.statuses && mapping.status) {
    const seen = new Map(formats.statusValues.map((v) => [v.toLowerCase(), v]));
    for (const value of platform.statuses.all) if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
    const returns = new Set(platform.statuses.returns.map((v) => v.toLowerCase()));
    formats.statusValues = [...seen.values()].sort();
    formats.cancelStatuses = formats.statusValues.filter((v) => returns.has(v.toLowerCase()));
  }
  const fallback = platform ? platformColumn(platform.id, 'customerFallback', file.header) : null;
  const customerFallback = fallback !== null && mapping.customer_id !== null && mapping.customer_id !== fallback ? fallback : null;
  return { mapping, confidence: guess.confidence, reasons, platform: platform?.id ?? null, customerFallback, formats };
}

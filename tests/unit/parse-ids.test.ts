import { describe, expect, it } from 'vitest';
import { ID_CASES } from '../cases/id-cases.ts';
import { normalizeId } from '../../src/ingest/ids.ts';

describe('normalizeId', () => {
  it.each(ID_CASES)('%j → %j', (input, expected) => {
    expect(normalizeId(input)).toBe(expected);
  });
});

// What a mention can refer to, and how canonical ids are spelled.
import type { EntityType } from '../../format.js';

export interface Target {
  id: string;
  name: string;
  type: EntityType;
  /** ISO alpha-2 of the country the actor belongs to. */
  country: string | null;
  /** For organisations: what they are to their country (intelligence, defence-ministry …). */
  kind?: string | null;
}

/** "Lee Seong-kweun" → "lee-seong-kweun", "U.S. Navy" → "us-navy", "Tomáš Poyar" → "tomas-poyar". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const countryId = (code: string) => `country:${code}`;

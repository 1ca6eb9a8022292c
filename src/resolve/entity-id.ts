// Stable ids for canonical entities and roles: derived from the type and the canonical name
// only, so rebuilding the same corpus gives the same ids.

import type { EntityType } from '../extract/types.js';

const MEMO_LIMIT = 200_000;
const slugs = new Map<string, string>();

/** Lower-case ASCII letters and digits joined by `-` (`Police (Conduct) Regulations 2012` → `police-conduct-regulations-2012`). */
export function slug(text: string): string {
  // Resolution makes the id of the same names for every relation of every item: remembered.
  let result = slugs.get(text);
  if (result === undefined) {
    if (slugs.size >= MEMO_LIMIT) slugs.clear();
    result = computeSlug(text);
    slugs.set(text, result);
  }
  return result;
}

function computeSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of a canonical entity.
 * @example entityId('Body', 'College of Policing') // 'body:college-of-policing'
 */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

/** @example roleId('Home Secretary') // 'role:home-secretary' */
export function roleId(title: string): string {
  return `role:${slug(title)}`;
}

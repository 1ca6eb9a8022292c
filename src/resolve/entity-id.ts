// Stable ids for canonical entities and roles: derived from the type and the canonical name
// only, so rebuilding the same corpus gives the same ids.

import type { EntityType } from '../extract/types.js';

/** Lower-case ASCII letters and digits joined by `-` (`Police (Conduct) Regulations 2012` → `police-conduct-regulations-2012`). */
export function slug(text: string): string {
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

import type { Change, EstablishmentChange } from './types';

/**
 * Whether a change is an establishment's, so that its `representation` is typed as an `Establishment`
 * (or `null` after a delete). The API publishes an establishment's representation as its GET answer; its
 * tests check every one against the OpenAPI document's `Establishment` schema.
 *
 * @example
 * for (const change of page.value.items) {
 *   if (!isEstablishmentChange(change)) continue;
 *   if (change.representation === null) copy.delete(change.id);
 *   else copy.set(change.id, change.representation);
 * }
 */
export function isEstablishmentChange(change: Change): change is EstablishmentChange {
  return change.resource === 'establishment';
}

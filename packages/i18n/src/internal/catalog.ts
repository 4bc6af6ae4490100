import type { Locale } from '@mbi/domain';
import type { MessageArguments } from './message-arguments';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { it } from './messages/it';

/**
 * Key of a message; the French catalog (the source language) defines the set.
 *
 * @example
 * const key: MessageKey = 'financing.column.erdf';
 */
export type MessageKey = keyof typeof fr;

/**
 * A complete catalog: one ICU MessageFormat string per key. Typing a locale's catalog with it makes a
 * missing or misspelt key a type error.
 *
 * @example
 * export const it: Catalog = { 'app.name': 'Mont-Blanc INNOVATION', … }; // every key, no other
 */
export type Catalog = { readonly [K in MessageKey]: string };

/**
 * The values the message `K` needs, read from the French source text: `plural`, `selectordinal` and
 * `number` arguments take a number, `select` a string, `date` and `time` a Date or timestamp, and a simple
 * `{name}` a string or number.
 *
 * @example
 * const values: MessageValues<'count.companies'> = { count: 12 };
 */
export type MessageValues<K extends MessageKey> = MessageArguments<(typeof fr)[K]>;

/**
 * The ICU MessageFormat catalogs of every locale, French first (the source language).
 *
 * @example
 * MESSAGES.it['nav.financing'] // 'Piano finanziario'
 */
export const MESSAGES: { readonly [L in Locale]: Catalog } = { fr, it, de, en };

const MESSAGE_KEYS: ReadonlySet<string> = new Set(Object.keys(fr));

/**
 * Whether a string is a key of the catalogs, e.g. to map an error code read from the network to a message.
 *
 * @example
 * isMessageKey('error.notFound') // true
 * isMessageKey('error.nope')     // false
 */
export function isMessageKey(value: string): value is MessageKey {
  return MESSAGE_KEYS.has(value);
}

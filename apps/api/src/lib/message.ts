import type { Locale } from '@mbi/domain';
import { createTranslator, type MessageKey, type MessageValues, type TranslateArgs } from '@mbi/i18n';

/**
 * A text of a problem document before it has a language: a key of the `@mbi/i18n` catalogs and the values
 * its ICU message names, checked against the French source text. It is translated when the document is
 * built, in the request's language, so no caller can put an untranslated sentence in a problem.
 */
export type Message = {
  readonly [K in MessageKey]: { readonly key: K; readonly values: MessageValues<K> };
}[MessageKey];

/**
 * A message of the catalogs with its values, typed like `t()`.
 *
 * @example
 * message('problem.detail.payloadTooLarge', { limit: 65536 });
 * message('problem.detail.csrfFailed');
 */
export function message<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): Message {
  return { key, values: args[0] ?? {} } as Message;
}

/** The text of a message in a language. */
export function translate(locale: Locale, text: Message): string {
  // `t` checks key and values together; a Message was checked when it was made.
  const t = createTranslator(locale) as unknown as (key: MessageKey, values: object) => string;
  return t(text.key, text.values);
}

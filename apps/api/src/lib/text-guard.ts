import { type Message, message } from './message';

/**
 * Text the API refuses at its edge, wherever it comes from (body, query, path): control characters, which
 * PostgreSQL cannot store (NUL) or which have no place in names and codes, and lone surrogates, which are not
 * Unicode and would be stored as U+FFFD. Tab, line feed and carriage return are allowed in bodies (multi-line
 * text), never in the URL.
 */

// C0 controls but TAB, LF, CR; DEL; C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's purpose
const BODY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's purpose
const URL_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type TextFault = 'control-character' | 'lone-surrogate';

/** What is wrong with a string, or `null`. */
export function textFault(text: string, inUrl = false): TextFault | null {
  if ((inUrl ? URL_CONTROL : BODY_CONTROL).test(text)) return 'control-character';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  return null;
}

/** The first faulty string in a parsed JSON value (keys included), with its dotted path. */
export function findTextFault(
  value: unknown,
  path: string[] = [],
): { path: string[]; fault: TextFault } | null {
  if (typeof value === 'string') {
    const fault = textFault(value);
    return fault === null ? null : { path, fault };
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findTextFault(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyFault = textFault(key);
      if (keyFault !== null) return { path: [...path, key], fault: keyFault };
      const found = findTextFault(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** What a problem document says of each fault: its detail (naming the field) and its field message. */
export const TEXT_FAULT_MESSAGES = {
  'control-character': {
    detail: (field: string) => message('problem.detail.controlCharacter', { field }),
    field: message('problem.field.controlCharacter'),
  },
  'lone-surrogate': {
    detail: (field: string) => message('problem.detail.loneSurrogate', { field }),
    field: message('problem.field.loneSurrogate'),
  },
} as const satisfies Record<TextFault, { detail: (field: string) => Message; field: Message }>;

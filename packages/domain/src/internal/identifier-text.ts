import type { IdentifierResult } from '../identifier-result';
import type { IdentifierErrorCode } from '../vocabularies';

/** Removes whitespace (including the narrow no-break space of French typography), dots and dashes. */
export function stripSeparators(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

export function succeed(value: string): IdentifierResult {
  return { ok: true, value };
}

export function fail(code: IdentifierErrorCode, message: string): IdentifierResult {
  return { ok: false, error: { code, message } };
}

/** Shows a value in a message without flooding logs with an arbitrarily long input. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export function isDigits(value: string): boolean {
  return /^\d*$/.test(value);
}

import { describe, expectTypeOf, it } from 'vitest';
import type { Catalog, MessageValues } from './catalog';
import { createTranslator } from './create-translator';
import type { MessageArguments } from './message-arguments';

describe('MessageArguments', () => {
  it('has no arguments for plain text', () => {
    expectTypeOf<MessageArguments<'Hors FEDER'>>().toEqualTypeOf<Record<never, never>>();
  });

  it('reads simple arguments as string or number', () => {
    expectTypeOf<MessageArguments<'Source : {source}'>>().toEqualTypeOf<{
      readonly source: string | number;
    }>();
  });

  it('reads number, date and select arguments with their types', () => {
    expectTypeOf<
      MessageArguments<'{n, number} on {d, date, long} ({kind, select, a {A} other {B}})'>
    >().toEqualTypeOf<{
      readonly n: number;
      readonly d: Date | number;
      readonly kind: string;
    }>();
  });

  it('does not take one-word plural branches for arguments, and finds nested ones', () => {
    expectTypeOf<
      MessageArguments<'{count, plural, one {entreprise} other {{count, number} entreprises à {place}}} !'>
    >().toEqualTypeOf<{ readonly count: number; readonly place: string | number }>();
  });

  it('reads the catalog keys from the French source', () => {
    expectTypeOf<MessageValues<'count.companies'>>().toEqualTypeOf<{ readonly count: number }>();
    expectTypeOf<MessageValues<'pagination.range'>>().toEqualTypeOf<{
      readonly from: number;
      readonly to: number;
      readonly total: number;
    }>();
    expectTypeOf<MessageValues<'error.invalidIdentifier'>>().toEqualTypeOf<{
      readonly identifier: string | number;
      readonly reason: string | number;
    }>();
    expectTypeOf<MessageValues<'app.name'>>().toEqualTypeOf<Record<never, never>>();
  });
});

describe('Translate', () => {
  const t = createTranslator('fr');

  it('accepts known keys with the values they need', () => {
    expectTypeOf(t('app.name')).toEqualTypeOf<string>();
    expectTypeOf(t('count.companies', { count: 2 })).toEqualTypeOf<string>();
  });

  it('refuses unknown keys, missing values and values of the wrong type', () => {
    // @ts-expect-error: misspelt key
    t('app.nmae');
    // @ts-expect-error: the message needs { count }
    t('count.companies');
    // @ts-expect-error: count is a number for a plural
    t('count.companies', { count: 'two' });
    // @ts-expect-error: plain messages take no values
    t('app.name', { count: 1 });
  });
});

describe('Catalog', () => {
  it('makes a missing key a type error', () => {
    // @ts-expect-error: a catalog lacking keys is not a Catalog
    const incomplete: Catalog = { 'app.name': 'Mont-Blanc INNOVATION' };
    expectTypeOf(incomplete).toEqualTypeOf<Catalog>();
  });
});

describe('MessageValues of problem documents', () => {
  it('reads a plural with an argument inside its branches, and a select', () => {
    expectTypeOf<MessageValues<'problem.detail.validationFailed'>>().toEqualTypeOf<{
      readonly count: number;
      readonly fields: string | number;
    }>();
    expectTypeOf<MessageValues<'problem.field.identifierScheme'>>().toEqualTypeOf<{
      readonly country: string;
      readonly scheme: string | number;
    }>();
  });
});

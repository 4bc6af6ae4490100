import { describe, expect, it } from 'vitest';
import { validateSignInSearch } from '../features/auth/route';
import { validateBudgetSearch } from '../features/budget/route';
import { validateEstablishmentsSearch } from '../features/establishments/route';
import { validateFilieresSearch } from '../features/filieres/route';
import { validateObservatorySearch } from '../features/observatory/route';
import { validateRootSearch } from './root-route';

describe('search parameters in the URL', () => {
  it('keeps a known language and drops any other', () => {
    expect(validateRootSearch({ lang: 'it' })).toEqual({ lang: 'it' });
    expect(validateRootSearch({ lang: 'es' })).toEqual({});
    expect(validateRootSearch({ lang: ['fr'] })).toEqual({});
  });

  it('redirects after sign-in to a path of this app only, never to another site', () => {
    expect(validateSignInSearch({ redirect: '/establishments?country=IT' })).toEqual({
      redirect: '/establishments?country=IT',
    });
    expect(validateSignInSearch({ redirect: '//evil.example/' })).toEqual({});
    expect(validateSignInSearch({ redirect: 'https://evil.example/' })).toEqual({});
    expect(validateSignInSearch({ redirect: '/\\evil.example' })).toEqual({});
  });

  it('keeps an exchange rate written as digits with up to six decimals', () => {
    expect(validateBudgetSearch({ rate: '1.0786' })).toEqual({ rate: '1.0786' });
    expect(validateBudgetSearch({ rate: '1,0786' })).toEqual({});
    expect(validateBudgetSearch({ rate: '-1' })).toEqual({});
  });

  it('keeps the directory filters that parse, trimmed, and drops the others', () => {
    expect(
      validateEstablishmentsSearch({
        q: '  ski ',
        filiere: 'outdoor',
        country: 'CH',
        territory: '6266',
        status: 'closed',
        page: 2,
      }),
    ).toEqual({ q: 'ski', filiere: 'outdoor', country: 'CH', territory: '6266', status: 'closed', page: 2 });
    expect(
      validateEstablishmentsSearch({
        q: 'x'.repeat(101),
        filiere: 'wine',
        country: 'DE',
        status: 'open',
        page: 0,
      }),
    ).toEqual({});
    expect(validateEstablishmentsSearch({ page: '3' })).toEqual({ page: 3 });
    expect(validateEstablishmentsSearch({ page: 1.5 })).toEqual({});
    expect(validateEstablishmentsSearch({ page: 100_001 })).toEqual({});
  });

  it('keeps an explorer entry written system:code', () => {
    expect(validateFilieresSearch({ q: '43.31Z', entry: 'naf:43.31Z', filiere: 'renovation' })).toEqual({
      q: '43.31Z',
      entry: 'naf:43.31Z',
      filiere: 'renovation',
    });
    expect(validateFilieresSearch({ entry: 'sic:1234' })).toEqual({});
  });

  it('keeps the observatory indicator and up to four increasing class breaks', () => {
    expect(
      validateObservatorySearch({
        filiere: 'phyto',
        measure: 'employees',
        year: '2021',
        level: 'country',
        breaks: [1, 2.5],
      }),
    ).toEqual({ filiere: 'phyto', measure: 'employees', year: 2021, level: 'country', breaks: [1, 2.5] });
    expect(validateObservatorySearch({ measure: 'wages', year: 1899, level: 'region' })).toEqual({});
    expect(validateObservatorySearch({ measure: 'establishments-lq' })).toEqual({
      measure: 'establishments-lq',
    });
    expect(validateObservatorySearch({ breaks: [2, 1] })).toEqual({});
    expect(validateObservatorySearch({ breaks: [] })).toEqual({});
    expect(validateObservatorySearch({ breaks: [1, 2, 3, 4, 5] })).toEqual({});
    expect(validateObservatorySearch({ breaks: [1, 'x'] })).toEqual({});
  });

  it('keeps up to six territory codes joined by commas, as written (leading zeros too)', () => {
    expect(validateObservatorySearch({ sel: '74056,007018' })).toEqual({ sel: '74056,007018' });
    // The router reads a lone `sel=74056` as a number.
    expect(validateObservatorySearch({ sel: 74056 })).toEqual({ sel: '74056' });
    expect(validateObservatorySearch({ sel: '74056,74056' })).toEqual({ sel: '74056' });
    expect(validateObservatorySearch({ sel: 'cc-vallee-chamonix,FR' })).toEqual({
      sel: 'cc-vallee-chamonix,FR',
    });
    expect(validateObservatorySearch({ sel: '1,2,3,4,5,6,7' })).toEqual({});
    expect(validateObservatorySearch({ sel: '74056,<b>' })).toEqual({});
    expect(validateObservatorySearch({ sel: '' })).toEqual({});
    expect(validateObservatorySearch({ sel: ['74056'] })).toEqual({});
  });
});

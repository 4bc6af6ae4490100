import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';

describe('pickLanguage', () => {
  it('takes the language of the URL first, so that a shared link opens in the sender’s language', () => {
    expect(pickLanguage('it', 'de', ['en-GB'])).toBe('it');
  });

  it('then the language the reader chose last time', () => {
    expect(pickLanguage(undefined, 'de', ['it-IT'])).toBe('de');
  });

  it('then the browser’s preferences, best first', () => {
    expect(pickLanguage(undefined, null, ['de-CH', 'fr'])).toBe('de');
    expect(pickLanguage(undefined, null, ['es-ES', 'it'])).toBe('it');
  });

  it('ignores values it does not know and falls back to French', () => {
    expect(pickLanguage('xx', 'klingon', ['es-ES'])).toBe('fr');
    expect(pickLanguage(undefined, null, [])).toBe('fr');
  });
});

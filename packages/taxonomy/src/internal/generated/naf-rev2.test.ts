import nafSource from '@socialgouv/codes-naf/index.json';
import nafPackage from '@socialgouv/codes-naf/package.json';
import { describe, expect, it } from 'vitest';
import { renderNafModule } from '../../../scripts/render-naf.ts';
import committed from './naf-rev2.ts?raw';

describe('generated NAF data', () => {
  it('is exactly what `pnpm run generate` writes from the installed @socialgouv/codes-naf', () => {
    expect(committed).toBe(renderNafModule(nafSource, nafPackage.version));
  });
});

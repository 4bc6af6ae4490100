import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../test/render-app';
import { renderIn } from '../test/with-i18n';
import { ProblemAlert } from './problem-alert';

describe('ProblemAlert', () => {
  it('shows the API’s problem as it wrote it in the reader’s language, with the fields at fault', () => {
    renderIn(
      'it',
      <ProblemAlert
        problem={{
          type: 'urn:mbi:problem:validation-failed',
          code: 'validation-failed',
          title: 'Richiesta non valida',
          status: 400,
          detail: 'Il campo nationalIdentifier non è valido.',
          requestId: 'req-1',
          errors: [
            { field: 'body.nationalIdentifier', code: 'checksum', message: 'Cifra di controllo errata.' },
          ],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Richiesta non valida');
    expect(alert.textContent).toContain('Il campo nationalIdentifier non è valido.');
    expect(alert.textContent).toContain('Cifra di controllo errata.');
    expect(alert.textContent).toContain('Identificativo della richiesta: req-1');
  });

  it('replaces the client’s English words for a network failure with the catalog’s', () => {
    renderIn(
      'de',
      <ProblemAlert
        problem={{
          type: 'urn:mbi:problem:network',
          code: 'network',
          title: 'The API could not be reached',
          status: 0,
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).not.toContain('The API could not be reached');
    expect(alert.textContent).toMatch(/Server/);
  });
});

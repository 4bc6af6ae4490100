import type { Budget } from '@mbi/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderApp } from '../../test/render-app';

const eur = (amount: string) => ({ amount, currency: 'EUR' as const });
const erdfRow = (
  partnerId: Budget['partners'][number]['partnerId'],
  partner: string,
  country: 'FR' | 'IT',
  eligible: string,
  erdf: string,
  contribution: string,
): Budget['partners'][number] => ({
  partnerId,
  partner,
  country,
  fundingSource: 'erdf',
  inErdf: true,
  currency: 'EUR',
  eligible: eur(eligible),
  erdfRate: '0.85',
  erdf: eur(erdf),
  contribution: eur(contribution),
});

// The seed's financing table (the project description): eligible totals, ERDF at 85 % truncated to the cent,
// contributions, and the totals as sums of the partners' amounts.
const BUDGET: Budget = {
  rules: { fund: '', totals: '', outsideErdf: '' },
  partners: [
    erdfRow('cc-vallee-chamonix', 'CC Vallée de Chamonix', 'FR', '425694.00', '361839.90', '63854.10'),
    erdfRow('cc-pays-mont-blanc', 'CC Pays du Mont-Blanc', 'FR', '422517.30', '359139.70', '63377.60'),
    erdfRow('chambre-valdotaine', 'Chambre valdôtaine', 'IT', '615479.70', '523157.74', '92321.96'),
    {
      partnerId: 'cimark',
      partner: 'CimArk',
      country: 'CH',
      fundingSource: 'swiss',
      inErdf: false,
      currency: 'CHF',
      eligible: { amount: '306200.00', currency: 'CHF' },
      erdfRate: null,
      erdf: null,
      contribution: null,
    },
  ],
  totals: {
    erdf: { eligible: eur('1463691.00'), erdf: eur('1244137.34'), contribution: eur('219553.66') },
    outsideErdf: [{ eligible: { amount: '306200.00', currency: 'CHF' } }],
  },
};

describe('the budget page', () => {
  it('writes the ERDF total the French way', async () => {
    fakeApi({ '/v1/budget': BUDGET });
    const { container } = await renderApp('/budget?lang=fr');
    await waitFor(() =>
      expect(container.querySelector('tfoot')?.textContent).toContain('1\u202f244\u202f137,34\u00a0€'),
    );
    expect(container.querySelector('tfoot')?.textContent).toContain('1\u202f463\u202f691,00\u00a0€');
    expect(screen.getByRole('link', { name: 'Télécharger (CSV)' }).getAttribute('href')).toBe(
      '/v1/budget?format=csv&lang=fr',
    );
  });

  it('writes it the Italian way, and CimArk’s francs the Swiss German way', async () => {
    fakeApi({ '/v1/budget': BUDGET });
    const italian = await renderApp('/budget?lang=it');
    await waitFor(() =>
      expect(italian.container.querySelector('tfoot')?.textContent).toContain('1.244.137,34\u00a0€'),
    );
    italian.unmount();
    const german = await renderApp('/budget?lang=de');
    await waitFor(() => expect(german.container.textContent).toContain("CHF\u00a0306'200.00"));
  });

  it('converts CimArk’s budget at the rate typed, keeps the rate in the URL, and says when it is not a number', async () => {
    fakeApi({ '/v1/budget': BUDGET });
    const { router, container } = await renderApp('/budget?lang=fr');
    const rate = await screen.findByLabelText('Taux de change (CHF pour 1 EUR)');
    // 306,200 CHF ÷ 1.0786 = 283,886.52 EUR (half-up).
    await waitFor(() => expect(container.textContent).toContain('283\u202f886,52\u00a0€'));
    fireEvent.change(rate, { target: { value: '1,1' } });
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Saisissez un nombre positif/)).toBeTruthy();
    fireEvent.change(rate, { target: { value: '1.1' } });
    // 306,200 ÷ 1.1 = 278,363.636… → 278,363.64 EUR.
    await waitFor(() => expect(container.textContent).toContain('278\u202f363,64\u00a0€'));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ rate: '1.1' }));
  });

  it('shows the API’s problem in the reader’s language instead of a blank page', async () => {
    fakeApi({
      '/v1/budget': () =>
        Response.json(
          {
            type: 'urn:mbi:problem:service-unavailable',
            code: 'service-unavailable',
            title: 'Service indisponible',
            status: 503,
            detail: 'La base de données ne répond pas.',
          },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    await renderApp('/budget?lang=fr');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Service indisponible');
    expect(alert.textContent).toContain('La base de données ne répond pas.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});

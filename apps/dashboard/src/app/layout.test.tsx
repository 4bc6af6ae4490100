import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderApp } from '../test/render-app';

describe('the layout', () => {
  it('switches the language, puts it in the URL and remembers it', async () => {
    fakeApi({});
    const { router } = await renderApp('/sign-in?lang=fr');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Connexion');
    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'it' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Accesso'));
    expect(router.state.location.search).toMatchObject({ lang: 'it' });
    expect(localStorage.getItem('mbi.lang')).toBe('it');
    expect(document.documentElement.lang).toBe('it');
  });

  it('offers the directory and the administration only to those who may use them', async () => {
    fakeApi({});
    await renderApp('/?lang=fr');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(nav.textContent).toContain('Budget');
    expect(nav.textContent).not.toContain('Établissements');
    expect(nav.textContent).not.toContain('Administration');
  });

  it('shows the editor’s name and the directory, not the administration', async () => {
    fakeApi({
      '/v1/auth/me': {
        kind: 'user',
        id: 'u1',
        label: 'Eddie Editor',
        role: 'editor',
        partnerId: 'cimark',
        csrfToken: 't',
      },
    });
    await renderApp('/?lang=fr');
    expect(await screen.findByText('Eddie Editor, Éditeur')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(nav.textContent).toContain('Établissements');
    expect(nav.textContent).not.toContain('Administration');
  });

  it('keeps a link’s language when moving to another page', async () => {
    fakeApi({});
    const { router } = await renderApp('/?lang=de');
    fireEvent.click(await screen.findByRole('link', { name: 'Budget' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/budget'));
    expect(router.state.location.search).toMatchObject({ lang: 'de' });
    // The focus moves to the new page's content, as after a page load.
    await waitFor(() => expect(document.activeElement?.id).toBe('main'));
  });

  it('says on every screen when it shows demo data', async () => {
    fakeApi({
      '/v1/meta': {
        version: '0.1.0',
        database: 'pglite',
        demo: true,
        languages: ['fr', 'it', 'de', 'en'],
        signIn: 'password',
      },
    });
    await renderApp('/budget?lang=it');
    expect((await screen.findByTestId('demo-banner')).textContent).toBe(
      'Dati dimostrativi: le unità locali e gli utenti mostrati sono fittizi.',
    );
  });

  it('shows no banner on real data', async () => {
    fakeApi({
      '/v1/meta': {
        version: '0.1.0',
        database: 'postgres',
        demo: false,
        languages: ['fr'],
        signIn: 'password',
      },
    });
    await renderApp('/?lang=fr');
    expect(await screen.findByText('Version 0.1.0')).toBeTruthy();
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });
});

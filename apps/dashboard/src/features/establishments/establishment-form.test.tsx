import type { Establishment, Versioned } from '@mbi/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../test/render-app';
import { renderIn } from '../../test/with-i18n';
import { EstablishmentEditor } from './establishment-form';
import { emptyForm, formOf } from './form-model';

const stored: Establishment = {
  id: '00000000-0000-4000-8000-000000000001',
  country: 'FR',
  nationalIdentifier: '35600000000048',
  name: 'Atelier de skis',
  activityCode: '32.30Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '02',
  status: 'active',
  openedOn: '2018-03-01',
  partnerId: 'cc-vallee-chamonix',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  version: 1,
  naceClass: '32.30',
  filieres: ['outdoor'],
};

describe('EstablishmentEditor', () => {
  it('says inline, when the field is left, that a SIRET fails its check, and clears it once fixed', () => {
    const onSave = vi.fn();
    renderIn('fr', <EstablishmentEditor initial={emptyForm('FR')} onSave={onSave} chooseOwner={false} />);
    const identifier = screen.getByLabelText('Identifiant');
    fireEvent.change(identifier, { target: { value: '35600000000049' } });
    expect(identifier.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(identifier);
    expect(identifier.getAttribute('aria-invalid')).toBe('true');
    const describedBy = identifier.getAttribute('aria-describedby')?.split(' ') ?? [];
    const error = document.getElementById(describedBy.at(-1) ?? '');
    expect(error?.textContent).toMatch(/L’identifiant 35600000000049 n’est pas valide/);
    fireEvent.change(identifier, { target: { value: '356 000 000 00048' } });
    expect(identifier.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText(/Identifiant valide \(SIRET/)).toBeTruthy();
  });

  it('sends nothing while a field is wrong, and puts the focus on the first one', () => {
    const onSave = vi.fn();
    renderIn('fr', <EstablishmentEditor initial={emptyForm('FR')} onSave={onSave} chooseOwner={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Identifiant'));
    expect(screen.getAllByText('Ce champ est obligatoire.').length).toBeGreaterThanOrEqual(4);
  });

  it('shows a 412 conflict with the stored version beside the reader’s values, then saves against it', async () => {
    const base: Versioned<Establishment> = { establishment: stored, etag: '"1"' };
    const theirs: Versioned<Establishment> = {
      establishment: { ...stored, name: 'Atelier de skis Dupont', version: 2 },
      etag: '"2"',
    };
    const onSave = vi
      .fn()
      .mockResolvedValueOnce({
        ok: false,
        problem: {
          type: 'urn:mbi:problem:precondition-failed',
          code: 'precondition-failed',
          title: 'x',
          status: 412,
        },
        current: theirs,
      })
      .mockResolvedValueOnce({ ok: true });
    renderIn(
      'fr',
      <EstablishmentEditor initial={formOf(stored)} base={base} onSave={onSave} chooseOwner={false} />,
    );
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Atelier de skis Martin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const conflict = await screen.findByRole('alert');
    expect(conflict.textContent).toContain('Quelqu’un a modifié cet établissement entre-temps');
    expect(conflict.textContent).toContain('version 2');
    const row = screen.getByRole('row', { name: /Nom/ });
    expect(row.textContent).toContain('Atelier de skis Martin');
    expect(row.textContent).toContain('Atelier de skis Dupont');
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer mes valeurs à la version actuelle' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls[1]?.[1]).toBe(theirs);
    expect(onSave.mock.calls[1]?.[0].name).toBe('Atelier de skis Martin');
    expect(await screen.findByText('Établissement enregistré.')).toBeTruthy();
  });
});

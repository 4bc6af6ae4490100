import type { Establishment, Problem, Versioned } from '@mbi/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createLazyRoute, Link, useNavigate, useParams } from '@tanstack/react-router';
import { clientFor } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { RequireSession } from '../../session/require-session';
import { type Me, permissionsOf } from '../../session/session';
import { usePageTitle } from '../../ui/page-title';
import { QueryView } from '../../ui/query-view';
import { EstablishmentEditor } from './establishment-form';
import { emptyForm, formOf, inputOf, patchOf } from './form-model';
import { establishmentKeys, establishmentQuery } from './queries';

export const newEstablishmentLazyRoute = createLazyRoute('/establishments/new')({
  component: NewEstablishmentPage,
});
export const establishmentLazyRoute = createLazyRoute('/establishments/$id')({
  component: EstablishmentPage,
});

export type SaveOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: Problem; readonly current?: Versioned<Establishment> };

function NewEstablishmentPage() {
  const { t } = useI18n();
  usePageTitle(t('dashboard.establishments.createTitle'));
  return (
    <>
      <h1>{t('dashboard.establishments.createTitle')}</h1>
      <RequireSession>{(me) => <CreateForm me={me} />}</RequireSession>
    </>
  );
}

function CreateForm({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!permissionsOf(me).canCreate) {
    return (
      <p role="alert" className="alert">
        {t('error.forbidden')}
      </p>
    );
  }
  const initial = emptyForm(
    me.partnerId === 'chambre-valdotaine' ? 'IT' : me.partnerId === 'cimark' ? 'CH' : 'FR',
  );
  const save = async (form: ReturnType<typeof emptyForm>): Promise<SaveOutcome> => {
    const created = await clientFor(locale).createEstablishment(inputOf(form));
    if (!created.ok) return { ok: false, problem: created.problem };
    await queryClient.invalidateQueries({ queryKey: establishmentKeys.lists() });
    await navigate({ to: '/establishments/$id', params: { id: created.value.establishment.id } });
    return { ok: true };
  };
  return <EstablishmentEditor initial={initial} onSave={save} chooseOwner={me.role === 'admin'} />;
}

function EstablishmentPage() {
  const { id } = useParams({ from: '/establishments/$id' });
  const { t, locale } = useI18n();
  const query = useQuery(establishmentQuery(locale, id));
  return (
    <>
      {/* Until the establishment is there (signing in, loading, failed), the page is still titled. */}
      {query.isSuccess ? null : <h1>{t('nav.establishments')}</h1>}
      <RequireSession>
        {(me) => (
          <QueryView query={query}>{(versioned) => <EditForm me={me} versioned={versioned} />}</QueryView>
        )}
      </RequireSession>
    </>
  );
}

function EditForm({ me, versioned }: { me: Me; versioned: Versioned<Establishment> }) {
  const { t, locale, labels } = useI18n();
  const queryClient = useQueryClient();
  const { establishment } = versioned;
  usePageTitle(establishment.name);
  const writable = permissionsOf(me).canWrite(establishment.partnerId ?? null);
  const save = async (
    form: ReturnType<typeof emptyForm>,
    base: Versioned<Establishment> | undefined = versioned,
  ): Promise<SaveOutcome> => {
    const client = clientFor(locale);
    const updated = await client.updateEstablishment(
      base.establishment.id,
      patchOf(base.establishment, form),
      base.etag,
    );
    if (updated.ok) {
      queryClient.setQueryData(establishmentKeys.detail(base.establishment.id), updated.value);
      await queryClient.invalidateQueries({ queryKey: establishmentKeys.lists() });
      return { ok: true };
    }
    if (updated.problem.code === 'precondition-failed') {
      // Someone saved first: show their version beside the reader's values, which stay in the form.
      const current = await client.getEstablishment(base.establishment.id);
      if (current.ok) return { ok: false, problem: updated.problem, current: current.value };
    }
    return { ok: false, problem: updated.problem };
  };
  return (
    <>
      <h1>
        {writable
          ? t('dashboard.establishments.editTitle', { name: establishment.name })
          : establishment.name}
      </h1>
      <p>
        <Link to="/establishments">{t('nav.establishments')}</Link>
      </p>
      {writable ? (
        <EstablishmentEditor
          key={versioned.etag}
          initial={formOf(establishment)}
          base={versioned}
          onSave={save}
          chooseOwner={me.role === 'admin'}
        />
      ) : (
        <>
          <p className="alert" role="note">
            {t('dashboard.establishments.readOnly', {
              owner: establishment.partnerId === undefined ? '—' : labels.partner[establishment.partnerId],
            })}
          </p>
          <ReadOnlyEstablishment establishment={establishment} />
        </>
      )}
    </>
  );
}

function ReadOnlyEstablishment({ establishment }: { establishment: Establishment }) {
  const { t, labels, date } = useI18n();
  return (
    <dl className="pairs card">
      <dt>{t('field.identifier')}</dt>
      <dd>
        <code>{establishment.nationalIdentifier}</code>
      </dd>
      <dt>{t('field.country')}</dt>
      <dd>{labels.country[establishment.country]}</dd>
      <dt>{t('field.activityCode')}</dt>
      <dd>
        <code>{establishment.activityCode}</code> (
        {labels.activityCodeScheme[establishment.activityCodeScheme]}) → {establishment.naceClass}
      </dd>
      <dt>{t('field.filiere')}</dt>
      <dd>{establishment.filieres.map((id) => labels.filiere[id]).join(', ') || '—'}</dd>
      <dt>{t('field.municipality')}</dt>
      <dd>{establishment.territoryUnitCode}</dd>
      <dt>{t('field.sizeBand')}</dt>
      <dd>{labels.sizeBand[establishment.sizeBand]}</dd>
      <dt>{t('field.status')}</dt>
      <dd>{labels.establishmentStatus[establishment.status]}</dd>
      <dt>{t('field.creationDate')}</dt>
      <dd>{date(establishment.openedOn)}</dd>
      <dt>{t('field.updatedAt')}</dt>
      <dd>{date(establishment.updatedAt)}</dd>
    </dl>
  );
}

import type { Establishment, Problem, Versioned } from '@mbi/client';
import {
  COUNTRY_CODES,
  type CountryCode,
  ESTABLISHMENT_STATUSES,
  PARTNER_IDS,
  SIZE_BANDS,
} from '@mbi/domain';
import type { MessageKey } from '@mbi/i18n';
import { type FormEvent, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';
import { ProblemAlert } from '../../ui/problem-alert';
import type { SaveOutcome } from './establishment-page';
import {
  ACTIVITY_SCHEMES_OF,
  checkIdentifier,
  differences,
  type EstablishmentForm,
  type FormErrors,
  formOf,
  validateForm,
} from './form-model';

const FIELD_LABELS: Readonly<Record<keyof EstablishmentForm, MessageKey>> = {
  country: 'field.country',
  nationalIdentifier: 'field.identifier',
  name: 'field.name',
  activityCode: 'field.activityCode',
  activityCodeScheme: 'field.scheme',
  territoryUnitCode: 'field.municipality',
  sizeBand: 'field.sizeBand',
  status: 'field.status',
  openedOn: 'field.creationDate',
  closedOn: 'field.closingDate',
  partnerId: 'dashboard.establishments.partner',
};

/** The API's field errors (`body.nationalIdentifier`) placed under the form's fields. */
function fieldErrorsOf(problem: Problem): FormErrors {
  const errors: FormErrors = {};
  for (const error of problem.errors ?? []) {
    const field = error.field.replace(/^body\./, '') as keyof EstablishmentForm;
    if (field in FIELD_LABELS) errors[field] = error.message;
  }
  return errors;
}

/**
 * The establishment form: every field checked as it is left (the national identifier with `@mbi/domain`'s
 * validators, as the API checks it), all of them on submit with the focus on the first wrong one; the API's
 * refusal shown in the reader's language; a 412 shown with the stored version beside the reader's values.
 */
export function EstablishmentEditor({
  initial,
  base: initialBase,
  onSave,
  chooseOwner,
}: {
  initial: EstablishmentForm;
  base?: Versioned<Establishment>;
  onSave: (form: EstablishmentForm, base: Versioned<Establishment> | undefined) => Promise<SaveOutcome>;
  chooseOwner: boolean;
}) {
  const { t, labels } = useI18n();
  const [form, setForm] = useState(initial);
  const [base, setBase] = useState(initialBase);
  const [touched, setTouched] = useState<Partial<Record<keyof EstablishmentForm, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState<Versioned<Establishment> | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const localErrors = validateForm(form, t, labels);
  const serverErrors = problem === null ? {} : fieldErrorsOf(problem);
  const errorOf = (field: keyof EstablishmentForm) =>
    submitted || touched[field] ? (localErrors[field] ?? serverErrors[field]) : serverErrors[field];
  const identifierCheck =
    form.nationalIdentifier.trim() === ''
      ? null
      : checkIdentifier(form.country, form.nationalIdentifier, t, labels);

  const set = <K extends keyof EstablishmentForm>(field: K, value: EstablishmentForm[K]) => {
    setSaved(false);
    setForm((previous) => {
      const next = { ...previous, [field]: value };
      if (field === 'country') {
        const schemes = ACTIVITY_SCHEMES_OF[value as CountryCode];
        if (!schemes.includes(next.activityCodeScheme)) next.activityCodeScheme = schemes[0] ?? 'nace';
      }
      if (field === 'status' && value === 'active') next.closedOn = '';
      return next;
    });
  };
  const leave = (field: keyof EstablishmentForm) =>
    setTouched((previous) => ({ ...previous, [field]: true }));
  const control = (field: keyof EstablishmentForm) => ({ name: field, onBlur: () => leave(field) });

  const save = async (against: Versioned<Establishment> | undefined) => {
    setBusy(true);
    const outcome = await onSave(form, against);
    setBusy(false);
    if (outcome.ok) {
      setProblem(null);
      setConflict(null);
      setSaved(true);
      return;
    }
    setProblem(outcome.current === undefined ? outcome.problem : null);
    setConflict(outcome.current ?? null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setSaved(false);
    const first = (Object.keys(localErrors) as (keyof EstablishmentForm)[])[0];
    if (first !== undefined) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    void save(base);
  };

  const reapply = () => {
    if (conflict === null) return;
    setBase(conflict);
    setConflict(null);
    void save(conflict);
  };

  return (
    <>
      {problem === null ? null : <ProblemAlert problem={problem} />}
      {conflict === null ? null : <ConflictView mine={form} theirs={conflict} onReapply={reapply} />}
      {saved ? (
        <p role="status" className="alert alert-success">
          {t('dashboard.establishments.saved')}
        </p>
      ) : null}
      <form ref={formRef} className="form grid" noValidate onSubmit={submit}>
        <FormField label={t('field.country')}>
          {(props) => (
            <select
              {...props}
              {...control('country')}
              value={form.country}
              onChange={(event) => set('country', event.target.value as CountryCode)}
            >
              {COUNTRY_CODES.map((code) => (
                <option key={code} value={code}>
                  {labels.country[code]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('field.identifier')}
          hint={t('dashboard.establishments.identifierHint', { country: form.country })}
          error={errorOf('nationalIdentifier')}
          success={
            identifierCheck?.ok === true
              ? t('dashboard.establishments.identifierValid', {
                  scheme: labels.identifierScheme[identifierCheck.scheme],
                })
              : null
          }
        >
          {(props) => (
            <input
              {...props}
              {...control('nationalIdentifier')}
              autoComplete="off"
              spellCheck={false}
              value={form.nationalIdentifier}
              onChange={(event) => set('nationalIdentifier', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.name')} error={errorOf('name')}>
          {(props) => (
            <input
              {...props}
              {...control('name')}
              value={form.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.activityCode')} error={errorOf('activityCode')}>
          {(props) => (
            <input
              {...props}
              {...control('activityCode')}
              spellCheck={false}
              value={form.activityCode}
              onChange={(event) => set('activityCode', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.scheme')}>
          {(props) => (
            <select
              {...props}
              {...control('activityCodeScheme')}
              value={form.activityCodeScheme}
              onChange={(event) =>
                set('activityCodeScheme', event.target.value as EstablishmentForm['activityCodeScheme'])
              }
            >
              {ACTIVITY_SCHEMES_OF[form.country].map((scheme) => (
                <option key={scheme} value={scheme}>
                  {labels.activityCodeScheme[scheme]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('field.municipality')} error={errorOf('territoryUnitCode')}>
          {(props) => (
            <input
              {...props}
              {...control('territoryUnitCode')}
              value={form.territoryUnitCode}
              onChange={(event) => set('territoryUnitCode', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('field.sizeBand')}>
          {(props) => (
            <select
              {...props}
              {...control('sizeBand')}
              value={form.sizeBand}
              onChange={(event) => set('sizeBand', event.target.value as EstablishmentForm['sizeBand'])}
            >
              {SIZE_BANDS.map((band) => (
                <option key={band} value={band}>
                  {labels.sizeBand[band]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('field.status')}>
          {(props) => (
            <select
              {...props}
              {...control('status')}
              value={form.status}
              onChange={(event) => set('status', event.target.value as EstablishmentForm['status'])}
            >
              {ESTABLISHMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {labels.establishmentStatus[status]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('field.creationDate')} error={errorOf('openedOn')}>
          {(props) => (
            <input
              {...props}
              {...control('openedOn')}
              type="date"
              value={form.openedOn}
              onChange={(event) => set('openedOn', event.target.value)}
            />
          )}
        </FormField>
        {form.status === 'closed' ? (
          <FormField label={t('field.closingDate')} error={errorOf('closedOn')}>
            {(props) => (
              <input
                {...props}
                {...control('closedOn')}
                type="date"
                value={form.closedOn}
                onChange={(event) => set('closedOn', event.target.value)}
              />
            )}
          </FormField>
        ) : null}
        {chooseOwner ? (
          <FormField label={t('dashboard.establishments.partner')} error={errorOf('partnerId')}>
            {(props) => (
              <select
                {...props}
                {...control('partnerId')}
                value={form.partnerId}
                onChange={(event) => set('partnerId', event.target.value)}
              >
                <option value="">{t('dashboard.admin.noPartner')}</option>
                {PARTNER_IDS.map((id) => (
                  <option key={id} value={id}>
                    {labels.partner[id]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t('dashboard.establishments.save')}
          </button>
        </div>
      </form>
    </>
  );
}

function ConflictView({
  mine,
  theirs,
  onReapply,
}: {
  mine: EstablishmentForm;
  theirs: Versioned<Establishment>;
  onReapply: () => void;
}) {
  const { t } = useI18n();
  const stored = formOf(theirs.establishment);
  const fields = differences(mine, stored);
  return (
    <section className="alert alert-warning" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('dashboard.establishments.conflictTitle')}</h2>
      <p>{t('dashboard.establishments.conflictIntro', { version: theirs.establishment.version })}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('dashboard.establishments.conflictTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.establishments.field')}</th>
              <th scope="col">{t('dashboard.establishments.conflictYours')}</th>
              <th scope="col">{t('dashboard.establishments.conflictTheirs')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{t(FIELD_LABELS[field])}</th>
                <td>{mine[field] || '—'}</td>
                <td>{stored[field] || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={onReapply}>
        {t('dashboard.establishments.conflictRetry')}
      </button>
    </section>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/session';
import { FormField } from '../../ui/form-field';
import { ErrorState, Loading } from '../../ui/problem-alert';
import {
  BODY_LIMIT_MB,
  createImport,
  ESTABLISHMENT_FORMATS,
  IMPORT_FORMATS,
  type ImportFormatId,
  type ImportJob,
  importQuery,
  importRejectsCsvUrl,
} from './import-queries';
import { observatoryKeys } from './queries';

const SUMMARY_FIELDS = ['read', 'imported', 'updated', 'unchanged', 'skipped', 'rejected'] as const;

/**
 * Imports a small file through `POST /v1/imports` (editors for their partner's territory, admins), polls the
 * job until it ends and shows its summary; the observatory's figures are read again after a success. Shown
 * only to those the API would accept.
 */
export function ImportSection() {
  const { canCreate } = usePermissions();
  if (!canCreate) return null;
  return <ImportForm />;
}

function ImportForm() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<ImportFormatId>('sirene-establishments');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const needsYear = ESTABLISHMENT_FORMATS.has(format);
  const start = useMutation({
    mutationFn: async () => {
      if (file === null) throw new Error('no file');
      const content = await file.text();
      return createImport(locale, {
        format,
        fileName: file.name,
        content,
        ...(needsYear ? { year: Number(year) } : {}),
      });
    },
    onSuccess: (job) => {
      queryClient.setQueryData(importQuery(locale, job.id).queryKey, job);
      setJobId(job.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file === null) return;
    setJobId(null);
    start.mutate();
  };
  return (
    <section className="observatory-import" aria-labelledby="observatory-import-heading">
      <h2 id="observatory-import-heading">{t('dashboard.observatory.import.heading')}</h2>
      <p className="note">{t('dashboard.observatory.import.limit', { size: BODY_LIMIT_MB })}</p>
      <form onSubmit={submit}>
        <FormField label={t('dashboard.observatory.import.format')}>
          {(props) => (
            <select
              {...props}
              value={format}
              onChange={(event) => setFormat(event.target.value as ImportFormatId)}
            >
              {IMPORT_FORMATS.map((id) => (
                <option key={id} value={id}>
                  {t(`dashboard.observatory.import.formats.${id}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {needsYear ? (
          <FormField label={t('dashboard.observatory.import.year')}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={1900}
                max={2100}
                required
                value={year}
                onChange={(event) => setYear(event.target.value)}
              />
            )}
          </FormField>
        ) : null}
        <FormField label={t('dashboard.observatory.import.file')}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <button type="submit" disabled={file === null || start.isPending}>
          {t('dashboard.observatory.import.submit')}
        </button>
      </form>
      {start.isError ? <ErrorState error={start.error} /> : null}
      {start.isPending ? <Loading /> : null}
      {jobId === null ? null : <ImportProgress id={jobId} />}
    </section>
  );
}

function ImportProgress({ id }: { id: string }) {
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const job = useQuery(importQuery(locale, id));
  const status = job.data?.status;
  useEffect(() => {
    if (status === 'succeeded') void queryClient.invalidateQueries({ queryKey: observatoryKeys.all });
  }, [status, queryClient]);
  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  if (job.data === undefined) return <Loading />;
  return <ImportResult job={job.data} rejectsUrl={importRejectsCsvUrl(locale, id)} />;
}

/** An import's status and, once it has ended, its summary and the link to its rejects. */
export function ImportResult({ job, rejectsUrl }: { job: ImportJob; rejectsUrl: string }) {
  const { t } = useI18n();
  return (
    <div className="observatory-import-result" aria-live="polite">
      <p>
        {t('dashboard.observatory.import.status', { status: job.statusLabel })}
        {job.status === 'running'
          ? ` ${t('dashboard.observatory.import.rows', { count: job.progress.rowsRead })}`
          : null}
      </p>
      {job.error === null ? null : (
        <div role="alert" className="alert alert-error">
          <p>{job.error.message}</p>
        </div>
      )}
      {job.status === 'running' ? null : (
        <>
          <dl className="observatory-import-summary">
            {SUMMARY_FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`dashboard.observatory.import.summary.${field}`)}</dt>
                <dd>{job.summary[field]}</dd>
              </div>
            ))}
          </dl>
          {job.summary.rejected > 0 ? (
            <p>
              <a className="button-link" href={rejectsUrl} download={`import-${job.id}-rejects.csv`}>
                {t('dashboard.observatory.import.rejects')}
              </a>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

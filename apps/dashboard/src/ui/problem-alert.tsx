import type { Problem } from '@mbi/client';
import { useI18n } from '../i18n/i18n';
import { problemOf } from './problem';

/**
 * A problem document in the reader's language. The API writes titles, details and field messages in the
 * language the client asked for; the client's own failures (no answer, an unreadable one) have English
 * titles, so they are replaced by catalog messages here.
 */
export function ProblemAlert({ problem, onRetry }: { problem: Problem; onRetry?: () => void }) {
  const { t } = useI18n();
  const own = problem.code === 'network' || problem.code === 'unexpected-response';
  const title =
    problem.code === 'network' ? t('error.network') : own ? t('dashboard.state.error') : problem.title;
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{title}</p>
      {!own && problem.detail !== undefined && problem.detail !== problem.title ? (
        <p>{problem.detail}</p>
      ) : null}
      {problem.errors !== undefined && problem.errors.length > 0 ? (
        <>
          <p>{t('dashboard.problem.fields')}</p>
          <ul>
            {problem.errors.map((error) => (
              <li key={`${error.field}:${error.code}`}>
                <code>{error.field}</code> — {error.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problem.requestId === undefined ? null : (
        <p className="muted">{t('dashboard.problem.requestId', { id: problem.requestId })}</p>
      )}
      {onRetry === undefined ? null : (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Any error of a query: a problem document when there is one, else the generic message. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const problem = problemOf(error);
  if (problem !== null)
    return <ProblemAlert problem={problem} {...(onRetry === undefined ? {} : { onRetry })} />;
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{t('dashboard.state.error')}</p>
      {onRetry === undefined ? null : (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

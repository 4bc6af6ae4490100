import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A secret shown once (a new API key, a one-time password): selected for copying, focused, then dismissed. */
export function ShownOnce({
  value,
  message,
  onDismiss,
}: {
  value: string;
  message: string;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <div className="alert alert-success" role="status">
      <p className="alert-title">{message}</p>
      <input
        ref={ref}
        className="secret"
        readOnly
        value={value}
        aria-label={message}
        data-testid="shown-once"
      />
      <button type="button" onClick={onDismiss}>
        {t('dashboard.admin.dismiss')}
      </button>
    </div>
  );
}

import { type ReactNode, useId } from 'react';

/**
 * A labelled control with its hint and its inline error: the error is linked with `aria-describedby` and
 * marks the control `aria-invalid`, so a screen reader reads it when the control takes focus.
 */
export function FormField({
  label,
  hint,
  error,
  success,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  success?: string | null | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error ? errorId : success ? `${id}-ok` : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {children({
        id,
        ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : success ? (
        <span id={`${id}-ok`} className="field-ok">
          {success}
        </span>
      ) : null}
    </div>
  );
}

import type { InputHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { FieldError } from './FieldError';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  /** The input's id; the hint and error take `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly label: ReactNode;
  readonly optional?: boolean;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly hint?: ReactNode;
  readonly hintClassName?: string;
  /** Shown under the field and announced with it; the field is marked invalid while set. */
  readonly error?: string | null;
}

/**
 * A labelled single-line field with its hint and inline error, wired for screen readers the same
 * way everywhere: user text in its own direction unless told otherwise.
 */
export function TextField({
  id,
  label,
  optional,
  value,
  onValue,
  hint,
  hintClassName = 'field__hint',
  error,
  className = 'input',
  dir = 'auto',
  ...input
}: Props) {
  const { t } = useI18n();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="field__optional">({t('common.optional')})</span>
          </>
        )}
      </label>
      <input
        {...input}
        id={id}
        className={className}
        value={value}
        dir={dir}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onValue(e.target.value)}
      />
      {hint && (
        <p id={hintId} className={hintClassName}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error ?? null} />
    </div>
  );
}

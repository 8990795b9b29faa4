import { Icon } from './Icon';

/** An inline message under a field, referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { readonly id: string; readonly message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      <Icon name="alert" />
      <span>{message}</span>
    </p>
  );
}

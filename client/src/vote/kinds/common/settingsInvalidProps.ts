import type { KindFieldsProps } from '../settingsPart';

/** The aria attributes of a settings field that may carry a message. */
export function invalidProps(props: Pick<KindFieldsProps<unknown>, 'problem' | 'idBase'>, field: string) {
  const message = props.problem(field);
  return message
    ? { 'aria-invalid': true as const, 'aria-describedby': `${props.idBase}-${field}-error` }
    : {};
}

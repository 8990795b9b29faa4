import type { VoteDraft } from './voteDraft';

/** What each part of the vote settings form gets: the draft, a way to change it, its messages. */
export interface VoteFieldProps {
  readonly draft: VoteDraft;
  readonly change: (patch: Partial<VoteDraft>) => void;
  /** The message for a field ("budget", "criteria.0.label"…), once the facilitator has tried to save. */
  readonly problem: (field: string) => string | null;
  /** Prefix for element ids, unique to this form. */
  readonly idBase: string;
}

/** The aria attributes of a field that may carry a message. */
export function invalidProps(props: VoteFieldProps, field: string) {
  const message = props.problem(field);
  return message
    ? { 'aria-invalid': true as const, 'aria-describedby': `${props.idBase}-${field}-error` }
    : {};
}

/**
 * The add/edit form of a decision or action item, as plain data: what the form starts from, whether
 * it can be sent, and the command payloads it becomes. Pure, so every rule here has a test.
 */
import {
  type ActionStatus,
  type ClientEventPayload,
  type OutcomeKind,
  type OutcomeView,
  validDate,
} from '@majlis/shared';

export interface OutcomeDraft {
  readonly kind: OutcomeKind;
  readonly text: string;
  readonly owner: string;
  readonly organization: string;
  /** `YYYY-MM-DD` as a date input gives it, or '' for none. */
  readonly due: string;
  readonly status: ActionStatus;
  readonly itemIds: readonly string[];
  readonly sdgs: readonly number[];
}

export type DraftProblem = 'textRequired' | 'dueInvalid';

export function emptyDraft(kind: OutcomeKind): OutcomeDraft {
  return { kind, text: '', owner: '', organization: '', due: '', status: 'open', itemIds: [], sdgs: [] };
}

export function draftOf(outcome: OutcomeView): OutcomeDraft {
  return {
    kind: outcome.kind,
    text: outcome.text,
    owner: outcome.owner,
    organization: outcome.organization,
    due: outcome.due ?? '',
    status: outcome.status,
    itemIds: outcome.itemIds,
    sdgs: outcome.sdgs,
  };
}

/** Why the draft cannot be sent yet, or null. */
export function draftProblem(draft: OutcomeDraft): DraftProblem | null {
  if (draft.text.trim() === '') return 'textRequired';
  if (draft.kind === 'action' && draft.due !== '' && !validDate(draft.due)) return 'dueInvalid';
  return null;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** The `outcome:add` payload. Decisions carry no owner, due date or status. */
export function addPayload(
  draft: OutcomeDraft,
  stageId: string | null,
  clientId: string,
): ClientEventPayload<'outcome:add'> {
  const action =
    draft.kind === 'action'
      ? {
          owner: draft.owner.trim(),
          organization: draft.organization.trim(),
          due: draft.due,
          status: draft.status,
        }
      : {};
  return {
    kind: draft.kind,
    text: draft.text.trim(),
    ...(stageId ? { stageId } : {}),
    ...action,
    itemIds: [...draft.itemIds],
    sdgs: [...draft.sdgs],
    clientId,
  };
}

/** The `outcome:update` payload with only what changed, or null when nothing did. */
export function updatePayload(
  outcome: OutcomeView,
  draft: OutcomeDraft,
): ClientEventPayload<'outcome:update'> | null {
  const change: {
    -readonly [K in keyof ClientEventPayload<'outcome:update'>]: ClientEventPayload<'outcome:update'>[K];
  } = { outcomeId: outcome.id };
  const text = draft.text.trim();
  if (text !== outcome.text) change.text = text;
  if (outcome.kind === 'action') {
    if (draft.owner.trim() !== outcome.owner) change.owner = draft.owner.trim();
    if (draft.organization.trim() !== outcome.organization) change.organization = draft.organization.trim();
    if (draft.due !== (outcome.due ?? '')) change.due = draft.due;
    if (draft.status !== outcome.status) change.status = draft.status;
  }
  if (!sameList(draft.itemIds, outcome.itemIds)) change.itemIds = [...draft.itemIds];
  if (!sameList(draft.sdgs, outcome.sdgs)) change.sdgs = [...draft.sdgs];
  return Object.keys(change).length > 1 ? change : null;
}

import type { Ballot, VoteSettings } from '@majlis/shared';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { type BallotAction, BallotActionBar } from './BallotActionBar';
import { BallotEditor } from './BallotEditor';
import { BallotReceipt } from './BallotReceipt';
import type { PendingBallot, RefusedBallot, StoredBallot } from './ballotBook';
import { ballotProblem, sameBallot } from './ballotCheck';
import { fitDraft } from './ballotDraft';
import { ballotHow, problemText, refusalReason } from './ballotText';
import { useBallotDraft } from './useBallotDraft';
import type { CastOutcome } from './useBallots';

interface Props {
  readonly workshopId: string;
  readonly stageId: string;
  readonly question: string;
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly labelOf: (id: string) => string;
  readonly stored: StoredBallot | undefined;
  readonly pending: PendingBallot | undefined;
  readonly refused: RefusedBallot | undefined;
  readonly sending: boolean;
  readonly onSubmit: (ballot: Ballot) => Promise<CastOutcome>;
  readonly onDismiss: () => void;
}

/**
 * An open vote on the phone: where my ballot stands, the ballot itself, and the button. The screen
 * shows, in this order of precedence, my unsent changes, the ballot waiting for the network, the one
 * the server refused (to fix it), the one the server holds, or an empty ballot.
 */
export function BallotForm(props: Props) {
  const { settings, targets, labelOf, stored, pending, refused, sending } = props;
  const { t } = useI18n();
  const local = useBallotDraft(props.workshopId, props.stageId);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = local.draft ?? pending?.ballot ?? refused?.ballot ?? stored?.ballot ?? null;
  const draft = fitDraft(settings, targets, shown);
  const changed = !sameBallot(draft, stored?.ballot) && !(pending && sameBallot(draft, pending.ballot));

  const action: BallotAction = sending
    ? 'sending'
    : changed
      ? stored
        ? 'update'
        : 'submit'
      : pending
        ? 'waiting'
        : stored
          ? 'in'
          : 'submit';

  const edit = (next: Ballot) => {
    local.update(next);
    setProblem(null);
  };

  const submit = async () => {
    const found = ballotProblem(settings, targets, draft);
    if (found) {
      setProblem(problemText(t, draft.kind, found, labelOf));
      if (found.itemId !== undefined)
        document.getElementById(`ballot-item-${found.itemId}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    // From here the queue holds the ballot (and shows it), so the device's draft has done its job.
    local.clear();
    // No toast: the receipt above and the button below both change, and the receipt is a live region.
    const outcome = await props.onSubmit(draft);
    if (outcome.status === 'refused') setProblem(refusalReason(t, outcome.error, Boolean(stored)));
  };

  return (
    <>
      <BallotReceipt
        stored={stored}
        queued={Boolean(pending)}
        sending={sending}
        refused={refused}
        changed={changed}
        open
        onDismiss={props.onDismiss}
      />
      <p className="ballot-how">{ballotHow(t, settings, targets)}</p>
      <BallotEditor
        settings={settings}
        targets={targets}
        draft={draft}
        labelOf={labelOf}
        question={props.question}
        onChange={edit}
      />
      <BallotActionBar
        settings={settings}
        targets={targets}
        draft={draft}
        action={action}
        problem={problem}
        onSubmit={() => void submit()}
      />
    </>
  );
}

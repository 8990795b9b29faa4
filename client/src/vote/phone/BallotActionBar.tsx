import type { Ballot, VoteSettings } from '@majlis/shared';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n/useI18n';
import { ballotPartOf } from '../kinds/ballots';
import { BallotPips } from '../kinds/common/BallotPips';
import { ballotMeter } from './ballotText';

/** What the button can do right now. */
export type BallotAction = 'submit' | 'update' | 'in' | 'sending' | 'waiting';

interface Props {
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly draft: Ballot;
  readonly action: BallotAction;
  /** Why the last press did not send, shown above the button. */
  readonly problem: string | null;
  readonly onSubmit: () => void;
}

const LABEL = {
  submit: 'ballot.submit',
  update: 'ballot.update',
  in: 'ballot.in',
  sending: 'ballot.sending',
  waiting: 'ballot.waitingNetwork',
} as const;

/**
 * The action of the moment, under the thumb: the budget left (or how much is filled in) and the one
 * button. When the ballot on the server is what the screen shows, the button says so instead.
 */
export function BallotActionBar({ settings, targets, draft, action, problem, onSubmit }: Props) {
  const { t } = useI18n();
  const meter = ballotMeter(t, settings, targets, draft);
  const idle = action === 'in' || action === 'sending' || action === 'waiting';
  const part = ballotPartOf(draft.kind);
  const pips = part.meterPips(settings, draft);
  const own =
    action === 'submit' || action === 'update' ? part.sendText(t, draft, action === 'update') : null;
  return (
    <div className="action-bar ballot-bar">
      <div className="ballot-bar__inner">
        {problem && (
          <p className="ballot-bar__problem" role="alert">
            <Icon name="alert" />
            {problem}
          </p>
        )}
        {meter && (
          <p className="ballot-bar__meter" aria-live="polite">
            {pips && <BallotPips n={pips.n} of={pips.of} className="pips--left" />}
            <span>{meter}</span>
          </p>
        )}
        <button
          type="button"
          className={`button button--large button--block ${action === 'in' ? 'ballot-bar__in' : ''}`}
          aria-disabled={idle}
          onClick={() => {
            if (!idle) onSubmit();
          }}
        >
          {action === 'in' ? <Icon name="check" /> : null}
          {own ?? t(LABEL[action])}
        </button>
      </div>
    </div>
  );
}

import type { StageState, VoteResults, VoteSettings } from '@majlis/shared';
import { useI18n } from '../../i18n/useI18n';
import { WaitingCard } from '../../phoneKit/WaitingCard';
import { BallotReceipt } from './BallotReceipt';
import { BallotSummary } from './BallotSummary';
import type { RefusedBallot, StoredBallot } from './ballotBook';
import { VoteResultsCompact } from './VoteResultsCompact';

interface Props {
  readonly state: StageState;
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly labelOf: (id: string) => string;
  readonly stored: StoredBallot | undefined;
  readonly refused: RefusedBallot | undefined;
  readonly results: VoteResults | null;
  readonly onDismiss: () => void;
}

/** A closed or revealed vote on the phone: read only. Whether my ballot counted, what it said, and,
 * once the room may see them, the results. */
export function BallotClosed({
  state,
  settings,
  targets,
  labelOf,
  stored,
  refused,
  results,
  onDismiss,
}: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="ballot-closed">
        <p className="ballot-closed__title">
          {state === 'revealed' ? t('ballot.revealedTitle') : t('ballot.closedTitle')}
        </p>
        {!stored && <p className="ballot-closed__text">{t('ballot.didNotVote')}</p>}
      </div>
      <BallotReceipt
        stored={stored}
        queued={false}
        sending={false}
        refused={refused}
        changed={false}
        open={false}
        onDismiss={onDismiss}
      />
      {stored && (
        <BallotSummary settings={settings} targets={targets} ballot={stored.ballot} labelOf={labelOf} />
      )}
      {results ? (
        <VoteResultsCompact results={results} labelOf={labelOf} />
      ) : (
        state === 'closed' && <WaitingCard icon="clock" text={t('ballot.resultsSoon')} />
      )}
    </>
  );
}

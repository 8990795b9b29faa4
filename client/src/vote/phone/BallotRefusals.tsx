import { type StageView, stageTitle } from '@majlis/shared';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n/useI18n';
import type { BallotBook } from './ballotBook';
import { refusalReason } from './ballotText';

interface Props {
  readonly book: BallotBook;
  readonly stages: readonly StageView[];
  /** The stage on screen shows its own refusal; this lists the others. */
  readonly currentStageId: string | undefined;
  readonly onDismiss: (stageId: string) => void;
}

/**
 * Ballots of earlier votes that the server refused after the room had moved on (a phone offline
 * while a vote closed): said plainly on whatever screen the phone is on, until read.
 */
export function BallotRefusals({ book, stages, currentStageId, onDismiss }: Props) {
  const { t, lang } = useI18n();
  const entries = Object.entries(book.refused).filter(([stageId]) => stageId !== currentStageId);
  if (entries.length === 0) return null;
  return (
    <div className="rejections">
      {entries.map(([stageId, refused]) => {
        const stage = stages.find((s) => s.id === stageId);
        return (
          <div key={stageId} className="alert alert--error" role="alert">
            <Icon name="alert" />
            <div className="alert__body">
              <p className="alert__lead">
                {t('ballot.refused.in', { stage: stage ? stageTitle(stage, lang) : '' })}
              </p>
              <p className="alert__detail">{refusalReason(t, refused, Boolean(book.stored[stageId]))}</p>
            </div>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => onDismiss(stageId)}
            >
              {t('me.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}

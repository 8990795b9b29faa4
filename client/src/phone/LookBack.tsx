import { type ItemView, type StageView, stageDescription, stageTitle } from '@majlis/shared';
import { useId } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';
import { ParticipantIdeas } from './ParticipantIdeas';
import { WaitingCard } from './WaitingCard';

interface Props {
  /** The stages before the one the room is on, in agenda order. */
  readonly earlier: readonly StageView[];
  readonly selected: StageView;
  /** Stages in the whole agenda, for "stage 2 of 5". */
  readonly total: number;
  /** Every item of the workshop; the selected stage's active ones are shown. */
  readonly items: readonly ItemView[];
  readonly isMine: (item: ItemView) => boolean;
  readonly onSelect: (stageId: string) => void;
}

/** Earlier stages, read-only: what the room said before, for a participant who joined late or wants
 * to check. Nothing here can be changed; the way back to now is the bar at the bottom. */
export function LookBack({ earlier, selected, total, items, isMine, onSelect }: Props) {
  const { t, lang } = useI18n();
  const navId = useId();
  const stageItems = items.filter((item) => item.stageId === selected.id && item.status === 'active');
  const number = earlier.findIndex((s) => s.id === selected.id) + 1;
  return (
    <>
      <div className="look-back__banner">
        <Icon name="history" />
        <span>{t('me.lookingBack')}</span>
      </div>
      <nav className="look-back__nav" aria-labelledby={navId}>
        <h2 id={navId} className="look-back__nav-title">
          {t('me.earlier')}
        </h2>
        <ol className="look-back__stages">
          {earlier.map((stage, i) => (
            <li key={stage.id}>
              <button
                type="button"
                className="look-back__stage"
                aria-current={stage.id === selected.id ? 'true' : undefined}
                onClick={() => onSelect(stage.id)}
              >
                <span className="look-back__n mono">{i + 1}</span>
                <span className="look-back__stage-title" dir="auto">
                  {stageTitle(stage, lang)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="look-back__stage-view" aria-labelledby={`${navId}-stage`}>
        <p className="look-back__kicker">{t('me.stageOf', { n: number, total })}</p>
        <h1 id={`${navId}-stage`} className="look-back__title" dir="auto">
          {stageTitle(selected, lang)}
        </h1>
        {stageDescription(selected, lang) && (
          <p className="look-back__description" dir="auto">
            {stageDescription(selected, lang)}
          </p>
        )}
      </section>
      {selected.kind === 'list' ? (
        <ParticipantIdeas
          items={stageItems}
          isMine={isMine}
          heading={t('me.ideasThen')}
          emptyText={t('me.noIdeasThen')}
        />
      ) : (
        <WaitingCard icon="check" text={t('me.nothingListed')} />
      )}
    </>
  );
}

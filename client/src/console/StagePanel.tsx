import { type StageView, stageDescription, stageTitle, type WorkshopView } from '@majlis/shared';
import { type ReactNode, useId } from 'react';
import { Icon } from '../components/Icon';
import { IdeaCard } from '../components/IdeaCard';
import { useI18n } from '../i18n/useI18n';
import { currentStage } from '../lib/currentStage';

interface Props {
  readonly view: WorkshopView;
  readonly onMove: (direction: 1 | -1) => void;
  readonly moving: boolean;
  /** The facilitator's own add-idea form, placed above the list where it is easy to reach. */
  readonly addIdea?: ReactNode;
}

/** The stage on the board, its controls in one predictable row, and its live list of ideas. */
export function StagePanel({ view, onMove, moving, addIdea }: Props) {
  const { t, lang } = useI18n();
  const ideasId = useId();
  const current = currentStage(view);
  const stage: StageView | undefined = current?.stage;
  const index = current?.index ?? -1;

  return (
    <>
      <section className="stage-head">
        <p className="stage-head__kicker">
          <span className="stage-head__live">{t('console.onBoard')}</span>
          {stage && (
            <span>
              {t('board.stageOf', { n: index + 1, total: view.stages.length })} · {t(`kind.${stage.kind}`)} ·{' '}
              {t(`state.${stage.state}`)}
            </span>
          )}
        </p>
        <h1 className="stage-head__title" dir="auto">
          {stage ? stageTitle(stage, lang) : view.meta.title}
        </h1>
        {stage && stageDescription(stage, lang) && (
          <p className="stage-head__description" dir="auto">
            {stageDescription(stage, lang)}
          </p>
        )}
        <div className="stage-head__controls">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onMove(-1)}
            disabled={moving || index <= 0}
            aria-keyshortcuts="P"
          >
            <Icon name="back" />
            {t('console.prev')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => onMove(1)}
            disabled={moving || index >= view.stages.length - 1}
            aria-keyshortcuts="N"
          >
            {t('console.next')}
            <Icon name="arrow" />
          </button>
          <p className="stage-head__keys">{t('console.shortcuts')}</p>
        </div>
      </section>

      {addIdea}
      {stage?.kind === 'list' ? (
        <section className="console-ideas" aria-labelledby={ideasId}>
          <h2 id={ideasId} className="console-ideas__heading">
            {t('console.ideas')} <span className="pill">{current?.items.length ?? 0}</span>
          </h2>
          {current && current.items.length > 0 ? (
            <ol className="idea-list idea-list--console">
              {current.items.map((item) => (
                <IdeaCard
                  key={item.id}
                  title={item.title}
                  description={item.description}
                  sdgs={item.sdgs}
                  group={item.authorGroup}
                />
              ))}
            </ol>
          ) : (
            <div className="empty">
              <Icon name="lightbulb" />
              <p>{t('console.ideasEmpty')}</p>
            </div>
          )}
        </section>
      ) : (
        <div className="empty">
          <Icon name="clock" />
          <p>{t('console.notList')}</p>
        </div>
      )}
    </>
  );
}

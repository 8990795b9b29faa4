import { type StageView, stageDescription, stageTitle } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly workshopTitle: string;
  readonly stage: StageView;
  readonly index: number;
  readonly total: number;
}

/** What the room is doing now, at the top of the phone. */
export function StageCard({ workshopTitle, stage, index, total }: Props) {
  const { t, lang } = useI18n();
  const headingId = useId();
  return (
    <section className="stage-card" aria-labelledby={headingId}>
      <p className="stage-card__workshop" dir="auto">
        {workshopTitle}
      </p>
      <p className="stage-card__kicker">
        <span className="stage-card__now">{t('me.now')}</span>
        <span>{t('me.stageOf', { n: index + 1, total })}</span>
      </p>
      <h1 id={headingId} className="stage-card__title" dir="auto">
        {stageTitle(stage, lang)}
      </h1>
      {stageDescription(stage, lang) && (
        <p className="stage-card__description" dir="auto">
          {stageDescription(stage, lang)}
        </p>
      )}
    </section>
  );
}

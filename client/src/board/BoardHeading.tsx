import { directionOf, type Locale, type StageView, stageDescription, stageTitle } from '@majlis/shared';
import type { ReactNode } from 'react';

interface Props {
  readonly stage: StageView;
  readonly locale: Locale;
  /** Also show the title and the ask in the other language, where the template has them. */
  readonly bilingual: boolean;
  /** The timer panel, at the end of the heading while it runs or is paused. */
  readonly timer?: ReactNode;
}

/** The stage's title and what the room is asked to do, the largest text on the board. */
export function BoardHeading({ stage, locale, bilingual, timer }: Props) {
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  const title = stageTitle(stage, locale);
  const ask = stageDescription(stage, locale);
  // Only a template's own translation is shown: a title the facilitator typed has no other language.
  const secondTitle = bilingual ? stage.titles?.[other] : undefined;
  const secondAsk = bilingual ? stage.descriptions?.[other] : undefined;
  return (
    <div className={`board__stage ${timer ? 'has-timer' : ''} ${bilingual ? 'is-bilingual' : ''}`}>
      <div className="board__stage-text">
        <h1 className="board__title">
          <span className="board__title-main" dir="auto">
            {title}
          </span>
          {secondTitle && secondTitle !== title && (
            <span className="board__title-second" lang={other} dir={directionOf(other)}>
              {secondTitle}
            </span>
          )}
        </h1>
        {ask && (
          <p className="board__ask" dir="auto">
            {ask}
          </p>
        )}
        {secondAsk && secondAsk !== ask && (
          <p className="board__ask board__ask--second" lang={other} dir={directionOf(other)}>
            {secondAsk}
          </p>
        )}
      </div>
      {timer}
    </div>
  );
}

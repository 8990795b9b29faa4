import { BoardOutcomes } from '../../record/BoardOutcomes';
import { stageOutcomes } from '../../record/outcomeSections';
import type { BoardStageProps } from '../stageParts';

/** A notes stage on the board: the outcomes recorded during it, and its running notes. */
export function NotesBoard({ view, stage, locale, bilingual, layoutKey, rotate, notes }: BoardStageProps) {
  return (
    <BoardOutcomes
      outcomes={stageOutcomes(view.outcomes, stage.id)}
      notes={notes ?? []}
      items={view.items}
      locale={locale}
      bilingual={bilingual}
      layoutKey={layoutKey}
      rotate={rotate}
    />
  );
}

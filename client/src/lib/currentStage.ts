import type { ItemView, StageView, WorkshopView } from '@majlis/shared';

export interface CurrentStage {
  readonly stage: StageView;
  /** Zero-based position in the agenda. */
  readonly index: number;
  readonly items: readonly ItemView[];
}

/** The stage the room is on, with its ideas in list order; undefined before the facilitator starts. */
export function currentStage(view: WorkshopView): CurrentStage | undefined {
  const index = view.stages.findIndex((s) => s.id === view.meta.currentStageId);
  const stage = view.stages[index];
  if (!stage) return undefined;
  return { stage, index, items: view.items.filter((item) => item.stageId === stage.id) };
}

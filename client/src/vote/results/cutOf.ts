import type { StageView } from '@majlis/shared';

/**
 * A later vote that takes this one's top N (the VLR scoring takes the dot vote's top 5), so the
 * ranking can show where the cut falls. Ties at the cut go through, as on the server.
 */
export function cutOf(
  stages: readonly StageView[],
  stageId: string,
): { readonly n: number; readonly stage: StageView } | null {
  for (const stage of stages) {
    const source = stage.vote?.settings?.source;
    if (source?.type === 'top' && source.stageId === stageId) return { n: source.n, stage };
  }
  return null;
}

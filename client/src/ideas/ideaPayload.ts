import type { ClientEventPayload } from '@majlis/shared';
import type { IdeaDraft } from './useIdeaDraft';

export type ItemAddPayload = ClientEventPayload<'item:add'>;

/** The `item:add` command for a draft: trimmed, empty optional fields left out. */
export function ideaPayload(stageId: string, draft: IdeaDraft): ItemAddPayload {
  const description = draft.description.trim();
  return {
    stageId,
    title: draft.title.trim(),
    ...(description ? { description } : {}),
    ...(draft.sdgs.length > 0 ? { sdgs: [...draft.sdgs] } : {}),
    clientId: draft.clientId,
  };
}

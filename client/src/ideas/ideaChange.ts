import type { ClientEventPayload, ItemView } from '@majlis/shared';
import type { IdeaValues } from '../components/IdeaFields';

export type ItemUpdatePayload = ClientEventPayload<'item:update'>;

const tagKey = (tags: readonly number[]) => [...tags].sort((x, y) => x - y).join(',');
const sameTags = (a: readonly number[], b: readonly number[]) => tagKey(a) === tagKey(b);

/**
 * The `item:update` command for an edit: only the fields that changed, trimmed as the server will
 * store them; undefined when nothing changed (there is nothing to send).
 */
export function ideaChange(item: ItemView, values: IdeaValues): ItemUpdatePayload | undefined {
  const title = values.title.trim();
  const description = values.description.trim();
  const change = {
    ...(title !== item.title ? { title } : {}),
    ...(description !== item.description ? { description } : {}),
    ...(!sameTags(values.sdgs, item.ownSdgs) ? { sdgs: [...values.sdgs] } : {}),
  };
  return Object.keys(change).length === 0 ? undefined : { itemId: item.id, ...change };
}

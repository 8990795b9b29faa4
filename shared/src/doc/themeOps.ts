/** Writers for themes: named groups of items on a list stage. */
import * as Y from 'yjs';
import { itemsMap, rankBetween, themesMap } from './raw.js';
import { readThemes } from './workshopDoc.js';

export function addTheme(doc: Y.Doc, input: { id: string; stageId: string; name: string }): void {
  const last = readThemes(doc, input.stageId).at(-1);
  const theme = new Y.Map<unknown>();
  theme.set('id', input.id);
  theme.set('stageId', input.stageId);
  theme.set('name', input.name);
  theme.set('rank', rankBetween(last?.rank, undefined));
  themesMap(doc).set(input.id, theme);
}

export function renameTheme(doc: Y.Doc, themeId: string, name: string): boolean {
  const theme = themesMap(doc).get(themeId);
  if (!(theme instanceof Y.Map)) return false;
  theme.set('name', name);
  return true;
}

/** Deletes a theme; its items stay on the list, ungrouped. */
export function deleteTheme(doc: Y.Doc, themeId: string): boolean {
  if (!themesMap(doc).has(themeId)) return false;
  doc.transact(() => {
    themesMap(doc).delete(themeId);
    for (const item of itemsMap(doc).values()) {
      if (item instanceof Y.Map && item.get('themeId') === themeId) item.delete('themeId');
    }
  });
  return true;
}

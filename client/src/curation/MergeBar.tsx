import { type ItemView, mergeItems, setItemTheme, type ThemeView } from '@majlis/shared';
import { useEffect, useId, useState } from 'react';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';

interface Props {
  /** The selected active ideas, in list order. */
  readonly items: readonly ItemView[];
  /** The list's themes, for moving the selection into one. */
  readonly themes: readonly ThemeView[];
  readonly onClear: () => void;
}

/**
 * Shown once two or more ideas are selected: pick whose wording the merged idea keeps, then merge.
 * The others stay attached to it with their own words and groups, and the merge can be undone.
 */
export function MergeBar({ items, themes, onClear }: Props) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const id = useId();
  const first = items[0]?.id ?? '';
  const [targetId, setTargetId] = useState(first);
  const target = items.find((i) => i.id === targetId) ?? items[0];

  useEffect(() => {
    if (!items.some((i) => i.id === targetId)) setTargetId(first);
  }, [items, targetId, first]);

  if (items.length === 0 || !target) return null;

  const merge = () => {
    const sources = items.filter((i) => i.id !== target.id).map((i) => i.id);
    editor.act(
      (doc) => mergeItems(doc, target.id, sources),
      t('curate.merged', { n: items.length, title: target.title || t('curate.untitled') }),
    );
    editor.focusAfterRender(`item-grip-${target.id}`);
    onClear();
  };

  /** Puts every selected idea in one theme (or none), in one step that one undo takes back. */
  const moveToTheme = (value: string) => {
    const themeId = value === '' ? null : value;
    const theme = themes.find((th) => th.id === themeId);
    editor.act(
      (doc) =>
        doc.transact(() => {
          for (const item of items) setItemTheme(doc, item.id, themeId);
        }),
      theme
        ? t('curate.movedToTheme', { n: items.length, theme: theme.name })
        : t('curate.movedOutOfThemes', { n: items.length }),
    );
  };

  return (
    <section className="merge-bar" aria-labelledby={`${id}-count`}>
      <p id={`${id}-count`} className="merge-bar__count">
        {t('curate.selectedCount', { n: items.length })}
      </p>
      {items.length >= 2 && (
        <div className="merge-bar__keep">
          <label className="field__label" htmlFor={`${id}-keep`}>
            {t('curate.keepWording')}
          </label>
          <select
            id={`${id}-keep`}
            className="input input--compact"
            value={target.id}
            onChange={(e) => setTargetId(e.target.value)}
          >
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title || t('curate.untitled')}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="merge-bar__actions">
        <button type="button" className="button button--small" disabled={items.length < 2} onClick={merge}>
          <ConsoleIcon name="merge" />
          {t('curate.merge', { n: items.length })}
        </button>
        {themes.length > 0 && (
          <select
            className="input input--compact merge-bar__theme"
            aria-label={t('curate.moveToTheme')}
            value="__"
            onChange={(e) => {
              if (e.target.value !== '__') moveToTheme(e.target.value);
            }}
          >
            <option value="__" disabled>
              {t('curate.moveToTheme')}
            </option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
            <option value="">{t('curate.noTheme')}</option>
          </select>
        )}
        <button type="button" className="button button--small button--ghost" onClick={onClear}>
          {t('curate.clearSelection')}
        </button>
      </div>
      {items.length < 2 && <p className="field__hint">{t('curate.mergeHint')}</p>}
    </section>
  );
}

import { type ItemView, mergeItems } from '@majlis/shared';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ConsoleIcon } from './ConsoleIcon';
import { useConsoleEditor } from './useConsoleEditor';

interface Props {
  /** The selected active ideas, in list order. */
  readonly items: readonly ItemView[];
  readonly onClear: () => void;
}

/**
 * Shown once two or more ideas are selected: pick whose wording the merged idea keeps, then merge.
 * The others stay attached to it with their own words and groups, and the merge can be undone.
 */
export function MergeBar({ items, onClear }: Props) {
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
        <button type="button" className="button button--small button--ghost" onClick={onClear}>
          {t('curate.clearSelection')}
        </button>
      </div>
      {items.length < 2 && <p className="field__hint">{t('curate.mergeHint')}</p>}
    </section>
  );
}

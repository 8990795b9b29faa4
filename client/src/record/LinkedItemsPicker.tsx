import type { ItemView } from '@majlis/shared';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';

interface Props {
  /** The priorities one may link: the active items of the workshop's lists, in agenda order. */
  readonly items: readonly ItemView[];
  readonly value: readonly string[];
  readonly onChange: (itemIds: string[]) => void;
}

/** Shown with a filter box once the lists are longer than this. */
const FILTER_FROM = 8;

/** The priority items a decision or action concerns: checkboxes, with a filter for long lists. */
export function LinkedItemsPicker({ items, value, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle === '' ? items : items.filter((i) => i.title.toLocaleLowerCase().includes(needle));
  const toggle = (itemId: string) =>
    onChange(value.includes(itemId) ? value.filter((v) => v !== itemId) : [...value, itemId]);

  return (
    <fieldset className="choice-group linked-items">
      <legend>
        {t('record.outcome.items')}{' '}
        {value.length > 0 && (
          <span className="pill pill--accent">{t('record.outcome.itemsChosen', { n: value.length })}</span>
        )}
      </legend>
      {items.length === 0 ? (
        <p className="field__hint">{t('record.outcome.noItems')}</p>
      ) : (
        <>
          {items.length > FILTER_FROM && (
            <input
              id={`${id}-filter`}
              className="input input--compact"
              type="search"
              dir="auto"
              aria-label={t('record.outcome.itemsFilter')}
              placeholder={t('record.outcome.itemsFilter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          )}
          <ul className="linked-items__list">
            {shown.map((item) => (
              <li key={item.id}>
                <label className="linked-items__choice">
                  <input type="checkbox" checked={value.includes(item.id)} onChange={() => toggle(item.id)} />
                  <span dir="auto">{item.title}</span>
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="field__hint">{t('record.outcome.itemsNone')}</li>}
          </ul>
        </>
      )}
    </fieldset>
  );
}

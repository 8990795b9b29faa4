import { type ItemView, itemText, LIMITS, updateItem } from '@majlis/shared';
import { type KeyboardEvent, useEffect, useId, useMemo } from 'react';
import { SdgPicker } from '../components/SdgPicker';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { YTextField } from '../consoleKit/YTextField';
import { useI18n } from '../i18n/useI18n';

/**
 * Edits an idea live: title and details are bound to the item's shared Y.Texts, so co-facilitators
 * and scribes can type in the same idea at once. The goals edited here are the idea's own; goals
 * that came with merged ideas stay on it as long as those stay merged.
 */
export function ItemEditor({ item, onDone }: { readonly item: ItemView; readonly onDone: () => void }) {
  const { t } = useI18n();
  const { doc, act, focusAfterRender } = useConsoleEditor();
  const id = useId();
  const title = useMemo(() => itemText(doc, item.id, 'title'), [doc, item.id]);
  const description = useMemo(() => itemText(doc, item.id, 'description'), [doc, item.id]);
  const inherited = item.sdgs.filter((n) => !item.ownSdgs.includes(n));

  // Opening the editor is asking to type in it.
  useEffect(() => {
    document.getElementById(`${id}-title`)?.focus();
  }, [id]);

  const close = () => {
    onDone();
    focusAfterRender(`item-edit-${item.id}`);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  return (
    <fieldset className="item-editor" onKeyDown={onKeyDown}>
      <legend className="visually-hidden">{t('curate.editing', { title: item.title })}</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('form.title')}
        </label>
        <YTextField id={`${id}-title`} ytext={title} maxLength={LIMITS.itemTitle} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          {t('form.description')}
        </label>
        <YTextField
          id={`${id}-description`}
          ytext={description}
          maxLength={LIMITS.itemDescription}
          multiline
        />
      </div>
      <SdgPicker
        value={item.ownSdgs}
        columns={3}
        onChange={(sdgs) => act((d) => updateItem(d, item.id, { sdgs }))}
      />
      {inherited.length > 0 && (
        <p className="field__hint">{t('curate.inheritedSdgs', { list: inherited.join(', ') })}</p>
      )}
      <p className="field__hint">{t('curate.liveHint')}</p>
      <div>
        <button type="button" className="button button--small" onClick={close}>
          {t('curate.done')}
        </button>
      </div>
    </fieldset>
  );
}

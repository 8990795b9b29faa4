import { type ItemView, setItemWithdrawn, unmergeItem } from '@majlis/shared';
import { Icon } from '../components/Icon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly items: readonly ItemView[];
  readonly byId: ReadonlyMap<string, ItemView>;
}

/** Withdrawn and merged ideas, folded away below the list: nothing is deleted, all can come back. */
export function SetAsideItems({ items, byId }: Props) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  if (items.length === 0) return null;
  return (
    <details className="set-aside">
      <summary className="set-aside__summary">
        <Icon name="chevron" className="disclosure__chevron" />
        {t('curate.setAside', { n: items.length })}
      </summary>
      <ul className="set-aside__list">
        {items.map((item) => {
          const title = item.title || t('curate.untitled');
          const into = item.mergedInto ? byId.get(item.mergedInto) : undefined;
          return (
            <li key={item.id} className="set-aside__item">
              <div className="set-aside__text">
                <p dir="auto">{title}</p>
                <p className="field__hint">
                  {item.status === 'merged'
                    ? t('curate.mergedInto', { title: into?.title || t('curate.untitled') })
                    : t('curate.withdrawnLabel')}
                </p>
              </div>
              {item.status === 'merged' ? (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() =>
                    editor.act((doc) => unmergeItem(doc, item.id), t('curate.unmerged', { title }))
                  }
                >
                  {t('curate.unmerge')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() =>
                    editor.act(
                      (doc) => setItemWithdrawn(doc, item.id, false),
                      t('curate.restored', { title }),
                    )
                  }
                >
                  {t('curate.restore')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

import { GROUP_LABELS, type ItemView, unmergeItem } from '@majlis/shared';
import { Icon } from '../components/Icon';
import { SdgChip } from '../components/SdgChip';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly item: ItemView;
  readonly byId: ReadonlyMap<string, ItemView>;
}

/**
 * The ideas merged into this one, each with its own words, goals and author's group, so nobody's
 * contribution disappears in the merge; any of them can be taken back out.
 */
export function Provenance({ item, byId }: Props) {
  const { t, lang } = useI18n();
  const editor = useConsoleEditor();
  const sources = item.mergedFrom.map((id) => byId.get(id)).filter((s): s is ItemView => s !== undefined);
  return (
    <details className="provenance">
      <summary className="provenance__summary">
        <Icon name="chevron" className="disclosure__chevron" />
        {t('curate.mergedFrom', { n: sources.length })}
      </summary>
      <ul className="provenance__list">
        {sources.map((source) => {
          const title = source.title || t('curate.untitled');
          return (
            <li key={source.id} className="provenance__item">
              <div className="provenance__text">
                <p className="provenance__title" dir="auto">
                  {title}
                </p>
                {source.description && (
                  <p className="provenance__description" dir="auto">
                    {source.description}
                  </p>
                )}
                <div className="curate-item__meta">
                  {source.ownSdgs.map((n) => (
                    <SdgChip key={n} n={n} locale={lang} className="sdg--small" />
                  ))}
                  <span className="pill">
                    {source.authorGroup ? GROUP_LABELS[source.authorGroup][lang] : t('curate.byFacilitator')}
                  </span>
                </div>
              </div>
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() =>
                  editor.act((doc) => unmergeItem(doc, source.id), t('curate.unmerged', { title }))
                }
              >
                {t('curate.unmerge')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

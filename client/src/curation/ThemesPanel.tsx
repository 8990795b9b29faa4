import { addTheme, deleteTheme, type ItemView, LIMITS, renameTheme, type ThemeView } from '@majlis/shared';
import { type FormEvent, useId, useState } from 'react';
import { Icon } from '../components/Icon';
import { CommitInput } from '../consoleKit/CommitInput';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { randomId } from '../lib/randomId';

interface Props {
  readonly stageId: string;
  readonly themes: readonly ThemeView[];
  readonly active: readonly ItemView[];
}

/** The stage's themes: create, rename in place, delete (its ideas stay, ungrouped; undoable). */
export function ThemesPanel({ stageId, themes, active }: Props) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const id = useId();
  const [name, setName] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    editor.act(
      (doc) => addTheme(doc, { id: randomId(), stageId, name: trimmed }),
      t('curate.themeAdded', { name: trimmed }),
    );
    setName('');
  };

  return (
    <section className="themes-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="themes-panel__heading">
        {t('curate.themes')}
      </h3>
      {themes.length === 0 ? (
        <p className="field__hint">{t('curate.themesEmpty')}</p>
      ) : (
        <ul className="themes-panel__list">
          {themes.map((theme, index) => {
            const count = active.filter((i) => i.themeId === theme.id).length;
            return (
              <li key={theme.id} className="themes-panel__theme">
                <CommitInput
                  value={theme.name}
                  label={t('curate.themeName', { n: index + 1 })}
                  maxLength={LIMITS.itemTitle}
                  onCommit={(next) =>
                    editor.act(
                      (doc) => renameTheme(doc, theme.id, next),
                      t('curate.themeRenamed', { name: next }),
                    )
                  }
                />
                <span className="pill" title={t('curate.themeCount', { n: count })}>
                  <span aria-hidden="true">{formatNumber(count)}</span>
                  <span className="visually-hidden">{t('curate.themeCount', { n: count })}</span>
                </span>
                <button
                  type="button"
                  className="tool-button tool-button--danger"
                  aria-label={t('curate.themeDelete', { name: theme.name })}
                  title={t('curate.themeDelete', { name: theme.name })}
                  onClick={() =>
                    editor.act(
                      (doc) => deleteTheme(doc, theme.id),
                      t('curate.themeDeleted', { name: theme.name }),
                    )
                  }
                >
                  <ConsoleIcon name="trash" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="themes-panel__add" onSubmit={add}>
        <label className="visually-hidden" htmlFor={`${id}-new`}>
          {t('curate.themeNew')}
        </label>
        <input
          id={`${id}-new`}
          className="input input--compact"
          value={name}
          maxLength={LIMITS.itemTitle}
          dir="auto"
          autoComplete="off"
          placeholder={t('curate.themeNew')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--small button--quiet" disabled={name.trim() === ''}>
          <Icon name="plus" />
          {t('curate.themeAdd')}
        </button>
      </form>
    </section>
  );
}

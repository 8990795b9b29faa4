import { type ItemView, setItemTheme, type ThemeView } from '@majlis/shared';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';

/** Puts an idea in a theme (or none): the keyboard path to what dragging onto a theme does. */
export function ItemThemeSelect({
  item,
  themes,
}: {
  readonly item: ItemView;
  readonly themes: readonly ThemeView[];
}) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const title = item.title || t('curate.untitled');
  return (
    <select
      className="input input--compact curate-item__theme"
      aria-label={t('curate.themeOf', { title })}
      value={item.themeId ?? ''}
      onChange={(e) => {
        const themeId = e.target.value === '' ? null : e.target.value;
        const theme = themes.find((th) => th.id === themeId);
        editor.act(
          (doc) => setItemTheme(doc, item.id, themeId),
          theme ? t('curate.themed', { title, theme: theme.name }) : t('curate.unthemed', { title }),
        );
      }}
    >
      <option value="">{t('curate.noTheme')}</option>
      {themes.map((theme) => (
        <option key={theme.id} value={theme.id}>
          {theme.name}
        </option>
      ))}
    </select>
  );
}

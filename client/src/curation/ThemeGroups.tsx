import type { ItemView } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import type { CurateControl } from './curateControl';
import { ThemeGroup } from './ThemeGroup';

interface Props {
  readonly active: readonly ItemView[];
  readonly control: CurateControl;
}

/**
 * The list grouped by theme, with ideas in no theme last. Dropping an idea on a group puts it in
 * that theme; dropping it on a row of a group also places it there.
 */
export function ThemeGroups({ active, control }: Props) {
  const { t } = useI18n();
  const position = new Map(control.activeIds.map((id, i) => [id, i + 1]));
  const groups = [
    ...control.themes.map((theme) => ({
      key: theme.id,
      themeId: theme.id as string | null,
      name: theme.name,
    })),
    { key: 'none', themeId: null, name: t('curate.noTheme') },
  ];
  return (
    <div className="theme-groups">
      {groups.map((group) => (
        <ThemeGroup
          key={group.key}
          name={group.name}
          themeId={group.themeId}
          items={active.filter((i) => (i.themeId ?? null) === group.themeId)}
          position={position}
          control={control}
        />
      ))}
    </div>
  );
}

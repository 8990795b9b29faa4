import type { ItemView } from '@majlis/shared';
import { type DragEvent, useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { CurateItem } from './CurateItem';
import { type CurateControl, rowState } from './curateControl';

interface Props {
  readonly name: string;
  /** null: the ideas in no theme. */
  readonly themeId: string | null;
  readonly items: readonly ItemView[];
  /** Each idea's place on the whole list. */
  readonly position: ReadonlyMap<string, number>;
  readonly control: CurateControl;
}

/** One theme and its ideas; the whole group is a drop target that puts the dragged idea in it. */
export function ThemeGroup({ name, themeId, items, position, control }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const dragging = control.draggingId !== null;
  const onDragOver = (event: DragEvent) => {
    if (!dragging) return;
    event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    if (!dragging) return;
    event.preventDefault();
    control.dropOnTheme(themeId);
  };
  return (
    <section
      className={`theme-group ${dragging ? 'is-drop-zone' : ''}`}
      aria-labelledby={headingId}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <h3 id={headingId} className="theme-group__heading">
        <span dir="auto">{name}</span> <span className="pill">{formatNumber(items.length)}</span>
      </h3>
      {items.length === 0 ? (
        <p className="theme-group__empty">{t('curate.themeGroupEmpty')}</p>
      ) : (
        <ol className="curate-list">
          {items.map((item) => (
            <CurateItem
              key={item.id}
              item={item}
              position={position.get(item.id) ?? 0}
              control={control}
              {...rowState(control, item.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

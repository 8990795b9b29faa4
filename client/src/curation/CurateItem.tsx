import { GROUP_LABELS, type ItemView, setItemWithdrawn, type ThemeView } from '@majlis/shared';
import { type DragEvent, type KeyboardEvent, memo } from 'react';
import { Icon } from '../components/Icon';
import { SdgChip } from '../components/SdgChip';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';
import type { CurateControl, rowState } from './curateControl';
import { ItemEditor } from './ItemEditor';
import { ItemThemeSelect } from './ItemThemeSelect';
import { Provenance } from './Provenance';
import { moveStep } from './reorder';

interface Props extends ReturnType<typeof rowState> {
  readonly item: ItemView;
  /** 1-based place on the whole list. */
  readonly position: number;
  /** The live control (useLiveControl): read when the row acts, never for what it shows. */
  readonly control: CurateControl;
}

const sameThemes = (a: readonly ThemeView[], b: readonly ThemeView[]) =>
  a === b || (a.length === b.length && a.every((theme, i) => theme === b[i]));

/**
 * A row is drawn again only when what it shows changed: one new idea on a list of 200 redraws one
 * row, not 200 (issue 9, item 13). A merged idea shows its sources too, so it is always redrawn.
 */
function sameRow(a: Props, b: Props): boolean {
  return (
    a.item === b.item &&
    a.item.mergedFrom.length === 0 &&
    a.position === b.position &&
    a.selected === b.selected &&
    a.editing === b.editing &&
    a.dragging === b.dragging &&
    a.marker === b.marker &&
    a.byFacilitator === b.byFacilitator &&
    sameThemes(a.themes, b.themes)
  );
}

/** One idea on the curation list: select (to merge), move, edit live, theme, withdraw. */
export const CurateItem = memo(function CurateItem(props: Props) {
  const { item, position, control, selected, editing, dragging, marker, byFacilitator, themes } = props;
  const { t, lang } = useI18n();
  const editor = useConsoleEditor();
  const title = item.title || t('curate.untitled');

  // Arrows on the handle, Alt+arrows on the row's other buttons and checkbox (not on the theme
  // select, where Alt+Down opens the list).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, onHandle: boolean) => {
    const target = event.currentTarget;
    const direction = moveStep(event, onHandle);
    if (direction === null) return;
    event.preventDefault();
    const focusKey = target.dataset.focusKey ?? `item-grip-${item.id}`;
    control.step(item.id, control.visibleIdsOf(item.id), direction, focusKey);
  };

  const withdraw = () => {
    // The focus moves to the same button on the next idea, so several can be set aside in a row.
    const visibleIds = control.visibleIdsOf(item.id);
    const at = visibleIds.indexOf(item.id);
    const neighbour = visibleIds[at + 1] ?? visibleIds[at - 1];
    editor.act((doc) => setItemWithdrawn(doc, item.id, true), t('curate.withdrawn', { title }));
    if (neighbour) editor.focusAfterRender(`item-withdraw-${neighbour}`);
  };

  return (
    <li
      className={`curate-item ${dragging ? 'is-dragging' : ''} ${selected ? 'is-selected' : ''}`}
      onDragOver={(event: DragEvent<HTMLElement>) => control.targetProps(item.id).onDragOver(event)}
      onDrop={(event: DragEvent<HTMLElement>) => control.targetProps(item.id).onDrop(event)}
      data-drop={marker ?? undefined}
    >
      <div className="curate-item__row">
        <input
          type="checkbox"
          className="curate-item__check"
          aria-label={t('curate.select', { title })}
          checked={selected}
          data-focus-key={`item-check-${item.id}`}
          onChange={() => control.toggleSelected(item.id)}
          onKeyDown={(e) => onKeyDown(e, false)}
        />
        <button
          type="button"
          className="curate-item__grip"
          draggable
          onDragStart={(event: DragEvent<HTMLElement>) =>
            control.handleProps(item.id, title).onDragStart(event)
          }
          onDragEnd={() => control.handleProps(item.id, title).onDragEnd()}
          aria-label={t('curate.handle', { title, n: position })}
          aria-describedby={control.hintId}
          aria-keyshortcuts="ArrowUp ArrowDown"
          data-focus-key={`item-grip-${item.id}`}
          onKeyDown={(e) => onKeyDown(e, true)}
        >
          <ConsoleIcon name="grip" />
        </button>
        <span className="curate-item__n" aria-hidden="true">
          {position}
        </span>
        <div className="curate-item__text">
          <p className="curate-item__title" dir="auto">
            {title}
          </p>
          {item.description && (
            <p className="curate-item__description" dir="auto">
              {item.description}
            </p>
          )}
          <div className="curate-item__meta">
            {item.sdgs.map((n) => (
              <SdgChip key={n} n={n} locale={lang} className="sdg--small" />
            ))}
            {item.authorGroup && <span className="pill">{GROUP_LABELS[item.authorGroup][lang]}</span>}
            {byFacilitator && <span className="pill">{t('curate.byFacilitator')}</span>}
          </div>
        </div>
        <div className="curate-item__tools">
          {themes.length > 0 && <ItemThemeSelect item={item} themes={themes} />}
          <button
            type="button"
            className="tool-button"
            aria-expanded={editing}
            aria-label={t('curate.edit', { title })}
            title={t('curate.edit', { title })}
            data-focus-key={`item-edit-${item.id}`}
            onClick={() => control.setEditing(editing ? null : item.id)}
            onKeyDown={(e) => onKeyDown(e, false)}
          >
            <ConsoleIcon name="pencil" />
          </button>
          <button
            type="button"
            className="tool-button tool-button--danger"
            aria-label={t('curate.withdraw', { title })}
            title={t('curate.withdraw', { title })}
            data-focus-key={`item-withdraw-${item.id}`}
            onClick={withdraw}
            onKeyDown={(e) => onKeyDown(e, false)}
          >
            <Icon name="close" />
          </button>
        </div>
      </div>
      {editing && <ItemEditor item={item} onDone={() => control.setEditing(null)} />}
      {item.mergedFrom.length > 0 && <Provenance item={item} byId={control.byId} />}
    </li>
  );
}, sameRow);

import { type ItemView, moveItem, type StageView, setItemTheme, type WorkshopView } from '@majlis/shared';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { Icon } from '../components/Icon';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { CurateItem } from './CurateItem';
import { type CurateControl, rowState, useLiveControl } from './curateControl';
import { ImportDialog } from './ImportDialog';
import { MergeBar } from './MergeBar';
import { dropIndex } from './reorder';
import { SdgCounts } from './SdgCounts';
import { SetAsideItems } from './SetAsideItems';
import { ThemeGroups } from './ThemeGroups';
import { ThemesPanel } from './ThemesPanel';
import { useDragReorder } from './useDragReorder';

interface Props {
  readonly view: WorkshopView;
  readonly stage: StageView;
  /** The facilitator's own add-idea form. */
  readonly addIdea: ReactNode;
  /** Who wrote each idea, as the server tells facilitators (`useItemAuthors`). */
  readonly authors: ReadonlyMap<string, string> | undefined;
}

type Layout = 'order' | 'themes';

/**
 * Curating a list stage: the live list of ideas, each editable by several people at once, to
 * reorder, merge, group into themes or set aside; withdrawn and merged ideas folded away below.
 */
export function CurationPanel({ view, stage, addIdea, authors }: Props) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const id = useId();
  const [layout, setLayout] = useState<Layout>('order');
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const { all, active, aside, byId, themes } = useMemo(() => {
    const all = view.items.filter((i) => i.stageId === stage.id);
    return {
      all,
      active: all.filter((i) => i.status === 'active'),
      aside: all.filter((i) => i.status !== 'active'),
      byId: new Map(all.map((i) => [i.id, i])),
      themes: view.themes.filter((th) => th.stageId === stage.id),
    };
  }, [view, stage.id]);
  const activeIds = active.map((i) => i.id);
  // Ideas merged or withdrawn elsewhere drop out of the selection.
  const selected = active.filter((i) => selectedIds.has(i.id));

  const themeNotice = (item: ItemView, themeId: string | null) => {
    const title = item.title || t('curate.untitled');
    const theme = themes.find((th) => th.id === themeId);
    return theme ? t('curate.themed', { title, theme: theme.name }) : t('curate.unthemed', { title });
  };

  /** After a move: the moved row keeps the focus, and screen readers hear where it went. */
  const afterMove = (itemId: string, index: number, focusKey: string) => {
    editor.focusAfterRender(focusKey);
    const item = byId.get(itemId);
    if (!item) return;
    const title = item.title || t('curate.untitled');
    editor.announce(t('curate.moved', { title, n: index + 1, total: active.length }));
  };

  // In the theme layout, dropping on an idea of another theme moves the dragged idea into it too.
  const drag = useDragReorder((movedId, targetId, side) => {
    const index = dropIndex(activeIds, movedId, targetId, side === 'after');
    const themeId = byId.get(targetId)?.themeId ?? null;
    const moved = byId.get(movedId);
    const rethemed = layout === 'themes' && (moved?.themeId ?? null) !== themeId;
    editor.act(
      (doc) =>
        doc.transact(() => {
          if (rethemed) setItemTheme(doc, movedId, themeId);
          moveItem(doc, movedId, index);
        }),
      rethemed && moved ? themeNotice(moved, themeId) : undefined,
    );
    afterMove(movedId, index, `item-grip-${movedId}`);
  });

  const control = useLiveControl({
    stageId: stage.id,
    byId,
    themes,
    authors,
    activeIds,
    selected: selectedIds,
    toggleSelected: (itemId) =>
      setSelectedIds((s) => {
        const next = new Set(s);
        if (!next.delete(itemId)) next.add(itemId);
        return next;
      }),
    editingId,
    setEditing: setEditingId,
    visibleIdsOf: (itemId) => {
      if (layout !== 'themes') return activeIds;
      const themeId = byId.get(itemId)?.themeId ?? null;
      return active.filter((i) => (i.themeId ?? null) === themeId).map((i) => i.id);
    },
    step: (itemId, visibleIds, direction, focusKey) => {
      const neighbour = visibleIds[visibleIds.indexOf(itemId) + direction];
      if (!neighbour) return;
      const index = dropIndex(activeIds, itemId, neighbour, direction === 1);
      editor.act((doc) => moveItem(doc, itemId, index));
      afterMove(itemId, index, focusKey);
    },
    handleProps: drag.handleProps,
    targetProps: drag.targetProps,
    markerFor: drag.markerFor,
    draggingId: drag.draggingId,
    dropOnTheme: (themeId) => {
      const item = drag.draggingId ? byId.get(drag.draggingId) : undefined;
      drag.clear();
      if (!item || (item.themeId ?? null) === themeId) return;
      editor.act((doc) => setItemTheme(doc, item.id, themeId), themeNotice(item, themeId));
    },
    hintId: `${id}-hint`,
  } satisfies CurateControl);

  return (
    <section className="curate" aria-labelledby={`${id}-heading`}>
      <div className="curate__head">
        <h2 id={`${id}-heading`} className="curate__heading">
          {t('console.ideas')} <span className="pill">{formatNumber(active.length)}</span>
        </h2>
        <fieldset className="curate__layout">
          <legend className="visually-hidden">{t('curate.layout')}</legend>
          {(['order', 'themes'] as const).map((value) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name={`${id}-layout`}
                value={value}
                checked={layout === value}
                onChange={() => setLayout(value)}
              />
              <span>{t(`curate.layout.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => setImporting(true)}
        >
          <ConsoleIcon name="upload" />
          {t('import.open')}
        </button>
      </div>
      <p id={`${id}-hint`} className="visually-hidden">
        {t('curate.moveHint')}
      </p>
      {addIdea}
      <SdgCounts active={active} />
      {layout === 'themes' && <ThemesPanel stageId={stage.id} themes={themes} active={active} />}
      {active.length === 0 ? (
        <div className="empty">
          <Icon name="lightbulb" />
          <p>{all.length === 0 ? t('console.ideasEmpty') : t('curate.allSetAside')}</p>
        </div>
      ) : layout === 'themes' ? (
        <ThemeGroups active={active} control={control} />
      ) : (
        <ol className="curate-list">
          {active.map((item, index) => (
            <CurateItem
              key={item.id}
              item={item}
              position={index + 1}
              control={control}
              {...rowState(control, item.id)}
            />
          ))}
        </ol>
      )}
      {selected.length > 0 && (
        <MergeBar items={selected} themes={themes} onClear={() => setSelectedIds(new Set())} />
      )}
      <SetAsideItems items={aside} byId={byId} />
      {importing && <ImportDialog view={view} stageId={stage.id} onClose={() => setImporting(false)} />}
    </section>
  );
}

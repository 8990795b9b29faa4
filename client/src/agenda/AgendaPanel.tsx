import type { WorkshopView } from '@majlis/shared';
import { useId, useState } from 'react';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useI18n } from '../i18n/useI18n';
import { AddStageForm } from './AddStageForm';
import { AgendaNav } from './AgendaNav';

interface Props {
  readonly view: WorkshopView;
  readonly selectedId: string | null;
  readonly pendingId: string | null;
  readonly onSelect: (stageId: string) => void;
}

/** The agenda column: the stages, and an Edit switch that turns them into a form for planning. */
export function AgendaPanel({ view, selectedId, pendingId, onSelect }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  return (
    <nav className="console__agenda" aria-labelledby={headingId}>
      <div className="console__agenda-head">
        <h2 id={headingId} className="console__label">
          {t('console.agenda')}
        </h2>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-pressed={editing}
          onClick={() => setEditing((e) => !e)}
        >
          <ConsoleIcon name="pencil" />
          {t('agenda.edit')}
        </button>
      </div>
      <AgendaNav
        stages={view.stages}
        currentId={view.meta.currentStageId}
        selectedId={selectedId}
        pendingId={pendingId}
        editing={editing}
        onSelect={onSelect}
      />
      {view.stages.length === 0 && <p className="panel__note">{t('agenda.empty')}</p>}
      {editing && <AddStageForm onAdded={onSelect} />}
    </nav>
  );
}

import { OutcomesPanel } from '../../record/OutcomesPanel';
import { StageNotes } from '../../record/StageNotes';
import type { ConsoleStageProps } from '../stageParts';

/** A notes stage: its running notes open, and the outcomes recorded during it. */
export function NotesConsole({ view, stage, doc, awareness, editorUser, socket }: ConsoleStageProps) {
  return (
    <div className="record-stage">
      <StageNotes key={stage.id} doc={doc} stage={stage} awareness={awareness} user={editorUser} running />
      <OutcomesPanel view={view} socket={socket} stageId={stage.id} />
    </div>
  );
}

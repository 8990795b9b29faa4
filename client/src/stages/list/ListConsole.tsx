import { CurationPanel } from '../../curation/CurationPanel';
import { ListControls } from '../../curation/ListControls';
import { FacilitatorIdeaForm } from '../../ideas/FacilitatorIdeaForm';
import type { ConsoleStageProps } from '../stageParts';

/** The deck's list controls: whether the room may add ideas, and how the board shows them. */
export function ListConsoleControls({ stage }: ConsoleStageProps) {
  return <ListControls stage={stage} />;
}

/** Curating the list: reorder, merge, theme, set aside; the facilitator's own add-idea form. */
export function ListConsole({ view, stage, authors, workshopId, addIdea }: ConsoleStageProps) {
  return (
    <CurationPanel
      key={stage.id}
      view={view}
      stage={stage}
      authors={authors}
      addIdea={<FacilitatorIdeaForm workshopId={workshopId} stageId={stage.id} onSend={addIdea} />}
    />
  );
}

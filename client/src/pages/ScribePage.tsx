import { ProblemScreen } from '../components/ProblemScreen';

/** `/w/:id/scribe#token=…`: the notes and outcomes of the workshop, for a scribe. (Being built.) */
export function ScribePage({ workshopId: _workshopId }: { readonly workshopId: string }) {
  return <ProblemScreen problem="notFound" />;
}

import { ProblemScreen } from '../components/ProblemScreen';

/** `/w/:id/minutes?locale=…#key=…`: the printable minutes. (Being built.) */
export function MinutesPage({ workshopId: _workshopId }: { readonly workshopId: string }) {
  return <ProblemScreen problem="notFound" />;
}

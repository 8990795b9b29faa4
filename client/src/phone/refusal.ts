import type { Problem } from '../components/ProblemScreen';
import type { LiveWorkshop } from '../sync/useLiveWorkshop';

/** Which dead end to show for a refused connection: an old client, or a credential that is no good. */
export function problemFor(refused: NonNullable<LiveWorkshop['refused']>): Problem {
  return refused.channel === 'socket' && refused.code === 'protocol_mismatch' ? 'outdated' : 'invalid';
}

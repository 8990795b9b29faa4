import type { Problem } from '../components/ProblemScreen';
import type { LiveWorkshop } from '../sync/useLiveWorkshop';

/** Which dead end to show for a refused connection: an old client, or a credential that is no good. */
export function problemFor(refused: NonNullable<LiveWorkshop['refused']>): Problem {
  if (refused.channel === 'socket' && refused.code === 'protocol_mismatch') return 'outdated';
  // The facilitator removed this participant: Yjs closes with 4403, socket.io refuses with `forbidden`.
  if (refused.code === 4403 || refused.code === 'forbidden') return 'removed';
  return 'invalid';
}

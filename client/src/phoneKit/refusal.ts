import { YjsCloseCode } from '@majlis/shared';
import type { Problem } from '../components/ProblemScreen';
import type { LiveWorkshop } from '../sync/useLiveWorkshop';

/** Which dead end to show for a refused connection: an old client, an ended workshop, or a
 * credential that is no good. */
export function problemFor(refused: NonNullable<LiveWorkshop['refused']>): Problem {
  if (refused.channel === 'socket') {
    if (refused.code === 'protocol_mismatch') return 'outdated';
    if (refused.code === 'workshop_ended') return 'ended';
    // The facilitator removed this participant: socket.io refuses with `forbidden`, Yjs closes with 4403.
    if (refused.code === 'forbidden') return 'removed';
    return 'invalid';
  }
  if (refused.code === YjsCloseCode.ended) return 'ended';
  return refused.code === YjsCloseCode.forbidden ? 'removed' : 'invalid';
}

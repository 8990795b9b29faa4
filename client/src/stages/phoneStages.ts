import type { StageKind } from '@majlis/shared';
import { InfoPhone } from './info/InfoPhone';
import { ListPhone } from './list/ListPhone';
import { NotesPhone } from './notes/NotesPhone';
import type { PhoneStage } from './stageParts';
import { VotePhone } from './vote/VotePhone';

/** What the phone shows for each stage kind (see stageParts.ts). */
export const PHONE_STAGES = {
  list: ListPhone,
  vote: VotePhone,
  notes: NotesPhone,
  info: InfoPhone,
} as const satisfies Record<StageKind, PhoneStage>;

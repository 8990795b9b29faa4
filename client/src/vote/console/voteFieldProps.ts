import type { KindFieldsProps } from '../kinds/settingsPart';
import type { VoteDraft } from './voteDraft';

/** What each part of the vote settings form gets: the draft, a way to change it, its messages. */
export type VoteFieldProps = Omit<KindFieldsProps<VoteDraft>, 'fixed'>;

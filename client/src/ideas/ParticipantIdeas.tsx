import type { ItemView } from '@majlis/shared';
import { useId } from 'react';
import { IdeaCard } from '../components/IdeaCard';
import { WaitingCard } from '../phoneKit/WaitingCard';

interface Props {
  /** Active ideas only: withdrawn and merged ones are not on the list. */
  readonly items: readonly ItemView[];
  readonly isMine: (item: ItemView) => boolean;
  readonly heading: string;
  readonly emptyText: string;
}

/** The room's ideas on the phone, newest first: what just arrived is at the top, where the eye is. */
export function ParticipantIdeas({ items, isMine, heading, emptyText }: Props) {
  const headingId = useId();
  const newestFirst = [...items].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <section className="phone-ideas" aria-labelledby={headingId}>
      <h2 id={headingId} className="phone-ideas__heading">
        {heading}
        <span className="pill">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <WaitingCard icon="lightbulb" text={emptyText} />
      ) : (
        <ul className="idea-list">
          {newestFirst.map((item) => (
            <IdeaCard
              key={item.id}
              title={item.title}
              description={item.description}
              sdgs={item.sdgs}
              group={item.authorGroup}
              mine={isMine(item)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

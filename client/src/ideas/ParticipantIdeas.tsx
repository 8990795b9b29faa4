import type { ItemView } from '@majlis/shared';
import { useId, useState } from 'react';
import { IdeaCard } from '../components/IdeaCard';
import { useI18n } from '../i18n/useI18n';
import { WaitingCard } from '../phoneKit/WaitingCard';

interface Props {
  /** Active ideas only: withdrawn and merged ones are not on the list. */
  readonly items: readonly ItemView[];
  readonly isMine: (item: ItemView) => boolean;
  readonly heading: string;
  readonly emptyText: string;
}

/**
 * Ideas a phone draws before it asks: the newest are what a participant reads, and a phone that
 * drew all 200 of a long brainstorm would lay all of them out again for every new idea at the top.
 */
export const PHONE_IDEAS_SHOWN = 30;
/** How many more each "older ideas" tap shows. */
const SHOW_MORE = 50;

/**
 * The room's ideas on the phone, newest first: what just arrived is at the top, where the eye is.
 * Older ones beyond the first thirty wait behind a button that says how many there are.
 */
export function ParticipantIdeas({ items, isMine, heading, emptyText }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const [limit, setLimit] = useState(PHONE_IDEAS_SHOWN);
  const newestFirst = [...items].sort((a, b) => b.createdAt - a.createdAt);
  const older = newestFirst.length - limit;
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
          {newestFirst.slice(0, limit).map((item) => (
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
      {older > 0 && (
        <button
          type="button"
          className="button button--quiet button--block"
          onClick={() => setLimit(limit + SHOW_MORE)}
        >
          {t('me.showOlder', { n: older })}
        </button>
      )}
    </section>
  );
}

import type { ItemView } from '@majlis/shared';
import { useId } from 'react';
import { IdeaCard } from '../components/IdeaCard';
import { useI18n } from '../i18n/useI18n';
import type { ItemAddPayload } from './ideaPayload';
import { WaitingCard } from './WaitingCard';

interface Props {
  readonly items: readonly ItemView[];
  readonly pending: readonly ItemAddPayload[];
  readonly isMine: (item: ItemView) => boolean;
}

/** The stage's ideas on the phone, newest first so your own appears right under your thumb's reach;
 * ideas still waiting to be sent are shown as such, never silently missing. */
export function ParticipantIdeas({ items, pending, isMine }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const newestFirst = [...items].sort((a, b) => b.createdAt - a.createdAt);
  const count = items.length + pending.length;
  return (
    <section className="phone-ideas" aria-labelledby={headingId}>
      <h2 id={headingId} className="phone-ideas__heading">
        {t('me.ideas')}
        <span className="pill">{count}</span>
      </h2>
      {count === 0 ? (
        <WaitingCard icon="lightbulb" text={t('me.empty')} />
      ) : (
        <ul className="idea-list">
          {pending.map((p) => (
            <IdeaCard
              key={p.clientId ?? p.title}
              title={p.title}
              description={p.description ?? ''}
              sdgs={p.sdgs ?? []}
              mine
              pending
            />
          ))}
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

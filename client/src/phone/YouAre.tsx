import { GROUP_LABELS } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import type { SessionState } from './useParticipantSession';

/** "You: Lina · Academia", so a shared or borrowed phone is never a mystery. */
export function YouAre({ session }: { readonly session: SessionState }) {
  const { t, lang } = useI18n();
  if (session.kind !== 'ok' || !session.session.participant) return null;
  const { name, organization, group } = session.session.participant;
  return (
    <p className="you-are">
      <span className="you-are__label">{t('me.you')}</span>
      <span className="you-are__name" dir="auto">
        {name}
      </span>
      <span className="you-are__meta">
        {organization ? (
          <>
            <bdi>{organization}</bdi> ·{' '}
          </>
        ) : null}
        {GROUP_LABELS[group][lang]}
      </span>
    </p>
  );
}

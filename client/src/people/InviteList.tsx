import { formatInviteCode, GROUP_LABELS, type InviteInfo, isolateText } from '@majlis/shared';
import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { inviteUrl } from './inviteLink';

const SHOWN = 60;

interface Props {
  readonly invites: readonly InviteInfo[];
  readonly joinBase: string;
  readonly busy: boolean;
  readonly onReissue: (invite: InviteInfo) => void;
  readonly onWithdraw: (invite: InviteInfo) => void;
}

type Pending = { readonly id: string; readonly action: 'reissue' | 'withdraw' } | null;

/** The invitations: who, their code, whether they joined; copy a link, give a new code, withdraw. */
export function InviteList({ invites, joinBase, busy, onReissue, onWithdraw }: Props) {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<Pending>(null);
  if (invites.length === 0) return <p className="panel__note">{t('people.invites.none')}</p>;
  return (
    <>
      <ul className="invite-list">
        {invites.slice(0, SHOWN).map((i) => {
          const status =
            i.revokedAt !== null ? 'withdrawn' : i.joinedAt !== null ? 'joined' : ('waiting' as const);
          return (
            <li key={i.id} className={`invite-row is-${status}`}>
              <span className="invite-row__who">
                <bdi className="invite-row__name">{i.name}</bdi>
                <span className="invite-row__meta">
                  {i.organization && (
                    <>
                      <bdi>{i.organization}</bdi> ·{' '}
                    </>
                  )}
                  {GROUP_LABELS[i.group][lang]}
                </span>
              </span>
              <span className="invite-row__code" dir="ltr" translate="no">
                {formatInviteCode(i.code)}
              </span>
              <span className="invite-row__status">{t(`people.invites.${status}`)}</span>
              {pending?.id === i.id ? (
                <span className="invite-row__tools">
                  <button
                    type="button"
                    className="button button--small button--danger"
                    disabled={busy}
                    onClick={() => {
                      setPending(null);
                      if (pending.action === 'reissue') onReissue(i);
                      else onWithdraw(i);
                    }}
                  >
                    {t(
                      pending.action === 'reissue'
                        ? 'people.invites.reissueConfirm'
                        : 'people.invites.withdrawConfirm',
                      { name: isolateText(i.name) },
                    )}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => setPending(null)}
                  >
                    {t('people.participants.keep')}
                  </button>
                </span>
              ) : (
                <span className="invite-row__tools">
                  {i.revokedAt === null && (
                    <CopyButton text={inviteUrl(i.code, joinBase)} label={t('people.invites.copy')} />
                  )}
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() => setPending({ id: i.id, action: 'reissue' })}
                  >
                    {t('people.invites.reissue')}
                  </button>
                  {i.revokedAt === null && (
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      aria-label={t('people.invites.withdrawOf', { name: isolateText(i.name) })}
                      onClick={() => setPending({ id: i.id, action: 'withdraw' })}
                    >
                      {t('people.invites.withdraw')}
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {invites.length > SHOWN && (
        <p className="panel__note">
          {t('people.invites.more', { shown: formatNumber(SHOWN), n: formatNumber(invites.length) })}
        </p>
      )}
    </>
  );
}

import { findJoinBursts, type InviteRow, setJoinMode, type WorkshopMeta } from '@majlis/shared';
import { useId, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useI18n } from '../i18n/useI18n';
import { useJoinBase } from '../lib/joinLink';
import { formatNumber } from '../lib/numbers';
import { paths } from '../router/routes';
import type { CommandSocket } from '../sync/useCommandSocket';
import { InviteImport } from './InviteImport';
import { InviteList } from './InviteList';
import { JoinBurstAlert } from './JoinBurstAlert';
import { JoinModeField } from './JoinModeField';
import { ParticipantList } from './ParticipantList';
import { peopleApi, type Result } from './peopleApi';
import { usePeople } from './usePeople';

interface Props {
  readonly workshopId: string;
  readonly facilitatorKey: string;
  readonly doc: Y.Doc;
  readonly meta: WorkshopMeta;
  readonly socket: CommandSocket | null;
}

/**
 * Who may join and who is in: the join mode, warnings of join bursts with one-click removal, the
 * participant list, and the invitations with their printable badges.
 */
export function PeoplePanel({ workshopId, facilitatorKey, doc, meta, socket }: Props) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const joinBase = useJoinBase();
  const people = usePeople(workshopId, facilitatorKey, socket);
  const [busy, setBusy] = useState(false);
  const participants = people.participants ?? [];
  const invites = people.invites ?? [];
  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const bursts = useMemo(
    () => findJoinBursts(participants.map((p) => ({ ...p, removed: p.removedAt !== null }))),
    [participants],
  );
  const inCount = participants.filter((p) => p.removedAt === null).length;

  const run = async (task: () => Promise<Result<unknown>>) => {
    setBusy(true);
    people.setError(null);
    const result = await task();
    setBusy(false);
    await people.reload();
    if (!result.ok) people.setError(result.error);
  };
  const setRemoved = (ids: readonly string[], removed: boolean) =>
    void run(() => peopleApi.setRemoved(workshopId, facilitatorKey, ids, removed));
  const invite = async (rows: readonly InviteRow[]) => {
    const result = await peopleApi.addInvites(
      workshopId,
      facilitatorKey,
      rows.map(({ name, organization, group }) => ({ name, organization, group })),
    );
    await people.reload();
    return result.ok ? null : result.error;
  };

  return (
    <section className="panel people-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('people.title')}
      </h2>
      <JoinModeField mode={meta.joinMode} onMode={(mode) => setJoinMode(doc, mode)} />
      {bursts.map((b) => (
        <JoinBurstAlert
          key={`${b.kind}-${b.from}`}
          burst={b}
          people={byId}
          busy={busy}
          onRemove={(ids) => setRemoved(ids, true)}
        />
      ))}
      {people.error && <ApiErrorAlert error={people.error} />}
      <details className="minutes-panel__fold">
        <summary>
          <h3 className="minutes-panel__subtitle">
            {t('people.participants', { n: formatNumber(inCount) })}
          </h3>
        </summary>
        {people.participants === null ? (
          <p className="panel__note">{t('people.participants.loading')}</p>
        ) : (
          <ParticipantList participants={participants} busy={busy} onRemoved={setRemoved} />
        )}
      </details>
      <details className="minutes-panel__fold" open={meta.joinMode === 'invited' || undefined}>
        <summary>
          <h3 className="minutes-panel__subtitle">
            {t('people.invites', { n: formatNumber(invites.filter((i) => i.revokedAt === null).length) })}
          </h3>
        </summary>
        <InviteImport onInvite={invite} />
        {invites.length > 0 && (
          <p className="panel__row">
            <a
              className="button button--small button--quiet"
              href={paths.badges(workshopId, facilitatorKey, lang)}
              target="_blank"
              rel="noopener"
            >
              {t('people.invites.print')}
            </a>
          </p>
        )}
        <InviteList
          invites={invites}
          joinBase={joinBase}
          busy={busy}
          onReissue={(i) => void run(() => peopleApi.reissue(workshopId, facilitatorKey, i.id))}
          onWithdraw={(i) => void run(() => peopleApi.withdraw(workshopId, facilitatorKey, i.id))}
        />
      </details>
    </section>
  );
}

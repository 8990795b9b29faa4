import { type StageView, stageTitle } from '@majlis/shared';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';
import { formatNumber } from '../../lib/numbers';
import { useVoteAudit } from './useVoteAudit';
import { VoteDisclosure } from './VoteDisclosure';
import { auditDetail, newestFirst } from './voteAuditRows';
import { formatTime } from './voteFormat';
import type { AuditEntryView } from './voteRequests';
import { settingsSummary } from './voteSettingsSummary';

interface Props {
  readonly workshopId: string;
  readonly facilitatorKey: string;
  readonly stages: readonly StageView[];
  /** Changes after every vote step, when the log has grown. */
  readonly refreshKey: string;
}

const ACTIONS = [
  'configured',
  'opened',
  'closed',
  'reopened',
  'revealed',
  'workshop_ended',
  'facilitator_key_rotated',
  'board_link_rotated',
] as const;
const isKnownAction = (action: string): action is (typeof ACTIONS)[number] =>
  (ACTIONS as readonly string[]).includes(action);

/**
 * Every vote step of the workshop, hash-chained by the server, with the server's check of the
 * chain. Folded by default; read only when opened.
 */
export function VoteAuditPanel({ workshopId, facilitatorKey, stages, refreshKey }: Props) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const { log, loading, error } = useVoteAudit(workshopId, facilitatorKey, open, refreshKey);

  const verdict = log
    ? log.verify.valid
      ? t('vote.console.auditValid')
      : t('vote.console.auditBroken', { n: log.verify.brokenAt ?? '?' })
    : null;
  const summary = log
    ? `${verdict} · ${t('vote.console.auditCount', { n: formatNumber(log.entries.length) })}`
    : t('vote.console.auditHint');

  // A newer server may log steps this console has no words for yet: show them as they come.
  const action = ({ action: a }: AuditEntryView) => (isKnownAction(a) ? t(`vote.console.action.${a}`) : a);
  const detail = (entry: AuditEntryView) => {
    const d = auditDetail(entry);
    if (d.kind === 'settings') return settingsSummary(d.settings, t, lang);
    if (d.kind === 'targets') return t('vote.console.auditTargets', { n: formatNumber(d.n) });
    if (d.kind === 'voters') return t('vote.console.voters', { n: formatNumber(d.n) });
    return '';
  };
  const stageName = (id: string | undefined) => {
    const stage = stages.find((s) => s.id === id);
    return stage ? stageTitle(stage, lang) : '–';
  };

  return (
    <VoteDisclosure
      title={t('vote.console.audit')}
      summary={summary}
      open={open}
      onToggle={() => setOpen((o) => !o)}
      className="vote-audit"
    >
      {error && (
        <ErrorAlert>
          <p>{t('vote.console.auditFailed', { message: errorMessage(t, error) })}</p>
        </ErrorAlert>
      )}
      {log && (
        <p className={`vote-audit__verdict ${log.verify.valid ? 'is-valid' : 'is-broken'}`}>
          <Icon name={log.verify.valid ? 'check' : 'alert'} />
          {verdict}
        </p>
      )}
      {!log && loading && <p className="vote-results__empty">{t('vote.console.auditLoading')}</p>}
      {log && log.entries.length === 0 && (
        <p className="vote-results__empty">{t('vote.console.auditEmpty')}</p>
      )}
      {log && log.entries.length > 0 && (
        <div className="vote-table-wrap">
          <table className="vote-table vote-audit__table">
            <caption className="visually-hidden">{t('vote.console.audit')}</caption>
            <thead>
              <tr>
                <th scope="col" className="vote-table__num">
                  #
                </th>
                <th scope="col">{t('vote.console.audit.at')}</th>
                <th scope="col">{t('vote.console.audit.action')}</th>
                <th scope="col">{t('vote.console.audit.stage')}</th>
                <th scope="col">{t('vote.console.audit.details')}</th>
                <th scope="col">{t('vote.console.audit.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst(log.entries).map((entry) => (
                <tr key={entry.seq} className={log.verify.brokenAt === entry.seq ? 'is-broken' : ''}>
                  <td className="vote-table__num">{formatNumber(entry.seq)}</td>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{formatTime(entry.at, lang)}</time>
                  </td>
                  <th scope="row" className="vote-table__item">
                    {action(entry)}
                  </th>
                  <td dir="auto">{stageName(entry.stageId)}</td>
                  <td className="vote-audit__detail">{detail(entry)}</td>
                  <td>
                    <code className="vote-audit__hash" title={entry.hash}>
                      {entry.hash.slice(0, 10)}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </VoteDisclosure>
  );
}

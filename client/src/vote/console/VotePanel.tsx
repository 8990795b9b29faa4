import { criteriaOf, type StageView, type WorkshopView } from '@majlis/shared';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import type { CommandSocket } from '../../sync/useCommandSocket';
import { cutOf } from '../results/cutOf';
import { targetLabeler } from '../results/targetLabeler';
import type { VoteCommands } from './useVoteCommands';
import { useVoteResults } from './useVoteResults';
import { VoteAuditPanel } from './VoteAuditPanel';
import { VoteBallotsTable } from './VoteBallotsTable';
import { VoteResultsPanel } from './VoteResultsPanel';
import { VoteSettingsEditor } from './VoteSettingsEditor';
import { settingsKey } from './voteDraft';

interface Props {
  readonly view: WorkshopView;
  readonly stage: StageView;
  readonly workshopId: string;
  readonly facilitatorKey: string;
  readonly socket: CommandSocket | null;
  readonly commands: VoteCommands;
}

/**
 * The middle of the console for a vote stage (its flow controls sit in the stage deck above):
 * the results once it has opened, who voted what for named votes, the settings (unfolded until the
 * vote first opens), and the audit log.
 */
export function VotePanel({ view, stage, workshopId, facilitatorKey, socket, commands }: Props) {
  const { t } = useI18n();
  const vote = stage.vote;
  const settings = vote?.settings ?? null;
  const started = (vote?.targets.length ?? 0) > 0;
  const [settingsOpen, setSettingsOpen] = useState(!started);
  // Opening the vote folds the settings (they are locked then) so the results come first; a vote
  // reset to its draft unfolds them again.
  const [wasStarted, setWasStarted] = useState(started);
  if (started !== wasStarted) {
    setWasStarted(started);
    setSettingsOpen(!started);
  }
  const refreshKey = `${stage.state}|${settingsKey(settings)}|${commands.done}`;

  const live = useVoteResults({
    workshopId,
    stageId: stage.id,
    facilitatorKey,
    socket,
    named: settings?.anonymous === false,
    enabled: started,
    refreshKey,
  });
  // The doc carries results once they may be shown: a fallback while the first request is out.
  const results = live.results ?? vote?.results ?? null;

  const labelOf = useMemo(
    () =>
      targetLabeler(settings, view.items, { untitled: t('curate.untitled'), gone: t('vote.console.gone') }),
    [view.items, settings, t],
  );
  const cut = cutOf(view.stages, stage.id);

  return (
    <div className="vote-panel">
      {started && (
        <VoteResultsPanel
          stage={stage}
          results={results}
          loading={live.loading}
          error={live.error}
          labelOf={labelOf}
          cut={cut}
        />
      )}
      {started && settings && !settings.anonymous && live.ballots && (
        <VoteBallotsTable ballots={live.ballots} labelOf={labelOf} criteria={criteriaOf(settings)} />
      )}
      <VoteSettingsEditor
        view={view}
        stage={stage}
        commands={commands}
        open={settingsOpen}
        onToggle={() => setSettingsOpen((o) => !o)}
      />
      <VoteAuditPanel
        workshopId={workshopId}
        facilitatorKey={facilitatorKey}
        stages={view.stages}
        refreshKey={refreshKey}
      />
    </div>
  );
}

import type { StageView, VoteSettings, WorkshopView } from '@majlis/shared';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import type { FetchError } from '../../api/apiFetch';
import { translate } from '../../i18n/translate';
import { useI18n } from '../../i18n/useI18n';
import type { VoteCommands } from './useVoteCommands';
import { VoteAudienceFields } from './VoteAudienceFields';
import { VoteDisclosure } from './VoteDisclosure';
import { VoteErrorAlert } from './VoteErrorAlert';
import { VoteKindFields } from './VoteKindFields';
import { VoteSettingsStatus } from './VoteSettingsStatus';
import { VoteSourceFields } from './VoteSourceFields';
import {
  type DraftContext,
  draftFrom,
  draftMatches,
  earlierVotes,
  settingsFrom,
  settingsKey,
  type VoteDraft,
} from './voteDraft';
import type { VoteFieldProps } from './voteFieldProps';
import { settingsSummary } from './voteSettingsSummary';

interface Props {
  readonly view: WorkshopView;
  readonly stage: StageView;
  readonly commands: VoteCommands;
  readonly open: boolean;
  readonly onToggle: () => void;
}

/**
 * The settings of a vote stage, checked here with the server's own schema before `vote:configure`.
 * Locked while the vote is open (the server refuses it then); once the vote has opened, what the
 * ballots depend on (kind, items, criteria and options, anonymity) stays fixed. A save can be undone,
 * and so can discarding unsaved changes.
 */
export function VoteSettingsEditor({ view, stage, commands, open, onToggle }: Props) {
  const { t, lang } = useI18n();
  const idBase = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const settings = stage.vote?.settings ?? null;
  const context = useMemo<DraftContext>(() => {
    const room = view.meta.locale;
    return {
      listStageIds: view.stages.filter((s) => s.kind === 'list').map((s) => s.id),
      voteStageIds: earlierVotes(view.stages, stage.id).map((s) => s.id),
      themeIds: view.themes.map((th) => th.id),
      // Criterion labels are shown to the room, so they start in the room's language.
      defaultCriteria: [
        { id: 'impact', label: translate(room, 'vote.console.impact'), weight: 1 },
        { id: 'feasibility', label: translate(room, 'vote.console.feasibility'), weight: 1 },
      ],
    };
  }, [view, stage.id]);

  const [draft, setDraft] = useState<VoteDraft>(() => draftFrom(settings, context));
  const [base, setBase] = useState(() => settingsKey(settings));
  const [tried, setTried] = useState(false);
  const [saveError, setSaveError] = useState<FetchError | null>(null);
  const [undoable, setUndoable] = useState<
    | { kind: 'saved'; saved: VoteSettings; previous: VoteSettings | null }
    | { kind: 'discarded'; draft: VoteDraft }
    | null
  >(null);

  // Whether the facilitator has typed since the form last matched the stored settings.
  const [touched, setTouched] = useState(false);

  const dirty = !draftMatches(draft, settings);
  // Settings changed under the form (a co-facilitator, or our own save coming back): follow them
  // unless the facilitator is in the middle of other changes.
  const current = settingsKey(settings);
  let conflict = false;
  if (current !== base) {
    if (touched && dirty) conflict = true;
    else {
      setBase(current);
      setDraft(draftFrom(settings, context));
      setTouched(false);
      // Someone else's settings: our Undo would now overwrite them, so it goes.
      if (undoable?.kind === 'saved' && settingsKey(undoable.saved) !== current) setUndoable(null);
    }
  }

  const result = settingsFrom(draft);
  const errors = tried && !result.ok ? result.errors : {};
  const locked = stage.state === 'open';
  const frozen = stage.state !== 'draft' && (stage.vote?.targets.length ?? 0) > 0;
  const busy = commands.pending !== null;

  const change = (patch: Partial<VoteDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched(true);
    setUndoable(null);
    setSaveError(null);
  };
  const fieldProps: VoteFieldProps = {
    draft,
    change,
    idBase,
    problem: (field) => {
      const problem = errors[field];
      return problem ? t(`vote.console.problem.${problem}`) : null;
    },
  };

  const configure = async (next: VoteSettings, after: () => void) => {
    setSaveError(null);
    const error = await commands.configure(stage.id, next);
    if (error) setSaveError(error);
    else after();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!result.ok) {
      setTried(true);
      // The messages render with the next frame; the first marked field then takes the focus.
      window.requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const previous = settings;
    await configure(result.settings, () => {
      setTried(false);
      setTouched(false);
      setUndoable({ kind: 'saved', saved: result.settings, previous });
    });
  };

  const undo = () => {
    if (undoable?.kind === 'discarded') {
      setDraft(undoable.draft);
      setTouched(true);
      setUndoable(null);
    } else if (undoable?.kind === 'saved' && undoable.previous) {
      void configure(undoable.previous, () => setUndoable(null));
    }
  };

  return (
    <VoteDisclosure
      title={t('vote.console.settings')}
      summary={settings ? settingsSummary(settings, t, lang) : t('vote.console.notSet')}
      open={open}
      onToggle={onToggle}
      className="vote-settings"
    >
      <form ref={formRef} className="vote-form" onSubmit={save} noValidate>
        {locked && <p className="alert alert--warn vote-form__note">{t('vote.console.settingsLocked')}</p>}
        {frozen && !locked && <p className="vote-form__note">{t('vote.console.settingsFrozen')}</p>}
        {conflict && (
          <div className="alert alert--warn vote-form__note">
            <p className="alert__body">{t('vote.console.changedElsewhere')}</p>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setBase(current);
                setDraft(draftFrom(settings, context));
                setTouched(false);
              }}
            >
              {t('vote.console.loadTheirs')}
            </button>
          </div>
        )}
        <fieldset className="vote-form__fields" disabled={locked}>
          <legend className="visually-hidden">{t('vote.console.settings')}</legend>
          <VoteKindFields {...fieldProps} kindFixed={frozen} />
          <VoteSourceFields {...fieldProps} view={view} stageId={stage.id} fixed={frozen} />
          <VoteAudienceFields {...fieldProps} anonymityFixed={frozen} />
        </fieldset>
        <VoteSettingsStatus
          dirty={dirty}
          locked={locked}
          busy={busy}
          saving={commands.pending === 'vote:configure'}
          problems={tried && !result.ok}
          notice={undoable?.kind ?? null}
          canUndo={undoable?.kind === 'discarded' || Boolean(undoable?.previous)}
          onUndo={undo}
          onDiscard={() => {
            setUndoable({ kind: 'discarded', draft });
            setTried(false);
            setBase(current);
            setDraft(draftFrom(settings, context));
            setTouched(false);
          }}
        />
        {saveError && <VoteErrorAlert error={saveError} />}
      </form>
    </VoteDisclosure>
  );
}

import type { PresenceCounts, StageView } from '@majlis/shared';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { ConsoleIcon } from '../../consoleKit/ConsoleIcon';
import { useI18n } from '../../i18n/useI18n';
import type { VoteAction, VoteCommands } from './useVoteCommands';
import { VoteErrorAlert } from './VoteErrorAlert';
import { VoteTurnout } from './VoteTurnout';

interface Props {
  readonly stage: StageView;
  readonly presence: PresenceCounts | undefined;
  readonly commands: VoteCommands;
  /** Bumped by the R key: ask to reveal, as the button does. */
  readonly revealAsk: number;
}

/**
 * Running a vote: its state, the turnout, and the one or two next steps (open; close or reveal;
 * reopen). Closing is undone by Reopen, right there; revealing cannot be taken back, so it asks
 * once, and the question takes the focus so Enter confirms and Escape cancels.
 */
export function VoteFlowControls({ stage, presence, commands, revealAsk }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const seenAsk = useRef(revealAsk);
  const { state } = stage;
  const settings = stage.vote?.settings ?? null;
  const canReveal = state === 'open' || state === 'closed';
  const busy = commands.pending !== null;

  // An error from another stage's vote would be misread as this one's.
  const { clearError } = commands;
  useEffect(() => clearError(), [clearError]);

  useEffect(() => {
    if (revealAsk === seenAsk.current) return;
    seenAsk.current = revealAsk;
    if (canReveal) setAsking(true);
  }, [revealAsk, canReveal]);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  // Someone else revealed (another console): the question no longer applies.
  if (asking && !canReveal) setAsking(false);

  const run = async (action: VoteAction) => {
    const ok = await commands.run(action, stage.id);
    if (ok) statusRef.current?.focus();
  };
  const cancel = () => {
    setAsking(false);
    // The Reveal button comes back with the next render; it takes the focus then.
    window.requestAnimationFrame(() => revealRef.current?.focus());
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };

  const button = (action: VoteAction, label: string, quiet: boolean) => (
    <button
      type="button"
      className={`button button--small ${quiet ? 'button--quiet' : ''}`}
      disabled={busy || (action === 'vote:open' && !settings)}
      aria-busy={commands.pending === action}
      onClick={() => void run(action)}
    >
      <ConsoleIcon name={action === 'vote:close' ? 'lock' : state === 'draft' ? 'play' : 'unlock'} />
      {label}
    </button>
  );

  return (
    <fieldset className="deck-group vote-flow" aria-describedby={`${id}-status`}>
      <legend className="deck-group__label">{t('vote.console.heading')}</legend>
      <p id={`${id}-status`} ref={statusRef} tabIndex={-1} className="vote-flow__status">
        <span className={`vote-state vote-state--${state}`}>{t(`vote.console.state.${state}`)}</span>
      </p>
      {state !== 'draft' && (
        <VoteTurnout voted={stage.vote?.turnout ?? 0} presence={presence} groups={settings?.groups} />
      )}
      {asking ? (
        <div className="vote-ask">
          <p id={`${id}-ask`} className="vote-ask__text">
            <Icon name="alert" />
            {t('vote.console.revealAsk')}
          </p>
          <div className="deck-group__row">
            <button
              ref={confirmRef}
              type="button"
              aria-describedby={`${id}-ask`}
              onKeyDown={onEscape}
              className="button button--small"
              disabled={busy}
              onClick={async () => {
                setAsking(false);
                await run('vote:reveal');
              }}
            >
              {t('vote.console.revealConfirm')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={cancel}
              onKeyDown={onEscape}
            >
              {t('vote.console.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="deck-group__row">
          {state === 'draft' && button('vote:open', t('vote.console.open'), false)}
          {state === 'open' && button('vote:close', t('vote.console.close'), true)}
          {(state === 'closed' || state === 'revealed') &&
            button('vote:open', t('vote.console.reopen'), true)}
          {state !== 'revealed' && (
            <button
              ref={revealRef}
              type="button"
              className={`button button--small ${state === 'draft' ? 'button--quiet' : ''}`}
              disabled={busy || !canReveal}
              aria-keyshortcuts="R"
              onClick={() => setAsking(true)}
            >
              <Icon name="monitor" />
              {t('vote.console.reveal')}
            </button>
          )}
        </div>
      )}
      {!settings && <p className="deck-group__status">{t('vote.console.notConfigured')}</p>}
      {state === 'revealed' && <p className="deck-group__status">{t('vote.console.revealedNote')}</p>}
      {commands.error && <VoteErrorAlert error={commands.error} />}
    </fieldset>
  );
}

import { Icon } from '../components/Icon';
import { SdgChip } from '../components/SdgChip';
import { useI18n } from '../i18n/useI18n';

/** Where one of my ideas stands, from "still on this phone" to "on the list" and beyond. */
export type MyIdeaState = 'queued' | 'sending' | 'active' | 'withdrawn' | 'merged';

interface Props {
  readonly title: string;
  readonly description: string;
  readonly sdgs: readonly number[];
  readonly state: MyIdeaState;
  /** For a merged idea: the title of the idea it now lives in. */
  readonly mergedInto?: string | undefined;
  /** The list takes changes now; otherwise the card shows no buttons. */
  readonly editable: boolean;
  /** Unsaved changes are kept on this device. */
  readonly hasDraft?: boolean;
  readonly busy?: boolean;
  readonly onEdit?: () => void;
  readonly onWithdraw?: () => void;
  readonly onRestore?: () => void;
}

const PILL = {
  queued: { key: 'me.sending', className: 'pill--gold' },
  sending: { key: 'me.sendingNow', className: 'pill--gold' },
  active: { key: 'me.onList', className: 'pill--accent' },
  withdrawn: { key: 'me.withdrawnPill', className: '' },
  merged: { key: 'me.mergedPill', className: 'pill--accent' },
} as const;

/** One of the participant's own ideas, with what they may still do with it. */
export function MyIdeaCard(props: Props) {
  const { title, description, sdgs, state, editable, busy = false } = props;
  const { t, lang } = useI18n();
  const pill = PILL[state];
  const muted = state === 'withdrawn' || state === 'merged';
  return (
    <li
      className={`idea idea--mine my-idea my-idea--${state} ${state === 'queued' || state === 'sending' ? 'idea--pending' : ''}`}
    >
      <p className="idea__title" dir="auto">
        {title}
      </p>
      {description && !muted && (
        <p className="idea__description" dir="auto">
          {description}
        </p>
      )}
      {state === 'merged' && props.mergedInto !== undefined && (
        <p className="my-idea__merged">
          <Icon name="merge" />
          <span>
            {t('me.mergedInto')} <q dir="auto">{props.mergedInto}</q>
          </span>
        </p>
      )}
      <div className="idea__meta">
        {sdgs.length > 0 && !muted && (
          <ul className="idea__sdgs">
            {sdgs.map((n) => (
              <li key={n}>
                <SdgChip n={n} locale={lang} />
              </li>
            ))}
          </ul>
        )}
        <span className="idea__tags">
          {props.hasDraft && <span className="pill pill--gold">{t('form.unsaved')}</span>}
          <span className={`pill ${pill.className}`}>{t(pill.key)}</span>
        </span>
      </div>
      {editable && state === 'active' && (
        <div className="my-idea__actions">
          <button type="button" className="button button--quiet button--small" onClick={props.onEdit}>
            <Icon name="pencil" />
            {t('me.edit')}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={props.onWithdraw}
            disabled={busy}
          >
            <Icon name="close" />
            {t('me.withdraw')}
            <span className="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
      {editable && state === 'withdrawn' && (
        <div className="my-idea__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={props.onRestore}
            disabled={busy}
          >
            <Icon name="undo" />
            {t('me.putBack')}
            <span className="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

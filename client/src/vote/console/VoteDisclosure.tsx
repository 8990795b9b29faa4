import { type ReactNode, useId } from 'react';
import { Icon } from '../../components/Icon';

interface Props {
  readonly title: string;
  /** One line shown beside the title, so a folded card still says what is inside. */
  readonly summary?: ReactNode;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}

/**
 * A card of the vote panel that folds: its heading is the toggle. Controlled (not `<details>`), so
 * the panel can open the settings for a vote that has not started and fold them once it runs.
 */
export function VoteDisclosure({ title, summary, open, onToggle, children, className }: Props) {
  const id = useId();
  return (
    <section className={`vote-card ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <h2 className="vote-card__heading">
        <button
          type="button"
          className="vote-card__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={onToggle}
        >
          <Icon name="chevron" className="vote-card__chevron" />
          <span id={`${id}-title`} className="vote-card__title">
            {title}
          </span>
          {summary && <span className="vote-card__summary">{summary}</span>}
        </button>
      </h2>
      <div id={`${id}-body`} className="vote-card__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

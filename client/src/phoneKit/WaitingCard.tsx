import { Icon, type IconName } from '../components/Icon';

/** A calm "nothing to do right now" panel: the phone waits with the room instead of looking broken. */
export function WaitingCard({ icon, title, text }: { icon: IconName; title?: string; text: string }) {
  return (
    <div className="waiting-card">
      <span className="waiting-card__icon" aria-hidden="true">
        <Icon name={icon} />
      </span>
      {title && <p className="waiting-card__title">{title}</p>}
      <p className="waiting-card__text">{text}</p>
    </div>
  );
}

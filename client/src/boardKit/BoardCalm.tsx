import { Icon, type IconName } from '../components/Icon';

/** What the board shows when there is nothing to list: an empty list, a vote about to open. */
export function BoardCalm({ icon, title, text }: { icon: IconName; title: string; text?: string }) {
  return (
    <div className="board-calm">
      <span className="board-calm__icon" aria-hidden="true">
        <Icon name={icon} />
      </span>
      <p className="board-calm__title">{title}</p>
      {text && <p className="board-calm__text">{text}</p>}
    </div>
  );
}

import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import { TopBar } from './TopBar';

interface Props {
  readonly icon: IconName;
  readonly title: string;
  readonly text?: string;
  readonly tone?: 'calm' | 'problem';
  readonly actions?: ReactNode;
  /** A loading screen announces itself politely instead of as a heading to navigate to. */
  readonly busy?: boolean;
}

/** A whole-screen message: loading, a refused link, a page that does not exist. Designed, not blank. */
export function StatusScreen({ icon, title, text, tone = 'calm', actions, busy = false }: Props) {
  return (
    <div className="shell">
      <TopBar />
      <main className="status-screen" aria-busy={busy || undefined}>
        <div className={`status-screen__card status-screen__card--${tone}`}>
          <div
            className={`status-screen__icon ${busy ? 'status-screen__icon--busy' : ''}`}
            aria-hidden="true"
          >
            <Icon name={icon} />
          </div>
          <h1 className="status-screen__title">{title}</h1>
          {text && <p className="status-screen__text">{text}</p>}
          {actions && <div className="status-screen__actions">{actions}</div>}
        </div>
      </main>
    </div>
  );
}

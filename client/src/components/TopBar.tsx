import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  /** Workshop title or other context, shown after the brand. */
  readonly context?: ReactNode;
  /** Connection indicator and other live status, shown before the language switch. */
  readonly status?: ReactNode;
  readonly className?: string;
}

/** The banner every screen but the board carries: brand, context, status and the language switch. */
export function TopBar({ context, status, className }: Props) {
  return (
    <header className={`topbar ${className ?? ''}`}>
      <Brand />
      {context && <div className="topbar__context">{context}</div>}
      <div className="topbar__end">
        {status}
        <LanguageSwitch />
      </div>
    </header>
  );
}

import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  /** The workshop title, shown after the brand. Pass the text itself: the clipping box takes its
   * direction (an inner element with its own `dir` would hide the text from `dir="auto"`). */
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
      {/* The box that clips takes the text's own direction, so the ellipsis cuts the end of the title. */}
      {context && (
        <div className="topbar__context" dir="auto">
          {context}
        </div>
      )}
      <div className="topbar__end">
        {status}
        <LanguageSwitch />
      </div>
    </header>
  );
}

import { useEffect } from 'react';

/** Names the browser tab after what is on screen, so a facilitator with many tabs finds the board. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Majlis` : 'Majlis · مجلس';
  }, [title]);
}

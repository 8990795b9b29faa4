import { useEffect, useState } from 'react';

/** True once the page's web fonts have loaded: a layout measured before that is measured again. */
export function useFontsReady(): boolean {
  const [fontsReady, setFontsReady] = useState(() => document.fonts?.status === 'loaded');
  useEffect(() => {
    if (fontsReady || !document.fonts) return;
    let active = true;
    void document.fonts.ready.then(() => active && setFontsReady(true));
    return () => {
      active = false;
    };
  }, [fontsReady]);
  return fontsReady;
}

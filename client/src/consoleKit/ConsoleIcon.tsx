import { StrokeIcon } from '../components/StrokeIcon';

/** The console's editing icons, drawn like components/Icon (same stroke, same classes). Kept apart
 * so the shared set stays small for the phone; undo and redo point, so they mirror in RTL. */
const PATHS = {
  undo: 'M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  grip: 'M9 5h.01M9 12h.01M9 19h.01M15 5h.01M15 12h.01M15 19h.01',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M8 5v14M16 5v14',
  reset: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4',
  merge: 'M6 4v5a4 4 0 0 0 4 4h4M18 4v5a4 4 0 0 1-4 4M12 13v7',
  upload: 'M12 15V4M7 9l5-5 5 5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  unlock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 6.8-1.2',
  tag: 'M3 12V4h8l9 9-8 8zM7.5 8.5h.01',
} as const;

export type ConsoleIconName = keyof typeof PATHS;

const DIRECTIONAL: ReadonlySet<ConsoleIconName> = new Set<ConsoleIconName>(['undo', 'redo']);

export function ConsoleIcon({ name }: { readonly name: ConsoleIconName }) {
  return (
    <StrokeIcon d={PATHS[name]} directional={DIRECTIONAL.has(name)} strokeWidth={name === 'grip' ? 3 : 2} />
  );
}

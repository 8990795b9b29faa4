import { StrokeIcon } from '../components/StrokeIcon';

/** The notes toolbar's and outcomes' icons, drawn like components/Icon (same stroke, same classes).
 * Kept with the record screens so the phone's icon set stays small. Undo and redo point, so they
 * mirror in RTL; so do the bullets, which sit at the start of the line (digits never mirror). */
const PATHS = {
  heading: 'M6 4v16M18 4v16M6 12h12',
  bold: 'M7 4h6.5a4 4 0 0 1 0 8H7zM7 12h7.5a4 4 0 0 1 0 8H7z',
  italic: 'M10 4h8M6 20h8M14 4l-4 16',
  bullets: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01',
  numbers: 'M10 6h10M10 12h10M10 18h10M4 5l1.5-1V9M3.8 14.2a1.3 1.3 0 0 1 2.4.6c0 .9-2.4 2-2.4 3.2h2.6',
  link: 'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1',
  unlink:
    'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1M3 3l18 18',
  undo: 'M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  decision: 'M9 12l2 2 4-4M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
  action: 'M9 11l3 3 8-8M20 12v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h9',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  download: 'M12 4v11M7 10l5 5 5-5M4 19h16',
  print: 'M7 9V4h10v5M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M7 14h10v6H7z',
  notes: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
} as const;

export type RecordIconName = keyof typeof PATHS;

const DIRECTIONAL: ReadonlySet<RecordIconName> = new Set<RecordIconName>(['undo', 'redo', 'bullets']);

export function RecordIcon({ name }: { readonly name: RecordIconName }) {
  return (
    <StrokeIcon d={PATHS[name]} directional={DIRECTIONAL.has(name)} strokeWidth={name === 'bold' ? 2.4 : 2} />
  );
}

/**
 * Caret colours for the notes' co-editors: dark enough for white name labels (WCAG AA) and far
 * enough apart to tell three or four people apart at a glance. Hex, as the caret extension wants.
 */
export const EDITOR_COLORS = [
  '#0b5f5b',
  '#8a2c8f',
  '#b03a12',
  '#1d4ed8',
  '#7a5200',
  '#a3153f',
  '#2f6b1f',
  '#4b4fb0',
] as const;

/** A colour for one replica, the same every time for the same seed (its Yjs client id, say). */
export function editorColor(seed: string | number): string {
  const text = String(seed);
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return EDITOR_COLORS[(hash >>> 0) % EDITOR_COLORS.length] as string;
}

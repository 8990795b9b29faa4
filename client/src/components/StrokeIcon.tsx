/** One outlined 24 × 24 icon drawn like components/Icon (same stroke, same classes); the icon sets
 * of the console and the record screens pass their paths. Pointing icons mirror in RTL. */
export function StrokeIcon({
  d,
  directional = false,
  strokeWidth = 2,
}: {
  readonly d: string;
  readonly directional?: boolean;
  readonly strokeWidth?: number;
}) {
  return (
    <svg
      className={directional ? 'icon icon--directional' : 'icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

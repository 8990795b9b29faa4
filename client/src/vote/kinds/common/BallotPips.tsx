/** Dots drawn as dots: filled for those placed, hollow for those still possible. Decorative: the
 * number beside them says the same in words. */
export function BallotPips({ n, of, className }: { n: number; of: number; className?: string }) {
  return (
    <span className={`pips ${className ?? ''}`} aria-hidden="true">
      {Array.from({ length: Math.max(of, n) }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the dots are positions, nothing else.
        <span key={i} className={i < n ? 'pip is-on' : 'pip'} />
      ))}
    </span>
  );
}

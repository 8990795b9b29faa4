import type { StatusRating } from '@majlis/shared';

/** One priority's ratings as a stacked bar. Decoration: the numbers beside it are the text. */
export function VoteStatusBar({
  shares,
}: {
  readonly shares: ReadonlyArray<{ rating: StatusRating; share: number }>;
}) {
  return (
    <span className="vote-stack" aria-hidden="true">
      {shares
        .filter((s) => s.share > 0)
        .map((s) => (
          <span
            key={s.rating}
            className={`vote-stack__part vote-swatch--${s.rating}`}
            style={{ flexGrow: s.share }}
          />
        ))}
    </span>
  );
}

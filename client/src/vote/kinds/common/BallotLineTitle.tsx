/** The item's title on a line of one's ballot read back. */
export function BallotLineTitle({ children }: { readonly children: string }) {
  return (
    <span className="summary-row__title" dir="auto">
      {children}
    </span>
  );
}

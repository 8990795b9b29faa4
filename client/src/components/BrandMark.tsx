/** The Majlis mark: an arch, the doorway of a council room. */
export function BrandMark({ size = 32 }: { readonly size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="16" fill="#0b5f5b" />
      <path
        d="M16 46V27a16 16 0 0 1 32 0v19"
        fill="none"
        stroke="#f2c56b"
        strokeWidth="6"
        strokeLinecap="round"
      />
      <circle cx="32" cy="40" r="5" fill="#fff" />
    </svg>
  );
}

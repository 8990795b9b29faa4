import { formatJoinCode } from '@majlis/shared';

/** The six digits as the room reads them aloud: "482 913", always left-to-right. */
export function JoinCode({ code, className }: { readonly code: string; readonly className?: string }) {
  return (
    <span className={`join-code mono ${className ?? ''}`} dir="ltr" translate="no">
      {formatJoinCode(code)}
    </span>
  );
}

import type { Locale } from '@majlis/shared';
import { Fragment, useId } from 'react';
import { BoardLabel } from '../boardKit/BoardLabel';
import { JoinCode } from '../components/JoinCode';
import { QrCode } from '../components/QrCode';
import { translate } from '../i18n/translate';

interface Props {
  readonly joinUrl: string;
  /** The address without the scheme, as a person would type it. */
  readonly joinAddress: string;
  readonly joinCode: string;
  readonly locale: Locale;
  readonly bilingual?: boolean;
}

/** How to get in: a QR code a quarter of the screen tall, the address spelled out and the code. */
export function BoardJoin({ joinUrl, joinAddress, joinCode, locale, bilingual = false }: Props) {
  const headingId = useId();
  return (
    <section className="board-join" aria-labelledby={headingId}>
      <h2 id={headingId} className="board-join__label">
        <BoardLabel locale={locale} bilingual={bilingual} k="board.joinAt" />
      </h2>
      <p className="board-join__address" dir="ltr" translate="no">
        {/* A long address breaks before a slash, not inside a word. */}
        {joinAddress.split('/').map((part, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one address, in order.
          <Fragment key={i}>
            {i > 0 && (
              <>
                <wbr />/
              </>
            )}
            {part}
          </Fragment>
        ))}
      </p>
      <div className="board-join__qr">
        <QrCode value={joinUrl} label={joinUrl} />
      </div>
      <p className="board-join__code">
        <span className="visually-hidden">{translate(locale, 'board.code')} </span>
        <JoinCode code={joinCode} />
      </p>
    </section>
  );
}

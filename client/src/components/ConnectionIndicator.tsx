import { useI18n } from '../i18n/useI18n';
import type { ConnectionState } from '../sync/connectionState';

interface Props {
  readonly state: ConnectionState;
  /** Commands this device holds until the network comes back. */
  readonly pending?: number;
  readonly className?: string;
}

const LABEL = {
  online: 'conn.online',
  connecting: 'conn.connecting',
  reconnecting: 'conn.reconnecting',
  offline: 'conn.offline',
} as const;

/** Always-visible network state. A live region, so a screen reader hears when the link drops. */
export function ConnectionIndicator({ state, pending = 0, className }: Props) {
  const { t } = useI18n();
  return (
    <div role="status" className={`conn conn--${state} ${className ?? ''}`}>
      <span className="conn__dot" aria-hidden="true" />
      <span className="conn__label">{t(LABEL[state])}</span>
      {pending > 0 && <span className="conn__pending">{t('conn.pending', { n: pending })}</span>}
    </div>
  );
}

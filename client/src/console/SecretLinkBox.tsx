import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';
import { readString, writeString } from '../lib/storage';

/** Remembered per link: a renewed key is a new secret the facilitator must keep again. */
const savedKey = (workshopId: string, url: string) => `majlis:secret-saved:${workshopId}:${url.slice(-12)}`;

/**
 * The facilitator's secret link, impossible to miss right after creating the workshop (or renewing
 * the key) until they say they have kept it; from then on, on this device, a one-line fold that
 * reopens with a click.
 */
export function SecretLinkBox({
  workshopId,
  url,
  prominent,
  text,
}: {
  readonly workshopId: string;
  readonly url: string;
  readonly prominent: boolean;
  /** Replaces the usual explanation (a renewed key says the old one stopped). */
  readonly text?: string | undefined;
}) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(() => readString(savedKey(workshopId, url)) !== null);
  const [open, setOpen] = useState(prominent && !saved);
  const loud = prominent && !saved;
  return (
    <details
      className={`secret ${loud ? 'secret--prominent' : 'secret--quiet'}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="secret__summary">
        <Icon name="key" />
        <span>{t('console.secret.title')}</span>
        <Icon name="chevron" className="secret__chevron" />
      </summary>
      <div className="secret__body">
        <p role={text ? 'status' : undefined}>{text ?? t('console.secret.text')}</p>
        <div className="secret__row">
          <code className="secret__url" dir="ltr" translate="no">
            {url}
          </code>
          <CopyButton text={url} label={t('console.secret.copy')} />
          {!saved && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                writeString(savedKey(workshopId, url), String(Date.now()));
                setSaved(true);
                setOpen(false);
              }}
            >
              {t('console.secret.saved')}
            </button>
          )}
        </div>
      </div>
    </details>
  );
}

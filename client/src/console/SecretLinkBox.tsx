import { CopyButton } from '../components/CopyButton';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';

/** The facilitator's secret link, impossible to miss right after creating the workshop and tucked
 * away (one click to reopen) on later visits. */
export function SecretLinkBox({
  url,
  prominent,
  text,
}: {
  readonly url: string;
  readonly prominent: boolean;
  /** Replaces the usual explanation (a renewed key says the old one stopped). */
  readonly text?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <details className={`secret ${prominent ? 'secret--prominent' : ''}`} open={prominent}>
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
        </div>
      </div>
    </details>
  );
}

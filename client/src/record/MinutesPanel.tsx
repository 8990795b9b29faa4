import type { WorkshopMeta } from '@majlis/shared';
import { useId } from 'react';
import type * as Y from 'yjs';
import { useI18n } from '../i18n/useI18n';
import { ExportPanel } from './ExportPanel';
import { MinutesInfoForm } from './MinutesInfoForm';
import { ScribeLinksPanel } from './ScribeLinksPanel';

interface Props {
  readonly workshopId: string;
  readonly facilitatorKey: string;
  readonly doc: Y.Doc;
  readonly meta: WorkshopMeta;
  /** On the notes stage the export is what the facilitator came for: shown unfolded. */
  readonly exportOpen: boolean;
}

/**
 * The console's corner for the record of the workshop: its header, the scribes' links and the
 * exports, each folded until wanted so the live controls stay uncluttered.
 */
export function MinutesPanel({ workshopId, facilitatorKey, doc, meta, exportOpen }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="panel minutes-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('record.minutes.title')}
      </h2>
      <details className="minutes-panel__fold" open={exportOpen || undefined}>
        <summary>
          <h3 className="minutes-panel__subtitle">{t('record.export.title')}</h3>
        </summary>
        <ExportPanel workshopId={workshopId} facilitatorKey={facilitatorKey} workshopLocale={meta.locale} />
      </details>
      <details className="minutes-panel__fold">
        <summary>
          <h3 className="minutes-panel__subtitle">{t('record.scribes.title')}</h3>
        </summary>
        <ScribeLinksPanel workshopId={workshopId} facilitatorKey={facilitatorKey} />
      </details>
      <details className="minutes-panel__fold">
        <summary>
          <h3 className="minutes-panel__subtitle">{t('record.info.title')}</h3>
        </summary>
        <MinutesInfoForm doc={doc} meta={meta} />
      </details>
    </section>
  );
}

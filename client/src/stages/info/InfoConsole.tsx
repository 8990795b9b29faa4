import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n/useI18n';
import type { ConsoleStageProps } from '../stageParts';

/** An information stage has nothing to curate or run: the console says so. */
export function InfoConsole(_: ConsoleStageProps) {
  const { t } = useI18n();
  return (
    <div className="empty">
      <Icon name="clock" />
      <p>{t('console.notList')}</p>
    </div>
  );
}

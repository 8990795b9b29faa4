import { useI18n } from '../../i18n/useI18n';
import { WaitingCard } from '../../phoneKit/WaitingCard';
import type { PhoneStageProps } from '../stageParts';

/** An information stage: nothing to do on the phone. */
export function InfoPhone(_: PhoneStageProps) {
  const { t } = useI18n();
  return <WaitingCard icon="clock" title={t('me.wait.title')} text={t('me.wait.info')} />;
}

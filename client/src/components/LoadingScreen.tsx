import { useI18n } from '../i18n/useI18n';
import { StatusScreen } from './StatusScreen';

export function LoadingScreen({ title }: { readonly title?: string }) {
  const { t } = useI18n();
  return <StatusScreen icon="clock" title={title ?? t('loading.workshop')} busy />;
}

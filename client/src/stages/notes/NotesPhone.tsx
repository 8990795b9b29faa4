import { useI18n } from '../../i18n/useI18n';
import { stageOutcomes } from '../../record/outcomeSections';
import { PhoneOutcomes } from '../../record/PhoneOutcomes';
import type { PhoneStageProps } from '../stageParts';

/** A notes stage on the phone: the outcomes recorded so far. */
export function NotesPhone({ view, stage }: PhoneStageProps) {
  const { t } = useI18n();
  return (
    <PhoneOutcomes
      outcomes={stageOutcomes(view.outcomes, stage.id)}
      items={view.items}
      emptyText={t('me.outcomes.empty')}
    />
  );
}

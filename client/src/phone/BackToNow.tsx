import { type StageView, stageTitle } from '@majlis/shared';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';

/** The way out of looking back, where the add button usually is: under the thumb, naming where the
 * room is now, so a participant never wonders whether they are still following along. */
export function BackToNow({ current, onNow }: { readonly current: StageView; readonly onNow: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="action-bar">
      <button type="button" className="button button--large button--block back-to-now" onClick={onNow}>
        <span className="back-to-now__label">{t('me.backToNow')}</span>
        <span className="back-to-now__stage" dir="auto">
          {stageTitle(current, lang)}
        </span>
        <Icon name="arrow" />
      </button>
    </div>
  );
}

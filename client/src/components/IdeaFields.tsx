import { LIMITS } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import { SdgPicker } from './SdgPicker';
import { TextField } from './TextField';

export interface IdeaValues {
  readonly title: string;
  readonly description: string;
  readonly sdgs: readonly number[];
}

interface Props {
  readonly idPrefix: string;
  readonly values: IdeaValues;
  readonly onChange: (patch: Partial<IdeaValues>) => void;
  readonly titleError: boolean;
  readonly sdgColumns?: 2 | 3;
}

/** Headline, details and goals: the fields of an idea, shared by the phone sheet and the console. */
export function IdeaFields({ idPrefix, values, onChange, titleError, sdgColumns }: Props) {
  const { t } = useI18n();
  const ids = {
    title: `${idPrefix}-title`,
    description: `${idPrefix}-description`,
    count: `${idPrefix}-description-count`,
  };
  return (
    <>
      <TextField
        id={ids.title}
        label={t('form.title')}
        value={values.title}
        onValue={(title) => onChange({ title })}
        maxLength={LIMITS.itemTitle}
        autoComplete="off"
        enterKeyHint="next"
        hint={
          <>
            <span>{t('form.titleHint')}</span>
            <span className="mono">
              {t('common.charCount', { n: values.title.length, max: LIMITS.itemTitle })}
            </span>
          </>
        }
        hintClassName="field__hint field__hint--split"
        error={titleError ? t('form.titleRequired') : null}
      />
      <div className="field">
        <label className="field__label" htmlFor={ids.description}>
          {t('form.description')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <textarea
          id={ids.description}
          className="input"
          value={values.description}
          maxLength={LIMITS.itemDescription}
          dir="auto"
          rows={3}
          aria-describedby={ids.count}
          onChange={(e) => onChange({ description: e.target.value })}
        />
        <p id={ids.count} className="field__hint field__hint--end mono">
          {t('common.charCount', { n: values.description.length, max: LIMITS.itemDescription })}
        </p>
      </div>
      <SdgPicker value={values.sdgs} onChange={(sdgs) => onChange({ sdgs })} columns={sdgColumns} />
    </>
  );
}

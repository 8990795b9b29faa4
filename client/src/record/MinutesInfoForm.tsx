import { LIMITS, setMinutesInfo, type WorkshopMeta } from '@majlis/shared';
import { useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/useI18n';
import { type MinutesInfoDraft, minutesInfoChange, minutesInfoOf } from './minutesInfoDraft';

interface Props {
  readonly doc: Y.Doc;
  readonly meta: WorkshopMeta;
}

/** The minutes' header (title, day, place, organizers): the facilitator's, written to the doc on Save. */
export function MinutesInfoForm({ doc, meta }: Props) {
  const { t } = useI18n();
  const id = useId();
  // null while untouched: the form then follows what a co-facilitator writes.
  const [draft, setDraft] = useState<MinutesInfoDraft | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = draft ?? minutesInfoOf(meta);
  const set = (change: Partial<MinutesInfoDraft>) => {
    setDraft({ ...shown, ...change });
    setSaved(false);
  };

  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(() => setSaved(false), 2500);
    return () => window.clearTimeout(timer);
  }, [saved]);

  return (
    <form
      className="minutes-info"
      aria-label={t('record.info.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (draft) setMinutesInfo(doc, minutesInfoChange(meta, draft));
        setDraft(null);
        setSaved(true);
      }}
    >
      <TextField
        id={`${id}-name`}
        label={t('record.info.name')}
        value={shown.title}
        onValue={(title) => set({ title })}
        maxLength={LIMITS.workshopTitle}
        autoComplete="off"
      />
      <div className="minutes-info__row">
        <TextField
          id={`${id}-date`}
          label={t('record.info.date')}
          type="date"
          dir="ltr"
          value={shown.date}
          onValue={(date) => set({ date })}
          hint={t('record.info.dateHint')}
        />
        <TextField
          id={`${id}-place`}
          label={t('record.info.place')}
          value={shown.place}
          onValue={(place) => set({ place })}
          maxLength={LIMITS.place}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-organizers`}>
          {t('record.info.organizers')}
        </label>
        <textarea
          id={`${id}-organizers`}
          className="input"
          rows={3}
          dir="auto"
          maxLength={LIMITS.organizers}
          aria-describedby={`${id}-organizers-hint`}
          value={shown.organizers}
          onChange={(e) => set({ organizers: e.target.value })}
        />
        <p id={`${id}-organizers-hint`} className="field__hint">
          {t('record.info.organizersHint')}
        </p>
      </div>
      <div className="minutes-info__actions">
        <button type="submit" className="button button--small" disabled={!draft}>
          {t('record.info.save')}
        </button>
        {draft && (
          <button type="button" className="button button--small button--ghost" onClick={() => setDraft(null)}>
            {t('record.cancel')}
          </button>
        )}
        <span className="minutes-info__saved" role="status">
          {saved ? t('record.info.saved') : ''}
        </span>
      </div>
    </form>
  );
}

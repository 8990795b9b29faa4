import { addStage, LIMITS, STAGE_KINDS, type StageKind } from '@majlis/shared';
import { type FormEvent, useId, useState } from 'react';
import { FieldError } from '../components/FieldError';
import { Icon } from '../components/Icon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';
import { randomId } from '../lib/randomId';

/** Adds a stage at the end of the agenda; the title field keeps the focus for the next one. */
export function AddStageForm({ onAdded }: { readonly onAdded: (stageId: string) => void }) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const id = useId();
  const [kind, setKind] = useState<StageKind>('list');
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setMissing(true);
      return;
    }
    const stageId = randomId();
    editor.act((doc) => addStage(doc, { id: stageId, kind, title: trimmed }));
    editor.announce(t('agenda.added', { title: trimmed }));
    setTitle('');
    onAdded(stageId);
  };

  return (
    <form className="add-stage" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="add-stage__heading">
        {t('agenda.add')}
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t('agenda.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="input input--compact"
          value={kind}
          onChange={(e) => setKind(e.target.value as StageKind)}
        >
          {STAGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('agenda.newTitle')}
        </label>
        <input
          id={`${id}-title`}
          className="input input--compact"
          value={title}
          maxLength={LIMITS.stageTitle}
          dir="auto"
          autoComplete="off"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            setMissing(false);
          }}
        />
        <FieldError id={`${id}-error`} message={missing ? t('agenda.titleRequired') : null} />
      </div>
      <button type="submit" className="button button--small button--quiet">
        <Icon name="plus" />
        {t('agenda.addSubmit')}
      </button>
    </form>
  );
}

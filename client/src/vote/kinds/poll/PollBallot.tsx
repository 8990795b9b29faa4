import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotProps } from '../ballotPart';
import { togglePoll } from './pollBallot';

/** A poll: the stage's own options as cards, radios for one choice, checkboxes for several. */
export function PollBallot({ settings, draft, question, onChange }: BallotProps<'poll'>) {
  const { t } = useI18n();
  const name = useId();
  const multiple = settings.multiple === true;
  return (
    <fieldset className="choice-group ballot-poll">
      <legend className="visually-hidden">
        {question} · {multiple ? t('ballot.how.pollMany') : t('ballot.how.pollOne')}
      </legend>
      {(settings.options ?? []).map((option) => (
        <label key={option.id} className="choice ballot-choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={option.id}
            checked={draft.choices.includes(option.id)}
            onChange={() => onChange(togglePoll(settings, draft, option.id))}
          />
          <span className="choice__title" dir="auto">
            {option.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

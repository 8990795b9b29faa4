import { GROUP_LABELS, STAKEHOLDER_GROUPS } from '@majlis/shared';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/useI18n';
import type { VoteFieldProps } from './voteFieldProps';

interface Props extends VoteFieldProps {
  /** Ballots cast under the promise of anonymity must never become named. */
  readonly anonymityFixed: boolean;
}

/** Who may vote, whether ballots carry names, and whether the room sees results as they come in. */
export function VoteAudienceFields(props: Props) {
  const { t, lang } = useI18n();
  const { draft, change, idBase, anonymityFixed } = props;
  const field = (name: string) => `${idBase}-${name}`;

  const segment = <V extends string | boolean>(
    name: string,
    value: V,
    current: V,
    label: string,
    onPick: () => void,
    disabled = false,
  ) => (
    <label className="segment">
      <input
        type="radio"
        name={field(name)}
        checked={current === value}
        disabled={disabled}
        onChange={onPick}
      />
      <span>{label}</span>
    </label>
  );

  return (
    <div className="vote-form__block vote-form__audience">
      <fieldset className="vote-form__group">
        <legend className="vote-form__legend">{t('vote.console.ballots')}</legend>
        <div className="segmented-row">
          {segment('anon', true, draft.anonymous, t('vote.console.anonymous'), () =>
            change({ anonymous: true }),
          )}
          {segment(
            'anon',
            false,
            draft.anonymous,
            t('vote.console.named'),
            () => change({ anonymous: false }),
            anonymityFixed && draft.anonymous,
          )}
        </div>
        <p className="field__hint">
          {anonymityFixed && draft.anonymous
            ? t('vote.console.anonymousFixed')
            : draft.anonymous
              ? t('vote.console.anonymousHint')
              : t('vote.console.namedHint')}
        </p>
      </fieldset>

      <fieldset className="vote-form__group">
        <legend className="vote-form__legend">{t('vote.console.resultsMode')}</legend>
        <div className="segmented-row">
          {segment('results', 'hidden', draft.results, t('vote.console.hidden'), () =>
            change({ results: 'hidden' }),
          )}
          {segment('results', 'live', draft.results, t('vote.console.live'), () =>
            change({ results: 'live' }),
          )}
        </div>
        <p className="field__hint">
          {draft.results === 'hidden' ? t('vote.console.hiddenHint') : t('vote.console.liveHint')}
        </p>
      </fieldset>

      <fieldset className="vote-form__group vote-form__who">
        <legend className="vote-form__legend">{t('vote.console.who')}</legend>
        <div className="segmented-row">
          {segment('who', true, draft.everyone, t('vote.console.everyone'), () => change({ everyone: true }))}
          {segment('who', false, draft.everyone, t('vote.console.chosenGroups'), () =>
            change({ everyone: false }),
          )}
        </div>
        {!draft.everyone && (
          <fieldset
            className="vote-groups"
            aria-describedby={props.problem('groups') ? `${idBase}-groups-error` : undefined}
          >
            <legend className="visually-hidden">{t('vote.console.chosenGroups')}</legend>
            {STAKEHOLDER_GROUPS.map((g) => (
              <label key={g} className="vote-form__check">
                <input
                  type="checkbox"
                  checked={draft.groups.includes(g)}
                  onChange={(e) =>
                    change({
                      groups: e.target.checked
                        ? STAKEHOLDER_GROUPS.filter((x) => x === g || draft.groups.includes(x))
                        : draft.groups.filter((x) => x !== g),
                    })
                  }
                />
                {GROUP_LABELS[g][lang]}
              </label>
            ))}
          </fieldset>
        )}
        <FieldError id={`${idBase}-groups-error`} message={props.problem('groups')} />
      </fieldset>

      <fieldset className="vote-form__group">
        <legend className="vote-form__legend">{t('vote.eligibility')}</legend>
        <div className="segmented-row">
          {segment('eligibility', false, draft.presentInvited, t('vote.eligibility.all'), () =>
            change({ presentInvited: false }),
          )}
          {segment('eligibility', true, draft.presentInvited, t('vote.eligibility.presentInvited'), () =>
            change({ presentInvited: true }),
          )}
        </div>
        {draft.presentInvited && <p className="field__hint">{t('vote.eligibility.hint')}</p>}
      </fieldset>
    </div>
  );
}

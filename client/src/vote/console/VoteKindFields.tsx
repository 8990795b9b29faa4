import { VOTE_KINDS } from '@majlis/shared';
import { useI18n } from '../../i18n/useI18n';
import { settingsPartOf } from '../kinds/settingsParts';
import { withKind } from './voteDraft';
import type { VoteFieldProps } from './voteFieldProps';

interface Props extends VoteFieldProps {
  /**
   * After the first opening the kind is fixed, and so is what its ballots depend on (criteria,
   * options): ballots already cast are of this kind.
   */
  readonly kindFixed: boolean;
}

/** The kind of vote and the kind's own fields: dots and cap, how many to rank, criteria, options. */
export function VoteKindFields(props: Props) {
  const { t } = useI18n();
  const { draft, idBase, kindFixed } = props;
  const field = (name: string) => `${idBase}-${name}`;
  const { Fields } = settingsPartOf(draft.kind);

  return (
    <div className="vote-form__block">
      <fieldset className="vote-form__group" disabled={kindFixed}>
        <legend className="vote-form__legend">{t('vote.console.kind')}</legend>
        <div className="segmented-row vote-kinds">
          {VOTE_KINDS.map((kind) => (
            <label key={kind} className="segment">
              <input
                type="radio"
                name={field('kind')}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => props.change(withKind(draft, kind))}
              />
              <span>{t(`vote.console.kind.${kind}`)}</span>
            </label>
          ))}
        </div>
        <p className="field__hint">{t(`vote.console.kindHint.${draft.kind}`)}</p>
      </fieldset>

      {Fields && (
        <Fields
          draft={draft}
          change={props.change}
          problem={props.problem}
          idBase={idBase}
          fixed={kindFixed}
        />
      )}
    </div>
  );
}

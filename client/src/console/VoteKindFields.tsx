import { VOTE_KINDS } from '@majlis/shared';
import { FieldError } from '../components/FieldError';
import { useI18n } from '../i18n/useI18n';
import { withKind } from './voteDraft';
import { invalidProps, type VoteFieldProps } from './voteFieldProps';

interface Props extends VoteFieldProps {
  /** After the first opening the kind is fixed: ballots already cast are of this kind. */
  readonly kindFixed: boolean;
}

/** The kind of vote and the numbers that shape a ballot: dots and cap, or how many to rank. */
export function VoteKindFields(props: Props) {
  const { t } = useI18n();
  const { draft, change, idBase, kindFixed } = props;
  const field = (name: string) => `${idBase}-${name}`;

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

      {draft.kind === 'dots' && (
        <div className="vote-form__numbers">
          <div className="field">
            <label className="field__label" htmlFor={field('budget')}>
              {t('vote.console.budget')}
            </label>
            <input
              id={field('budget')}
              className="input input--compact vote-form__number"
              inputMode="numeric"
              value={draft.budget}
              onChange={(e) => change({ budget: e.target.value })}
              {...invalidProps(props, 'budget')}
            />
            <FieldError id={`${idBase}-budget-error`} message={props.problem('budget')} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={field('cap')}>
              {t('vote.console.cap')} <span className="field__optional">({t('common.optional')})</span>
            </label>
            <input
              id={field('cap')}
              className="input input--compact vote-form__number"
              inputMode="numeric"
              value={draft.maxPerItem}
              onChange={(e) => change({ maxPerItem: e.target.value })}
              {...invalidProps(props, 'maxPerItem')}
            />
            <FieldError id={`${idBase}-maxPerItem-error`} message={props.problem('maxPerItem')} />
          </div>
        </div>
      )}

      {draft.kind === 'rank' && (
        <fieldset className="vote-form__group">
          <legend className="vote-form__legend">{t('vote.console.rankHow')}</legend>
          <div className="vote-form__inline">
            <label className="vote-form__radio">
              <input
                type="radio"
                name={field('rank')}
                checked={draft.rankAll}
                onChange={() => change({ rankAll: true })}
              />
              {t('vote.console.rankAll')}
            </label>
            <label className="vote-form__radio">
              <input
                type="radio"
                name={field('rank')}
                checked={!draft.rankAll}
                onChange={() => change({ rankAll: false })}
              />
              {t('vote.console.rankTop')}
            </label>
            <input
              id={field('rankTop')}
              className="input input--compact vote-form__number"
              inputMode="numeric"
              aria-label={t('vote.console.rankTopN')}
              value={draft.rankTop}
              disabled={draft.rankAll}
              onChange={(e) => change({ rankTop: e.target.value })}
              {...invalidProps(props, 'rankTop')}
            />
          </div>
          <FieldError id={`${idBase}-rankTop-error`} message={props.problem('rankTop')} />
        </fieldset>
      )}
    </div>
  );
}

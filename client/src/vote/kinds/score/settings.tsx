/** A score vote in the settings form: its named criteria and their weights. */

import type { BallotOf, Criterion, Locale, VoteSettings } from '@majlis/shared';
import { FieldError } from '../../../components/FieldError';
import { Icon } from '../../../components/Icon';
import { ConsoleIcon } from '../../../consoleKit/ConsoleIcon';
import { useI18n } from '../../../i18n/useI18n';
import { freshId } from '../common/settingsIds';
import { invalidProps } from '../common/settingsInvalidProps';
import type {
  BallotWords,
  DraftNumbers,
  DraftProblem,
  KindDraftContext,
  KindFieldsProps,
  KindSettingsFields,
  SettingsPart,
} from '../settingsPart';

export interface CriterionDraft {
  readonly id: string;
  readonly label: string;
  readonly weight: string;
}

export interface ScoreDraft {
  readonly criteria: readonly CriterionDraft[];
}

const criterionDrafts = (criteria: readonly Criterion[]): CriterionDraft[] =>
  criteria.map((c) => ({ id: c.id, label: c.label, weight: String(c.weight) }));

/** The vote's criteria, or impact and feasibility in the room's language. */
export function scoreDraftFrom(settings: VoteSettings | null, context: KindDraftContext): ScoreDraft {
  return { criteria: criterionDrafts(settings?.criteria ?? context.defaultCriteria) };
}

export function scoreSettingsFrom(draft: ScoreDraft, numbers: DraftNumbers): KindSettingsFields {
  return {
    criteria: draft.criteria.map((c, i) => ({
      id: c.id,
      label: c.label,
      weight: numbers.weight(`criteria.${i}.weight`, c.weight),
    })),
  };
}

/** A criterion's name or weight, or the criteria as a whole (no weight above 0, ids that repeat). */
export function scoreProblemAt(path: readonly PropertyKey[]): DraftProblem | undefined {
  if (path[0] !== 'criteria') return undefined;
  if (path[2] === 'label') return 'label';
  if (path[2] === 'weight') return 'weight';
  return path.length === 1 ? 'weights' : 'criteria';
}

/** "Impact and Feasibility". */
export function scoreSummary(settings: VoteSettings, lang: Locale): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    (settings.criteria ?? []).map((c) => c.label),
  );
}

/** "Parks: Impact 4 · Feasibility 2". */
export function scoreBallotLines(ballot: BallotOf<'score'>, words: BallotWords): string[] {
  return Object.entries(ballot.scores).map(([id, scores]) => {
    const parts = words.criteria.map((c) => `${c.label} ${scores[c.id] ?? '–'}`);
    return `${words.labelOf(id)}: ${parts.join(' · ')}`;
  });
}

const MAX_CRITERIA = 6;

/**
 * The named criteria of a score vote, each with its weight in the total. Ids stay hidden and fixed
 * (ballots are keyed by them), so renaming a criterion never loses its scores.
 */
export function ScoreSettings(props: KindFieldsProps<ScoreDraft>) {
  const { t } = useI18n();
  const { draft, change, idBase, fixed } = props;
  const criteria = draft.criteria;
  const update = (index: number, patch: Partial<CriterionDraft>) =>
    change({ criteria: criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  return (
    <fieldset className="vote-form__group">
      <legend className="vote-form__legend">{t('vote.console.criteria')}</legend>
      <p className="field__hint">{t('vote.console.criteriaHint')}</p>
      <div className="vote-rows__head" aria-hidden="true">
        <span>{t('vote.console.name')}</span>
        <span>{t('vote.console.weight')}</span>
      </div>
      <ol className="vote-rows">
        {criteria.map((c, i) => {
          const n = i + 1;
          return (
            <li key={c.id} className="vote-rows__row">
              <div className="vote-rows__cell">
                <input
                  className="input input--compact"
                  dir="auto"
                  maxLength={80}
                  aria-label={t('vote.console.criterionLabel', { n })}
                  value={c.label}
                  onChange={(e) => update(i, { label: e.target.value })}
                  {...invalidProps(props, `criteria.${i}.label`)}
                />
                <FieldError
                  id={`${idBase}-criteria.${i}.label-error`}
                  message={props.problem(`criteria.${i}.label`)}
                />
              </div>
              <div className="vote-rows__cell">
                <input
                  className="input input--compact vote-form__number"
                  inputMode="decimal"
                  aria-label={t('vote.console.criterionWeight', { n })}
                  value={c.weight}
                  onChange={(e) => update(i, { weight: e.target.value })}
                  {...invalidProps(props, `criteria.${i}.weight`)}
                />
                <FieldError
                  id={`${idBase}-criteria.${i}.weight-error`}
                  message={props.problem(`criteria.${i}.weight`)}
                />
              </div>
              <button
                type="button"
                className="tool-button tool-button--danger"
                aria-label={t('vote.console.criterionRemove', { label: c.label || String(n) })}
                disabled={criteria.length <= 1 || fixed}
                onClick={() => change({ criteria: criteria.filter((_, j) => j !== i) })}
              >
                <ConsoleIcon name="trash" />
              </button>
            </li>
          );
        })}
      </ol>
      <FieldError id={`${idBase}-criteria-error`} message={props.problem('criteria')} />
      <button
        type="button"
        className="button button--small button--quiet vote-form__add"
        disabled={criteria.length >= MAX_CRITERIA || fixed}
        onClick={() =>
          change({ criteria: [...criteria, { id: freshId(criteria, 'c'), label: '', weight: '1' }] })
        }
      >
        <Icon name="plus" />
        {t('vote.console.criterionAdd')}
      </button>
    </fieldset>
  );
}

export const scoreSettingsPart = {
  ownOptions: false,
  draftFrom: scoreDraftFrom,
  Fields: ScoreSettings,
  settingsFrom: scoreSettingsFrom,
  problemAt: scoreProblemAt,
  summary: (settings, _t, lang) => scoreSummary(settings, lang),
  ballotLines: scoreBallotLines,
} satisfies SettingsPart<'score', ScoreDraft>;

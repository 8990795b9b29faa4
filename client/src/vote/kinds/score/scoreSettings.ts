/** A score vote in the settings form: its named criteria and their weights. */
import type { BallotOf, Criterion, Locale, VoteSettings } from '@majlis/shared';
import type {
  BallotWords,
  DraftNumbers,
  DraftProblem,
  KindDraftContext,
  KindSettingsFields,
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

/** A score vote in the settings form: its named criteria and their weights. */
import type { BallotOf, Criterion, Locale, VoteSettings } from '@majlis/shared';
import type { BallotWords, DraftNumbers, KindDraftContext, KindSettingsFields } from '../settingsPart';

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

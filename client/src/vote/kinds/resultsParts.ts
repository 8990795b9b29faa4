/**
 * The registry of how each vote kind's result reads, the one reading the board, the console and the
 * phone draw (rankedRows.ts and the screens look the kind up here instead of switching on it). A
 * kind missing here, or a field missing from a kind, does not compile; resultsParts.test.ts checks
 * the same at run time.
 *
 * One registry per part of a kind (ballots.ts, settingsParts.ts, this one) and, for the results,
 * one per screen for the drawing (boardResultsParts.ts, consoleResultsParts.ts,
 * phoneResultsParts.ts) rather than one object holding every part: each screen's bundle then holds
 * only what it draws. The phone's participant page is held to a page weight
 * (tests/e2e/1-join-page-weight.spec.ts) and must never download the console's settings editor, nor
 * the board's charts; this registry is pure and small, so every screen may load it. It also holds
 * each kind's words (KIND_WORDS), which the dictionaries take in: its modules import no i18n code.
 */
import type { VoteKind } from '@majlis/shared';
import type { KindWords } from '../../i18n/kindWords';
import { approvalResultsPart, approvalWords } from './approval/results';
import { dotsResultsPart, dotsWords } from './dots/results';
import { pollResultsPart, pollWords } from './poll/results';
import { rankResultsPart, rankWords } from './rank/results';
import type { ResultsPart } from './resultsPart';
import { scoreResultsPart, scoreWords } from './score/results';
import { statusResultsPart, statusWords } from './status/results';

/** One results part for each kind, each typed with its own result. */
export type ResultsParts = { readonly [K in VoteKind]: ResultsPart<K> };

export const RESULTS_PARTS = {
  dots: dotsResultsPart,
  rank: rankResultsPart,
  score: scoreResultsPart,
  poll: pollResultsPart,
  status: statusResultsPart,
  approval: approvalResultsPart,
} as const satisfies ResultsParts;

/**
 * Each kind's own words in both languages, which en.ts and ar.ts take in (`KIND_MESSAGES`): a kind
 * brings its words with it, and they are message keys like any other.
 */
export const KIND_WORDS = {
  dots: dotsWords,
  rank: rankWords,
  score: scoreWords,
  poll: pollWords,
  status: statusWords,
  approval: approvalWords,
} as const satisfies { readonly [K in VoteKind]: KindWords<Readonly<Record<string, string>>> };

/** A union's members as one intersection: `A | B` becomes `A & B`. */
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (all: infer I) => void ? I : never;

/** Every kind's words in one language. */
type KindMessages<L extends keyof KindWords<never>> = AllOf<(typeof KIND_WORDS)[VoteKind][L]>;

/** Every kind's words, merged, in each language. */
export const KIND_MESSAGES = {
  en: Object.assign({}, ...Object.values(KIND_WORDS).map((w) => w.en)) as KindMessages<'en'>,
  ar: Object.assign({}, ...Object.values(KIND_WORDS).map((w) => w.ar)) as KindMessages<'ar'>,
};

/** The results part of one kind, typed with that kind's result. */
export function resultsPartOf<K extends VoteKind>(kind: K): ResultsPart<K> {
  const parts: ResultsParts = RESULTS_PARTS;
  return parts[kind];
}

/** How kind `K` is drawn, as its results part says. */
export type DrawingOf<K extends VoteKind> = (typeof RESULTS_PARTS)[K]['drawing'];
/** The drawings some kind uses. */
export type UsedDrawing = DrawingOf<VoteKind>;
/** The kinds drawn as `D`: what a screen's drawing of `D` must accept. */
export type KindsDrawnAs<D extends UsedDrawing> = {
  [K in VoteKind]: DrawingOf<K> extends D ? K : never;
}[VoteKind];

/**
 * A screen's drawing of `kind`, from that screen's registry of drawings (checked there with
 * `satisfies` against the kinds drawn each way): the drawing of `kind`'s family takes the results of
 * every kind drawn so, `kind`'s among them, which is what the one cast here says.
 */
export function drawingOf<P>(drawings: { readonly [D in UsedDrawing]: unknown }, kind: VoteKind): P {
  return drawings[resultsPartOf(kind).drawing] as P;
}

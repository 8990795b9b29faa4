/**
 * The minutes model: a workshop doc, its vote results, attendance and audit summary in; the plain
 * `Minutes` every renderer reads out. Pure: everything the server alone knows comes in `ctx`.
 */
import type * as Y from 'yjs';
import { readNotes } from '../doc/notesOps.js';
import { type OutcomeView, readOutcomes } from '../doc/outcomeOps.js';
import { readItems, readMeta, readStages, readThemes } from '../doc/workshopDoc.js';
import { type ItemView, type StageView, stageDescription, stageTitle } from '../domain.js';
import { GROUP_LABELS, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../groups.js';
import { directionOf, type Locale } from '../locale.js';
import { SDGS } from '../sdgs.js';
import { dateOf } from '../text/dates.js';
import type { KindResult, KindResultOf } from '../vote/kinds/voteKindDefinitions.js';
import { definitionOf } from '../vote/kinds/voteKindDefinitions.js';
import type { VoteResults } from '../vote/tally.js';
import type { VoteKind } from '../vote/voteKinds.js';
import { minutesKindOf } from './kinds/minutesKinds.js';
import { ACTION_STATUS_LABELS, MINUTES_TEXT, STAGE_KIND_LABELS } from './minutesLabels.js';
import {
  MINUTES_VERSION,
  type Minutes,
  type MinutesContext,
  type MinutesItem,
  type MinutesLabel,
  type MinutesOutcome,
  type MinutesStage,
  type MinutesVote,
} from './model.js';
import { resultTable } from './resultTable.js';
import { voteSettingsLines } from './voteSettingsLines.js';

/** What the builders below share: the doc read once, in the minutes' language. */
interface Reading {
  readonly locale: Locale;
  readonly labels: Readonly<Record<MinutesLabel, string>>;
  readonly stages: readonly StageView[];
  readonly itemById: ReadonlyMap<string, ItemView>;
  readonly themeName: ReadonlyMap<string, string>;
  readonly ctx: MinutesContext;
}

const groupLabel = (r: Reading, g: StakeholderGroup | undefined): string =>
  g === undefined ? '' : GROUP_LABELS[g][r.locale];

const itemTitle = (r: Reading, id: string): string => r.itemById.get(id)?.title ?? r.labels.missingItem;

function minutesItem(r: Reading, item: ItemView, n: number): MinutesItem {
  const sources = item.mergedFrom
    .map((id) => r.itemById.get(id))
    .filter((s): s is ItemView => s !== undefined);
  const contributed = new Set([item.authorGroup, ...sources.map((s) => s.authorGroup)]);
  return {
    id: item.id,
    n,
    title: item.title,
    description: item.description,
    sdgs: item.sdgs,
    groups: STAKEHOLDER_GROUPS.filter((g) => contributed.has(g)).map((g) => groupLabel(r, g)),
    theme: item.themeId === undefined ? '' : (r.themeName.get(item.themeId) ?? ''),
    mergedFrom: sources.map((s) => ({ title: s.title, group: groupLabel(r, s.authorGroup) })),
  };
}

function minutesOutcome(r: Reading, o: OutcomeView): MinutesOutcome {
  const action = o.kind === 'action';
  return {
    id: o.id,
    text: o.text,
    owner: action ? o.owner : '',
    organization: action ? o.organization : '',
    due: action ? (o.due ?? '') : '',
    status: o.status,
    statusLabel: action ? ACTION_STATUS_LABELS[o.status][r.locale] : '',
    items: o.itemIds.map((id) => itemTitle(r, id)),
    sdgs: o.sdgs,
  };
}

/** The results the minutes report for a vote stage: the server's count, else what the doc shows. */
function resultsOf(r: Reading, stage: StageView): VoteResults | null {
  return r.ctx.results.get(stage.id) ?? stage.vote?.results ?? null;
}

function minutesVote(r: Reading, stage: StageView): MinutesVote | null {
  const settings = stage.vote?.settings;
  if (stage.kind !== 'vote' || !settings) return null;
  const results = resultsOf(r, stage);
  const name =
    definitionOf(settings.kind).votesOn === 'options'
      ? (id: string) => settings.options?.find((o) => o.id === id)?.label ?? id
      : (id: string) => itemTitle(r, id);
  const voted = results !== null && results.voters > 0;
  return {
    kind: settings.kind,
    method: minutesKindOf(settings.kind).method[r.locale],
    settings: voteSettingsLines(settings, r.locale, {
      stage: (id) => {
        const source = r.stages.find((s) => s.id === id);
        return source ? stageTitle(source, r.locale) : undefined;
      },
      theme: (id) => r.themeName.get(id),
    }),
    state: stage.state,
    shownToRoom: stage.state === 'revealed' || (settings.results === 'live' && stage.state !== 'draft'),
    turnout: results?.voters ?? stage.vote?.turnout ?? 0,
    overall: voted ? resultTable(results.overall, r.locale, r.labels, name) : null,
    byGroup: voted
      ? results.byGroup.map((g) => ({
          group: g.group === 'other' ? r.labels.pooledGroups : groupLabel(r, g.group),
          voters: g.voters,
          table: resultTable(g.result, r.locale, r.labels, name),
        }))
      : [],
  };
}

/** The points a result gave each item, as its kind counts them for the SDG summary. */
function sdgPoints(result: KindResult): ReadonlyArray<{ id: string; points: number }> {
  return sdgPointsOfKind(result.kind, result);
}

function sdgPointsOfKind<K extends VoteKind>(
  kind: K,
  result: KindResultOf<K>,
): ReadonlyArray<{ id: string; points: number }> {
  return minutesKindOf(kind).sdgPoints(result);
}

/**
 * The SDG summary. For each goal that anything touches: `items` counts the active items of list
 * stages tagged with it (an item's tags include those of the items merged into it); `votes` adds up
 * the points that items tagged with it received as each kind counts them (`sdgPoints` in kinds/:
 * the dots of dot votes and the Borda points of ranking votes; other kinds give none), so an item
 * tagged with three goals counts for each.
 */
function sdgSummary(r: Reading, listItems: readonly ItemView[]): Minutes['sdgSummary'] {
  const items = new Map<number, number>();
  const votes = new Map<number, number>();
  for (const item of listItems) for (const n of item.sdgs) items.set(n, (items.get(n) ?? 0) + 1);
  for (const stage of r.stages) {
    if (stage.kind !== 'vote') continue;
    const overall = resultsOf(r, stage)?.overall;
    if (!overall) continue;
    for (const entry of sdgPoints(overall)) {
      for (const n of r.itemById.get(entry.id)?.sdgs ?? []) votes.set(n, (votes.get(n) ?? 0) + entry.points);
    }
  }
  return SDGS.filter((g) => (items.get(g.n) ?? 0) > 0 || (votes.get(g.n) ?? 0) > 0).map((g) => ({
    sdg: g.n,
    title: g[r.locale],
    color: g.color,
    items: items.get(g.n) ?? 0,
    votes: votes.get(g.n) ?? 0,
  }));
}

function attendance(r: Reading): Minutes['attendance'] {
  const { participants } = r.ctx;
  const rankOf = (g: StakeholderGroup) => STAKEHOLDER_GROUPS.indexOf(g);
  return {
    total: participants.length,
    byGroup: STAKEHOLDER_GROUPS.map((group) => ({
      group,
      label: groupLabel(r, group),
      count: participants.filter((p) => p.group === group).length,
    })).filter((g) => g.count > 0),
    named: participants
      .filter((p) => p.nameInMinutes)
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rankOf(a.p.group) - rankOf(b.p.group) || a.i - b.i)
      .map(({ p }) => ({ name: p.name, organization: p.organization, group: groupLabel(r, p.group) })),
  };
}

/**
 * Builds the minutes of the workshop in `doc`, labels in `ctx.locale`, user text as written.
 * Throws when the doc holds no workshop (the caller checks `readMeta` first).
 */
export function buildMinutes(doc: Y.Doc, ctx: MinutesContext): Minutes {
  const meta = readMeta(doc);
  if (!meta) throw new Error('the doc holds no workshop');
  const locale = ctx.locale;
  const labels = MINUTES_TEXT[locale];
  const stages = readStages(doc);
  const allItems = readItems(doc);
  const r: Reading = {
    locale,
    labels,
    stages,
    itemById: new Map(allItems.map((item) => [item.id, item])),
    themeName: new Map(readThemes(doc).map((t) => [t.id, t.name])),
    ctx,
  };
  const stageIds = new Set(stages.map((s) => s.id));
  const outcomes = readOutcomes(doc);
  const outcomesOf = (stageId: string | null, kind: OutcomeView['kind']) =>
    outcomes
      .filter((o) => o.kind === kind)
      .filter((o) =>
        stageId === null ? o.stageId === null || !stageIds.has(o.stageId) : o.stageId === stageId,
      )
      .map((o) => minutesOutcome(r, o));
  const listStageIds = new Set(stages.filter((s) => s.kind === 'list').map((s) => s.id));
  const listItems = allItems.filter((item) => item.status === 'active' && listStageIds.has(item.stageId));

  const minutesStages = stages.map(
    (stage, i): MinutesStage => ({
      id: stage.id,
      n: i + 1,
      kind: stage.kind,
      title: stageTitle(stage, locale),
      description: stageDescription(stage, locale),
      items: listItems
        .filter((item) => item.stageId === stage.id)
        .map((item, k) => minutesItem(r, item, k + 1)),
      notes: readNotes(doc, stage.id),
      vote: minutesVote(r, stage),
      decisions: outcomesOf(stage.id, 'decision'),
      actions: outcomesOf(stage.id, 'action'),
    }),
  );

  return {
    version: MINUTES_VERSION,
    locale,
    dir: directionOf(locale),
    workshopId: meta.id,
    title: meta.title,
    date: meta.date !== '' ? meta.date : dateOf(meta.createdAt),
    place: meta.place,
    organizers: meta.organizers,
    attendance: attendance(r),
    agenda: minutesStages.map((s) => ({ n: s.n, title: s.title, kind: STAGE_KIND_LABELS[s.kind][locale] })),
    stages: minutesStages,
    decisions: outcomesOf(null, 'decision'),
    actions: outcomesOf(null, 'action'),
    sdgSummary: sdgSummary(r, listItems),
    audit: { ...ctx.audit },
    labels,
  };
}

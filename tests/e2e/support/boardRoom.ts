/**
 * A real room's board, seeded fast: a workshop from the VLR template, its ideas written straight
 * into the doc as the console's import does (one transaction for a hundred ideas), themes, display
 * modes, and a scored vote cast by real participants over socket.io. Titles come from the team kit's
 * illustrative workshop (tests/fixtures/vlr-demo.json), in Arabic and English, with mixed-script ones.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addItems,
  addTheme,
  type Ballot,
  type BoardDisplay,
  type ClientEventPayload,
  type CreateWorkshopResponse,
  type NewItem,
  setItemTheme,
  updateStage,
  type WorkshopSummary,
} from '@majlis/shared';
import {
  api,
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  synced,
  type YClient,
} from '../../support/testServer.js';
import { repoRoot } from './browser.js';
import type { Lang } from './flows.js';

interface KitIdea {
  readonly ar: string;
  readonly en: string;
  readonly sdgs: readonly number[];
}

const kit = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/vlr-demo.json'), 'utf8')) as {
  workshop: { title: Record<Lang, string> };
  previousPriorities: KitIdea[];
  brainstorm: KitIdea[];
};

export const WORKSHOP_TITLE = kit.workshop.title;

/** Where in Amman an idea applies: the kit's ideas, placed, make a long list of distinct titles. */
const PLACES: ReadonlyArray<Record<Lang, string>> = [
  { ar: 'في شرق عمّان', en: 'in East Amman' },
  { ar: 'في ماركا', en: 'in Marka' },
  { ar: 'في وادي السير', en: 'in Wadi Al-Seer' },
  { ar: 'في القويسمة', en: 'in Al-Qweismeh' },
  { ar: 'في صويلح', en: 'in Sweileh' },
  { ar: 'في وسط البلد', en: 'downtown' },
];

/** Titles the room actually types: long ones, and ones that mix the two scripts. */
const ROOM_IDEAS: readonly KitIdea[] = [
  {
    en: 'Bus rapid transit linking east and west Amman',
    ar: 'حافلات التردد السريع تربط شرق عمّان بغربها',
    sdgs: [11, 9],
  },
  {
    en: 'Rainwater harvesting on all public schools',
    ar: 'حصاد مياه الأمطار في جميع المدارس الحكومية',
    sdgs: [6, 13],
  },
  { en: 'Free Wi-Fi في الحدائق العامة', ar: 'شبكة Wi-Fi مجانية في الحدائق العامة', sdgs: [9, 11] },
  {
    en: 'An open GIS map of informal settlements',
    ar: 'خريطة GIS مفتوحة للمناطق غير المنظمة',
    sdgs: [11, 1],
  },
  {
    en: 'Youth councils (مجالس الشباب) in every district',
    ar: 'مجالس شباب في كل منطقة (Youth councils)',
    sdgs: [16, 4],
  },
];

/**
 * `count` ideas for a board in `main`'s language, as a bilingual room types them: the kit's and the
 * room's ideas with every third in the other language (an English idea on an Arabic board), then the
 * same ideas in the other language, then (past fifty) the same again placed in a district of the city.
 */
export function roomIdeas(count: number, main: Lang): Array<{ title: string; sdgs: readonly number[] }> {
  const other: Lang = main === 'ar' ? 'en' : 'ar';
  const base = [...kit.brainstorm, ...kit.previousPriorities, ...ROOM_IDEAS];
  return Array.from({ length: count }, (_, n) => {
    const idea = base[n % base.length] as KitIdea;
    const round = Math.floor(n / base.length);
    const first: Lang = (n % base.length) % 3 === 2 ? other : main;
    const lang: Lang = round % 2 === 0 ? first : first === 'ar' ? 'en' : 'ar';
    const place = round < 2 ? undefined : PLACES[(round + n) % PLACES.length];
    return { title: place ? `${idea[lang]} ${place[lang]}` : idea[lang], sdgs: idea.sdgs };
  });
}

export interface SeededBoard {
  readonly created: CreateWorkshopResponse;
  readonly summary: WorkshopSummary;
  /** The facilitator's replica, written to as the console writes. */
  readonly doc: YClient;
  readonly socket: ClientSocket;
  /** The VLR template's stages by key. */
  readonly stages: {
    readonly review: string;
    readonly brainstorm: string;
    readonly dots: string;
    readonly scoring: string;
  };
  readonly boardLink: (lang?: Lang, extra?: string) => string;
}

/** A workshop in `locale` with the facilitator's doc replica and command socket connected. */
export async function seedBoard(url: string, locale: Lang): Promise<SeededBoard> {
  const created = await createWorkshop(url, { title: kit.workshop.title[locale], locale });
  const { body: summary } = await api<WorkshopSummary>(url, `/api/workshops/${created.id}`, {
    token: created.facilitatorKey,
  });
  const doc = connectYjs(url, created.id, created.facilitatorKey);
  await synced(doc);
  const socket = await connectSocket(url, created.facilitatorKey);
  const id = (i: number) => summary.stages[i]?.id as string;
  return {
    created,
    summary,
    doc,
    socket,
    stages: { review: id(0), brainstorm: id(1), dots: id(2), scoring: id(3) },
    boardLink: (lang, extra = '') =>
      created.links.board.replace('#', `?${lang ? `lang=${lang}` : ''}${extra}#`),
  };
}

/** Writes ideas to a list stage in one transaction, as an import does; returns their ids in order. */
export async function addIdeas(
  seeded: SeededBoard,
  stageId: string,
  ideas: ReadonlyArray<{ title: string; sdgs: readonly number[] }>,
): Promise<string[]> {
  const now = Date.now();
  const items: NewItem[] = ideas.map((idea, i) => ({
    id: randomUUID(),
    stageId,
    title: idea.title,
    description: '',
    sdgs: idea.sdgs,
    createdAt: now + i,
  }));
  addItems(seeded.doc.doc, items);
  await eventually(() => seeded.doc.provider.synced, 5_000, 'ideas sent');
  return items.map((item) => item.id);
}

export async function showStage(seeded: SeededBoard, stageId: string): Promise<void> {
  const ack = await command(seeded.socket, 'stage:goto', { stageId });
  if (!ack.ok) throw new Error(`stage:goto failed: ${JSON.stringify(ack)}`);
}

export function setDisplay(seeded: SeededBoard, stageId: string, display: BoardDisplay): void {
  updateStage(seeded.doc.doc, stageId, { display });
}

/** Themes on a list stage, each taking the ideas at the indices given. */
export function addThemes(
  seeded: SeededBoard,
  stageId: string,
  themes: ReadonlyArray<{ name: string; items: readonly string[] }>,
): void {
  seeded.doc.doc.transact(() => {
    for (const theme of themes) {
      const id = randomUUID();
      addTheme(seeded.doc.doc, { id, stageId, name: theme.name });
      for (const itemId of theme.items) setItemTheme(seeded.doc.doc, itemId, id);
    }
  });
}

/**
 * A vote on `stageId` with these settings, opened, cast by `voters` participants who join over the
 * API (each ballot from `ballotOf(voter)`), closed and revealed, with the room moved to it.
 */
export async function revealVote(
  url: string,
  seeded: SeededBoard,
  stageId: string,
  settings: ClientEventPayload<'vote:configure'>['settings'],
  voters: number,
  ballotOf: (voter: number) => Ballot,
): Promise<void> {
  const configure = await command(seeded.socket, 'vote:configure', { stageId, settings });
  if (!configure.ok) throw new Error(`vote:configure failed: ${JSON.stringify(configure)}`);
  await showStage(seeded, stageId);
  const open = await command(seeded.socket, 'vote:open', { stageId });
  if (!open.ok) throw new Error(`vote:open failed: ${JSON.stringify(open)}`);
  for (let v = 0; v < voters; v++) {
    const joined = await joinWorkshop(url, seeded.created.joinCode, {
      name: `Voter ${v + 1}`,
      group: 'government',
    });
    const socket = await connectSocket(url, joined.token);
    const cast = await command(socket, 'vote:cast', {
      stageId,
      ballot: ballotOf(v),
      clientVoteId: randomUUID(),
    });
    socket.close();
    if (!cast.ok) throw new Error(`vote:cast failed: ${JSON.stringify(cast)}`);
  }
  for (const step of ['vote:close', 'vote:reveal'] as const) {
    const ack = await command(seeded.socket, step, { stageId });
    if (!ack.ok) throw new Error(`${step} failed: ${JSON.stringify(ack)}`);
  }
}

/** An impact × feasibility scoring of a list stage's ideas, revealed (see revealVote). */
export async function revealScores(
  url: string,
  seeded: SeededBoard,
  listStageId: string,
  itemIds: readonly string[],
  voters: number,
  scoreOf: (voter: number, item: number) => readonly [impact: number, feasibility: number],
): Promise<void> {
  await revealVote(
    url,
    seeded,
    seeded.stages.scoring,
    {
      kind: 'score',
      criteria: [
        { id: 'impact', label: 'Impact', weight: 1 },
        { id: 'feasibility', label: 'Feasibility', weight: 1 },
      ],
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: listStageId },
    },
    voters,
    (voter) => ({
      kind: 'score',
      scores: Object.fromEntries(
        itemIds.map((id, i) => {
          const [impact, feasibility] = scoreOf(voter, i);
          return [id, { impact, feasibility }];
        }),
      ),
    }),
  );
}

export function closeSeeded(seeded: SeededBoard): void {
  seeded.socket.close();
  seeded.doc.destroy();
}

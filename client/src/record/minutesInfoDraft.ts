import type { MinutesInfoChange, WorkshopMeta } from '@majlis/shared';

/** The minutes' header as its form holds it: organizers one a line. */
export interface MinutesInfoDraft {
  readonly title: string;
  readonly date: string;
  readonly place: string;
  readonly organizers: string;
}

export function minutesInfoOf(meta: WorkshopMeta): MinutesInfoDraft {
  return { title: meta.title, date: meta.date, place: meta.place, organizers: meta.organizers.join('\n') };
}

/** What to write: the fields that differ from the doc, trimmed; an empty title keeps the old one. */
export function minutesInfoChange(meta: WorkshopMeta, draft: MinutesInfoDraft): MinutesInfoChange {
  const now = minutesInfoOf(meta);
  const organizers = draft.organizers
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const title = draft.title.trim();
  return {
    ...(title !== '' && title !== now.title ? { title } : {}),
    ...(draft.date !== now.date ? { date: draft.date } : {}),
    ...(draft.place.trim() !== now.place ? { place: draft.place.trim() } : {}),
    ...(organizers !== now.organizers ? { organizers } : {}),
  };
}

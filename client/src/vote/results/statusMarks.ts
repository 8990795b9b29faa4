import type { StatusRating } from '@majlis/shared';

/** A symbol per rating, shown with its colour wherever ratings appear, so colour is never the only
 * cue (red and green look alike to many). */
export const STATUS_MARKS: Readonly<Record<StatusRating, string>> = {
  on_track: '✓',
  partly: '◐',
  off_track: '✕',
  unknown: '?',
};

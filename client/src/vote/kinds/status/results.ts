import { kindWords } from '../../../i18n/kindWords';
import { formatNumber } from '../../../lib/numbers';
import type { ResultsPart } from '../resultsPart';

/** The status review's own words, in both languages: its ballot's, its settings' and its results'. */
export const statusWords = kindWords({
  en: {
    'ballot.how.status':
      'For each past priority, say how it is going. Choose “Don’t know” if you are not sure.',
    'ballot.progress.status': 'Rated: {n} of {of}',
    'ballot.problem.statusNone': 'Rate at least one priority first.',
    'results.howTo.status': 'On track, partly, off track, or don’t know',
    'results.statusCaption': 'How each past priority is going',
    'vote.console.kind.status': 'Status review',
    'vote.console.kindHint.status':
      'Each person rates every past priority: on track, partly, off track, or don’t know.',
    'vote.console.priority': 'Priority',
    'vote.console.statusCaption': 'Ratings of each past priority',
  },
  ar: {
    'ballot.how.status': 'قل لكل أولوية سابقة أين وصلت. اختر «لا أعرف» إن لم تكن متأكدًا.',
    'ballot.progress.status': 'قُيّم: {n} من {of}',
    'ballot.problem.statusNone': 'قيّم أولوية واحدة على الأقل أولًا.',
    'results.howTo.status': 'على المسار، جزئيًا، خارج المسار، أو لا أعرف',
    'results.statusCaption': 'أين وصلت كل أولوية سابقة',
    'vote.console.kind.status': 'مراجعة الحالة',
    'vote.console.kindHint.status':
      'يقيّم كل شخص كل أولوية سابقة: على المسار، جزئيًا، خارج المسار، أو لا أعرف.',
    'vote.console.priority': 'الأولوية',
    'vote.console.statusCaption': 'تقييم كل أولوية سابقة',
  },
});

/** A status review ranks nothing: its rows keep the list's order, each with its split of ratings. */
export const statusResultsPart = {
  rows: () => [],
  hasVotes: (result) => result.items.some((i) => i.n > 0),
  rowIds: (result) => result.items.map((i) => i.id),
  cellOf: (result, id) => result.items.find((i) => i.id === id),
  unranked: () => true,
  formatValue: formatNumber,
  valueText: (_t, n) => formatNumber(n),
  shareOfVoters: false,
  targets: 'items',
  // The chart has its own caption, beside its legend.
  drawing: 'status',
  caption: null,
  rules: (t) => t('results.howTo.status'),
} as const satisfies ResultsPart<'status'>;

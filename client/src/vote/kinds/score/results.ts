import { criteriaOf } from '@majlis/shared';
import { kindWords } from '../../../i18n/kindWords';
import { formatTotal } from '../../results/resultNumbers';
import { criterionLabel } from '../../results/resultsText';
import { rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** The score vote's own words, in both languages: its ballot's, its settings' and its results'. */
export const scoreWords = kindWords({
  en: {
    'ballot.how.score':
      'Score each priority from 1 (low) to 5 (high) on each criterion. Skip any you cannot judge.',
    'ballot.progress.score': 'Scored: {n} of {of}',
    'ballot.problem.scoreNone': 'Score at least one priority first.',
    'ballot.problem.scorePartial': 'Score “{title}” on every criterion, or clear it.',
    'ballot.score.low': '1 = low',
    'ballot.score.high': '5 = high',
    'ballot.score.scaleHint': 'from 1 (low) to 5 (high)',
    'ballot.score.clear': 'Clear',
    'ballot.score.clearLabel': 'Clear the scores of: {title}',
    'results.notScored': 'Not scored',
    'results.howTo.score': 'Score 1 to 5: {criteria}',
    'results.col.rank': 'Rank',
    'results.col.total': 'Total',
    'results.col.weighted': 'Weighted total',
    'results.matrix': 'Mean scores from 1 to 5',
    'results.matrixIn': '{quadrant}: {items}.',
    'results.matrixNone': 'none',
    'vote.console.kind.score': 'Scoring',
    'vote.console.kindHint.score': 'Each person scores items from 1 to 5 on named criteria.',
    'vote.console.criteria': 'Criteria',
    'vote.console.criteriaHint':
      'Scored from 1 to 5. The first two are the axes of the 2 × 2 matrix; the weights make the total.',
    'vote.console.name': 'Name',
    'vote.console.weight': 'Weight',
    'vote.console.criterionLabel': 'Name of criterion {n}',
    'vote.console.criterionWeight': 'Weight of criterion {n}',
    'vote.console.criterionRemove': 'Remove criterion: {label}',
    'vote.console.criterionAdd': 'Add a criterion',
    'vote.console.rank': 'Rank',
    'vote.console.total': 'Total',
    'vote.console.scoredBy': 'Scored by',
    'vote.console.notScored': 'Not scored',
    'vote.console.scoreCaption': 'Mean score per criterion and weighted total',
    'vote.console.quadrant': 'Quarter',
    'vote.console.quadrantEmpty': 'Nothing here.',
    'vote.console.matrix': '{y} × {x}: mean scores, 1 to 5',
  },
  ar: {
    'ballot.how.score':
      'قيّم كل أولوية على كل معيار من 1 (منخفض) إلى 5 (مرتفع). تجاوز ما لا تستطيع الحكم عليه.',
    'ballot.progress.score': 'قُيّم: {n} من {of}',
    'ballot.problem.scoreNone': 'قيّم أولوية واحدة على الأقل أولًا.',
    'ballot.problem.scorePartial': 'أكمل تقييم «{title}» على كل المعايير، أو امسحه.',
    'ballot.score.low': '1 = منخفض',
    'ballot.score.high': '5 = مرتفع',
    'ballot.score.scaleHint': 'من 1 (منخفض) إلى 5 (مرتفع)',
    'ballot.score.clear': 'مسح',
    'ballot.score.clearLabel': 'امسح تقييم: {title}',
    'results.notScored': 'لم يُقيَّم',
    'results.howTo.score': 'قيّموا من 1 إلى 5: {criteria}',
    'results.col.rank': 'المرتبة',
    'results.col.total': 'المجموع',
    'results.col.weighted': 'المجموع المرجّح',
    'results.matrix': 'متوسط التقييم من 1 إلى 5',
    'results.matrixIn': '{quadrant}: {items}.',
    'results.matrixNone': 'لا شيء',
    'vote.console.kind.score': 'تقييم',
    'vote.console.kindHint.score': 'يقيّم كل شخص البنود من 1 إلى 5 وفق معايير مسمّاة.',
    'vote.console.criteria': 'المعايير',
    'vote.console.criteriaHint':
      'تقييم من 1 إلى 5. أول معيارين هما محورا المصفوفة 2 × 2، والأوزان تحدد المجموع.',
    'vote.console.name': 'الاسم',
    'vote.console.weight': 'الوزن',
    'vote.console.criterionLabel': 'اسم المعيار {n}',
    'vote.console.criterionWeight': 'وزن المعيار {n}',
    'vote.console.criterionRemove': 'احذف المعيار: {label}',
    'vote.console.criterionAdd': 'أضف معيارًا',
    'vote.console.rank': 'المرتبة',
    'vote.console.total': 'المجموع',
    'vote.console.scoredBy': 'عدد المقيّمين',
    'vote.console.notScored': 'لم يُقيَّم',
    'vote.console.scoreCaption': 'متوسط التقييم لكل معيار والمجموع الموزون',
    'vote.console.quadrant': 'الربع',
    'vote.console.quadrantEmpty': 'لا شيء هنا.',
    'vote.console.matrix': '{y} × {x}: متوسط التقييم من 1 إلى 5',
  },
});

/** The top of a score's fixed 1–5 scale: bars out of 5, so close totals look close. */
const SCORE_MAX = 5;

/** How a score vote's result reads: weighted totals per item, ranked, on the 1–5 scale. */
export const scoreResultsPart = {
  ...rankedReading<'score'>(
    (result) => result.items.map((i) => ({ id: i.id, value: i.total, rank: i.rank, tied: i.tied })),
    SCORE_MAX,
  ),
  unranked: (result, id) => result.items.find((i) => i.id === id)?.n === 0,
  formatValue: formatTotal,
  valueText: (_t, n) => formatTotal(n),
  shareOfVoters: false,
  targets: 'items',
  // The matrix and the table carry their own captions.
  drawing: 'score',
  caption: null,
  rules: (t, settings) =>
    t('results.howTo.score', {
      criteria: criteriaOf(settings)
        .map((c) => criterionLabel(t, c))
        .join(t('ballot.listSeparator')),
    }),
} as const satisfies ResultsPart<'score'>;

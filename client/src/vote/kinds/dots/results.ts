import { kindWords } from '../../../i18n/kindWords';
import { countedValues, pointsEntries, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** The dot vote's own words, in both languages: its ballot's, its settings' and its results'. */
export const dotsWords = kindWords({
  en: {
    'ballot.how.dots': 'You have {budget} dots. Place them on the priorities that matter most to you.',
    'ballot.how.dotsCap':
      'You have {budget} dots. Place them on the priorities that matter most to you, at most {cap} on one.',
    'ballot.left.dots': 'Dots left: {n} of {budget}',
    'ballot.problem.dotsNone': 'Place at least one dot first.',
    'ballot.problem.dotsOver': 'You have {budget} dots; take some off first.',
    'ballot.problem.dotsCap': 'At most {cap} dots on one priority.',
    'ballot.dots.add': 'Add a dot to: {title}',
    'ballot.dots.remove': 'Take a dot off: {title}',
    'ballot.dots.count': '{n} dots',
    'ballot.dots.one': '1 dot',
    'ballot.dots.cap': 'Max {cap}',
    'results.unit.dots': '{n} dots',
    'results.unit.dotsOne': '1 dot',
    'results.howTo.dots': '{budget} dots each',
    'results.howTo.dotsCap': '{budget} dots each, at most {cap} on one',
    'results.caption.dots': 'Dots per priority',
    'vote.console.kind.dots': 'Dot vote',
    'vote.console.kindHint.dots': 'Each person spends a budget of dots on the items they care about most.',
    'vote.console.budget': 'Dots per person',
    'vote.console.cap': 'Most dots on one item',
    'vote.console.summary.budget': '{n} dots each',
    'vote.console.summary.budgetCap': '{n} dots each, at most {cap} per item',
  },
  ar: {
    'ballot.how.dots': 'عدد نقاطك: {budget}. وزّعها على الأولويات الأهم بالنسبة لك.',
    'ballot.how.dotsCap':
      'عدد نقاطك: {budget}. وزّعها على الأولويات الأهم بالنسبة لك، وبحدّ أقصى {cap} على الأولوية الواحدة.',
    'ballot.left.dots': 'النقاط المتبقية: {n} من {budget}',
    'ballot.problem.dotsNone': 'ضع نقطة واحدة على الأقل أولًا.',
    'ballot.problem.dotsOver': 'عدد نقاطك {budget} فقط؛ أزل بعضها أولًا.',
    'ballot.problem.dotsCap': 'الحد الأقصى على الأولوية الواحدة: {cap}.',
    'ballot.dots.add': 'أضف نقطة إلى: {title}',
    'ballot.dots.remove': 'أزل نقطة من: {title}',
    'ballot.dots.count': 'نقاط: {n}',
    'ballot.dots.one': 'نقطة واحدة',
    'ballot.dots.cap': 'الحد الأقصى {cap}',
    'results.unit.dots': 'نقاط: {n}',
    'results.unit.dotsOne': 'نقطة واحدة',
    'results.howTo.dots': 'النقاط لكل مشارك: {budget}',
    'results.howTo.dotsCap': 'النقاط لكل مشارك: {budget}، وبحدّ أقصى {cap} للأولوية الواحدة',
    'results.caption.dots': 'النقاط لكل أولوية',
    'vote.console.kind.dots': 'تصويت بالنقاط',
    'vote.console.kindHint.dots': 'يوزّع كل شخص رصيدًا من النقاط على البنود الأهم بالنسبة له.',
    'vote.console.budget': 'النقاط لكل شخص',
    'vote.console.cap': 'أقصى عدد نقاط على بند واحد',
    'vote.console.summary.budget': 'النقاط لكل شخص: {n}',
    'vote.console.summary.budgetCap': 'النقاط لكل شخص: {n}، وللبند الواحد حتى {cap}',
  },
});

/** How a dot vote's result reads: dots per item, ranked. */
export const dotsResultsPart = {
  ...rankedReading<'dots'>(pointsEntries),
  ...countedValues(['results.unit.dotsOne', 'results.unit.dots']),
  shareOfVoters: false,
  targets: 'items',
  drawing: 'ranked',
  caption: 'results.caption.dots',
  rules: (t, settings) =>
    settings.maxPerItem !== undefined
      ? t('results.howTo.dotsCap', { budget: settings.budget ?? 0, cap: settings.maxPerItem })
      : t('results.howTo.dots', { budget: settings.budget ?? 0 }),
} as const satisfies ResultsPart<'dots'>;

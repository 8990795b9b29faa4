import { kindWords } from '../../../i18n/kindWords';
import { countedValues, pointsEntries, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** The ranking's own words, in both languages: its ballot's, its settings' and its results'. */
export const rankWords = kindWords({
  en: {
    'ballot.how.rankAll':
      'Put all {n} in order, most important first: tap to add, then move them up or down.',
    'ballot.how.rankTop': 'Pick your top {n} and put them in order, most important first.',
    'ballot.progress.rank': 'Ranked: {n} of {of}',
    'ballot.problem.rankCount': 'Put {expected} in order first; so far you have {have}.',
    'ballot.rank.yours': 'Your order',
    'ballot.rank.empty': 'Tap a priority below to put it first.',
    'ballot.rank.rest': 'Not in your order',
    'ballot.rank.full': 'Your top {n} is complete. Take one out to add another.',
    'ballot.rank.add': 'Add to my order: {title}',
    'ballot.rank.up': 'Move up: {title}',
    'ballot.rank.down': 'Move down: {title}',
    'ballot.rank.remove': 'Take out of my order: {title}',
    'ballot.rank.moved': '{title}: now {n} of {of}',
    'results.unit.points': '{n} points',
    'results.unit.pointsOne': '1 point',
    'results.howTo.rankAll': 'Put every priority in order',
    'results.howTo.rankTop': 'Put your top {n} in order',
    'results.caption.rank': 'Borda points: a first place earns the most',
    'vote.console.kind.rank': 'Ranking',
    'vote.console.kindHint.rank': 'Each person puts items in order; the order of the room is a Borda count.',
    'vote.console.rankHow': 'What each person orders',
    'vote.console.rankAll': 'Every item',
    'vote.console.rankTop': 'Only their top',
    'vote.console.rankTopN': 'How many items each person ranks',
    'vote.console.summary.rankAll': 'Every item in order',
    'vote.console.summary.rankTop': 'Top {n} in order',
  },
  ar: {
    'ballot.how.rankAll':
      'رتّب الأولويات كلها ({n}) من الأهم إلى الأقل أهمية: اضغط لإضافتها، ثم حرّكها للأعلى أو للأسفل.',
    'ballot.how.rankTop': 'اختر الأولويات الأهم لديك (عددها {n}) ورتّبها من الأهم إلى الأقل أهمية.',
    'ballot.progress.rank': 'رُتّب: {n} من {of}',
    'ballot.problem.rankCount': 'المطلوب ترتيب {expected}، ورتّبت {have} حتى الآن.',
    'ballot.rank.yours': 'ترتيبك',
    'ballot.rank.empty': 'اضغط على أولوية أدناه لتضعها أولًا.',
    'ballot.rank.rest': 'خارج ترتيبك',
    'ballot.rank.full': 'اكتمل ترتيبك ({n}). أخرج واحدة لتضيف غيرها.',
    'ballot.rank.add': 'أضف إلى ترتيبي: {title}',
    'ballot.rank.up': 'انقل للأعلى: {title}',
    'ballot.rank.down': 'انقل للأسفل: {title}',
    'ballot.rank.remove': 'أخرج من ترتيبي: {title}',
    'ballot.rank.moved': '{title}: الآن {n} من {of}',
    'results.unit.points': 'نقاط: {n}',
    'results.unit.pointsOne': 'نقطة واحدة',
    'results.howTo.rankAll': 'رتّبوا كل الأولويات',
    'results.howTo.rankTop': 'رتّبوا أهم الأولويات (عددها {n})',
    'results.caption.rank': 'نقاط الترتيب (بوردا): المرتبة الأولى تكسب أكثر',
    'vote.console.kind.rank': 'ترتيب',
    'vote.console.kindHint.rank': 'يرتّب كل شخص البنود، ويُحسب ترتيب القاعة بطريقة بوردا.',
    'vote.console.rankHow': 'ما يرتّبه كل شخص',
    'vote.console.rankAll': 'كل البنود',
    'vote.console.rankTop': 'أعلى البنود فقط',
    'vote.console.rankTopN': 'عدد البنود التي يرتّبها كل شخص',
    'vote.console.summary.rankAll': 'ترتيب كل البنود',
    'vote.console.summary.rankTop': 'ترتيب أعلى {n}',
  },
});

/** How a ranking's result reads: Borda points per item, ranked. */
export const rankResultsPart = {
  ...rankedReading<'rank'>(pointsEntries),
  ...countedValues(['results.unit.pointsOne', 'results.unit.points']),
  shareOfVoters: false,
  targets: 'items',
  drawing: 'ranked',
  caption: 'results.caption.rank',
  rules: (t, settings, targets) => {
    const n = Math.min(settings.rankTop ?? targets.length, targets.length);
    return n < targets.length ? t('results.howTo.rankTop', { n }) : t('results.howTo.rankAll');
  },
} as const satisfies ResultsPart<'rank'>;

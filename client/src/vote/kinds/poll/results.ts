import { kindWords } from '../../../i18n/kindWords';
import { countedValues, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** The poll's own words, in both languages: its ballot's, its settings' and its results'. */
export const pollWords = kindWords({
  en: {
    'ballot.how.pollOne': 'Choose one.',
    'ballot.how.pollMany': 'Choose all that apply.',
    'ballot.progress.pollMany': 'Chosen: {n}',
    'ballot.problem.pollNone': 'Choose an option first.',
    'ballot.problem.pollOne': 'Choose only one option.',
    'results.unit.votes': '{n} votes',
    'results.unit.votesOne': '1 vote',
    'results.howTo.pollOne': 'Choose one',
    'results.howTo.pollMany': 'Choose all that apply',
    'results.caption.poll': 'Votes per option',
    'vote.console.kind.poll': 'Poll',
    'vote.console.kindHint.poll': 'Each person picks from this stage’s own options.',
    'vote.console.options': 'Options',
    'vote.console.optionLabel': 'Option {n}',
    'vote.console.optionRemove': 'Remove option {n}',
    'vote.console.optionAdd': 'Add an option',
    'vote.console.multiple': 'Allow several choices',
    'vote.console.summary.pollOne': '{n} options, one choice',
    'vote.console.summary.pollMany': '{n} options, several choices',
  },
  ar: {
    'ballot.how.pollOne': 'اختر إجابة واحدة.',
    'ballot.how.pollMany': 'اختر كل ما ينطبق.',
    'ballot.progress.pollMany': 'المختارة: {n}',
    'ballot.problem.pollNone': 'اختر إجابة أولًا.',
    'ballot.problem.pollOne': 'اختر إجابة واحدة فقط.',
    'results.unit.votes': 'أصوات: {n}',
    'results.unit.votesOne': 'صوت واحد',
    'results.howTo.pollOne': 'اختاروا إجابة واحدة',
    'results.howTo.pollMany': 'اختاروا كل ما ينطبق',
    'results.caption.poll': 'الأصوات لكل خيار',
    'vote.console.kind.poll': 'استطلاع',
    'vote.console.kindHint.poll': 'يختار كل شخص من خيارات هذه المرحلة.',
    'vote.console.options': 'الخيارات',
    'vote.console.optionLabel': 'الخيار {n}',
    'vote.console.optionRemove': 'احذف الخيار {n}',
    'vote.console.optionAdd': 'أضف خيارًا',
    'vote.console.multiple': 'السماح بأكثر من اختيار',
    'vote.console.summary.pollOne': 'الخيارات: {n}، اختيار واحد',
    'vote.console.summary.pollMany': 'الخيارات: {n}، أكثر من اختيار',
  },
});

/** How a poll's result reads: votes per option, ranked, each also a share of the voters. */
export const pollResultsPart = {
  ...rankedReading<'poll'>((result) =>
    result.options.map((o) => ({ id: o.id, value: o.count, rank: o.rank, tied: o.tied })),
  ),
  ...countedValues(['results.unit.votesOne', 'results.unit.votes']),
  shareOfVoters: true,
  targets: 'options',
  drawing: 'ranked',
  caption: 'results.caption.poll',
  rules: (t, settings) => (settings.multiple ? t('results.howTo.pollMany') : t('results.howTo.pollOne')),
} as const satisfies ResultsPart<'poll'>;

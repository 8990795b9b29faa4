import { kindWords } from '../../../i18n/kindWords';
import { countedValues, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** The approval vote's own words, in both languages: its ballot's, its settings' and its results'. */
export const approvalWords = kindWords({
  en: {
    'vote.console.kind.approval': 'Approval',
    'vote.console.kindHint.approval': 'Each person approves any number of items, or none of them.',
    'ballot.how.approval': 'Approve every priority you support: as many as you like, or none.',
    'ballot.approval.approve': 'Approve',
    'ballot.approval.approveItem': 'Approve: {title}',
    'ballot.approval.none': 'I approve none of these',
    'ballot.progress.approval': 'Approved: {n} of {of}',
    'ballot.submit.approvalNone': 'Submit: I approve none',
    'ballot.update.approvalNone': 'Update: I approve none',
    'results.unit.approvals': '{n} approvals',
    'results.unit.approvalsOne': '1 approval',
    'results.caption.approval': 'Approvals per priority, with the share of voters',
    'results.howTo.approval': 'Approve any number, or none',
  },
  ar: {
    'vote.console.kind.approval': 'موافقة',
    'vote.console.kindHint.approval': 'يوافق كل شخص على ما يشاء من البنود، أو لا يوافق على أيٍّ منها.',
    'ballot.how.approval': 'وافق على كل أولوية تؤيّدها: ما شئت منها، أو لا شيء.',
    'ballot.approval.approve': 'أوافق',
    'ballot.approval.approveItem': 'أوافق على: {title}',
    'ballot.approval.none': 'لا أوافق على أيٍّ منها',
    'ballot.progress.approval': 'وافقت على {n} من {of}',
    'ballot.submit.approvalNone': 'أرسل: لا أوافق على أيٍّ منها',
    'ballot.update.approvalNone': 'حدّث: لا أوافق على أيٍّ منها',
    'results.unit.approvals': 'موافقات: {n}',
    'results.unit.approvalsOne': 'موافقة واحدة',
    'results.caption.approval': 'الموافقات لكل أولوية، مع نسبتها من المصوّتين',
    'results.howTo.approval': 'وافقوا على ما شئتم، أو لا شيء',
  },
});

/** How an approval vote's result reads: approvals per item, ranked, each also a share of the voters. */
export const approvalResultsPart = {
  ...rankedReading<'approval'>((result) =>
    result.items.map((i) => ({ id: i.id, value: i.approvals, rank: i.rank, tied: i.tied })),
  ),
  ...countedValues(['results.unit.approvalsOne', 'results.unit.approvals']),
  shareOfVoters: true,
  targets: 'items',
  drawing: 'ranked',
  caption: 'results.caption.approval',
  rules: (t) => t('results.howTo.approval'),
} as const satisfies ResultsPart<'approval'>;

/** Arabic strings of the room screens; the type makes a missing or extra key a compile error. */
import type { enRoom } from './en-room';

export const arRoom: Readonly<Record<keyof typeof enRoom, string>> = {
  'outcomes.decisions': 'القرارات',
  'outcomes.actions': 'الإجراءات',
  'outcomes.notes': 'الملاحظات',
  'outcomes.owner': 'المسؤول',
  'outcomes.organization': 'الجهة',
  'outcomes.due': 'الموعد',
  'outcomes.status': 'الحالة',
  'outcomes.status.open': 'لم يبدأ',
  'outcomes.status.in_progress': 'قيد التنفيذ',
  'outcomes.status.done': 'مُنجَز',
  'outcomes.linked': 'يتعلق بـ',
  'outcomes.goals': 'الأهداف',
  'outcomes.continued': '(تتمة)',
  'outcomes.emptyTitle': 'ستظهر القرارات هنا فور تسجيلها',
  'outcomes.emptyText': 'وكذلك الإجراءات: ما المطلوب، ومن يتولاه، وموعد إنجازه.',

  'me.outcomes.empty': 'لم يُسجَّل شيء بعد. ستظهر هنا القرارات والإجراءات حين يسجّلها الميسّر.',
  'me.outcomes.none': 'لم تُسجَّل قرارات ولا إجراءات في هذه المرحلة.',

  'join.nameInMinutes': 'أوافق على ذكر اسمي في قائمة المشاركين في محضر الورشة',
  'join.nameInMinutesHint': 'إن تركت المربع فارغًا، يُحتسب حضورك ضمن فئتك في المحضر دون ذكر اسمك.',

  'minutesPage.print': 'طباعة / حفظ بصيغة PDF',
  'minutesPage.printHint': 'لحفظ ملف PDF اختر «حفظ بصيغة PDF» بدلًا من الطابعة.',
  'minutesPage.loading': 'جارٍ إعداد المحضر…',
  'minutesPage.errorTitle': 'تعذّر تحميل المحضر',
  'minutesPage.retry': 'أعد المحاولة',
  'minutesPage.otherLanguage': 'Minutes in English',
  'minutesPage.none': 'لا يوجد',
};

/** Arabic strings for ending a workshop and renewing its links; the type makes a missing or extra key a compile error. */
import type { enLifecycle } from './en-lifecycle';

export const arLifecycle: Readonly<Record<keyof typeof enLifecycle, string>> = {
  'error.workshop_ended': 'انتهت هذه الورشة.',
  'error.rate_limited_wait':
    'رموز خاطئة كثيرة من هذه الشبكة. حاول مجددًا بعد {seconds} ثانية، أو امسح رمز الاستجابة السريعة على الشاشة.',
  'problem.ended.title': 'انتهت هذه الورشة',
  'problem.ended.text': 'لم تعد روابطها تفتحها. اطلب المحضر من الميسّر.',

  'ended.title': 'انتهت هذه الورشة',
  'ended.readUntil': 'يمكنك قراءتها هنا حتى {time}.',
  'board.ended': 'انتهت الورشة',
  'board.endedThanks': 'شكرًا لمشاركتكم.',

  'console.links': 'الروابط وإنهاء الورشة',
  'console.keep': 'إلغاء',
  'console.rotateBoard': 'رابط جديد للشاشة',
  'console.rotateBoardConfirm': 'إنشاء رابط جديد للشاشة الآن',
  'console.rotateBoardWhy':
    'يتوقف رابط الشاشة القديم فورًا وتنطفئ الشاشات المفتوحة؛ افتح الشاشة من جديد من لوحة التحكم هذه.',
  'console.rotateBoardDone': 'أُنشئ رابط جديد للشاشة. افتح الشاشة من جديد بزر «فتح الشاشة».',
  'console.rotateKey': 'رابط جديد للميسّر',
  'console.rotateKeyConfirm': 'إنشاء رابط جديد للميسّر الآن',
  'console.rotateKeyWhy': 'يتوقف رابط الميسّر القديم فورًا على كل جهاز يحمله. يُعرض الرابط الجديد مرة واحدة.',
  'console.rotateKeyDone':
    'هذا رابط الميسّر السري الجديد. الرابط القديم لم يعد يعمل: انسخ هذا الآن واحتفظ به.',
  'console.end': 'إنهاء الورشة',
  'console.endConfirm': 'إنهاء الورشة الآن',
  'console.endWhy':
    'يتوقف الرمز ورابط الانضمام عن إدخال أي أحد، ولا تعود الهواتف قادرة على إضافة أفكار أو التصويت. يستطيع الجميع قراءة الورشة حتى {time}.',
  'console.ended': 'انتهت هذه الورشة في {at}.',
  'console.endedUntil':
    'تستطيع الهواتف والمقرّرون والشاشة قراءتها حتى {time}. يبقى رابط الميسّر صالحًا للمحضر والتصدير.',

  'vote.console.action.workshop_ended': 'إنهاء الورشة',
  'vote.console.action.facilitator_key_rotated': 'رابط جديد للميسّر',
  'vote.console.action.board_link_rotated': 'رابط جديد للشاشة',
};

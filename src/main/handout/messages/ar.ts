import type { Catalogue } from './en.ts';

export const ar: Catalogue = {
  'plan.title': 'خطة حماية المفاصل الخاصة بك',
  'glance.heading': 'خطتك في لمحة',
  'splint.wearAtNight':
    'البس {name} ليلاً، لمدة {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}} تقريباً.',
  'review.next': 'مراجعتك القادمة: {date, date, long}',
  'breaks.rule':
    'استرح {rest, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} بعد كل {work, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} من العمل بيديك.',
  'help.heading': 'اطلب المساعدة بسرعة',
  'wearLog.heading': 'سجل الارتداء',
  'wearLog.hoursColumn': 'ساعات الارتداء',
  'goal.heading': 'هدفك',
  'care.heading': 'العناية بجبيرتك',
};

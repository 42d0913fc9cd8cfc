import type { Catalogue } from './en.ts';

export const ur: Catalogue = {
  'plan.title': 'آپ کا جوڑوں کی حفاظت کا منصوبہ',
  'glance.heading': 'آپ کا منصوبہ ایک نظر میں',
  'splint.wearAtNight':
    '{name} رات کو تقریباً {hours, plural, one {# گھنٹے} other {# گھنٹے}} کے لیے پہنیں۔',
  'review.next': 'آپ کا اگلا معائنہ: {date, date, long}',
  'breaks.rule':
    'ہاتھوں سے ہر {work, plural, one {# منٹ} other {# منٹ}} کام کے بعد {rest, plural, one {# منٹ} other {# منٹ}} آرام کریں۔',
  'help.heading': 'فوری مدد حاصل کریں',
  'wearLog.heading': 'پہننے کا ریکارڈ',
  'wearLog.hoursColumn': 'پہننے کے گھنٹے',
  'goal.heading': 'آپ کا مقصد',
  'care.heading': 'اپنے اسپلنٹ کی دیکھ بھال',
};

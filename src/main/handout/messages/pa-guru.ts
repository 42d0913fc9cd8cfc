import type { Catalogue } from './en.ts';

export const paGuru: Catalogue = {
  'plan.title': 'ਤੁਹਾਡੀ ਜੋੜਾਂ ਦੀ ਸੁਰੱਖਿਆ ਦੀ ਯੋਜਨਾ',
  'glance.heading': 'ਤੁਹਾਡੀ ਯੋਜਨਾ ਇੱਕ ਨਜ਼ਰ ਵਿੱਚ',
  'splint.wearAtNight': '{name} ਰਾਤ ਨੂੰ ਲਗਭਗ {hours, plural, one {# ਘੰਟੇ} other {# ਘੰਟੇ}} ਲਈ ਪਹਿਨੋ।',
  'review.next': 'ਤੁਹਾਡੀ ਅਗਲੀ ਜਾਂਚ: {date, date, long}',
  'breaks.rule':
    'ਹੱਥਾਂ ਨਾਲ ਹਰ {work, plural, one {# ਮਿੰਟ} other {# ਮਿੰਟ}} ਕੰਮ ਕਰਨ ਤੋਂ ਬਾਅਦ {rest, plural, one {# ਮਿੰਟ} other {# ਮਿੰਟ}} ਆਰਾਮ ਕਰੋ।',
  'help.heading': 'ਜਲਦੀ ਮਦਦ ਲਓ',
  'wearLog.heading': 'ਪਹਿਨਣ ਦਾ ਰਿਕਾਰਡ',
  'wearLog.hoursColumn': 'ਪਹਿਨਣ ਦੇ ਘੰਟੇ',
  'goal.heading': 'ਤੁਹਾਡਾ ਟੀਚਾ',
  'care.heading': 'ਆਪਣੀ ਸਪਲਿੰਟ ਦੀ ਦੇਖਭਾਲ',
};

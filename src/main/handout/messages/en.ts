/**
 * The handout's own words in English: the source every other catalogue translates. ICU
 * message syntax (plurals, dates), formatted with @formatjs/intl in the main process.
 */
export const en = {
  'plan.title': 'Your joint protection plan',
  'glance.heading': 'Your plan at a glance',
  'splint.wearAtNight':
    'Wear your {name} at night, for about {hours, plural, one {# hour} other {# hours}}.',
  'review.next': 'Your next review: {date, date, long}',
  'breaks.rule':
    'Rest for {rest, plural, one {# minute} other {# minutes}} after every {work, plural, one {# minute} other {# minutes}} of work with your hands.',
  'help.heading': 'Get help quickly',
  'wearLog.heading': 'Wear log',
  'wearLog.hoursColumn': 'Hours worn',
  'goal.heading': 'Your goal',
  'care.heading': 'Looking after your splint',
} as const;

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;

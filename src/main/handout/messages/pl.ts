import type { Catalogue } from './en.ts';

export const pl: Catalogue = {
  'plan.title': 'Twój plan ochrony stawów',
  'glance.heading': 'Twój plan w skrócie',
  'splint.wearAtNight':
    'Noś {name} w nocy, przez około {hours, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}}.',
  'review.next': 'Następna wizyta kontrolna: {date, date, long}',
  'breaks.rule':
    'Odpoczywaj {rest, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} po każdych {work, plural, one {# minucie} few {# minutach} many {# minutach} other {# minuty}} pracy rękami.',
  'help.heading': 'Szybko uzyskaj pomoc',
  'wearLog.heading': 'Dziennik noszenia',
  'wearLog.hoursColumn': 'Godziny noszenia',
  'goal.heading': 'Twój cel',
  'care.heading': 'Dbanie o ortezę',
};

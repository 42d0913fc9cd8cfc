import type { Catalogue } from './en.ts';

export const es: Catalogue = {
  'plan.title': 'Su plan de protección articular',
  'glance.heading': 'Su plan de un vistazo',
  'splint.wearAtNight':
    'Use su {name} por la noche, durante unas {hours, plural, one {# hora} other {# horas}}.',
  'review.next': 'Su próxima revisión: {date, date, long}',
  'breaks.rule':
    'Descanse {rest, plural, one {# minuto} other {# minutos}} después de cada {work, plural, one {# minuto} other {# minutos}} de trabajo con las manos.',
  'help.heading': 'Pida ayuda rápido',
  'wearLog.heading': 'Registro de uso',
  'wearLog.hoursColumn': 'Horas de uso',
  'goal.heading': 'Su objetivo',
  'care.heading': 'Cuidado de su férula',
};

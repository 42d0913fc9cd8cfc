import type { Catalogue } from './en.ts';

export const pt: Catalogue = {
  'plan.title': 'O seu plano de proteção articular',
  'glance.heading': 'O seu plano em resumo',
  'splint.wearAtNight':
    'Use {name} à noite, durante cerca de {hours, plural, one {# hora} other {# horas}}.',
  'review.next': 'A sua próxima consulta de revisão: {date, date, long}',
  'breaks.rule':
    'Descanse {rest, plural, one {# minuto} other {# minutos}} após cada {work, plural, one {# minuto} other {# minutos}} de trabalho com as mãos.',
  'help.heading': 'Obtenha ajuda rapidamente',
  'wearLog.heading': 'Registo de utilização',
  'wearLog.hoursColumn': 'Horas de uso',
  'goal.heading': 'O seu objetivo',
  'care.heading': 'Cuidados com a sua tala',
};

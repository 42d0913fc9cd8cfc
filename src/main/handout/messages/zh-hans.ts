import type { Catalogue } from './en.ts';

export const zhHans: Catalogue = {
  'plan.title': '您的关节保护计划',
  'glance.heading': '计划一览',
  'splint.wearAtNight': '夜间佩戴{name}，约{hours, plural, other {#小时}}。',
  'review.next': '下次复查：{date, date, long}',
  'breaks.rule': '用手工作每{work, plural, other {#分钟}}后，休息{rest, plural, other {#分钟}}。',
  'help.heading': '快速求助',
  'wearLog.heading': '佩戴记录',
  'wearLog.hoursColumn': '佩戴小时数',
  'goal.heading': '您的目标',
  'care.heading': '护理您的夹板',
};

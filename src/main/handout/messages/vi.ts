import type { Catalogue } from './en.ts';

export const vi: Catalogue = {
  'plan.title': 'Kế hoạch bảo vệ khớp của bạn',
  'glance.heading': 'Tóm tắt kế hoạch của bạn',
  'splint.wearAtNight': 'Đeo {name} vào ban đêm, khoảng {hours, plural, other {# giờ}}.',
  'review.next': 'Lần tái khám tiếp theo: {date, date, long}',
  'breaks.rule':
    'Nghỉ {rest, plural, other {# phút}} sau mỗi {work, plural, other {# phút}} làm việc bằng tay.',
  'help.heading': 'Nhận trợ giúp nhanh',
  'wearLog.heading': 'Nhật ký đeo nẹp',
  'wearLog.hoursColumn': 'Số giờ đeo',
  'goal.heading': 'Mục tiêu của bạn',
  'care.heading': 'Chăm sóc nẹp của bạn',
};

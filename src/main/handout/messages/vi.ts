import type { Catalogue } from './en.ts';

const NOUN =
  '{noun, select, gloves {găng tay} shoes {giày} insoles {miếng lót giày} ring {nhẫn nẹp} brace {đai nẹp} support {đai hỗ trợ} other {nẹp}}';

/** Vietnamese (bạn, as patient leaflets do). Machine-drafted: see languages.ts. */
export const vi: Catalogue = {
  'plan.title': 'Kế hoạch bảo vệ khớp của bạn',
  'onePage.title': 'Kế hoạch của tôi trên một trang',
  'footer.page': 'Trang {page} / {pages}',
  'header.phone': 'Điện thoại: {phone}',
  'label.for': 'Dành cho:',
  'date.withWeekday': '{weekday}, {date}',
  'list.and': '{items} và {last}',
  'list.or': '{items} hoặc {last}',
  'list.separator': ', ',

  'glance.heading': 'Tóm tắt kế hoạch của bạn',
  'glance.joints': 'Các khớp chúng tôi đang chăm sóc: {joints}.',
  'glance.splint': '{name}: {when}',
  'glance.splintAfter': '{name}, {after}: {when}',
  'glance.breakPattern': 'Cách nghỉ giải lao của bạn: {name}.',
  'glance.breakRule':
    'Nghỉ {rest, plural, other {# phút}} sau mỗi {every, plural, other {# phút}} hoạt động.',

  'help.heading': 'Hãy nhờ giúp đỡ ngay nếu bạn có bất kỳ dấu hiệu nào sau đây',
  'help.line': '{sign}. {action}',
  'help.linePhone': '{sign}. {action} Điện thoại {phone}.',
  'help.notSure': 'Nếu bạn không chắc phải làm gì, hãy gọi cho chúng tôi theo số {phone}.',

  'splints.headingMixed': 'Nẹp và đai hỗ trợ của bạn',
  'splints.headingOne': 'Nẹp của bạn',
  'splints.headingMany': 'Các nẹp của bạn',
  'splints.where': 'Vị trí:',
  'splints.purpose': 'Công dụng:',
  'splints.photoOnYou': 'Khi đeo đúng sẽ trông như thế này',
  'photo.looksLike': 'Hình dáng',
  'splints.howLong': 'Bao lâu:',
  'splints.howLongTotal': '{when}, tổng cộng khoảng {hours, plural, other {# giờ}} mỗi ngày.',
  'splints.start': 'Bắt đầu:',
  'splints.takeCare': 'Lưu ý:',
  'splints.fromTherapist': 'Lời dặn của chuyên viên trị liệu:',
  'splints.lookingAfter': `Cách giữ gìn ${NOUN} của bạn`,
  'splints.lookingAfterAll':
    'Cách giữ gìn {heading, select, mixed {nẹp và đai hỗ trợ của bạn} many {các nẹp của bạn} other {nẹp của bạn}}',
  'splints.callUsIf': 'Hãy gọi cho chúng tôi nếu bạn có bất kỳ dấu hiệu nào sau đây',
  'splints.callUsIfAll':
    'Với tất cả các nẹp, hãy gọi cho chúng tôi nếu bạn có bất kỳ dấu hiệu nào sau đây',
  'splints.takeOffCall': `Tháo ${NOUN} ra và gọi cho chúng tôi theo số {phone}.`,
  'splints.takeOffCallNoPhone': `Tháo ${NOUN} ra và gọi cho chúng tôi.`,

  'schedule.whenColumn': 'Khi nào đeo',
  'schedule.whatColumn': 'Cần làm gì',
  'schedule.dayColumn': 'Ngày',
  'schedule.nightColumn': 'Đêm',
  'schedule.wear': 'Đeo',
  'schedule.leaveOff': 'Không đeo',
  'stage.nowFlare': 'Bây giờ, trong đợt bùng phát này',
  'stage.nowFlareAfter': 'bây giờ, trong đợt bùng phát này',
  'stage.flareSettles': 'Khi đợt bùng phát đã dịu',
  'stage.flareSettlesAfter': 'khi đợt bùng phát đã dịu',
  'stage.settled': 'Khi các khớp đã ổn định',
  'stage.settledAfter': 'khi các khớp đã ổn định',
  'stage.nowSettled': 'Bây giờ, khi các khớp đang ổn định',
  'stage.nowSettledAfter': 'bây giờ',
  'stage.worse': 'Nếu các khớp lại nặng hơn',
  'stage.worseAfter': 'nếu các khớp lại nặng hơn',
  'stage.inFlare': 'Khi bị bùng phát',
  'stage.inFlareAfter': 'khi bị bùng phát',
  'stage.everyDay': 'Hằng ngày',
  'stage.mostDays': 'Phần lớn các ngày',
  'stage.mostDaysLower': 'phần lớn các ngày',
  'stage.meaningMostDays': 'Phần lớn các ngày nghĩa là khi bạn không bị bùng phát.',
  'stage.meaningFlare':
    'Bùng phát là khi các khớp đau, sưng và cứng hơn bình thường trong hơn một hai ngày.',
  'stage.meaningSettles': 'Đợt bùng phát đã dịu khi các khớp không đau hay cứng hơn bình thường.',
  'stage.meaningSettled': 'Các khớp đã ổn định khi chúng tôi cho bạn biết.',

  'pattern.continuous':
    'Đeo {many, select, yes {chúng} other {nẹp}} cả ngày lẫn đêm. Chỉ tháo ra khi tắm rửa, khi kiểm tra da và khi cử động nhẹ các khớp vài lần mỗi ngày.',
  'pattern.night': 'Đeo {many, select, yes {chúng} other {nẹp}} vào ban đêm khi ngủ.',
  'pattern.alternateLeft':
    'Mỗi đêm đeo {many, select, yes {chúng} other {nẹp}} ở một tay: đêm này tay trái, đêm sau tay phải.',
  'pattern.alternateRight':
    'Mỗi đêm đeo {many, select, yes {chúng} other {nẹp}} ở một tay: đêm này tay phải, đêm sau tay trái.',
  'pattern.activities': 'Đeo {many, select, yes {chúng} other {nẹp}} khi bạn {activities}.',
  'pattern.hoursAtATime':
    'Mỗi lần đeo {many, select, yes {chúng} other {nẹp}} {on, plural, other {# giờ}}.',
  'pattern.hoursOnOff':
    'Đeo {many, select, yes {chúng} other {nẹp}} {on, plural, other {# giờ}}, rồi tháo ra {off, plural, other {# giờ}}.',
  'pattern.unset':
    'Chúng tôi sẽ cho bạn biết khi nào cần đeo {many, select, yes {chúng} other {nẹp}}.',

  'place.notChosen': 'Chưa chọn bên',
  'place.bothSides': 'Cả hai bên',
  'place.rightSide': 'Bên phải',
  'place.leftSide': 'Bên trái',
  'joints.none': 'Chưa ghi khớp nào',
  'joints.sentenceEnd': '. ',
  'joints.side': '{side, select, right {phải} other {trái}}',
  'joints.limbOne':
    '{joint, select, shoulder {vai} elbow {khuỷu tay} wrist {cổ tay} hip {hông} knee {đầu gối} other {cổ chân}}',
  'joints.limbBoth':
    '{joint, select, shoulder {hai vai} elbow {hai khuỷu tay} wrist {hai cổ tay} hip {hai hông} knee {hai đầu gối} other {hai cổ chân}}',
  'joints.limbsBoth': '{joints}',
  'joints.limbsSide': '{joints} bên {side}',
  'joints.thumbPart': '{part, select, cmc {gốc} mcp1 {đốt giữa} other {khớp đầu}}',
  'joints.thumbBoth': '{parts} của hai ngón cái',
  'joints.thumbSide': '{parts} của ngón cái bên {side}',
  'joints.fingerJoint':
    '{family, select, mcp {{count, plural, other {khớp gốc ngón}}} pip {{count, plural, other {khớp giữa}}} other {{count, plural, other {khớp đầu ngón}}}}',
  'joints.finger': '{finger, select, 2 {trỏ} 3 {giữa} 4 {áp út} other {út}}',
  'joints.allFingersBoth': '{joint} của cả bốn ngón ở hai bàn tay',
  'joints.allFingersSide': '{joint} của cả bốn ngón ở bàn tay {side}',
  'joints.fingersBoth': '{joint} của ngón {fingers} ở hai bàn tay{count, plural, other {}}',
  'joints.fingersSide': '{joint} của ngón {fingers} ở bàn tay {side}{count, plural, other {}}',
  'joints.ballsBoth': 'phần trước của hai bàn chân',
  'joints.ballSide': 'phần trước của bàn chân {side}',

  'equipment.heading': 'Dụng cụ giúp việc hằng ngày dễ hơn',
  'equipment.forYou': 'Dành cho bạn: {reason}',

  'rest.heading': 'Nghỉ ngơi và điều độ',
  'rest.breakPattern': 'Cách nghỉ giải lao của bạn:',
  'rest.breakRule':
    'Nghỉ {rest, plural, other {# phút}} sau mỗi {every, plural, other {# phút}} hoạt động. Hãy dừng trước khi thấy mệt hay đau, đừng đợi đến sau.',
  'rest.yourDay': 'Một ngày của bạn',
  'rest.blockUntil': '{start} đến {end}',
  'rest.block': '{n}. {time}: {what}',
  'rest.restBlock': 'Nghỉ. {label}',
  'rest.timelineAlt':
    'Một ngày của bạn trên trục thời gian từ {from} đến {to}: {busy, plural, other {# hoạt động}} và {rests, plural, other {# lần nghỉ}}, liệt kê bên dưới.',
  'rest.energyHeading': 'Cách tiết kiệm sức lực',
  'rest.energyPsVersusArthritis': 'Chúng tôi dùng 4 chữ P của Versus Arthritis: {names}.',
  'rest.energyPs': 'Chúng tôi dùng {count} chữ P: {names}.',
  'rest.energyPsSome':
    'Chúng tôi dùng 4 chữ P của Versus Arthritis: {names}. Đây là những điều dành cho bạn.',
  'rest.energyPsCountSome':
    'Chúng tôi dùng {count} chữ P: {names}. Đây là những điều dành cho bạn.',
  'rest.p':
    '{p, select, plan {lên kế hoạch} pace {điều độ} prioritise {ưu tiên} position {tư thế} problemSolve {giải quyết vấn đề} other {tạm dừng}}',

  'principles.heading': 'Cách bảo vệ khớp',
  'principles.yourExample': 'Ví dụ của bạn:',
  'goals.headingOne': 'Mục tiêu của bạn',
  'goals.headingMany': 'Các mục tiêu của bạn',
  'clinic.nextCheck': 'Lần tái khám tới:',
  'clinic.nextCheckText': '{date}. {bring}',
  'clinic.bringAll': 'Hãy mang theo kế hoạch này và nẹp hoặc đai hỗ trợ của bạn.',
  'clinic.bringPlan': 'Hãy mang theo kế hoạch này.',
  'clinic.yourTherapist': 'Chuyên viên trị liệu của bạn:',
  'clinic.therapist': '{therapist}.',
  'clinic.therapistAt': '{therapist}, {clinic}.',
  'clinic.therapistReach': '{therapist}: {reach}.',
  'clinic.therapistAtReach': '{therapist}, {clinic}: {reach}.',
  'clinic.phone': 'điện thoại {phone}',
  'clinic.reachSeparator': '. ',
  'clinic.label': '{name}:',
  'clinic.clinic': 'Phòng khám',

  'wearLog.heading': 'Tuần đeo nẹp của tôi',
  'wearLog.tickOnce': 'Đánh một dấu vào ô mỗi lần bạn đã đeo đúng như kế hoạch.',
  'wearLog.weekStarting': 'Tuần bắt đầu từ: ______________________',
  'wearLog.flare': 'Hôm nay tôi bị bùng phát',
  'wearLog.splintColumn': 'Nẹp',
  'wearLog.whenColumn': 'Khi nào',
  'wearLog.day': 'Ngày',
  'wearLog.night': 'Đêm',
  'wearLog.nightOneHand': 'Đêm (một tay)',
  'wearLog.whenYou': 'Khi bạn {activities}',
  'wearLog.time': 'Lần {n}: đeo {on, plural, other {# giờ}}',

  'onePage.for': 'Dành cho:',
  'onePage.splints': 'Nẹp của tôi',
  'onePage.splintsFlare': 'Nẹp của tôi trong đợt bùng phát này',
  'onePage.rest': 'Nghỉ ngơi',
  'onePage.restPattern': '{name}. {description}',
  'onePage.restRule':
    'Nghỉ {rest, plural, other {# phút}} sau mỗi {every, plural, other {# phút}} hoạt động.',
  'onePage.tips': 'Ba điều cần nhớ',
  'onePage.questions': 'Có câu hỏi hoặc vấn đề?',
  'onePage.call': 'Gọi {clinic} theo số {phone}.',
  'onePage.callUs': 'Gọi cho chúng tôi theo số {phone}.',
};

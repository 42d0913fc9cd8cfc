/**
 * The handout's own words in English: the source every other catalogue translates. ICU
 * message syntax (plurals, selects), formatted with @formatjs/intl in the main process.
 * Each message is exactly what the layout-3 handout printed before it had languages, so an
 * English handout keeps its bytes (scripts/handout-hashes.ts proves it).
 */
export const en = {
  // The document
  'plan.title': 'Your joint protection plan',
  'onePage.title': 'My plan on a page',
  'footer.page': 'Page {page} of {pages}',
  'header.phone': 'Phone: {phone}',
  'label.for': 'For:',
  'date.withWeekday': '{weekday} {date}',
  // Lists: "a, b and c" is the handout's, Intl's list formats the rest
  'list.and': '{items} and {last}',
  'list.or': '{items} or {last}',
  'list.separator': ', ',

  // At a glance
  'glance.heading': 'Your plan at a glance',
  'glance.joints': 'Joints we are looking after: {joints}.',
  'glance.splint': '{name}: {when}',
  'glance.splintAfter': '{name}, {after}: {when}',
  'glance.breakPattern': 'Your break pattern: {name}.',
  'glance.breakRule':
    'Rest for {rest, plural, one {# minute} other {# minutes}} after every {every, plural, one {# minute} other {# minutes}} of activity.',

  // Get help quickly
  'help.heading': 'Get help quickly if you have any of these',
  'help.line': '{sign}. {action}',
  'help.linePhone': '{sign}. {action} Phone {phone}.',
  'help.notSure': 'If you are not sure what to do, call us on {phone}.',

  // Splints: headings and labels
  'splints.headingMixed': 'Your splints and supports',
  'splints.headingOne': 'Your splint',
  'splints.headingMany': 'Your splints',
  'splints.where': 'Where:',
  'splints.purpose': 'What it is for:',
  'splints.photoOnYou': 'How it should look on you',
  'photo.looksLike': 'What it looks like',
  'splints.howLong': 'How long:',
  'splints.howLongTotal':
    '{when}, about {hours, plural, one {# hour} other {# hours}} a day in total.',
  'splints.start': 'Start:',
  'splints.takeCare': 'Take care:',
  'splints.fromTherapist': 'From your therapist:',
  'splints.lookingAfter':
    'Looking after your {noun, select, gloves {gloves} shoes {shoes} insoles {insoles} ring {ring} brace {brace} support {support} other {splint}}',
  'splints.lookingAfterAll':
    'Looking after {heading, select, mixed {your splints and supports} many {your splints} other {your splint}}',
  'splints.callUsIf': 'Call us if you have any of these',
  'splints.callUsIfAll': 'For all of them, call us if you have any of these',
  'splints.takeOffCall':
    'Take the {noun, select, gloves {gloves} shoes {shoes} insoles {insoles} ring {ring} brace {brace} support {support} other {splint}} off and call us on {phone}.',
  'splints.takeOffCallNoPhone':
    'Take the {noun, select, gloves {gloves} shoes {shoes} insoles {insoles} ring {ring} brace {brace} support {support} other {splint}} off and call us.',

  // The schedule table
  'schedule.whenColumn': 'When to wear it',
  'schedule.whatColumn': 'What to do',
  'schedule.dayColumn': 'Day',
  'schedule.nightColumn': 'Night',
  'schedule.wear': 'Wear it',
  'schedule.leaveOff': 'Leave it off',
  'stage.nowFlare': 'Now, during this flare',
  'stage.nowFlareAfter': 'now, during this flare',
  'stage.flareSettles': 'When the flare settles',
  'stage.flareSettlesAfter': 'when the flare settles',
  'stage.settled': 'When your joints have settled',
  'stage.settledAfter': 'when your joints have settled',
  'stage.nowSettled': 'Now, while your joints are settled',
  'stage.nowSettledAfter': 'now',
  'stage.worse': 'If your joints get worse again',
  'stage.worseAfter': 'if your joints get worse again',
  'stage.inFlare': 'In a flare',
  'stage.inFlareAfter': 'in a flare',
  'stage.everyDay': 'Every day',
  'stage.mostDays': 'Most days',
  'stage.mostDaysLower': 'most days',
  'stage.meaningMostDays': 'Most days means when you are not in a flare.',
  'stage.meaningFlare':
    'A flare is when your joints are more sore, swollen and stiff than usual for more than a day or two.',
  'stage.meaningSettles':
    'The flare has settled when your joints are no more sore or stiff than usual.',
  'stage.meaningSettled': 'Your joints have settled when we tell you they have.',

  // Schedule sentences, from the structured schedule ({many}: a pair, such as gloves or insoles)
  'pattern.continuous':
    'Wear {many, select, yes {them} other {it}} day and night. Take {many, select, yes {them} other {it}} off only to wash, to check your skin, and to move your joints gently a few times a day.',
  'pattern.night': 'Wear {many, select, yes {them} other {it}} at night while you sleep.',
  'pattern.alternateLeft':
    'Wear {many, select, yes {them} other {it}} on one hand each night: the left hand one night, the right hand the next.',
  'pattern.alternateRight':
    'Wear {many, select, yes {them} other {it}} on one hand each night: the right hand one night, the left hand the next.',
  'pattern.activities': 'Wear {many, select, yes {them} other {it}} when you {activities}.',
  'pattern.hoursAtATime':
    'Wear {many, select, yes {them} other {it}} for {on, plural, one {# hour} other {# hours}} at a time.',
  'pattern.hoursOnOff':
    'Wear {many, select, yes {them} other {it}} for {on, plural, one {# hour} other {# hours}}, then take {many, select, yes {them} other {it}} off for {off, plural, one {# hour} other {# hours}}.',
  'pattern.unset': 'We will tell you when to wear {many, select, yes {them} other {it}}.',

  // Where a splint is worn, in plain words
  'place.notChosen': 'Side not chosen yet',
  'place.bothSides': 'Both sides',
  'place.rightSide': 'Right side',
  'place.leftSide': 'Left side',
  'joints.none': 'No joints recorded',
  'joints.sentenceEnd': '. ',
  'joints.side': '{side, select, right {right} other {left}}',
  'joints.limbOne':
    '{joint, select, shoulder {shoulder} elbow {elbow} wrist {wrist} hip {hip} knee {knee} other {ankle}}',
  'joints.limbBoth':
    '{joint, select, shoulder {shoulders} elbow {elbows} wrist {wrists} hip {hips} knee {knees} other {ankles}}',
  'joints.limbsBoth': 'both {joints}',
  'joints.limbsSide': 'your {side} {joints}',
  'joints.thumbPart': '{part, select, cmc {the base} mcp1 {the knuckle} other {the end joint}}',
  'joints.thumbBoth': '{parts} of both thumbs',
  'joints.thumbSide': '{parts} of your {side} thumb',
  'joints.fingerJoint':
    '{family, select, mcp {{count, plural, one {knuckle} other {knuckles}}} pip {{count, plural, one {middle joint} other {middle joints}}} other {{count, plural, one {end joint} other {end joints}}}}',
  'joints.finger': '{finger, select, 2 {index} 3 {middle} 4 {ring} other {little}}',
  'joints.allFingersBoth': 'the {joint} of all four fingers on both hands',
  'joints.allFingersSide': 'the {joint} of all four fingers of your {side} hand',
  'joints.fingersBoth':
    'the {joint} of the {fingers} {count, plural, one {finger} other {fingers}} on both hands',
  'joints.fingersSide':
    'the {joint} of your {side} {fingers} {count, plural, one {finger} other {fingers}}',
  'joints.ballsBoth': 'the balls of both feet',
  'joints.ballSide': 'the ball of your {side} foot',

  // Equipment
  'equipment.heading': 'Equipment to make daily jobs easier',
  'equipment.forYou': 'For you: {reason}',

  // Rest and pacing
  'rest.heading': 'Rest and pacing',
  'rest.breakPattern': 'Your break pattern:',
  'rest.breakRule':
    'Take a break of {rest, plural, one {# minute} other {# minutes}} after every {every, plural, one {# minute} other {# minutes}} of activity. Stop before you feel tired or sore, not after.',
  'rest.yourDay': 'Your day',
  'rest.blockUntil': '{start} to {end}',
  'rest.block': '{n}. {time}: {what}',
  'rest.restBlock': 'Rest. {label}',
  'rest.timelineAlt':
    'Your day on a time line from {from} to {to}: {busy, plural, one {# activity} other {# activities}} and {rests, plural, one {# rest} other {# rests}}, listed below.',
  'rest.energyHeading': 'Ways to save your energy',
  'rest.energyPsVersusArthritis': 'We use the 4 Ps from Versus Arthritis: {names}.',
  'rest.energyPs': 'We use the {count} Ps: {names}.',
  'rest.energyPsSome': 'We use the 4 Ps from Versus Arthritis: {names}. Here are the ones for you.',
  'rest.energyPsCountSome': 'We use the {count} Ps: {names}. Here are the ones for you.',
  'rest.p':
    '{p, select, plan {plan} pace {pace} prioritise {prioritise} position {position} problemSolve {problem-solve} other {pause}}',

  // Principles, goals, the clinic
  'principles.heading': 'Ways to protect your joints',
  'principles.yourExample': 'Your example:',
  'goals.headingOne': 'Your goal',
  'goals.headingMany': 'Your goals',
  'clinic.nextCheck': 'Your next check:',
  'clinic.nextCheckText': '{date}. {bring}',
  'clinic.bringAll': 'Bring this plan and your splints or supports with you.',
  'clinic.bringPlan': 'Bring this plan with you.',
  'clinic.yourTherapist': 'Your therapist:',
  'clinic.therapist': '{therapist}.',
  'clinic.therapistAt': '{therapist}, {clinic}.',
  'clinic.therapistReach': '{therapist}: {reach}.',
  'clinic.therapistAtReach': '{therapist}, {clinic}: {reach}.',
  'clinic.phone': 'phone {phone}',
  'clinic.reachSeparator': '. ',
  'clinic.label': '{name}:',
  'clinic.clinic': 'Clinic',

  // The wear log
  'wearLog.heading': 'My splint week',
  'wearLog.tickOnce': 'Put one tick in a box each time you wore it as planned.',
  'wearLog.weekStarting': 'Week starting: ______________________',
  'wearLog.flare': 'I had a flare today',
  'wearLog.splintColumn': 'Splint',
  'wearLog.whenColumn': 'When',
  'wearLog.day': 'Day',
  'wearLog.night': 'Night',
  'wearLog.nightOneHand': 'Night (one hand)',
  'wearLog.whenYou': 'When you {activities}',
  'wearLog.time': 'Time {n}: {on, plural, one {# hour} other {# hours}} on',

  // My plan on a page
  'onePage.for': 'For:',
  'onePage.splints': 'My splints',
  'onePage.splintsFlare': 'My splints during this flare',
  'onePage.rest': 'Rest',
  'onePage.restPattern': '{name}. {description}',
  'onePage.restRule':
    'Take a break of {rest, plural, one {# minute} other {# minutes}} after every {every, plural, one {# minute} other {# minutes}} of activity.',
  'onePage.tips': 'Three things to remember',
  'onePage.questions': 'Questions or problems?',
  'onePage.call': 'Call {clinic} on {phone}.',
  'onePage.callUs': 'Call us on {phone}.',
} as const;

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;

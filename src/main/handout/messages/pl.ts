import type { Catalogue } from './en.ts';

const H = '{# godzina} few {# godziny} many {# godzin} other {# godziny}';
const M = '{# minutę} few {# minuty} many {# minut} other {# minuty}';
const MIN = '{# minucie} few {# minutach} many {# minutach} other {# minutach}';

/** Polish (Pan/Pani avoided: plain second person, as patient leaflets do). Machine-drafted. */
export const pl: Catalogue = {
  'plan.title': 'Twój plan ochrony stawów',
  'onePage.title': 'Mój plan na jednej stronie',
  'footer.page': 'Strona {page} z {pages}',
  'header.phone': 'Telefon: {phone}',
  'label.for': 'Dla:',
  'date.withWeekday': '{weekday}, {date}',
  'list.and': '{items} i {last}',
  'list.or': '{items} lub {last}',
  'list.separator': ', ',

  'glance.heading': 'Twój plan w skrócie',
  'glance.joints': 'Stawy, którymi się zajmujemy: {joints}.',
  'glance.splint': '{name}: {when}',
  'glance.splintAfter': '{name}, {after}: {when}',
  'glance.breakPattern': 'Twój rytm przerw: {name}.',
  'glance.breakRule': `Odpoczywaj {rest, plural, one ${M}} po każdych {every, plural, one {# minucie} few {# minutach} many {# minutach} other {# minutach}} aktywności.`,

  'help.heading': 'Szybko poproś o pomoc, jeśli masz którykolwiek z tych objawów',
  'help.line': '{sign}. {action}',
  'help.linePhone': '{sign}. {action} Telefon {phone}.',
  'help.notSure': 'Jeśli nie wiesz, co zrobić, zadzwoń do nas: {phone}.',

  'splints.headingMixed': 'Twoje ortezy i stabilizatory',
  'splints.headingOne': 'Twoja orteza',
  'splints.headingMany': 'Twoje ortezy',
  'splints.where': 'Gdzie:',
  'splints.purpose': 'Do czego służy:',
  'splints.photoOnYou': 'Jak powinna wyglądać na Tobie',
  'photo.looksLike': 'Jak wygląda',
  'splints.howLong': 'Jak długo:',
  'splints.howLongTotal': `{when}, łącznie około {hours, plural, one ${H}} dziennie.`,
  'splints.start': 'Początek:',
  'splints.takeCare': 'Uwaga:',
  'splints.fromTherapist': 'Od Twojego terapeuty:',
  'splints.lookingAfter':
    'Dbanie o {noun, select, gloves {rękawiczki} shoes {buty} insoles {wkładki} ring {pierścień} brace {stabilizator} support {podporę} other {ortezę}}',
  'splints.lookingAfterAll':
    'Dbanie o {heading, select, mixed {ortezy i stabilizatory} many {ortezy} other {ortezę}}',
  'splints.callUsIf': 'Zadzwoń do nas, jeśli masz którykolwiek z tych objawów',
  'splints.callUsIfAll':
    'Przy każdej z nich zadzwoń do nas, jeśli masz którykolwiek z tych objawów',
  'splints.takeOffCall':
    'Zdejmij {noun, select, gloves {rękawiczki} shoes {buty} insoles {wkładki} ring {pierścień} brace {stabilizator} support {podporę} other {ortezę}} i zadzwoń do nas: {phone}.',
  'splints.takeOffCallNoPhone':
    'Zdejmij {noun, select, gloves {rękawiczki} shoes {buty} insoles {wkładki} ring {pierścień} brace {stabilizator} support {podporę} other {ortezę}} i zadzwoń do nas.',

  'schedule.whenColumn': 'Kiedy ją nosić',
  'schedule.whatColumn': 'Co robić',
  'schedule.dayColumn': 'Dzień',
  'schedule.nightColumn': 'Noc',
  'schedule.wear': 'Noś',
  'schedule.leaveOff': 'Nie noś',
  'stage.nowFlare': 'Teraz, w czasie tego zaostrzenia',
  'stage.nowFlareAfter': 'teraz, w czasie tego zaostrzenia',
  'stage.flareSettles': 'Gdy zaostrzenie minie',
  'stage.flareSettlesAfter': 'gdy zaostrzenie minie',
  'stage.settled': 'Gdy stawy się uspokoją',
  'stage.settledAfter': 'gdy stawy się uspokoją',
  'stage.nowSettled': 'Teraz, gdy stawy są spokojne',
  'stage.nowSettledAfter': 'teraz',
  'stage.worse': 'Jeśli stawy znów się pogorszą',
  'stage.worseAfter': 'jeśli stawy znów się pogorszą',
  'stage.inFlare': 'W czasie zaostrzenia',
  'stage.inFlareAfter': 'w czasie zaostrzenia',
  'stage.everyDay': 'Codziennie',
  'stage.mostDays': 'W większość dni',
  'stage.mostDaysLower': 'w większość dni',
  'stage.meaningMostDays': 'W większość dni oznacza: gdy nie masz zaostrzenia.',
  'stage.meaningFlare':
    'Zaostrzenie to czas, gdy stawy są bardziej bolesne, obrzęknięte i sztywne niż zwykle przez dłużej niż dzień lub dwa.',
  'stage.meaningSettles':
    'Zaostrzenie minęło, gdy stawy nie bolą i nie są sztywne bardziej niż zwykle.',
  'stage.meaningSettled': 'Stawy się uspokoiły, gdy Ci to powiemy.',

  'pattern.continuous':
    'Noś {many, select, yes {je} other {ją}} w dzień i w nocy. Zdejmuj {many, select, yes {je} other {ją}} tylko do mycia, do sprawdzenia skóry i żeby kilka razy dziennie delikatnie poruszać stawami.',
  'pattern.night': 'Noś {many, select, yes {je} other {ją}} w nocy, gdy śpisz.',
  'pattern.alternateLeft':
    'Noś {many, select, yes {je} other {ją}} co noc na jednej ręce: jedną noc na lewej, następną na prawej.',
  'pattern.alternateRight':
    'Noś {many, select, yes {je} other {ją}} co noc na jednej ręce: jedną noc na prawej, następną na lewej.',
  'pattern.activities': 'Noś {many, select, yes {je} other {ją}}, gdy {activities}.',
  'pattern.hoursAtATime': `Noś {many, select, yes {je} other {ją}} przez {on, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}} za jednym razem.`,
  'pattern.hoursOnOff': `Noś {many, select, yes {je} other {ją}} przez {on, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}}, potem zdejmij {many, select, yes {je} other {ją}} na {off, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}}.`,
  'pattern.unset': 'Powiemy Ci, kiedy {many, select, yes {je} other {ją}} nosić.',

  'place.notChosen': 'Strona jeszcze niewybrana',
  'place.bothSides': 'Obie strony',
  'place.rightSide': 'Prawa strona',
  'place.leftSide': 'Lewa strona',
  'joints.none': 'Nie zapisano stawów',
  'joints.sentenceEnd': '. ',
  'joints.side': '{side, select, right {prawy} other {lewy}}',
  'joints.limbOne':
    '{joint, select, shoulder {bark} elbow {łokieć} wrist {nadgarstek} hip {biodro} knee {kolano} other {staw skokowy}}',
  'joints.limbBoth':
    '{joint, select, shoulder {oba barki} elbow {oba łokcie} wrist {oba nadgarstki} hip {oba biodra} knee {oba kolana} other {oba stawy skokowe}}',
  'joints.limbsBoth': '{joints}',
  'joints.limbsSide': '{joints} po stronie: {side}',
  'joints.thumbPart': '{part, select, cmc {podstawa} mcp1 {kłykieć} other {staw na końcu}}',
  'joints.thumbBoth': '{parts} obu kciuków',
  'joints.thumbSide': '{parts} kciuka, strona: {side}',
  'joints.fingerJoint':
    '{family, select, mcp {{count, plural, one {kłykieć} few {kłykcie} many {kłykcie} other {kłykcie}}} pip {{count, plural, one {staw środkowy} few {stawy środkowe} many {stawy środkowe} other {stawy środkowe}}} other {{count, plural, one {staw na końcu} few {stawy na końcu} many {stawy na końcu} other {stawy na końcu}}}}',
  'joints.finger':
    '{finger, select, 2 {wskazującego} 3 {środkowego} 4 {serdecznego} other {małego}}',
  'joints.allFingersBoth': '{joint} wszystkich czterech palców obu rąk',
  'joints.allFingersSide': '{joint} wszystkich czterech palców ręki, strona: {side}',
  'joints.fingersBoth':
    '{joint} {count, plural, one {palca} few {palców} many {palców} other {palców}} {fingers} obu rąk',
  'joints.fingersSide':
    '{joint} {count, plural, one {palca} few {palców} many {palców} other {palców}} {fingers}, strona: {side}',
  'joints.ballsBoth': 'przednia część obu stóp',
  'joints.ballSide': 'przednia część stopy, strona: {side}',

  'equipment.heading': 'Pomoce ułatwiające codzienne czynności',
  'equipment.forYou': 'Dla Ciebie: {reason}',

  'rest.heading': 'Odpoczynek i tempo',
  'rest.breakPattern': 'Twój rytm przerw:',
  'rest.breakRule': `Rób przerwę {rest, plural, one {# minuty} few {# minut} many {# minut} other {# minuty}} po każdych {every, plural, one ${MIN}} aktywności. Przestań, zanim poczujesz zmęczenie lub ból, a nie potem.`,
  'rest.yourDay': 'Twój dzień',
  'rest.blockUntil': '{start} do {end}',
  'rest.block': '{n}. {time}: {what}',
  'rest.restBlock': 'Odpoczynek. {label}',
  'rest.timelineAlt':
    'Twój dzień na osi czasu od {from} do {to}: {busy, plural, one {# aktywność} few {# aktywności} many {# aktywności} other {# aktywności}} i {rests, plural, one {# odpoczynek} few {# odpoczynki} many {# odpoczynków} other {# odpoczynku}}, wymienione poniżej.',
  'rest.energyHeading': 'Sposoby na oszczędzanie energii',
  'rest.energyPsVersusArthritis': 'Stosujemy 4 zasady Versus Arthritis: {names}.',
  'rest.energyPs': 'Stosujemy {count} zasad: {names}.',
  'rest.energyPsSome': 'Stosujemy 4 zasady Versus Arthritis: {names}. Oto te dla Ciebie.',
  'rest.energyPsCountSome': 'Stosujemy {count} zasad: {names}. Oto te dla Ciebie.',
  'rest.p':
    '{p, select, plan {planuj} pace {rozkładaj siły} prioritise {ustalaj, co najważniejsze} position {dbaj o pozycję} problemSolve {rozwiązuj problemy} other {rób przerwy}}',

  'principles.heading': 'Sposoby na ochronę stawów',
  'principles.yourExample': 'Twój przykład:',
  'goals.headingOne': 'Twój cel',
  'goals.headingMany': 'Twoje cele',
  'clinic.nextCheck': 'Następna wizyta kontrolna:',
  'clinic.nextCheckText': '{date}. {bring}',
  'clinic.bringAll': 'Przynieś ten plan i swoje ortezy lub stabilizatory.',
  'clinic.bringPlan': 'Przynieś ten plan.',
  'clinic.yourTherapist': 'Twój terapeuta:',
  'clinic.therapist': '{therapist}.',
  'clinic.therapistAt': '{therapist}, {clinic}.',
  'clinic.therapistReach': '{therapist}: {reach}.',
  'clinic.therapistAtReach': '{therapist}, {clinic}: {reach}.',
  'clinic.phone': 'telefon {phone}',
  'clinic.reachSeparator': '. ',
  'clinic.label': '{name}:',
  'clinic.clinic': 'Przychodnia',

  'wearLog.heading': 'Mój tydzień z ortezą',
  'wearLog.tickOnce':
    'Postaw jeden znaczek w kratce za każdym razem, gdy nosisz ją zgodnie z planem.',
  'wearLog.weekStarting': 'Tydzień od: ______________________',
  'wearLog.flare': 'Dziś miałem/miałam zaostrzenie',
  'wearLog.splintColumn': 'Orteza',
  'wearLog.whenColumn': 'Kiedy',
  'wearLog.day': 'Dzień',
  'wearLog.night': 'Noc',
  'wearLog.nightOneHand': 'Noc (jedna ręka)',
  'wearLog.whenYou': 'Gdy {activities}',
  'wearLog.time': `Raz {n}: {on, plural, one ${H}} noszenia`,

  'onePage.for': 'Dla:',
  'onePage.splints': 'Moje ortezy',
  'onePage.splintsFlare': 'Moje ortezy w czasie tego zaostrzenia',
  'onePage.rest': 'Odpoczynek',
  'onePage.restPattern': '{name}. {description}',
  'onePage.restRule': `Rób przerwę {rest, plural, one {# minuty} few {# minut} many {# minut} other {# minuty}} po każdych {every, plural, one ${MIN}} aktywności.`,
  'onePage.tips': 'Trzy rzeczy do zapamiętania',
  'onePage.questions': 'Pytania lub problemy?',
  'onePage.call': 'Zadzwoń do: {clinic}, tel. {phone}.',
  'onePage.callUs': 'Zadzwoń do nas: {phone}.',
};

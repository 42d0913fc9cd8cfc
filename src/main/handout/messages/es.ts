import type { Catalogue } from './en.ts';

/** Spanish (usted, as a clinic writes to a patient). Machine-drafted: see languages.ts. */
export const es: Catalogue = {
  'plan.title': 'Su plan de protección articular',
  'onePage.title': 'Mi plan en una página',
  'footer.page': 'Página {page} de {pages}',
  'header.phone': 'Teléfono: {phone}',
  'label.for': 'Para:',
  'date.withWeekday': '{weekday}, {date}',
  'list.and': '{items} y {last}',
  'list.or': '{items} o {last}',
  'list.separator': ', ',

  'glance.heading': 'Su plan de un vistazo',
  'glance.joints': 'Articulaciones que estamos cuidando: {joints}.',
  'glance.splint': '{name}: {when}',
  'glance.splintAfter': '{name}, {after}: {when}',
  'glance.breakPattern': 'Su forma de hacer pausas: {name}.',
  'glance.breakRule':
    'Descanse {rest, plural, one {# minuto} other {# minutos}} después de cada {every, plural, one {# minuto} other {# minutos}} de actividad.',

  'help.heading': 'Pida ayuda rápido si tiene alguno de estos problemas',
  'help.line': '{sign}. {action}',
  'help.linePhone': '{sign}. {action} Teléfono: {phone}.',
  'help.notSure': 'Si no sabe qué hacer, llámenos al {phone}.',

  'splints.headingMixed': 'Sus férulas y soportes',
  'splints.headingOne': 'Su férula',
  'splints.headingMany': 'Sus férulas',
  'splints.where': 'Dónde:',
  'splints.purpose': 'Para qué sirve:',
  'splints.photoOnYou': 'Cómo debe quedarle puesta',
  'photo.looksLike': 'Cómo es',
  'splints.howLong': 'Cuánto tiempo:',
  'splints.howLongTotal':
    '{when}, unas {hours, plural, one {# hora} other {# horas}} al día en total.',
  'splints.start': 'Empiece:',
  'splints.takeCare': 'Tenga cuidado:',
  'splints.fromTherapist': 'De su terapeuta:',
  'splints.lookingAfter':
    'Cuidado de {noun, select, gloves {sus guantes} shoes {sus zapatos} insoles {sus plantillas} ring {su anillo} brace {su órtesis} support {su soporte} other {su férula}}',
  'splints.lookingAfterAll':
    'Cuidado de {heading, select, mixed {sus férulas y soportes} many {sus férulas} other {su férula}}',
  'splints.callUsIf': 'Llámenos si tiene alguno de estos problemas',
  'splints.callUsIfAll': 'Con todas ellas, llámenos si tiene alguno de estos problemas',
  'splints.takeOffCall':
    '{noun, select, gloves {Quítese los guantes} shoes {Quítese los zapatos} insoles {Quítese las plantillas} ring {Quítese el anillo} brace {Quítese la órtesis} support {Quítese el soporte} other {Quítese la férula}} y llámenos al {phone}.',
  'splints.takeOffCallNoPhone':
    '{noun, select, gloves {Quítese los guantes} shoes {Quítese los zapatos} insoles {Quítese las plantillas} ring {Quítese el anillo} brace {Quítese la órtesis} support {Quítese el soporte} other {Quítese la férula}} y llámenos.',

  'schedule.whenColumn': 'Cuándo usarla',
  'schedule.whatColumn': 'Qué hacer',
  'schedule.dayColumn': 'Día',
  'schedule.nightColumn': 'Noche',
  'schedule.wear': 'Úsela',
  'schedule.leaveOff': 'No la use',
  'stage.nowFlare': 'Ahora, durante este brote',
  'stage.nowFlareAfter': 'ahora, durante este brote',
  'stage.flareSettles': 'Cuando el brote se calme',
  'stage.flareSettlesAfter': 'cuando el brote se calme',
  'stage.settled': 'Cuando sus articulaciones se hayan calmado',
  'stage.settledAfter': 'cuando sus articulaciones se hayan calmado',
  'stage.nowSettled': 'Ahora, mientras sus articulaciones están calmadas',
  'stage.nowSettledAfter': 'ahora',
  'stage.worse': 'Si sus articulaciones vuelven a empeorar',
  'stage.worseAfter': 'si sus articulaciones vuelven a empeorar',
  'stage.inFlare': 'Durante un brote',
  'stage.inFlareAfter': 'durante un brote',
  'stage.everyDay': 'Todos los días',
  'stage.mostDays': 'La mayoría de los días',
  'stage.mostDaysLower': 'la mayoría de los días',
  'stage.meaningMostDays': 'La mayoría de los días quiere decir cuando no tiene un brote.',
  'stage.meaningFlare':
    'Un brote es cuando sus articulaciones están más doloridas, hinchadas y rígidas de lo normal durante más de uno o dos días.',
  'stage.meaningSettles':
    'El brote se ha calmado cuando sus articulaciones no están más doloridas ni rígidas de lo normal.',
  'stage.meaningSettled': 'Sus articulaciones se han calmado cuando nosotros se lo digamos.',

  'pattern.continuous':
    '{many, select, yes {Úselos} other {Úsela}} de día y de noche. {many, select, yes {Quíteselos} other {Quítesela}} solo para lavarse, para revisar su piel y para mover suavemente las articulaciones varias veces al día.',
  'pattern.night': '{many, select, yes {Úselos} other {Úsela}} por la noche mientras duerme.',
  'pattern.alternateLeft':
    '{many, select, yes {Úselos} other {Úsela}} en una mano cada noche: la mano izquierda una noche y la derecha la siguiente.',
  'pattern.alternateRight':
    '{many, select, yes {Úselos} other {Úsela}} en una mano cada noche: la mano derecha una noche y la izquierda la siguiente.',
  'pattern.activities': '{many, select, yes {Úselos} other {Úsela}} cuando {activities}.',
  'pattern.hoursAtATime':
    '{many, select, yes {Úselos} other {Úsela}} durante {on, plural, one {# hora} other {# horas}} seguidas.',
  'pattern.hoursOnOff':
    '{many, select, yes {Úselos} other {Úsela}} durante {on, plural, one {# hora} other {# horas}} y después {many, select, yes {quíteselos} other {quítesela}} durante {off, plural, one {# hora} other {# horas}}.',
  'pattern.unset': 'Le diremos cuándo {many, select, yes {usarlos} other {usarla}}.',

  'place.notChosen': 'Lado aún sin elegir',
  'place.bothSides': 'Ambos lados',
  'place.rightSide': 'Lado derecho',
  'place.leftSide': 'Lado izquierdo',
  'joints.none': 'No hay articulaciones registradas',
  'joints.sentenceEnd': '. ',
  'joints.side': '{side, select, right {derecho} other {izquierdo}}',
  'joints.limbOne':
    '{joint, select, shoulder {el hombro} elbow {el codo} wrist {la muñeca} hip {la cadera} knee {la rodilla} other {el tobillo}}',
  'joints.limbBoth':
    '{joint, select, shoulder {ambos hombros} elbow {ambos codos} wrist {ambas muñecas} hip {ambas caderas} knee {ambas rodillas} other {ambos tobillos}}',
  'joints.limbsBoth': '{joints}',
  'joints.limbsSide': '{joints} del lado {side}',
  'joints.thumbPart':
    '{part, select, cmc {la base} mcp1 {el nudillo} other {la articulación de la punta}}',
  'joints.thumbBoth': '{parts} de ambos pulgares',
  'joints.thumbSide': '{parts} del pulgar del lado {side}',
  'joints.fingerJoint':
    '{family, select, mcp {{count, plural, one {el nudillo} other {los nudillos}}} pip {{count, plural, one {la articulación media} other {las articulaciones medias}}} other {{count, plural, one {la articulación de la punta} other {las articulaciones de la punta}}}}',
  'joints.finger': '{finger, select, 2 {índice} 3 {medio} 4 {anular} other {meñique}}',
  'joints.allFingersBoth': '{joint} de los cuatro dedos de ambas manos',
  'joints.allFingersSide': '{joint} de los cuatro dedos de la mano del lado {side}',
  'joints.fingersBoth':
    '{joint} {count, plural, one {del dedo} other {de los dedos}} {fingers} de ambas manos',
  'joints.fingersSide':
    '{joint} {count, plural, one {del dedo} other {de los dedos}} {fingers} del lado {side}',
  'joints.ballsBoth': 'la parte delantera de ambos pies',
  'joints.ballSide': 'la parte delantera del pie del lado {side}',

  'equipment.heading': 'Ayudas para las tareas diarias',
  'equipment.forYou': 'Para usted: {reason}',

  'rest.heading': 'Descanso y ritmo',
  'rest.breakPattern': 'Su forma de hacer pausas:',
  'rest.breakRule':
    'Haga una pausa de {rest, plural, one {# minuto} other {# minutos}} después de cada {every, plural, one {# minuto} other {# minutos}} de actividad. Pare antes de sentirse cansado o dolorido, no después.',
  'rest.yourDay': 'Su día',
  'rest.blockUntil': '{start} a {end}',
  'rest.block': '{n}. {time}: {what}',
  'rest.restBlock': 'Descanso. {label}',
  'rest.timelineAlt':
    'Su día en una línea de tiempo de {from} a {to}: {busy, plural, one {# actividad} other {# actividades}} y {rests, plural, one {# descanso} other {# descansos}}, en la lista de abajo.',
  'rest.energyHeading': 'Formas de ahorrar energía',
  'rest.energyPsVersusArthritis': 'Usamos las 4 P de Versus Arthritis: {names}.',
  'rest.energyPs': 'Usamos las {count} P: {names}.',
  'rest.energyPsSome':
    'Usamos las 4 P de Versus Arthritis: {names}. Aquí tiene las que son para usted.',
  'rest.energyPsCountSome': 'Usamos las {count} P: {names}. Aquí tiene las que son para usted.',
  'rest.p':
    '{p, select, plan {planificar} pace {pausar el ritmo} prioritise {priorizar} position {posición} problemSolve {resolver problemas} other {parar}}',

  'principles.heading': 'Formas de proteger sus articulaciones',
  'principles.yourExample': 'Su ejemplo:',
  'goals.headingOne': 'Su objetivo',
  'goals.headingMany': 'Sus objetivos',
  'clinic.nextCheck': 'Su próxima revisión:',
  'clinic.nextCheckText': '{date}. {bring}',
  'clinic.bringAll': 'Traiga este plan y sus férulas o soportes.',
  'clinic.bringPlan': 'Traiga este plan.',
  'clinic.yourTherapist': 'Su terapeuta:',
  'clinic.therapist': '{therapist}.',
  'clinic.therapistAt': '{therapist}, {clinic}.',
  'clinic.therapistReach': '{therapist}: {reach}.',
  'clinic.therapistAtReach': '{therapist}, {clinic}: {reach}.',
  'clinic.phone': 'teléfono {phone}',
  'clinic.reachSeparator': '. ',
  'clinic.label': '{name}:',
  'clinic.clinic': 'Clínica',

  'wearLog.heading': 'Mi semana con la férula',
  'wearLog.tickOnce': 'Marque una casilla cada vez que la haya usado como se le indicó.',
  'wearLog.weekStarting': 'Semana que empieza el: ______________________',
  'wearLog.flare': 'Hoy tuve un brote',
  'wearLog.splintColumn': 'Férula',
  'wearLog.whenColumn': 'Cuándo',
  'wearLog.day': 'Día',
  'wearLog.night': 'Noche',
  'wearLog.nightOneHand': 'Noche (una mano)',
  'wearLog.whenYou': 'Cuando {activities}',
  'wearLog.time': 'Vez {n}: {on, plural, one {# hora} other {# horas}} puesta',

  'onePage.for': 'Para:',
  'onePage.splints': 'Mis férulas',
  'onePage.splintsFlare': 'Mis férulas durante este brote',
  'onePage.rest': 'Descanso',
  'onePage.restPattern': '{name}. {description}',
  'onePage.restRule':
    'Haga una pausa de {rest, plural, one {# minuto} other {# minutos}} después de cada {every, plural, one {# minuto} other {# minutos}} de actividad.',
  'onePage.tips': 'Tres cosas para recordar',
  'onePage.questions': '¿Preguntas o problemas?',
  'onePage.call': 'Llame a {clinic} al {phone}.',
  'onePage.callUs': 'Llámenos al {phone}.',
};

/**
 * A typical plan (one splint, three pieces of equipment, a break rule, two principles, a goal)
 * that the handout worker draws and throws away while the window opens (warm.ts): the first
 * handout a therapist asks for then finds pdfkit's, fontkit's and the layout's code compiled
 * and the common words shaped. Made up; no one's data.
 */
import type { PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';

export const WARM_PLAN: PlanSnapshot = {
  format: 1,
  plan: {
    id: '68ecd240-9f0d-4435-93a8-6a6beed6a7c5',
    version: 1,
    previousId: null,
    finalisedAt: '2026-03-02T09:30:00.000Z',
    finalisedBy: 'Priya Shah, Hand Therapist',
    content: {
      title: 'Your joint protection plan',
      planDate: '2026-03-02',
      therapist: 'Priya Shah, Hand Therapist',
      affectedJoints: [
        { joint: 'wrist', side: 'right' },
        { joint: 'mcp2', side: 'right' },
        { joint: 'mcp3', side: 'right' },
      ],
      goals: [{ text: 'Open jars and make a cup of tea without wrist pain', icfCode: 'd630' }],
      reviewDate: '2026-04-13',
      orthoses: [
        {
          catalogueId: 'orthosis.resting-hand',
          side: 'right',
          joints: ['wrist', 'mcp2', 'mcp3'],
          schedule: {
            usual: { type: 'night' },
            flare: { type: 'continuous' },
            stable: null,
            hoursPerDay: 8,
            startDate: '2026-03-02',
          },
          precautions: 'Take it off if your fingers feel cold or look pale.',
          notes: 'Loosen the middle strap if your hand swells in the night.',
        },
      ],
      equipment: [
        {
          catalogueId: 'equipment.jar-opener',
          reason: 'You told us opening jars is the hardest job in your kitchen.',
        },
        { catalogueId: 'equipment.kettle-tipper', reason: null },
        { catalogueId: 'equipment.built-up-cutlery', reason: null },
      ],
      rest: {
        breakRule: { restMinutes: 5, everyMinutes: 30 },
        timetable: [],
        strategies: [],
        energyPs: 'four-ps',
      },
      principles: [
        {
          catalogueId: 'principle.respect-pain',
          example: 'Stop gardening when your wrist starts to ache.',
        },
        { catalogueId: 'principle.spread-the-load', example: null },
      ],
    },
  },
  patient: {
    id: '31dec3cd-ca53-4cd9-84ae-554c10faca94',
    givenName: 'Sam',
    familyName: 'Sample',
    preferredName: null,
    dateOfBirth: '1958-11-20',
    chartNumber: 'WARM-UP',
  },
  catalogue: {
    'equipment.built-up-cutlery': {
      kind: 'equipment',
      name: 'Thick-handled cutlery',
      activity: 'eating',
      helpsWith: 'Thick handles are easier to hold. You do not have to grip so hard.',
      howTo: 'Hold it loosely in your whole hand. Do not pinch it with your fingertips.',
      icon: 'utensils',
    },
    'equipment.jar-opener': {
      kind: 'equipment',
      name: 'Jar opener',
      activity: 'kitchen',
      helpsWith: 'It grips the lid for you, so you do not have to twist hard with your hand.',
      howTo:
        'If it is made to go under a shelf, screw it there. If not, put it on a non-slip mat. Turn the jar with your palm flat.',
      icon: 'cookie',
    },
    'equipment.kettle-tipper': {
      kind: 'equipment',
      name: 'Kettle tipper',
      activity: 'kitchen',
      helpsWith: 'It holds the kettle so you can tip it to pour. You do not have to lift it.',
      howTo:
        'Put in only the water you need. Fill the kettle with a jug or a small cup. Tip it with your palm, not your fingers.',
      icon: 'coffee',
    },
    'orthosis.resting-hand': {
      kind: 'orthosis',
      name: 'Night hand splint (resting hand splint)',
      orthosisType: 'resting-hand',
      fitsJoints: ['wrist', 'mcp', 'pip', 'dip', 'cmc', 'ip'],
      purpose:
        'It holds your wrist and fingers still in a good, relaxed position. This rests sore joints and can ease pain.',
      defaultSchedule: {
        usual: { type: 'night' },
        flare: {
          type: 'custom',
          text: 'Wear it at night. Also wear it when you sit or lie down to rest in the day.',
        },
        stable: null,
        hoursPerDay: null,
        startDate: null,
      },
      care: [
        'Wash it with mild soap and lukewarm water. Dry it well.',
        'Keep it away from heat. Heat can bend it. Keep it away from hot-water bottles, electric blankets, heat pads, radiators, sunny windows, hot cars, hot water and hair dryers.',
        'Wash the straps by hand when they get dirty.',
        'Do not cut or bend it yourself. Ask us to change it.',
      ],
      warningSigns: [
        'Pain that is new, or worse when you wear it',
        'Numbness or tingling, like pins and needles',
        'Swelling in your hand or fingers',
        'A red mark that is still there after you take it off',
        'Rubbing, a blister or a sore',
      ],
      icon: 'moon',
    },
    'principle.respect-pain': {
      kind: 'principle',
      title: 'Listen to your pain',
      explanation:
        'Stop and rest when a task makes your pain worse. If you still hurt an hour later, do it a new way next time: do less, take more breaks, or use a tool.',
      examples: {
        foot: 'If your feet throb after a trip to the shops, sit down for a break half way.',
        hand: 'If your fingers ache for hours after you knit, knit for a shorter time, or stop for breaks.',
        'hip-knee':
          'If your knees hurt for the rest of the day after a long walk, walk for less time and rest on a bench.',
        wrist: 'If your wrists hurt long after you clean the windows, do one window a day.',
      },
      icon: 'triangle-alert',
    },
    'principle.spread-the-load': {
      kind: 'principle',
      title: 'Spread the load and use your strongest joints',
      explanation:
        'Use bigger, stronger joints to do the work, and use both hands when you can. This puts less strain on the small joints in your fingers.',
      examples: {
        back: 'Carry a light backpack on both shoulders, not a heavy bag on one side.',
        'elbow-shoulder': 'Push a heavy door open with your shoulder or side, not your fingers.',
        hand: 'Carry a bag over your forearm or shoulder, not hooked on your fingers.',
        wrist: 'Hold a plate or a tray with both palms flat under it, not by the edge.',
      },
      icon: 'scale',
    },
  },
  safety: {
    getHelp: [
      {
        urgency: 'emergency',
        sign: 'A swollen, hot or painful calf, or you are suddenly short of breath',
        action: 'Call an ambulance now.',
        phone: '911',
      },
      {
        urgency: 'same-day',
        sign: 'Neck pain with pins and needles or weakness in both arms or your legs, or you lose your balance',
        action: 'See a doctor today.',
        phone: null,
      },
      {
        urgency: 'same-day',
        sign: 'One joint that suddenly gets hot, red and very sore, or a fever, or you feel very ill. Take extra care if you take steroids or other drugs that weaken your defences.',
        action: 'Call your doctor today.',
        phone: null,
      },
      {
        urgency: 'few-days',
        sign: 'A finger or thumb that suddenly will not straighten or bend',
        action: 'Call us within a few days. It is best fixed early.',
        phone: null,
      },
      {
        urgency: 'clinic',
        sign: 'A flare that has not settled after a few days',
        action: 'Call your advice line.',
        phone: null,
      },
      {
        urgency: 'clinic',
        sign: 'New numbness at night in your thumb and first fingers',
        action: 'Tell us when you next call or come in.',
        phone: null,
      },
    ],
    drivingNote: 'Check with your insurer before you drive while you wear it.',
    splintCare: [
      {
        text: 'Do up the straps so they are snug, not tight. You should be able to slide a finger under each strap.',
        strappedOnly: true,
      },
      {
        text: 'Start with short times, as we showed you. Wear {it} a little longer each day.',
        strappedOnly: false,
      },
      {
        text: 'Each time you take {it} off, look at your skin. Look for red marks, blisters or sore spots, most of all over bony parts.',
        strappedOnly: false,
      },
      {
        text: 'If the {noun} crack{s}, break{s} or lose{s} {its} shape, stop wearing {it} and call us.',
        strappedOnly: false,
      },
      { text: 'Bring the {noun} with you each time you come to see us.', strappedOnly: false },
    ],
    splintWarnings: [
      {
        text: '{Part} that look pale, white or blue, or feel cold. Take {it} off at once.',
        strappedOnly: false,
      },
      {
        text: 'An itchy rash where the {noun} touch{es} your skin. It may be an allergy to the material.',
        strappedOnly: false,
      },
    ],
  },
};

import rs from 'text-readability';
import { describe, expect, it } from 'vitest';
import {
  defaultGetHelp,
  DEFAULT_DRIVING_NOTE,
  getHelpInOrder,
  HELP_URGENCIES,
  SHARED_SPLINT_CARE,
  SHARED_SPLINT_WARNINGS,
} from '../../shared/domain/handout-safety.ts';
import { defaultSettings, settingsFields } from '../../shared/domain/settings.ts';

describe('the safety wording JointPlan suggests', () => {
  const texts = [
    ...defaultGetHelp().flatMap((l) => [l.sign, l.action]),
    ...[...SHARED_SPLINT_CARE, ...SHARED_SPLINT_WARNINGS].map((l) =>
      l.text.replace(/\{[A-Za-z]+\}/g, (t) => (t === '{s}' || t === '{es}' ? '' : 'it')),
    ),
    DEFAULT_DRIVING_NOTE,
  ];

  it('reads at grade 6 or below', () => {
    const hard = texts.filter((t) => rs.lexiconCount(t) >= 4 && rs.fleschKincaidGrade(t) > 6);
    expect(hard).toEqual([]);
  });

  it('starts with the clot and breathing line, and every line says what to do', () => {
    const lines = getHelpInOrder(defaultGetHelp());
    expect(lines[0]?.sign).toMatch(/calf.*short of breath/);
    expect(lines.map((l) => HELP_URGENCIES.indexOf(l.urgency))).toEqual(
      [...lines.map((l) => HELP_URGENCIES.indexOf(l.urgency))].sort((a, b) => a - b),
    );
    for (const l of lines) expect(l.action).toMatch(/call|see|tell|go/i);
  });

  it('sorts a clinic’s lines most urgent first, keeping their order within a level', () => {
    const [a, b, c] = [
      { urgency: 'clinic' as const, sign: 'A', action: 'Call us.', phone: null },
      { urgency: 'emergency' as const, sign: 'B', action: 'Call 911.', phone: null },
      { urgency: 'clinic' as const, sign: 'C', action: 'Call us.', phone: null },
    ];
    expect(getHelpInOrder([a, b, c]).map((l) => l.sign)).toEqual(['B', 'A', 'C']);
  });

  it('is in the default settings, which the settings schema accepts', () => {
    expect(settingsFields.getHelp.safeParse(defaultSettings().getHelp).success).toBe(true);
    expect(defaultSettings().getHelp.length).toBeGreaterThan(4);
  });
});

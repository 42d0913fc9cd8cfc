import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../field-errors.ts';
import { sessionOutcomeSchema, type SessionOutcomeInput } from './session.ts';
import { gripRecord, type VisitMeasuresInput } from './visit-measures.ts';
import { findClash, slotText, visitSlotSchema, type TimedVisit } from './visit-slot.ts';

const noMeasures: VisitMeasuresInput = {
  painNow: null,
  morningStiffnessMinutes: null,
  gripLeftKg: [null, null, null],
  gripRightKg: [null, null, null],
  splintAdherence: [],
  activities: [],
  goals: [],
  custom: [],
};

const outcome = (measures: Partial<VisitMeasuresInput>): SessionOutcomeInput => ({
  pain: null,
  adherence: null,
  checklist: [],
  notes: '',
  changes: '',
  measures: { ...noMeasures, ...measures },
});

/** The one message per field the form would show, for an outcome. */
function errorsOf(input: SessionOutcomeInput): Record<string, string> {
  const result = sessionOutcomeSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('visit measures', () => {
  it('accepts a visit with every measure left empty, and one with each filled in', () => {
    expect(errorsOf(outcome({}))).toEqual({});
    expect(
      errorsOf(
        outcome({
          painNow: 3,
          morningStiffnessMinutes: 45,
          gripLeftKg: [18.5, 20, 19],
          gripRightKg: [22, null, null],
          splintAdherence: [{ splint: 'Resting hand splint (right)', days: 7 }],
          activities: [{ activity: 'Opening jars', score: 4 }],
          goals: [{ goal: 'Open jars without pain', score: -1 }],
        }),
      ),
    ).toEqual({});
  });

  it('names the field of each value out of range', () => {
    expect(errorsOf(outcome({ gripRightKg: [300, null, null] }))).toEqual({
      'measures.gripRightKg.0': 'Grip strength, right hand must be from 0 to 90 kg',
    });
    expect(errorsOf(outcome({ morningStiffnessMinutes: -5 }))).toEqual({
      'measures.morningStiffnessMinutes': 'Morning stiffness must be from 0 to 1440 minutes',
    });
    expect(errorsOf(outcome({ splintAdherence: [{ splint: 'Thumb spica', days: 9 }] }))).toEqual({
      'measures.splintAdherence.0.days': 'Days worn as planned must be from 0 to 7 days',
    });
    expect(errorsOf(outcome({ painNow: 11 }))).toEqual({
      'measures.painNow': 'Pain now must be from 0 to 10',
    });
    expect(errorsOf(outcome({ goals: [{ goal: 'Garden', score: 3 }] }))).toEqual({
      'measures.goals.0.score': 'Goal attainment must be from -2 to 2',
    });
    expect(errorsOf(outcome({ activities: [{ activity: 'Knitting', score: 2.5 }] }))).toEqual({
      'measures.activities.0.score': 'Activity rating must be a whole number',
    });
  });

  it('keeps the grip tries entered and their mean to one decimal place', () => {
    expect(gripRecord([18.5, 20, 19])).toEqual({ tries: [18.5, 20, 19], meanKg: 19.2 });
    expect(gripRecord([null, 21, null])).toEqual({ tries: [21], meanKg: 21 });
    expect(gripRecord([null, null, null])).toBeNull();
  });
});

describe('visit times and clashes', () => {
  const at = (id: string, startTime: string, durationMinutes = 45, date = '2026-03-09') =>
    ({
      id,
      sessionDate: date,
      slot: { startTime, durationMinutes, place: 'clinic' },
    }) satisfies TimedVisit;

  it('refuses a time that is not a time of day and a duration out of range', () => {
    const bad = visitSlotSchema.safeParse({
      startTime: '25:00',
      durationMinutes: 0,
      place: 'moon',
    });
    expect(bad.success ? {} : fieldErrors(bad.error)).toEqual({
      startTime: 'Time must be a time of day, like 09:30',
      durationMinutes: 'Duration must be from 5 to 480 minutes',
      place: 'Choose where the visit takes place',
    });
  });

  it('finds a visit overlapping in time on the same day, and nothing else', () => {
    const others = [at('a', '09:00', 60), at('b', '11:00', 30), at('c', '09:30', 60, '2026-03-10')];
    expect(findClash(at('new', '09:30'), others)?.id).toBe('a');
    expect(findClash(at('new', '10:45', 30), others)?.id).toBe('b');
    // Back to back is not a clash, nor is another day, nor the visit itself.
    expect(findClash(at('new', '10:00', 60), others)).toBeNull();
    expect(findClash(at('a', '09:15'), others)).toBeNull();
    expect(findClash({ id: 'x', sessionDate: '2026-03-09', slot: null }, others)).toBeNull();
    expect(
      findClash(at('new', '09:00'), [{ id: 'old', sessionDate: '2026-03-09', slot: null }]),
    ).toBeNull();
  });

  it('writes a slot as its start and end', () => {
    expect(slotText({ startTime: '09:30', durationMinutes: 45, place: 'video' })).toBe(
      '09:30–10:15',
    );
  });
});

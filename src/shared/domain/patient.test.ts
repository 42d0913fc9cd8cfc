import { describe, expect, it } from 'vitest';
import { localToday } from './dates.ts';
import {
  emptyPatientInput,
  patientInputSchema,
  displayName,
  type PatientInput,
} from './patient.ts';

function input(overrides: Partial<PatientInput> = {}): PatientInput {
  return { ...emptyPatientInput(), givenName: 'Ada', familyName: 'Lovelace', ...overrides };
}

/** The first message zod gives for a field, as the form would show it. */
function messageFor(raw: unknown, field: string): string | undefined {
  const result = patientInputSchema.safeParse(raw);
  if (result.success) return undefined;
  return result.error.issues.find((i) => i.path.join('.') === field)?.message;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('patientInputSchema', () => {
  it('accepts a minimal patient and stores empty optional fields as null', () => {
    const parsed = patientInputSchema.parse(input());
    expect(parsed).toEqual({
      givenName: 'Ada',
      familyName: 'Lovelace',
      preferredName: null,
      dateOfBirth: null,
      chartNumber: null,
      diagnosis: null,
      diseaseStage: null,
      affectedJoints: [],
      phone: null,
      notes: '',
      handoutLanguage: null,
    });
  });

  it('trims names', () => {
    const parsed = patientInputSchema.parse(
      input({ givenName: '  Zoë ', familyName: ' Ødegård  ' }),
    );
    expect(parsed.givenName).toBe('Zoë');
    expect(parsed.familyName).toBe('Ødegård');
  });

  it('requires given and family names, with a message naming the field', () => {
    expect(messageFor(input({ givenName: '' }), 'givenName')).toBe('Given name is required');
    expect(messageFor(input({ familyName: '   ' }), 'familyName')).toBe('Family name is required');
    const { givenName: _omitted, ...missing } = input();
    expect(messageFor(missing, 'givenName')).toBe('Given name is required');
  });

  it('limits name length', () => {
    expect(patientInputSchema.safeParse(input({ familyName: 'x'.repeat(100) })).success).toBe(true);
    expect(messageFor(input({ familyName: 'x'.repeat(101) }), 'familyName')).toBe(
      'Family name must be 100 characters or fewer',
    );
  });

  describe('date of birth', () => {
    it('accepts a real past date and today', () => {
      expect(patientInputSchema.parse(input({ dateOfBirth: '1956-03-03' })).dateOfBirth).toBe(
        '1956-03-03',
      );
      expect(patientInputSchema.parse(input({ dateOfBirth: localToday() })).dateOfBirth).toBe(
        localToday(),
      );
    });

    it('treats an empty date as no date', () => {
      expect(patientInputSchema.parse(input({ dateOfBirth: '' })).dateOfBirth).toBeNull();
      expect(patientInputSchema.parse(input({ dateOfBirth: null })).dateOfBirth).toBeNull();
    });

    it('rejects a date in the future', () => {
      expect(messageFor(input({ dateOfBirth: addDays(localToday(), 2) }), 'dateOfBirth')).toBe(
        'Date of birth cannot be in the future',
      );
    });

    it('rejects a date before 1900', () => {
      expect(patientInputSchema.safeParse(input({ dateOfBirth: '1900-01-01' })).success).toBe(true);
      expect(messageFor(input({ dateOfBirth: '1899-12-31' }), 'dateOfBirth')).toBe(
        'Date of birth must be in 1900 or later',
      );
    });

    it('rejects dates that are not on the calendar or not YYYY-MM-DD', () => {
      for (const bad of [
        '2023-02-30',
        '2023-13-01',
        '2023-04-31',
        '03/03/1956',
        '1956-3-3',
        'yesterday',
      ]) {
        expect(messageFor(input({ dateOfBirth: bad }), 'dateOfBirth'), bad).toBe(
          'Enter the date of birth as a real date',
        );
      }
      expect(patientInputSchema.safeParse(input({ dateOfBirth: '2024-02-29' })).success).toBe(true);
    });
  });

  it('accepts phone numbers written in common ways and rejects other text', () => {
    for (const ok of ['+44 (0)20 7946 0958', '555-0123', '030/1234567', '+1 555.010.9999 x12']) {
      expect(patientInputSchema.safeParse(input({ phone: ok })).success, ok).toBe(true);
    }
    for (const bad of ['call her daughter', '555-0123 #2', '٠١٢٣']) {
      expect(messageFor(input({ phone: bad }), 'phone'), bad).toBe(
        'Phone can contain only digits, spaces and + ( ) - . /',
      );
    }
  });

  it('rejects line breaks and control characters in one-line fields', () => {
    expect(messageFor(input({ givenName: 'Ann\nMarie' }), 'givenName')).toBe(
      'Given name cannot contain line breaks or control characters',
    );
    expect(messageFor(input({ familyName: 'Smi\u0000th' }), 'familyName')).toBe(
      'Family name cannot contain line breaks or control characters',
    );
    expect(messageFor(input({ chartNumber: 'A\u0007B' }), 'chartNumber')).toBe(
      'Chart number cannot contain line breaks or control characters',
    );
    expect(messageFor(input({ diagnosis: 'RA\u2028OA' }), 'diagnosis')).toBe(
      'Diagnosis cannot contain line breaks or control characters',
    );
    expect(messageFor(input({ preferredName: 'Bo\u009b' }), 'preferredName')).toBeDefined();
  });

  it('allows line breaks and tabs in notes but not other control characters', () => {
    const parsed = patientInputSchema.parse(
      input({ notes: 'Line one\r\n\tLine two\rLine three\n\n' }),
    );
    expect(parsed.notes).toBe('Line one\n\tLine two\nLine three');
    expect(messageFor(input({ notes: 'bell\u0007' }), 'notes')).toBe(
      'Notes cannot contain control characters',
    );
  });

  it('accepts notes of 10,000 characters and rejects 10,001', () => {
    expect(patientInputSchema.parse(input({ notes: 'n'.repeat(10_000) })).notes).toHaveLength(
      10_000,
    );
    expect(messageFor(input({ notes: 'n'.repeat(10_001) }), 'notes')).toBe(
      'Notes must be 10,000 characters or fewer',
    );
  });

  it('rejects a disease stage not on the list', () => {
    expect(patientInputSchema.parse(input({ diseaseStage: 'stable' })).diseaseStage).toBe('stable');
    expect(messageFor(input({ diseaseStage: 'remission' as never }), 'diseaseStage')).toBe(
      'Choose a disease stage from the list',
    );
  });

  it('rejects unknown keys', () => {
    const result = patientInputSchema.safeParse({ ...input(), nhsNumber: '943 476 5919' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('displayName', () => {
  it('shows family name first and a different preferred name in brackets', () => {
    expect(displayName({ givenName: 'Margaret', familyName: 'Ng', preferredName: 'Peggy' })).toBe(
      'Ng, Margaret (Peggy)',
    );
    expect(
      displayName({ givenName: 'Margaret', familyName: 'Ng', preferredName: 'Margaret' }),
    ).toBe('Ng, Margaret');
    expect(displayName({ givenName: 'Margaret', familyName: 'Ng', preferredName: null })).toBe(
      'Ng, Margaret',
    );
  });
});

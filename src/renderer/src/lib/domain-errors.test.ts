import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { emptyPatientInput, patientInputSchema } from '../../../shared/domain/patient.ts';
import { visitMeasuresSchema } from '../../../shared/domain/visit-measures.ts';
import { UI_LOCALES } from '../i18n/locales.ts';
import { FIELD_LABELS, FIXED } from './domain-error-messages.ts';
import { domainErrorText } from './domain-errors.ts';

const spanish = createIntl({ locale: 'es', messages: UI_LOCALES.es.messages });
const english = createIntl({ locale: 'en-GB', messages: UI_LOCALES.en.messages });

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('validation messages from the shared schemas', () => {
  it('read in Spanish on Spanish screens, field names and numbers included', () => {
    const patient = messagesOf(
      patientInputSchema.safeParse({
        ...emptyPatientInput(),
        givenName: '',
        familyName: 'x'.repeat(200),
        dateOfBirth: '2999-01-01',
      }),
    );
    expect(patient.length).toBeGreaterThanOrEqual(3);
    const shown = patient.map((m) => domainErrorText(spanish, m));
    expect(shown).toContain('Nombre: campo obligatorio');
    expect(shown.some((m) => /^Apellidos: debe tener \d+ caracteres o menos$/.test(m))).toBe(true);
    expect(shown).toContain('La fecha de nacimiento no puede ser futura');

    const visit = messagesOf(
      visitMeasuresSchema.safeParse({ painNow: 11, morningStiffnessMinutes: 2000 }),
    );
    const shownVisit = visit.map((m) => domainErrorText(spanish, m));
    expect(shownVisit).toContain('Dolor ahora: debe estar entre 0 y 10');
    expect(shownVisit).toContain('Rigidez matutina: debe estar entre 0 y 1440 minutos');
  });

  it('stay exactly as the schema wrote them on English screens', () => {
    const message = 'Given name is required';
    expect(domainErrorText(english, message)).toBe(message);
  });

  it('stay whole in English when unknown, never half translated', () => {
    expect(domainErrorText(spanish, 'Zorblax is required')).toBe('Zorblax is required');
    expect(domainErrorText(spanish, 'Something new went wrong')).toBe('Something new went wrong');
  });
});

/** Every source file of the shared domain, to check the tables against what it says. */
const domainSource = Object.entries(
  import.meta.glob<string>('../../../shared/domain/*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
)
  .filter(([file]) => !file.endsWith('.test.ts'))
  .map(([, text]) => text)
  .join('\n');

it('knows every field name the schemas put in their messages', () => {
  const helpers =
    /\b(?:requiredLine|anyLine|optionalLine|multiLineText|wellFormed|mustBePrintable|dateSchema|requiredIn|optionalDate|textList|wholeFromTo|nrs)\((?:mode, |\s*)'([^']+)'/g;
  const labels = new Set([...domainSource.matchAll(helpers)].map((m) => m[1]));
  expect(labels.size).toBeGreaterThan(30);
  const missing = [...labels].filter((label) => label && !Object.hasOwn(FIELD_LABELS, label));
  expect(missing).toEqual([]);
});

it('has no translation for a message the schemas no longer give', () => {
  const gone = Object.keys(FIXED).filter((english) => !domainSource.includes(english));
  expect(gone).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { formFieldErrors } from './form-errors.ts';

describe('formFieldErrors', () => {
  it('maps boundary paths under the prefix onto form fields', () => {
    expect(
      formFieldErrors(
        {
          'patient.givenName': 'Given name is required',
          'patient.affectedJoints.0.side': 'Side must be right or left',
        },
        'patient',
      ),
    ).toEqual([
      ['givenName', 'Given name is required'],
      ['affectedJoints.0.side', 'Side must be right or left'],
    ]);
  });

  it('keeps plain field names from the app API and drops paths the form does not hold', () => {
    expect(
      formFieldErrors(
        { chartNumber: 'Taken', id: 'Bad id', 'other.x': 'No', '(input)': 'Bad' },
        'patient',
      ),
    ).toEqual([
      ['chartNumber', 'Taken'],
      ['id', 'Bad id'],
    ]);
  });

  it('gives a form that is the whole request every path, nested ones too', () => {
    expect(
      formFieldErrors({ 'slot.startTime': 'Clash', sessionDate: 'Bad', '(input)': 'x' }, ''),
    ).toEqual([
      ['slot.startTime', 'Clash'],
      ['sessionDate', 'Bad'],
    ]);
  });
});

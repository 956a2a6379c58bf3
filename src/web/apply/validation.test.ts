import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.ts';
import { applyText } from './text.ts';
import {
  firstStepWithError,
  problemFieldErrors,
  todayIn,
  validateAnswers,
  validateDetails,
  validateMedications,
} from './validation.ts';

const t = applyText('en');
const nlT = applyText('nl');
const ok = {
  givenName: 'Anna',
  familyName: 'de Vries',
  email: 'anna@example.org',
  dateOfBirth: '1984-03-12',
  language: 'nl',
};

describe('the application form checks', () => {
  it('accepts a complete applicant', () => {
    expect(validateDetails(ok, '2026-12-06', t)).toEqual({});
  });

  it('names every wrong field at once, in plain words', () => {
    const errors = validateDetails(
      { givenName: ' ', familyName: '', email: 'anna@', dateOfBirth: '2010-01-01', language: '' },
      '2026-12-06',
      t,
    );
    expect(errors).toEqual({
      givenName: 'Enter your first name.',
      familyName: 'Enter your last name.',
      email: 'Enter an email address like name@example.com.',
      dateOfBirth: 'You must be 18 or older to apply.',
      language: 'Choose a language.',
    });
  });

  it('checks the date of birth as the server does', () => {
    const dob = (v: string) => validateDetails({ ...ok, dateOfBirth: v }, '2026-12-06', nlT).dateOfBirth;
    expect(dob('')).toBe('Vul uw geboortedatum in.');
    expect(dob('2026-02-30')).toBe('Vul een bestaande datum in, zoals 21-03-1985.');
    expect(dob('2027-01-01')).toBe('Uw geboortedatum kan niet in de toekomst liggen.');
    expect(dob('2008-12-06')).toBeUndefined();
    expect(dob('2008-12-07')).toBe('U moet 18 jaar of ouder zijn om u aan te melden.');
    expect(dob('1890-01-01')).toBe('Controleer het jaar van uw geboortedatum.');
  });

  it('wants an answer to every question and a name for every medicine row', () => {
    expect(validateAnswers(['lithium', 'maoi'], { lithium: 'no' }, t)).toEqual({
      'answers.maoi': 'Choose an answer.',
    });
    expect(validateMedications([{ name: 'sertraline', dose: '', frequency: '' }], t)).toEqual({});
    expect(validateMedications([{ name: ' ', dose: '50 mg', frequency: '' }], t)).toEqual({
      'medications.0.name': "Enter the medicine's name, or remove this row.",
    });
  });

  it("maps the server's problem+json fields to the form's words and sections", () => {
    const error = new ApiError({
      status: 400,
      title: 'Invalid request',
      fieldErrors: [
        { field: 'dateOfBirth', message: 'applicants must be at least 18 years old' },
        { field: 'answers.lithium', message: 'is required' },
        { field: 'medications.2.name', message: 'is required' },
        { field: 'website', message: 'must NOT have more than 500 characters' },
      ],
    });
    const errors = problemFieldErrors(error, t);
    expect(errors).toEqual({
      dateOfBirth: 'You must be 18 or older to apply.',
      'answers.lithium': 'Choose an answer.',
      'medications.2.name': "Enter the medicine's name, or remove this row.",
      website: 'Check this field.',
    });
    expect(firstStepWithError(errors)).toBe('details');
    expect(firstStepWithError({ 'medications.0.name': 'x', 'answers.a': 'y' })).toBe('health');
    expect(problemFieldErrors(new ApiError({ status: 429, title: 'Too many' }), t)).toEqual({});
  });

  it("reads today's date in the organization's zone", () => {
    expect(todayIn('Europe/Amsterdam', new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(todayIn('America/New_York', new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-06');
  });
});

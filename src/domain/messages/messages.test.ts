import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { INSTRUMENTS } from '../instruments/registry.ts';
import { isDayBefore, localDay, nextMorning, sessionReminderDue } from './days.ts';
import { defaultTemplate } from './defaults.ts';
import { formatWhen, questionnaireList } from './format.ts';
import { allowedPlaceholders, KIND_SPECS, MESSAGE_KINDS, MESSAGE_LANGUAGES } from './kinds.ts';
import { placeholdersIn, renderMessage, validateTemplate } from './render.ts';

const values = {
  clientName: 'Sam',
  organization: 'Zonnehuis',
  portalLink: 'https://t.example/portal',
  consentLink: 'https://t.example/portal/consent',
  program: 'Ketamine for depression',
  session: 'Dosing session 1',
  place: 'Room Oak',
  date: 'Thursday 12 March 2026',
  time: '10:00',
  timezone: 'Central European Time',
  previousDate: 'Wednesday 11 March 2026',
  previousTime: '09:00',
  document: 'Consent v2',
  documentText: 'The text.',
  sessions: 'Dosing session 1\nThursday …',
  questionnaires: 'PHQ-9, baseline — open until …\nhttps://t.example/p/abc',
  deadline: 'Thursday 12 March 2026 10:00 (Central European Time)',
  startDate: 'Monday 6 April 2026',
  offerLink: 'https://t.example/apply/offer#abc',
  dueDate: 'Wednesday 1 April 2026',
  amount: '€1,300.00',
  paymentInstructions: 'Pay through the link in the email with your offer.',
};

const fieldError = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.fields[0];
  }
  return undefined;
};

describe('the built-in client messages', () => {
  it.each(MESSAGE_LANGUAGES.flatMap((l) => MESSAGE_KINDS.map((k) => [k, l] as const)))(
    '%s in %s is valid and fills every placeholder',
    (kind, lang) => {
      const t = defaultTemplate(kind, lang);
      expect(validateTemplate(kind, t)).toEqual(t);
      const m = renderMessage(t, values);
      for (const text of [m.subject, m.preview, m.body]) expect(text).not.toMatch(/\{\{/);
    },
  );

  it('never name an instrument, a treatment or a place in a subject or preview', () => {
    const names = INSTRUMENTS.flatMap((i) => [i.shortName, i.name]);
    for (const lang of MESSAGE_LANGUAGES)
      for (const kind of MESSAGE_KINDS) {
        const m = renderMessage(defaultTemplate(kind, lang), values);
        for (const text of [m.subject, m.preview]) {
          for (const n of names) expect(text).not.toContain(n);
          for (const secret of [values.program, values.session, values.place, values.questionnaires])
            expect(text).not.toContain(secret);
        }
      }
  });

  it('speak Dutch in Dutch and English in English', () => {
    expect(renderMessage(defaultTemplate('questionnaires', 'nl'), values).subject).toBe(
      'Uw check-in van Zonnehuis',
    );
    expect(renderMessage(defaultTemplate('questionnaires', 'en'), values).subject).toBe(
      'Your check-in from Zonnehuis',
    );
    expect(renderMessage(defaultTemplate('session-booked', 'nl'), values).body).toContain(
      'Thursday 12 March 2026 om 10:00 (Central European Time)\nPlaats: Room Oak',
    );
  });
});

describe('an organization template', () => {
  const base = defaultTemplate('session-booked', 'en');

  it('is refused with the field named for an unknown placeholder', () => {
    expect(
      fieldError(() => validateTemplate('session-booked', { ...base, body: 'Hi {{nmae}} {{date}}' })),
    ).toMatchObject({
      field: 'body',
      message: expect.stringContaining('unknown placeholder {{nmae}}'),
    });
  });

  it('may not put a private placeholder in the subject or preview', () => {
    expect(
      fieldError(() => validateTemplate('session-booked', { ...base, subject: 'Your {{session}}' }))?.field,
    ).toBe('subject');
    expect(
      fieldError(() =>
        validateTemplate('questionnaires', {
          ...defaultTemplate('questionnaires', 'en'),
          preview: '{{questionnaires}}',
        }),
      )?.message,
    ).toMatch(/lock screen/);
  });

  it('must keep the required placeholder, one-line subjects and closed braces', () => {
    expect(
      fieldError(() =>
        validateTemplate('questionnaires', { ...defaultTemplate('questionnaires', 'en'), body: 'Hello' }),
      ),
    ).toMatchObject({ field: 'body', message: 'must contain {{questionnaires}}' });
    expect(fieldError(() => validateTemplate('session-booked', { ...base, subject: 'a\nb' }))?.field).toBe(
      'subject',
    );
    expect(
      fieldError(() => validateTemplate('session-booked', { ...base, preview: 'on {{date' }))?.field,
    ).toBe('preview');
    expect(fieldError(() => validateTemplate('session-booked', { ...base, preview: '  ' }))?.field).toBe(
      'preview',
    );
  });

  it('lists what each field may use', () => {
    expect(allowedPlaceholders('consent', 'subject')).not.toContain('documentText');
    expect(allowedPlaceholders('consent', 'body')).toContain('documentText');
    for (const kind of MESSAGE_KINDS)
      for (const p of KIND_SPECS[kind].required) expect(allowedPlaceholders(kind, 'body')).toContain(p);
    expect(placeholdersIn('{{ a }} {{b1}}')).toEqual(['a', 'b1']);
  });
});

describe('dates in messages', () => {
  it('are 24-hour, in the organization zone, labelled, in the client language', () => {
    const at = '2026-03-12T09:00:00.000Z';
    expect(formatWhen(at, 'Europe/Amsterdam', 'nl')).toEqual({
      date: 'donderdag 12 maart 2026',
      time: '10:00',
      timezone: 'Midden-Europese tijd',
    });
    expect(formatWhen(at, 'Europe/Amsterdam', 'en')).toEqual({
      date: 'Thursday, 12 March 2026',
      time: '10:00',
      timezone: 'Central European Time',
    });
    const list = questionnaireList(
      [{ label: 'PHQ-9, baseline', link: 'https://t/p/x', closesAt: at }],
      'Europe/Amsterdam',
      'nl',
    );
    expect(list).toBe(
      'https://t/p/x\nPHQ-9, baseline — open tot donderdag 12 maart 2026 10:00 (Midden-Europese tijd)',
    );
  });

  it('count days locally', () => {
    // 23:30 UTC on 11 March is already 12 March in Amsterdam.
    expect(localDay('2026-03-11T23:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-03-12');
    expect(nextMorning('2026-03-11T23:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-03-13T07:00:00.000Z');
    expect(isDayBefore('2026-03-13T08:00:00.000Z', '2026-03-12T20:00:00.000Z', 'Europe/Amsterdam')).toBe(
      true,
    );
    expect(isDayBefore('2026-03-13T08:00:00.000Z', '2026-03-11T20:00:00.000Z', 'Europe/Amsterdam')).toBe(
      false,
    );
    // Not at midnight: from 08:00 local on the day before.
    const day = (at: string) => sessionReminderDue('2026-03-13T08:00:00.000Z', at, 'Europe/Amsterdam');
    expect(day('2026-03-11T23:30:00.000Z')).toBe(false);
    expect(day('2026-03-12T07:00:00.000Z')).toBe(true);
    expect(day('2026-03-13T07:00:00.000Z')).toBe(false);
  });
});

/**
 * Alert triggers said in the viewer's language from their code: Dutch words, times in the
 * organization's zone (never "UTC"), numbers with a Dutch decimal comma; an alert without a code,
 * or with one the app cannot say, keeps the server's words. Rendered once through AlertCard too.
 */
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../api/alerts.ts';
import { setOrganizationFormat } from '../i18n/format.ts';
import { i18n } from '../i18n/i18n.ts';
import { AlertCard } from './AlertCard.tsx';
import { alertTrigger } from './trigger.ts';

beforeEach(() => setOrganizationFormat('nl-NL', 'Europe/Amsterdam'));
afterEach(async () => {
  await i18n.changeLanguage('en');
  setOrganizationFormat(null, null);
});

const coded = (
  trigger: string,
  triggerCode: Alert['triggerCode'],
  triggerParams: Alert['triggerParams'],
) => ({
  trigger,
  triggerCode,
  triggerParams,
});

describe('alertTrigger', () => {
  it('says a flag reason in Dutch with its item and value', async () => {
    await i18n.changeLanguage('nl');
    const a = coded('PHQ-9: Item 9 answered 2 (More than half the days)', 'flag-item', {
      instrument: 'PHQ-9',
      flag: 'suicide-risk',
      item: 9,
      value: 2,
    });
    expect(alertTrigger(a)).toBe('PHQ-9: item 9 beantwoord met 2');
    expect(alertTrigger({ ...a, triggerParams: { ...a.triggerParams, importedOn: '2021-03-04' } })).toBe(
      'PHQ-9: item 9 beantwoord met 2. Geïmporteerd uit eerdere dossiers: beantwoord op 04-03-2021, niet nu.',
    );
  });

  it('writes times in the organization zone and numbers with a decimal comma', async () => {
    await i18n.changeLanguage('nl');
    const missed = alertTrigger(
      coded(
        'The check-in due at 19:30 UTC (+30 min) was not answered within its grace period.',
        'home-missed',
        {
          dueAt: '2026-12-06T19:30:00.000Z',
          offsetMinutes: 30,
        },
      ),
    );
    expect(missed).toMatch(
      /^De check-in van 20:30( \S+)? \(\+30 min\) is niet binnen de uitlooptijd beantwoord\.$/,
    );
    expect(missed).not.toContain('UTC');
    expect(
      alertTrigger(
        coded(
          'PHQ-9 8 at baseline → 13 now (a change of 5 points; reliable change needs 5.2)',
          'deterioration',
          {
            instrument: 'PHQ-9',
            baseline: 8,
            now: 13,
            change: 5,
            threshold: 5.2,
          },
        ),
      ),
    ).toBe('PHQ-9 8 bij aanvang → 13 nu (een verandering van 5 punten; betrouwbare verandering vraagt 5,2)');
    expect(
      alertTrigger(
        coded('The integration contact of 2026-12-07 10:00 UTC was missed: x.', 'integration-missed', {
          startsAt: '2026-12-07T10:00:00.000Z',
          why: 'absent',
        }),
      ),
    ).toMatch(
      /^Het integratiecontact van 07-12-2026 11:00( \S+)? is gemist: de cliënt is als afwezig vastgelegd\.$/,
    );
  });

  it('says vitals by their field codes, and the other codes in Dutch', async () => {
    await i18n.changeLanguage('nl');
    expect(
      alertTrigger(
        coded('Systolic …', 'vitals', {
          flags: [{ code: 'pre-dose-above-systolic', value: 172, limit: 160 }],
        }),
      ),
    ).toBe('Systolische bloeddruk 172 mmHg ligt boven de grens vóór dosering van 160 mmHg.');
    expect(alertTrigger(coded('x', 'home-help', { answeredBy: 'support' }))).toBe(
      'De steunpersoon heeft een check-in beantwoord met “Ik heb hulp nodig”.',
    );
    expect(alertTrigger(coded('x', 'integration-undecided', { reason: 'ceq-no-threshold' }))).toMatch(
      /^De organisatie heeft geen CEQ-drempel ingesteld/,
    );
    expect(alertTrigger(coded('x', 'integration-flagged', { note: null }))).toBe(
      'Gemeld door een begeleider, zonder notitie.',
    );
    expect(
      alertTrigger(
        coded('x', 'flag-wellbeing', {
          instrument: 'WHO-5',
          flag: 'poor-wellbeing',
          raw: 10,
          rawBelow: 13,
          items: [
            { item: 1, value: 1 },
            { item: 3, value: 0 },
          ],
        }),
      ),
    ).toBe('WHO-5: Ruwe score 10 ligt onder 13; item 1 beantwoord met 1, item 3 beantwoord met 0');
  });

  it('keeps the stored words without a code, for an unknown code, or for values it cannot read', async () => {
    await i18n.changeLanguage('nl');
    expect(alertTrigger(coded('Old words.', null, null))).toBe('Old words.');
    expect(alertTrigger(coded('Future words.', 'nope' as Alert['triggerCode'], {}))).toBe('Future words.');
    expect(alertTrigger(coded('Broken.', 'flag-item', { instrument: 'PHQ-9' }))).toBe('Broken.');
    expect(
      alertTrigger(coded('Broken.', 'vitals', { flags: [{ code: 'no-such', value: 1, limit: 2 }] })),
    ).toBe('Broken.');
  });

  it('keeps the server’s English words in English, but writes a time in the organization zone', () => {
    expect(
      alertTrigger(
        coded('CEQ total 120 is above the threshold of 100.', 'integration-ceq', {
          total: 120,
          threshold: 100,
        }),
      ),
    ).toBe('CEQ total 120 is above the threshold of 100.');
    const missed = alertTrigger(
      coded('The check-in due at 19:30 UTC was not answered within its grace period.', 'home-missed', {
        dueAt: '2026-12-06T19:30:00.000Z',
        offsetMinutes: null,
      }),
    );
    expect(missed).toMatch(/^The check-in due at 20:30( \S+)? was not answered within its grace period\.$/);
    expect(missed).not.toContain('UTC');
  });
});

describe('AlertCard', () => {
  it('shows a Dutch trigger on a Dutch screen', async () => {
    await i18n.changeLanguage('nl');
    const alert: Alert = {
      id: '00000000-0000-4000-8000-000000000001',
      client: { id: '00000000-0000-4000-8000-000000000002', name: 'Fenna de Vries' },
      kind: 'at-home',
      severity: 'high',
      title: 'Missed at-home check-in',
      titleCode: { code: 'home-missed', params: {} },
      trigger: 'The check-in due at 19:30 UTC was not answered within its grace period.',
      triggerCode: 'home-missed',
      triggerParams: { dueAt: '2026-12-06T19:30:00.000Z', offsetMinutes: null },
      responseId: null,
      dosingRecordId: null,
      status: 'open',
      createdAt: '2026-12-06T19:45:00.000Z',
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      resolutionNote: null,
    };
    const html = renderToStaticMarkup(
      h(
        MantineProvider,
        null,
        h(
          QueryClientProvider,
          { client: new QueryClient() },
          h(MemoryRouter, null, h(AlertCard, { alert, canManage: false, onResolve: () => {} })),
        ),
      ),
    );
    expect(html).toContain('Gemiste check-in bij thuisdosering');
    expect(html).toMatch(/De check-in van 20:30( \S+)? is niet binnen de uitlooptijd beantwoord\./);
    expect(html).not.toContain('UTC');
    expect(html).not.toContain('grace period');
  });
});

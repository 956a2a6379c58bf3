import { describe, expect, it } from 'vitest';
import { invitationMail } from './messages.ts';

const mail = {
  organization: 'Kliniek',
  clientName: 'Bram',
  label: 'PHQ-9, Baseline',
  link: 'https://example.test/p/x',
  closesAt: '2026-12-05T09:00:00Z',
  reminder: false,
  timezone: 'Europe/Amsterdam',
};

describe('invitation email deadline', () => {
  it('is written in the organization’s zone and names the zone, in Dutch and English', () => {
    expect(invitationMail('nl', { ...mail, locale: 'nl-NL' }).body).toContain(
      'tot 5 december 2026 om 10:00 CET.',
    );
    expect(invitationMail('en', { ...mail, locale: 'nl-NL' }).body).toContain(
      'until 5 December 2026 at 10:00 CET.',
    );
  });

  it('follows an American organization’s clock for English readers', () => {
    const body = invitationMail('en', {
      ...mail,
      timezone: 'America/New_York',
      locale: 'en-US',
    }).body;
    expect(body).toMatch(/until December 5, 2026 at 4:00\sAM EST\./);
  });
});

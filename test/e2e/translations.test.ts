/**
 * A Dutch client and an organization's licensed translation, in the browser: before the
 * organization adds a Dutch PHQ-9 the client reads English with a notice naming the languages the
 * clinic holds (never "no validated translation exists"); an owner pastes an incomplete translation
 * and sees every missing part named, then a complete one; the client's page is then in Dutch. The
 * texts are synthetic markers from the test helper, not questionnaire wording.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phq9 } from '../../src/domain/instruments/phq-9/index.ts';
import { syntheticTexts } from '../../src/domain/instruments/translations/testing.ts';
import { apiCall, inDays, setupBrowserApp } from './support.ts';

const app = setupBrowserApp();

/** Enrolls a Dutch client and returns the portal link of the baseline PHQ-9 from the outbox. */
async function dutchClientLink(staff: Page): Promise<string> {
  const program = await apiCall<{ id: string }>(staff, 'POST', '/api/programs', {
    templateId: 'kap-yermus-2023',
  });
  const client = await apiCall<{ id: string }>(staff, 'POST', '/api/clients', {
    givenName: 'Sanne',
    familyName: 'Vertaling',
    dateOfBirth: '1988-06-02',
    sexAtBirth: 'female',
    email: 'sanne.vertaling@client.example',
    language: 'nl',
  });
  await apiCall(staff, 'POST', '/api/enrollments', {
    clientId: client.id,
    programId: program.id,
    startDate: inDays(7),
  });
  type Message = { body: string; client: { id: string } | null };
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const { items } = await apiCall<{ items: Message[] }>(staff, 'GET', '/api/outbox');
        const mail = items.find((m) => m.client?.id === client.id && m.body.includes('PHQ-9'));
        link = mail ? /\/p\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1] : undefined;
        return link;
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toBeTruthy();
  return link!;
}

describe('organization translations in the browser', () => {
  it('a Dutch client gets English with an honest notice, then Dutch once the clinic adds its translation', async () => {
    const staff = await app.newPage();
    await app.signIn(staff, 'owner@demo-retreat.example');
    const link = await dutchClientLink(staff);

    const phone = await app.newPage({ width: 360, height: 740 });
    await phone.goto(`${app.url}/p/${link}`);
    await phone.getByText(/Hallo Sanne/).waitFor();
    await phone
      .getByText(
        'Deze vragenlijst staat in het Engels: uw kliniek heeft hem in het Engels, nog niet in uw taal.',
      )
      .waitFor();
    expect(await phone.getByText(/gevalideerde/).count()).toBe(0);
    await app.expectAccessible(phone, 'translations-portal-english-notice');

    // The instrument page says why Threshold installs no Dutch PHQ-9, with the copies compared.
    await staff.goto(`${app.url}/instruments/phq-9`);
    await staff.getByText('Dutch: not installed with Threshold').waitFor();
    await staff.getByText(/public copies compared/).click();
    await staff
      .getByText(/Bijna \(elke\) dag/)
      .first()
      .waitFor();
    await app.expectAccessible(staff, 'translations-instrument-record');

    await staff.goto(`${app.url}/instruments/translations`);
    await staff.getByRole('heading', { name: 'Questionnaire translations', level: 1 }).waitFor();
    await staff.getByLabel('Instrument', { exact: true }).selectOption('phq-9');
    await staff.getByLabel('Licence and source').fill('Official Pfizer Dutch PHQ-9, held by the clinic');
    const texts = syntheticTexts(phq9, 'nl');
    const { q9: _left, ...items } = texts.items;
    await staff.getByLabel('Texts (JSON)').fill(JSON.stringify({ ...texts, items }));
    await staff.getByRole('button', { name: 'Install translation' }).click();
    await staff.getByRole('alert').getByText('texts.items.q9: Is missing.').waitFor();
    await app.expectAccessible(staff, 'translations-incomplete');

    await staff.getByLabel('Texts (JSON)').fill(JSON.stringify(texts));
    await staff.getByRole('button', { name: 'Install translation' }).click();
    await staff.getByRole('cell', { name: 'Official Pfizer Dutch PHQ-9, held by the clinic' }).waitFor();
    await app.expectAccessible(staff, 'translations-installed');
    await staff.setViewportSize({ width: 360, height: 740 });
    await app.expectAccessible(staff, 'translations-installed-360');

    await phone.reload();
    await phone.getByText(/Hallo Sanne/).waitFor();
    await phone.getByText('TEST-nl instructions').waitFor();
    expect(await phone.getByText(/staat in het Engels/).count()).toBe(0);
    await phone.getByRole('button', { name: /^(Beginnen|Verdergaan)$/ }).click();
    await phone.getByText('TEST-nl q1', { exact: true }).waitFor();
    await phone.getByRole('radio', { name: 'TEST-nl q1=0' }).waitFor();
    await app.expectAccessible(phone, 'translations-portal-dutch-item');
  }, 180_000);
});

/** Dutch. */
import type { en as english } from '../en/index.ts';
import { account } from './account.ts';
import { alerts } from './alerts.ts';
import { alertTitles } from './alertTitles.ts';
import { alertTriggers } from './alertTriggers.ts';
import { apiTokens } from './apiTokens.ts';
import { apply } from './apply.ts';
import { atHome } from './atHome.ts';
import { audit } from './audit.ts';
import { auth } from './auth.ts';
import { benchmarks } from './benchmarks.ts';
import { calendar } from './calendar.ts';
import { calendarFeeds } from './calendarFeeds.ts';
import { clients } from './clients.ts';
import { cohorts } from './cohorts.ts';
import { common } from './common.ts';
import { consents } from './consents.ts';
import { dataRights } from './dataRights.ts';
import { doseCheck } from './doseCheck.ts';
import { doseExperience } from './doseExperience.ts';
import { dosing } from './dosing.ts';
import { enrollments } from './enrollments.ts';
import { errors } from './errors.ts';
import { evidence } from './evidence.ts';
import { frontOffice } from './frontOffice.ts';
import { home } from './home.ts';
import { imports } from './imports.ts';
import { instrumentPages } from './instrumentPages.ts';
import { instruments } from './instruments.ts';
import { integration } from './integration.ts';
import { lodging } from './lodging.ts';
import { medications } from './medications.ts';
import { members } from './members.ts';
import { meta } from './meta.ts';
import { metaCsv } from './metaCsv.ts';
import { nav } from './nav.ts';
import { organization } from './organization.ts';
import { outbox } from './outbox.ts';
import { outcomes } from './outcomes.ts';
import { payments } from './payments.ts';
import { portal } from './portal.ts';
import { portalConsent } from './portalConsent.ts';
import { portalErrors } from './portalErrors.ts';
import { portalHome } from './portalHome.ts';
import { portalStaff } from './portalStaff.ts';
import { preArrival } from './preArrival.ts';
import { programs } from './programs.ts';
import { realWorld } from './realWorld.ts';
import { responses } from './responses.ts';
import { rooms } from './rooms.ts';
import { screening } from './screening.ts';
import { sessions } from './sessions.ts';
import { templates } from './templates.ts';
import { timeline } from './timeline.ts';
import { trajectories } from './trajectories.ts';

export const nl = {
  common,
  nav,
  auth,
  organization,
  portal,
  portalHome,
  portalConsent,
  portalErrors,
  outcomes,
  evidence,
  home,
  meta,
  instruments,
  trajectories,
  clients,
  alerts,
  enrollments,
  sessions,
  medications,
  integration,
  benchmarks,
  doseExperience,
  programs,
  cohorts,
  calendar,
  dosing,
  screening,
  members,
  rooms,
  account,
  outbox,
  calendarFeeds,
  frontOffice,
  apply,
  consents,
  lodging,
  preArrival,
  metaCsv,
  alertTitles,
  alertTriggers,
  doseCheck,
  realWorld,
  portalStaff,
  instrumentPages,
  errors,
  timeline,
  responses,
  templates,
  imports,
  dataRights,
  apiTokens,
  audit,
  payments,
  atHome,
} satisfies Record<keyof typeof english, unknown>;

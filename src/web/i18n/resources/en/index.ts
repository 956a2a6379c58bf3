/** English: the source language. Every other language has exactly these namespaces and keys. */
import { account } from './account.ts';
import { alerts } from './alerts.ts';
import { apply } from './apply.ts';
import { atHome } from './atHome.ts';
import { auth } from './auth.ts';
import { benchmarks } from './benchmarks.ts';
import { calendar } from './calendar.ts';
import { calendarFeeds } from './calendarFeeds.ts';
import { clients } from './clients.ts';
import { cohorts } from './cohorts.ts';
import { common } from './common.ts';
import { dosing } from './dosing.ts';
import { enrollments } from './enrollments.ts';
import { evidence } from './evidence.ts';
import { frontOffice } from './frontOffice.ts';
import { home } from './home.ts';
import { instruments } from './instruments.ts';
import { medications } from './medications.ts';
import { members } from './members.ts';
import { meta } from './meta.ts';
import { nav } from './nav.ts';
import { organization } from './organization.ts';
import { outbox } from './outbox.ts';
import { outcomes } from './outcomes.ts';
import { portal } from './portal.ts';
import { portalHome } from './portalHome.ts';
import { programs } from './programs.ts';
import { rooms } from './rooms.ts';
import { screening } from './screening.ts';
import { sessions } from './sessions.ts';
import { trajectories } from './trajectories.ts';

export const en = {
  common,
  nav,
  auth,
  organization,
  portal,
  portalHome,
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
  benchmarks,
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
  atHome,
} as const;

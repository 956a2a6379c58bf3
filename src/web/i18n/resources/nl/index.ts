/** Dutch. */
import type { en as english } from '../en/index.ts';
import { alerts } from './alerts.ts';
import { auth } from './auth.ts';
import { clients } from './clients.ts';
import { common } from './common.ts';
import { enrollments } from './enrollments.ts';
import { evidence } from './evidence.ts';
import { home } from './home.ts';
import { instruments } from './instruments.ts';
import { meta } from './meta.ts';
import { nav } from './nav.ts';
import { organization } from './organization.ts';
import { outcomes } from './outcomes.ts';
import { portal } from './portal.ts';
import { portalHome } from './portalHome.ts';
import { sessions } from './sessions.ts';
import { trajectories } from './trajectories.ts';

export const nl = {
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
} satisfies Record<keyof typeof english, unknown>;

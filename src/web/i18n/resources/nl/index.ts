/** Dutch. */
import type { en as english } from '../en/index.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { nav } from './nav.ts';
import { organization } from './organization.ts';
import { portal } from './portal.ts';
import { portalHome } from './portalHome.ts';

export const nl = { common, nav, auth, organization, portal, portalHome } satisfies Record<
  keyof typeof english,
  unknown
>;

/** English: the source language. Every other language has exactly these namespaces and keys. */
import { auth } from './auth.ts';
import { common } from './common.ts';
import { nav } from './nav.ts';
import { organization } from './organization.ts';
import { portal } from './portal.ts';
import { portalHome } from './portalHome.ts';

export const en = { common, nav, auth, organization, portal, portalHome } as const;

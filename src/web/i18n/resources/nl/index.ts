/** Dutch. */
import type { en as english } from '../en/index.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { nav } from './nav.ts';

export const nl = { common, nav, auth } satisfies Record<keyof typeof english, unknown>;

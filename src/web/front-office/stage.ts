/**
 * Where an application stands in the queue: new (nobody has opened it), awaiting a clinician's
 * decision (opened, not decided), or decided (eligible, not eligible or withdrawn). Each stage and
 * status comes with a colour that never stands alone: the word is always shown.
 */
import type { OfferStatus } from '../../domain/front-office/offers.ts';
import type { ApplicationSummary } from './api.ts';

export const STAGES = ['new', 'awaiting', 'decided'] as const;
export type Stage = (typeof STAGES)[number];
export const isStage = (v: string): v is Stage => (STAGES as readonly string[]).includes(v);

export function stageOf(a: Pick<ApplicationSummary, 'status' | 'openedAt'>): Stage {
  if (a.status !== 'submitted') return 'decided';
  return a.openedAt ? 'awaiting' : 'new';
}

/** The status word's key: the stage while undecided, else the decision. */
export type StatusKey = 'new' | 'awaiting' | 'eligible' | 'ineligible' | 'withdrawn';
export const statusKeyOf = (a: Pick<ApplicationSummary, 'status' | 'openedAt'>): StatusKey =>
  a.status === 'submitted' ? (a.openedAt ? 'awaiting' : 'new') : a.status;

export const STATUS_COLORS: Record<StatusKey, string> = {
  new: 'blue',
  awaiting: 'yellow',
  eligible: 'green',
  ineligible: 'red',
  withdrawn: 'gray',
};

export const OFFER_COLORS: Record<OfferStatus, string> = {
  offered: 'blue',
  accepted: 'green',
  declined: 'gray',
  expired: 'orange',
  withdrawn: 'gray',
};

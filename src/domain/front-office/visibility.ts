/** Which cohorts the public sees: published, not cancelled, not yet started. */

export interface Visible {
  published: boolean;
  cancelledAt: string | null;
  /** 'YYYY-MM-DD'. */
  startDate: string;
}

/** `today` is the organization's calendar date 'YYYY-MM-DD'. */
export const isPubliclyVisible = (c: Visible, today: string): boolean =>
  c.published && c.cancelledAt === null && c.startDate > today;

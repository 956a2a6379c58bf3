/**
 * A program's integration-window setting: how many hours after a dosing session ends the first
 * integration contact falls, how far a challenging experience pulls it forward, and at what local
 * time of day the clinic books it. Stored in the program definition (`integration`); a definition
 * saved before it existed reads as the defaults.
 */
import { invalid } from '../errors.ts';

export interface IntegrationSettings {
  /** The window opens this many elapsed hours after the dosing session ends (default 24). */
  fromHours: number;
  /** The window closes this many elapsed hours after the dosing session ends (default 72). */
  toHours: number;
  /**
   * After a challenging experience the first contact is booked at the first contact time at least
   * this many hours after the dosing session ends (default 12): before the window opens.
   */
  pulledForwardHours: number;
  /** Local time of day 'HH:MM' (organization time zone) at which a contact is booked. */
  contactTime: string;
  durationMinutes: number;
}

/**
 * Threshold's defaults. The 24–72 h window is the program default the clinic changes per program;
 * the 12 h pull-forward, 10:00 and 60 minutes are Threshold's starting values, not a clinical standard.
 */
export const DEFAULT_INTEGRATION: IntegrationSettings = {
  fromHours: 24,
  toHours: 72,
  pulledForwardHours: 12,
  contactTime: '10:00',
  durationMinutes: 60,
};

export const INTEGRATION_LIMITS = {
  hours: { min: 0, max: 720 },
  durationMinutes: { min: 15, max: 480 },
  contactTimePattern: /^([01]\d|2[0-3]):[0-5]\d$/,
} as const;

function hours(value: unknown, field: string): number {
  const { min, max } = INTEGRATION_LIMITS.hours;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw invalid(field, 'hours-between', { min, max });
  return value;
}

/** Validates the setting; null/undefined reads as the defaults. Throws `invalid` naming the field. */
export function normalizeIntegration(value: unknown, field = 'integration'): IntegrationSettings {
  if (value === null || value === undefined) return { ...DEFAULT_INTEGRATION };
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(field, 'object');
  const o = value as Record<string, unknown>;
  const fromHours = hours(o.fromHours, `${field}.fromHours`);
  const toHours = hours(o.toHours, `${field}.toHours`);
  if (toHours <= fromHours) throw invalid(`${field}.toHours`, 'later-than-fromhours');
  const pulledForwardHours = hours(o.pulledForwardHours, `${field}.pulledForwardHours`);
  if (pulledForwardHours > fromHours)
    throw invalid(`${field}.pulledForwardHours`, 'not-later-than-fromhours-pulls');
  const contactTime = o.contactTime;
  if (typeof contactTime !== 'string' || !INTEGRATION_LIMITS.contactTimePattern.test(contactTime))
    throw invalid(`${field}.contactTime`, 'time-hh-mm-between-00');
  const { min, max } = INTEGRATION_LIMITS.durationMinutes;
  const d = o.durationMinutes;
  if (typeof d !== 'number' || !Number.isInteger(d) || d < min || d > max)
    throw invalid(`${field}.durationMinutes`, 'minutes-between', { min, max });
  return { fromHours, toHours, pulledForwardHours, contactTime, durationMinutes: d };
}

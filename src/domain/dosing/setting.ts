/**
 * The setting of a dosing session, as data: the music program, how many sitters for how many
 * clients (and so the ratio), whether eyeshades were used. One per session; the room is the
 * session's own (program_sessions.room_id), not repeated here.
 */
import { invalid } from '../errors.ts';
import { readEnum, readInteger, readOptionalText } from '../programs/read.ts';

export const EYESHADES = ['offered', 'worn', 'not-used'] as const;
export type Eyeshades = (typeof EYESHADES)[number];

export const SETTING_LIMITS = {
  musicProgramMaxLength: 200,
  notesMaxLength: 2000,
  /** Input checks on counts, not clinical rules. */
  sittersMax: 100,
  groupSizeMax: 500,
} as const;

export interface SettingInput {
  musicProgram?: unknown;
  sitters: unknown;
  groupSize: unknown;
  eyeshades?: unknown;
  notes?: unknown;
}

export interface Setting {
  musicProgram: string | null;
  sitters: number;
  groupSize: number;
  eyeshades: Eyeshades | null;
  notes: string | null;
}

export function normalizeSetting(input: SettingInput): Setting {
  const sitters = readInteger(input.sitters, 'sitters', 0, SETTING_LIMITS.sittersMax);
  const groupSize = readInteger(input.groupSize, 'groupSize', 1, SETTING_LIMITS.groupSizeMax);
  return {
    musicProgram: readOptionalText(input.musicProgram, 'musicProgram', SETTING_LIMITS.musicProgramMaxLength),
    sitters,
    groupSize,
    eyeshades:
      input.eyeshades === null || input.eyeshades === undefined
        ? null
        : readEnum(input.eyeshades, 'eyeshades', EYESHADES),
    notes: readOptionalText(input.notes, 'notes', SETTING_LIMITS.notesMaxLength),
  };
}

/** Clients per sitter (group size ÷ sitters, 2 decimals); null without sitters. */
export function clientsPerSitter(s: Pick<Setting, 'sitters' | 'groupSize'>): number | null {
  if (s.sitters <= 0) return null;
  return Math.round((s.groupSize / s.sitters) * 100) / 100;
}

/** The group size may not be smaller than the clients booked into the session. */
export function assertGroupCovers(setting: Setting, attendees: number): void {
  if (setting.groupSize < attendees) {
    throw invalid('groupSize', 'but-clients-attend-session', { groupSize: setting.groupSize, attendees });
  }
}

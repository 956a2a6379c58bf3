/**
 * One set of migrations for SQLite and PostgreSQL. Each migration receives the dialect so it can
 * choose the timestamp column type (ISO text on SQLite, timestamptz on PostgreSQL) and write the
 * few statements that differ (triggers). Migrations are append-only: never edit a shipped one.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.ts';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-questionnaire-responses.ts';
import * as m0003 from './0003-studies.ts';
import * as m0004 from './0004-programs.ts';
import * as m0005 from './0005-portal.ts';
import * as m0006 from './0006-outcomes.ts';
import * as m0007 from './0007-outcome-revisions.ts';
import * as m0008 from './0008-dosing-safety.ts';
import * as m0009 from './0009-crisis-lines.ts';
import * as m0010 from './0010-disclosure-control.ts';
import * as m0011 from './0011-integrity.ts';
import * as m0012 from './0012-data-subject-rights.ts';
import * as m0015 from './0015-api-tokens.ts';
import * as m0016 from './0016-organization-locale.ts';
import * as m0017 from './0017-instrument-translations.ts';
import * as m0018 from './0018-client-messages.ts';
import * as m0019 from './0019-screening-drafts.ts';
import * as m0020 from './0020-enrollment-facilitator.ts';
import * as m0021 from './0021-front-office.ts';
import * as m0022 from './0022-payments.ts';
import * as m0023 from './0023-shared-coordination.ts';
import * as m0024 from './0024-consent-rooms.ts';
import * as m0025 from './0025-medications.ts';
import * as m0026 from './0026-lots-and-setting.ts';
import * as m0027 from './0027-response-baseline-index.ts';
import * as m0031 from './0031-outcome-snapshots.ts';
import * as m0032 from './0032-licensed-instrument-copies.ts';
import * as m0034 from './0034-public-benchmarks.ts';
import * as m0035 from './0035-integration-window.ts';
import * as m0036 from './0036-at-home-dosing.ts';
import * as m0037 from './0037-program-dose-bands.ts';
import * as m0038 from './0038-alert-trigger-codes.ts';
import * as m0041 from './0041-hot-row-fillfactor.ts';

export interface MigrationContext {
  dialect: DialectName;
  timestamp: 'text' | 'timestamptz';
}

type Step = { up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> };

const steps: Record<string, Step> = {
  '0001-foundation': m0001,
  '0002-questionnaire-responses': m0002,
  '0003-studies': m0003,
  '0004-programs': m0004,
  '0005-portal': m0005,
  '0006-outcomes': m0006,
  '0007-outcome-revisions': m0007,
  '0008-dosing-safety': m0008,
  '0009-crisis-lines': m0009,
  '0010-disclosure-control': m0010,
  '0011-integrity': m0011,
  '0012-data-subject-rights': m0012,
  '0015-api-tokens': m0015,
  '0016-organization-locale': m0016,
  '0017-instrument-translations': m0017,
  '0018-client-messages': m0018,
  '0019-screening-drafts': m0019,
  '0020-enrollment-facilitator': m0020,
  '0021-front-office': m0021,
  '0022-payments': m0022,
  '0023-shared-coordination': m0023,
  '0024-consent-rooms': m0024,
  '0025-medications': m0025,
  '0026-lots-and-setting': m0026,
  '0027-response-baseline-index': m0027,
  '0031-outcome-snapshots': m0031,
  '0032-licensed-instrument-copies': m0032,
  '0034-public-benchmarks': m0034,
  '0035-integration-window': m0035,
  '0036-at-home-dosing': m0036,
  '0037-program-dose-bands': m0037,
  '0038-alert-trigger-codes': m0038,
  '0041-hot-row-fillfactor': m0041,
};

export function migrationProvider(dialect: DialectName): MigrationProvider {
  const ctx: MigrationContext = { dialect, timestamp: dialect === 'postgres' ? 'timestamptz' : 'text' };
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(steps)) out[name] = { up: (db) => step.up(db, ctx) };
      return out;
    },
  };
}

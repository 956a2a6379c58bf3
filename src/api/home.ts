/** Schemas of /api/home: what a role's start page lists. */
import { type Static, Type } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Uuid } from './common.ts';

export const DueQuestionnaireSchema = Type.Object({
  invitationId: Uuid,
  client: Type.Object({ id: Uuid, name: Type.String() }),
  instrumentId: Type.String(),
  label: Type.String({ description: 'The timepoint, e.g. "Baseline"' }),
  dueAt: IsoDateTime,
  closesAt: IsoDateTime,
  status: StringEnum(['pending', 'sent'] as const),
  sends: Type.Integer({ description: 'Emails sent so far (invitation and reminders)' }),
});

export const DueQuestionnaireListSchema = Type.Object({
  items: Type.Array(DueQuestionnaireSchema),
  total: Type.Integer({ description: 'All open ones; items holds the first 50, closing soonest first' }),
});
export type DueQuestionnaireList = Static<typeof DueQuestionnaireListSchema>;

import { describe, expect, it } from 'vitest';
import { ACTIONS, can, isRole, permissionsOf, ROLES } from './roles.ts';

describe('permission matrix', () => {
  it('gives the owner every action', () => {
    expect(permissionsOf('owner')).toEqual([...ACTIONS]);
  });

  it('keeps the researcher away from identifiable client records', () => {
    for (const a of ACTIONS.filter((x) => x.startsWith('client.'))) expect(can('researcher', a)).toBe(false);
  });

  it('lets intake manage demographics but never clinical notes', () => {
    expect(can('intake', 'client.create')).toBe(true);
    expect(can('intake', 'client.update')).toBe(true);
    expect(can('intake', 'client.notes.read')).toBe(false);
    expect(can('intake', 'client.notes.write')).toBe(false);
  });

  it('lets facilitators read but not create or archive clients', () => {
    expect(can('facilitator', 'client.read')).toBe(true);
    expect(can('facilitator', 'client.create')).toBe(false);
    expect(can('facilitator', 'client.archive')).toBe(false);
  });

  it('reserves the audit trail, members and settings for owners', () => {
    for (const role of ROLES.filter((r) => r !== 'owner')) {
      for (const a of ['audit.read', 'member.read', 'member.manage', 'organization.update'] as const) {
        expect(can(role, a), `${role} ${a}`).toBe(false);
      }
    }
  });

  it('recognises roles', () => {
    expect(isRole('clinician')).toBe(true);
    expect(isRole('admin')).toBe(false);
  });
});

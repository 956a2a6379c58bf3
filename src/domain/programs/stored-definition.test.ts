import { describe, expect, it } from 'vitest';
import { INVALID_DEFINITION_TYPE, validateStoredDefinition } from './stored-definition.ts';
import { caught, minimalDefinition } from './testing.ts';

const ref = { programId: 'p-1', programName: 'Ketamine series', version: 3 };

const KETAMINE = minimalDefinition({ safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 } });
const refusal = (json: string | null) => caught(() => validateStoredDefinition(json, ref));

describe('validateStoredDefinition', () => {
  it('returns the normalised definition of a valid stored text', () => {
    const def = validateStoredDefinition(JSON.stringify(KETAMINE), ref);
    expect(def.name).toBe(KETAMINE.name);
    expect(def.safety).toEqual(KETAMINE.safety);
  });

  it('refuses text that is not JSON, naming the program and version', () => {
    const e = refusal('{not json');
    expect(e.kind).toBe('conflict');
    expect(e.message).toContain('"Ketamine series", version 3');
    expect(e.extra).toMatchObject({ type: INVALID_DEFINITION_TYPE, programId: 'p-1', programVersion: 3 });
  });

  it('refuses a missing definition', () => {
    expect(refusal(null).extra.field).toBe('definition');
  });

  it('refuses a definition whose blood-pressure limit is not a number, naming the field', () => {
    const broken = { ...KETAMINE, safety: { preDoseSystolicMax: 'high', preDoseDiastolicMax: 90 } };
    const e = refusal(JSON.stringify(broken));
    expect(e.extra.field).toBe('definition.safety.preDoseSystolicMax');
    expect(e.message).toContain('definition.safety.preDoseSystolicMax');
  });
});

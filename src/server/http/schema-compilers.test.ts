import type { ValidateFunction } from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { type PrecompiledSchemas, precompiledCompilers, schemaKey } from './schema-compilers.ts';

const schema = { type: 'object', required: ['name'] };
const noAjv = () => {
  throw new Error('no Ajv instance should be made for a generated validator');
};

function generated() {
  const validate = ((data: { name?: string }) => {
    validate.errors = data.name
      ? null
      : ([{ instancePath: '', message: "must have required property 'name'" }] as ValidateFunction['errors']);
    return !!data.name;
  }) as unknown as ValidateFunction;
  const makeValidator = vi.fn(() => validate);
  const makeSerializer = vi.fn(() => (data: unknown) => JSON.stringify(data));
  const mod: PrecompiledSchemas = {
    validators: { [schemaKey('body', schema)]: makeValidator },
    serializers: { [schemaKey('serializer', schema)]: makeSerializer },
  };
  return { mod, makeValidator, makeSerializer };
}

describe('precompiledCompilers', () => {
  it('runs a generated validator’s code on its first call only, and carries its errors over', () => {
    const { mod, makeValidator } = generated();
    const validate = precompiledCompilers(mod).validator('body', schema, noAjv);
    expect(makeValidator).not.toHaveBeenCalled();
    expect(validate({})).toBe(false);
    expect(validate.errors).toEqual([{ instancePath: '', message: "must have required property 'name'" }]);
    expect(validate({ name: 'a' })).toBe(true);
    expect(validate.errors).toBeNull();
    expect(makeValidator).toHaveBeenCalledTimes(1);
  });

  it('runs a generated serializer’s code on its first call only', () => {
    const { mod, makeSerializer } = generated();
    const serialize = precompiledCompilers(mod).serializer(schema, () => () => 'compiled', {
      externalSchemas: {},
      serializerOpts: {},
    });
    expect(makeSerializer).not.toHaveBeenCalled();
    expect(serialize({ name: 'a' })).toBe('{"name":"a"}');
    expect(serialize({ name: 'b' })).toBe('{"name":"b"}');
    expect(makeSerializer).toHaveBeenCalledTimes(1);
  });

  it('in strict mode (the build’s check) makes every function at once and refuses a missing one', () => {
    const { mod, makeValidator } = generated();
    const strict = precompiledCompilers(mod, { strict: true });
    strict.validator('body', schema, noAjv);
    expect(makeValidator).toHaveBeenCalledTimes(1);
    expect(() => strict.validator('coercing', schema, noAjv)).toThrow(/no precompiled coercing validator/);
  });

  it('compiles a schema the build did not generate, with an Ajv instance made then, and counts it', () => {
    const compilers = precompiledCompilers({ validators: {}, serializers: {} });
    const compile = vi.fn(() => (() => true) as unknown as ValidateFunction);
    compilers.validator('body', schema, () => ({ compile }) as never);
    expect(compile).toHaveBeenCalledWith(schema);
    expect(compilers.misses).toBe(1);
  });
});

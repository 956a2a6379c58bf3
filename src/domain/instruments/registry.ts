/** Every instrument Threshold ships, by id. */
import { notFound } from '../errors.ts';
import type { InstrumentDefinition } from './types.ts';

const INSTRUMENT_LIST: InstrumentDefinition[] = [];

export const INSTRUMENTS: readonly InstrumentDefinition[] = INSTRUMENT_LIST;

export function findInstrument(id: string): InstrumentDefinition | undefined {
  return INSTRUMENTS.find((i) => i.id === id);
}

export function getInstrument(id: string): InstrumentDefinition {
  const def = findInstrument(id);
  if (!def) throw notFound(`Instrument "${id}"`);
  return def;
}

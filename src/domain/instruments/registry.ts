/** Every instrument Threshold ships, by id. */
import { notFound } from '../errors.ts';
import { gad7 } from './gad-7/index.ts';
import { LICENSED_COPY_INSTRUMENTS } from './licensed.ts';
import { meq30 } from './meq-30/index.ts';
import { pcl5 } from './pcl-5/index.ts';
import { phq9 } from './phq-9/index.ts';
import { qidsSr16 } from './qids-sr16/index.ts';
import type { InstrumentDefinition } from './types.ts';
import { who5 } from './who-5/index.ts';

const INSTRUMENT_LIST: InstrumentDefinition[] = [phq9, gad7, pcl5, qidsSr16, who5, meq30];

export const INSTRUMENTS: readonly InstrumentDefinition[] = INSTRUMENT_LIST;

export function findInstrument(id: string): InstrumentDefinition | undefined {
  return INSTRUMENTS.find((i) => i.id === id);
}

export function getInstrument(id: string): InstrumentDefinition {
  const def = findInstrument(id);
  if (!def) throw notFound(`Instrument "${id}"`);
  return def;
}

/** Names for messages and lists: the registry's, a licensed-copy instrument's (the CEQ), else the id. */
export function instrumentNames(id: string): { shortName: string; name: string } {
  const def = findInstrument(id);
  if (def) return { shortName: def.shortName, name: def.name };
  return LICENSED_COPY_INSTRUMENTS[id] ?? { shortName: id, name: id };
}

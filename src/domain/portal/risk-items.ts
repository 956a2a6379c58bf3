/**
 * Which answers call for crisis support at once: the items whose safety rule raises a risk flag on
 * its own (PHQ-9 item 9, QIDS-SR16 item 12). Taken from the instrument registry's safety rules, so
 * the portal never keeps its own list of risky items.
 */
import type { InstrumentDefinition, ItemTrigger } from '../instruments/types.ts';
import { RISK_FLAGS } from '../safety/alerts.ts';

export function riskItems(instrument: InstrumentDefinition): ItemTrigger[] {
  const out: ItemTrigger[] = [];
  for (const rule of instrument.safety) {
    if (!RISK_FLAGS.has(rule.flag) || !rule.item) continue;
    out.push({ linkId: rule.item.linkId, minValue: rule.item.minValue });
  }
  return out;
}

/** True when this answer to this item is a risk answer under the given triggers. */
export function isRiskAnswer(
  triggers: readonly ItemTrigger[],
  linkId: string,
  value: number | null | undefined,
): boolean {
  if (value === null || value === undefined) return false;
  return triggers.some((t) => t.linkId === linkId && value >= t.minValue);
}

/**
 * A stored status reason in the UI language: one Threshold wrote itself (src/domain/stored-reasons.ts)
 * by its code; a person's own words as they wrote them.
 */
import { storedReasonCode } from '../../domain/stored-reasons.ts';
import { tKey } from './t-key.ts';

export function storedReason(reason: string): string {
  const code = storedReasonCode(reason);
  return code ? tKey(`common:storedReasons.${code}`) : reason;
}

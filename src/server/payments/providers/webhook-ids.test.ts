import { describe, expect, it } from 'vitest';
import { mollieIdOf, stripeSessionIdOf } from './webhook-ids.ts';

describe('what an unverified webhook delivery names', () => {
  it('reads a Mollie payment id from a form or JSON body, and nothing else', () => {
    expect(mollieIdOf('id=tr_WDqYK6vllg')).toBe('tr_WDqYK6vllg');
    expect(mollieIdOf('{"id":"tr_WDqYK6vllg"}')).toBe('tr_WDqYK6vllg');
    expect(mollieIdOf('id=re_123')).toBeNull();
    expect(mollieIdOf('id=tr_../../x')).toBeNull();
    expect(mollieIdOf('{not json')).toBeNull();
    expect(mollieIdOf('')).toBeNull();
  });
  it('reads the Checkout Session a Stripe event names', () => {
    expect(stripeSessionIdOf('{"data":{"object":{"id":"cs_test_1"}}}')).toBe('cs_test_1');
    expect(stripeSessionIdOf('{"data":{}}')).toBeNull();
    expect(stripeSessionIdOf('nope')).toBeNull();
  });
});

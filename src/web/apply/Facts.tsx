/** A retreat's facts as a description list: dates, place, price, deposit. */
import type { ApplyT } from './text.ts';

export interface FactsProps {
  dates: string;
  location: string | null;
  price: string | null;
  deposit: string | null;
  t: ApplyT;
}

export function Facts({ dates, location, price, deposit, t }: FactsProps) {
  return (
    <dl className="apply-facts">
      <dt>{t('dates')}</dt>
      <dd>{dates}</dd>
      {location && (
        <>
          <dt>{t('place')}</dt>
          <dd>{location}</dd>
        </>
      )}
      {price && (
        <>
          <dt>{t('price')}</dt>
          <dd>{price}</dd>
        </>
      )}
      {deposit && (
        <>
          <dt>{t('deposit')}</dt>
          <dd>{deposit}</dd>
        </>
      )}
    </dl>
  );
}

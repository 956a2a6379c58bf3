/** The words of the printable house list, in English and Dutch. */
export interface HouseListWords {
  title: (cohort: string) => string;
  nights: (arrival: string, departure: string) => string;
  noNights: string;
  room: string;
  bed: string;
  guest: string;
  diet: string;
  access: string;
  accessibleRoom: string;
  sameGender: string;
  empty: string;
  unplaced: string;
}

export const HOUSE_LIST_WORDS: Record<'en' | 'nl', HouseListWords> = {
  en: {
    title: (cohort) => `House list: ${cohort}`,
    nights: (a, d) => `Arrival ${a}, departure ${d}`,
    noNights: 'Nights not set',
    room: 'Room',
    bed: 'Bed',
    guest: 'Guest',
    diet: 'Diet',
    access: 'Access needs',
    accessibleRoom: 'accessible',
    sameGender: 'one gender',
    empty: '(free)',
    unplaced: 'Guests without a bed',
  },
  nl: {
    title: (cohort) => `Huislijst: ${cohort}`,
    nights: (a, d) => `Aankomst ${a}, vertrek ${d}`,
    noNights: 'Nachten niet ingesteld',
    room: 'Kamer',
    bed: 'Bed',
    guest: 'Gast',
    diet: 'Dieet',
    access: 'Toegankelijkheid',
    accessibleRoom: 'toegankelijk',
    sameGender: 'één gender',
    empty: '(vrij)',
    unplaced: 'Gasten zonder bed',
  },
};

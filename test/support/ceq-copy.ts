/** A CEQ copy for tests: visibly not the CEQ's texts (Threshold has none), with a made-up key. */
export const TEST_CEQ_COPY = {
  language: 'en',
  instructions: 'Test instructions (not the CEQ)',
  items: Array.from({ length: 26 }, (_, i) => `Test item ${i + 1}`),
  options: Array.from({ length: 6 }, (_, i) => `Test label ${i}`),
  key: {
    grief: [1, 8, 15, 22],
    fear: [2, 9, 16, 23],
    death: [3, 10, 17, 24],
    insanity: [4, 11, 18, 25],
    isolation: [5, 12, 19, 26],
    physicalDistress: [6, 13, 20],
    paranoia: [7, 14, 21],
  },
  licence: 'Test licence note',
};

export const ceqAnswers = (x: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`q${i + 1}`, x]));

/** The Challenging Experience Questionnaire: sourced facts, the licensed copy's key, scoring. */

export * from './copy.ts';
export * from './facts.ts';
export * from './key.ts';
export * from './score.ts';

/**
 * The V8 heap settings the server runs with (`npm start`, and the command line in README.md's
 * "Running in production"): a 1 MB semi-space keeps the young generation small, and a 512 MB
 * old-space limit makes V8 collect before the heap grows far past what is live. bench/outcomes
 * measures the server's peak memory with them (docs/PERFORMANCE.md).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=512'] as const;

/** Bad input from the person at the terminal: a one-line message and exit code 2. */
export class UsageError extends Error {}

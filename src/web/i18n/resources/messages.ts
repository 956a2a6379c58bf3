/**
 * The shape every language must fill: the English resources' keys, each with text of its own.
 * `satisfies Messages<typeof en.x>` on a Dutch namespace makes a missing or extra key a type error.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

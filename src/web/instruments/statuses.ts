import type { VerificationStatus } from '../../domain/instruments/types.ts';

export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['confirmed', 'secondary', 'unverified'];

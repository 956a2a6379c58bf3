/**
 * Unguessable link tokens: 32 random bytes as base64url in the URL; only their SHA-256 is stored,
 * so the database cannot give a link away. Used by calendar feeds, invitations and portal sign-in.
 */
import { hash, randomBytes } from 'node:crypto';

/** SHA-256 in hex, one-shot (`crypto.hash`: no Hash object per call; every portal request hashes). */
export const hashToken = (token: string) => hash('sha256', token, 'hex');
export const newToken = () => randomBytes(32).toString('base64url');

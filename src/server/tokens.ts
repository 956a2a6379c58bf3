/**
 * Unguessable link tokens: 32 random bytes as base64url in the URL; only their SHA-256 is stored,
 * so the database cannot give a link away. Used by calendar feeds, invitations and portal sign-in.
 */
import { createHash, randomBytes } from 'node:crypto';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

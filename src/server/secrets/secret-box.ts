/**
 * Seals secrets at rest with AES-256-GCM: `v1.<key id>.<iv>.<ciphertext>.<tag>` (base64url). The
 * additional data binds each ciphertext to its key id and to what it belongs to (e.g. one user's
 * two-factor secret), so a sealed value copied onto another row does not open there.
 *
 * The keys are resolved on first use (a CLI command that never touches a secret needs none); the
 * server resolves them at start (`secretBox(ctx).keyRing()`), so a missing key stops it at once.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { type KeyRing, resolveKeyRing } from './key-ring.ts';
import type { SecretKey } from './keys.ts';

const PREFIX = 'v1';

export class SecretBox {
  private ring: KeyRing | null = null;

  constructor(private readonly resolve: () => KeyRing) {}

  keyRing(): KeyRing {
    this.ring ??= this.resolve();
    return this.ring;
  }

  seal(plain: string, context: string): string {
    const { current } = this.keyRing();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(Buffer.from(`${PREFIX}.${current.id}.${context}`));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url'));
    return [PREFIX, current.id, ...parts].join('.');
  }

  /** Opens a sealed value; refuses plain text, an unknown key and anything altered. */
  open(sealed: string, context: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== PREFIX) throw new Error(`${context}: not a sealed secret`);
    const [, id, iv, body, tag] = parts as [string, string, string, string, string];
    const key = this.keyFor(id, context);
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${PREFIX}.${id}.${context}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new Error(`${context}: the sealed secret does not open with key ${id} (altered or moved)`);
    }
  }

  /** True when the value is not sealed with the current key (plain text, or the previous key). */
  needsResealing(stored: string): boolean {
    return !stored.startsWith(`${PREFIX}.${this.keyRing().current.id}.`);
  }

  private keyFor(id: string, context: string): SecretKey {
    const { current, previous } = this.keyRing();
    if (current.id === id) return current;
    if (previous?.id === id) return previous;
    throw new Error(
      `${context}: sealed with key ${id}, which is neither THRESHOLD_SECRET_KEY (${current.id}) nor THRESHOLD_SECRET_KEY_PREVIOUS${previous ? ` (${previous.id})` : ''}`,
    );
  }
}

/** Whether a stored value is sealed at all (any key). */
export const isSealed = (stored: string): boolean => stored.startsWith(`${PREFIX}.`);

const boxes = new WeakMap<AppContext, SecretBox>();

/** The context's secret box: its keys come from its configuration and database location. */
export function secretBox(ctx: AppContext): SecretBox {
  let box = boxes.get(ctx);
  if (!box) {
    box = new SecretBox(() => resolveKeyRing(ctx.config, ctx.db));
    boxes.set(ctx, box);
  }
  return box;
}

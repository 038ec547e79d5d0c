import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
} from 'node:crypto';
import { ServiceError } from '../errors';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Opaque page cursors. A cursor carries where the next page is, which can
 * be a backend URL with search parameters, so it is encrypted as well as
 * authenticated (AES-256-GCM): the client can neither read, forge nor
 * alter it. The caller and the field that issued it are the additional
 * authenticated data, so a cursor replayed by another caller or on another
 * field fails to decrypt. The format is `base64url(iv | ciphertext | tag)`.
 */
export class CursorCodec {
  private readonly key: Buffer;

  /** `secret` must be shared by every replica behind one gateway. */
  constructor(secret: Buffer) {
    if (secret.length < 32) {
      throw new Error('cursor secret must be at least 32 bytes');
    }
    // A fixed-size key from a secret of any length of at least 32 bytes.
    this.key = createHash('sha256').update(secret).digest();
  }

  /** Returns a cursor for `position`, valid only for `binding`. */
  encode(binding: CursorBinding, position: unknown): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(bindingKey(binding)));
    const plaintext = Buffer.from(JSON.stringify(position));
    const ciphertext = Buffer.concat([
      cipher.update(plaintext),
      cipher.final(),
    ]);
    return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString(
      'base64url',
    );
  }

  /**
   * Returns the position of `cursor`. Raises BAD_USER_INPUT when the cursor
   * is malformed, was altered, or was issued for another caller or field.
   * The message is the same in each case, so it gives an attacker nothing.
   */
  decode(binding: CursorBinding, cursor: string): unknown {
    const bytes = Buffer.from(cursor, 'base64url');
    if (
      bytes.length <= IV_BYTES + TAG_BYTES ||
      bytes.toString('base64url') !== cursor
    ) {
      throw invalidCursor(binding);
    }
    try {
      const iv = bytes.subarray(0, IV_BYTES);
      const tag = bytes.subarray(bytes.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAAD(Buffer.from(bindingKey(binding)));
      decipher.setAuthTag(tag);
      const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
      const plaintext = Buffer.concat([
        decipher.update(body),
        decipher.final(),
      ]);
      return JSON.parse(plaintext.toString('utf8')) as unknown;
    } catch {
      // GCM authentication failed: altered, or bound to another caller/field.
      throw invalidCursor(binding);
    }
  }
}

/** The binding of a cursor: the caller's identity and the issuing field. */
export interface CursorBinding {
  /** A stable id of the caller, such as `anonymous` or `member:<patient id>`. */
  readonly caller: string;
  /** The field coordinate that issued the cursor, such as `Query.PatientConnection`. */
  readonly field: string;
}

function bindingKey(binding: CursorBinding): string {
  return JSON.stringify([binding.caller, binding.field]);
}

function invalidCursor(binding: CursorBinding): ServiceError {
  return new ServiceError(
    'BAD_USER_INPUT',
    `Invalid cursor for ${binding.field}: pass a cursor this field returned to you, unchanged`,
  );
}

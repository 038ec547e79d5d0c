import { createHmac, timingSafeEqual } from 'node:crypto';
import { ServiceError } from '../errors';

/**
 * Opaque, signed page cursors. A cursor carries where the next page is and
 * is bound to the caller and the field that issued it, so a client can
 * neither forge one nor replay one issued to somebody else or for another
 * field. The format is `base64url(JSON payload).base64url(HMAC-SHA256)`.
 */
export class CursorCodec {
  private readonly secret: Buffer;

  /** `secret` must be shared by every replica behind one gateway. */
  constructor(secret: Buffer) {
    if (secret.length < 32) {
      throw new Error('cursor secret must be at least 32 bytes');
    }
    this.secret = secret;
  }

  /** Returns a cursor for `position`, valid only for `binding`. */
  encode(binding: CursorBinding, position: unknown): string {
    const payload = Buffer.from(
      JSON.stringify({ b: bindingKey(binding), p: position }),
    ).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /**
   * Returns the position of `cursor`. Raises BAD_USER_INPUT when the cursor
   * is malformed, was altered, or was issued for another caller or field;
   * the message is the same in each case, so it tells an attacker nothing.
   */
  decode(binding: CursorBinding, cursor: string): unknown {
    const [payload, signature, extra] = cursor.split('.');
    if (
      payload === undefined ||
      signature === undefined ||
      extra !== undefined
    ) {
      throw invalidCursor(binding);
    }
    if (!this.verify(payload, signature)) {
      throw invalidCursor(binding);
    }
    const decoded = parsePayload(payload);
    if (decoded === undefined || decoded.b !== bindingKey(binding)) {
      throw invalidCursor(binding);
    }
    return decoded.p;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret)
      .update(payload)
      .digest('base64url');
  }

  private verify(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const actual = Buffer.from(signature);
    return (
      expected.length === actual.length && timingSafeEqual(expected, actual)
    );
  }
}

/** Who may use a cursor and where: the caller's identity and the field. */
export interface CursorBinding {
  /** A stable id of the caller, such as `anonymous` or `member:<patient id>`. */
  readonly caller: string;
  /** The field coordinate that issued the cursor, such as `Query.PatientConnection`. */
  readonly field: string;
}

function bindingKey(binding: CursorBinding): string {
  return `${binding.caller} ${binding.field}`;
}

function parsePayload(payload: string): { b: unknown; p: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    );
    return typeof value === 'object' &&
      value !== null &&
      'b' in value &&
      'p' in value
      ? { b: value.b, p: value.p }
      : undefined;
  } catch {
    return undefined;
  }
}

function invalidCursor(binding: CursorBinding): ServiceError {
  return new ServiceError(
    'BAD_USER_INPUT',
    `Invalid cursor for ${binding.field}: pass a cursor this field returned to you, unchanged`,
  );
}

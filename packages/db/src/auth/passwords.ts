import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** Passwords of dashboard users, stored as `scrypt$N$r$p$salt$hash` (never the password itself). */

interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

// OWASP's minimum for scrypt (N=2^14, r=8, p=1): about 16 MiB and a few tens of milliseconds per hash.
const SCRYPT_PARAMS: ScryptParams = { N: 16_384, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;
export const PASSWORD_MIN = 12;
// Bounds the work an attacker can ask of a login; no real passphrase is longer.
export const PASSWORD_MAX = 1024;
// Bounds a stored hash's cost (a corrupted row must not make one login take gigabytes).
const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

function deriveKey(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      length,
      { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAX_MEMORY + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, SCRYPT_PARAMS, KEY_BYTES);
  const { N, r, p } = SCRYPT_PARAMS;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parsePasswordHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : Number.NaN));
  if (N === undefined || r === undefined || p === undefined) return null;
  const powerOfTwo = Number.isInteger(N) && N >= 2 && (N & (N - 1)) === 0;
  if (!powerOfTwo || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16) || 128 * N * r > SCRYPT_MAX_MEMORY) {
    return null;
  }
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 8 || key.length < 16 || key.length > 128) return null;
  return { params: { N, r, p }, salt, key };
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) {
    await burnPasswordCheck(password);
    return false;
  }
  const key = await deriveKey(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

const DUMMY_SALT = randomBytes(SALT_BYTES);

/** Spends the time of a real password check, so that a miss does not reveal why it missed. */
export async function burnPasswordCheck(password: string): Promise<void> {
  const key = await deriveKey(password.slice(0, PASSWORD_MAX), DUMMY_SALT, SCRYPT_PARAMS, KEY_BYTES);
  timingSafeEqual(key, Buffer.alloc(KEY_BYTES));
}

// No 0/O, 1/l/I: a generated password is read from a terminal and typed by a person.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789';

/**
 * A new random password for a person to type once and then change: four groups of five characters from an
 * alphabet without look-alikes (about 113 bits), e.g. `k7Tqa-9mVcx-…`.
 *
 * @example
 * const password = generatePassword(); // 'k7Tqa-9mVcx-Lr4pw-HneXd'
 */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group += 1) {
    let text = '';
    // Rejection sampling keeps every character equally likely.
    while (text.length < 5) {
      for (const byte of randomBytes(8)) {
        if (text.length === 5) break;
        if (byte < 256 - (256 % PASSWORD_ALPHABET.length))
          text += PASSWORD_ALPHABET.charAt(byte % PASSWORD_ALPHABET.length);
      }
    }
    groups.push(text);
  }
  return groups.join('-');
}

import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/**
 * A key wrapped under a secret (a recovery key or a passphrase): scrypt turns the secret into
 * a 256-bit key-encryption key, and AES-256-GCM seals the database key with it. GCM's tag
 * makes a wrong secret (or a changed file) fail to unwrap instead of giving a wrong key.
 */
export interface SecretWrap {
  kdf: 'scrypt';
  /** scrypt cost: N = 2^logN, with r and p. Stored, so a later version can raise it. */
  logN: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

const AAD = Buffer.from('jointplan database key v1');

function deriveKek(secret: string, wrap: Pick<SecretWrap, 'logN' | 'r' | 'p' | 'salt'>) {
  const N = 2 ** wrap.logN;
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(
      secret.normalize('NFC'),
      Buffer.from(wrap.salt, 'base64'),
      32,
      { N, r: wrap.r, p: wrap.p, maxmem: 256 * N * wrap.r },
      (error, derived) => (error ? reject(error) : resolve(derived)),
    ),
  );
}

/**
 * `logN` 15 (32 MiB, a fraction of a second) suits a random recovery key; a passphrase a
 * person chose gets 17, since guessing it is the attack.
 */
export async function wrapWithSecret(key: Buffer, secret: string, logN = 15): Promise<SecretWrap> {
  const params = { logN, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
  const kek = await deriveKek(secret, params);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...params,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The key, or null when the secret is not the one it was wrapped with. */
export async function unwrapWithSecret(wrap: SecretWrap, secret: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, wrap);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(AAD);
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

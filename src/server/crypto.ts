import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for restricted columns. Layout: version byte, 12-byte nonce, 16-byte tag, ciphertext.
 * The version byte leaves room for key rotation.
 */
export interface Cipher {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export function createCipher(key: Buffer): Cipher {
  if (key.length !== 32) throw new Error("The encryption key must be 32 bytes.");
  return {
    encrypt(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, nonce);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return Buffer.concat([Buffer.from([1]), nonce, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      if (sealed[0] !== 1) throw new Error("Unknown ciphertext version.");
      const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(1, 13));
      decipher.setAuthTag(sealed.subarray(13, 29));
      return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString("utf8");
    },
  };
}

export const sha256 = (value: string | Buffer) => createHash("sha256").update(value).digest("hex");

/** URL-safe random token for cookies and links. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

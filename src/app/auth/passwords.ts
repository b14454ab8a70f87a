import { hash, verify, type Algorithm } from '@node-rs/argon2';

// OWASP's argon2id parameters: m=19 MiB, t=2, p=1. (Algorithm is a const enum: 2 is Argon2id.)
const PARAMS = { algorithm: 2 as Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

// A real hash to verify against when the account does not exist, so that an unknown email
// costs the same time as a wrong password and does not reveal who has an account.
let decoy: Promise<string> | null = null;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoy ??= hash('decoy-password-never-matches', PARAMS);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

// Private notes are sealed with AES-256-GCM under a key derived from APP_SECRET, which lives in
// configuration (or the embedded data directory), never in the database. The note's identity is
// the additional authenticated data: a sealed body copied to another note, pair, author or
// visibility does not open. Anything that does not open fails closed: no partial text, no hint.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface NoteIdentity {
  noteId: string;
  pairId: string;
  authorPersonId: string;
  visibility: string;
}

export type NoteKey = Buffer & { readonly __noteKey: unique symbol };

export function noteKey(appSecret: string | undefined): NoteKey {
  // Without a secret there is nothing to seal with: refuse rather than store plain text.
  if (!appSecret) throw new AppError('internal', 'Notes are unavailable: APP_SECRET is not configured.');
  return Buffer.from(hkdfSync('sha256', appSecret, 'tandem', 'private notes v1', 32)) as NoteKey;
}

function aad(id: NoteIdentity): Buffer {
  return Buffer.from([id.noteId, id.pairId, id.authorPersonId, id.visibility].join('\n'), 'utf8');
}

export function sealNote(key: NoteKey, id: NoteIdentity, text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(id));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export class NoteSealBroken extends Error {
  constructor() {
    super('A note could not be opened: it was changed outside Tandem or sealed with another key.');
  }
}

export function openNote(key: NoteKey, id: NoteIdentity, sealed: string): string {
  const [version, payload] = sealed.split('.', 2);
  if (version !== VERSION || !payload) throw new NoteSealBroken();
  const raw = Buffer.from(payload, 'base64url');
  // Only the exact encoding sealNote wrote: the decoder would skip stray or changed trailing characters.
  if (raw.length < IV_BYTES + TAG_BYTES || raw.toString('base64url') !== payload) throw new NoteSealBroken();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(aad(id));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new NoteSealBroken();
  }
}

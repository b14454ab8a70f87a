import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { noteKey, NoteSealBroken, openNote, sealNote, type NoteIdentity } from '../../src/app/crypto/note-seal.js';
import { AppError } from '../../src/core/errors.js';

const SECRET = 'a'.repeat(32);
const key = noteKey(SECRET);
const id = (over: Partial<NoteIdentity> = {}): NoteIdentity => ({
  noteId: randomUUID(),
  pairId: randomUUID(),
  authorPersonId: randomUUID(),
  visibility: 'only_me',
  ...over,
});

/** Opens, and says how it failed: the text, or the error class name (never both). */
function attempt(sealed: string, identity: NoteIdentity, k = key): string {
  try {
    return `opened:${openNote(k, identity, sealed)}`;
  } catch (err) {
    return err instanceof NoteSealBroken ? 'broken' : `other:${String(err)}`;
  }
}

describe('note seal (AES-256-GCM)', () => {
  it('round-trips plain, unicode, empty and long text', () => {
    const who = id();
    for (const text of [
      'Talked about the Q3 plan.',
      'Ünïcödé — 日本語 — 🧑‍🤝‍🧑 — ‮rtl',
      '',
      'x'.repeat(20_000),
      'line 1\nline 2\r\n\ttab',
      '\u0000nul',
    ]) {
      expect(openNote(key, who, sealNote(key, who, text))).toBe(text);
    }
  });

  it('property: any text round-trips for any identity', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.uuid(),
        fc.uuid(),
        fc.uuid(),
        fc.constantFrom('only_me', 'both'),
        (text, noteId, pairId, authorPersonId, visibility) => {
          const who = { noteId, pairId, authorPersonId, visibility };
          expect(openNote(key, who, sealNote(key, who, text))).toBe(text);
        },
      ),
    );
  });

  it('seals the same text differently each time, and the sealed text never contains the plain text', () => {
    const who = id();
    const text = 'CANARY-plaintext-that-must-not-appear';
    const a = sealNote(key, who, text);
    const b = sealNote(key, who, text);
    expect(a).not.toBe(b);
    for (const sealed of [a, b]) {
      expect(sealed).not.toContain('CANARY');
      expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('CANARY');
      expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    }
  });

  it('every single-byte flip of the payload fails closed: NoteSealBroken, never any text', () => {
    const who = id();
    const text = 'Private: she is thinking of leaving.';
    const sealed = sealNote(key, who, text);
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (let i = 0; i < raw.length; i++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const flipped = Buffer.from(raw);
        flipped[i] = (flipped[i] as number) ^ mask;
        expect(attempt(`v1.${flipped.toString('base64url')}`, who), `byte ${i} mask ${mask}`).toBe('broken');
      }
    }
  });

  it('truncated, extended, re-versioned or garbage bodies fail closed', () => {
    const who = id();
    const sealed = sealNote(key, who, 'hello!'); // 34 bytes: the last base64url character has unused bits
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (let n = 0; n < raw.length; n++)
      expect(attempt(`v1.${raw.subarray(0, n).toString('base64url')}`, who), `first ${n} bytes`).toBe('broken');
    expect(attempt(`v1.${Buffer.concat([raw, Buffer.from([0])]).toString('base64url')}`, who)).toBe('broken');
    // A last character that decodes to the same bytes (its unused low bits changed) is still a change.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = [...alphabet]
      .map((c) => sealed.slice(0, -1) + c)
      .find((s) => s !== sealed && Buffer.from(s.slice(3), 'base64url').equals(raw));
    expect(sibling).toBeDefined();
    expect(attempt(sibling as string, who)).toBe('broken');
    for (const bad of ['', 'v1', 'v1.', 'v2' + sealed.slice(2), sealed.slice(3), 'hello', 'v1.!!!!', `${sealed}x`])
      expect(attempt(bad, who), bad).toBe('broken');
  });

  it('property: a changed character anywhere in the stored text fails closed', () => {
    const who = id();
    const sealed = sealNote(key, who, 'a note that matters');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    fc.assert(
      fc.property(fc.nat({ max: sealed.length - 1 }), fc.constantFrom(...alphabet), (at, ch) => {
        fc.pre(sealed[at] !== ch);
        const changed = sealed.slice(0, at) + ch + sealed.slice(at + 1);
        // Even where base64url would decode to the same bytes (the unused low bits of the last character), it fails.
        expect(attempt(changed, who)).toBe('broken');
      }),
      { numRuns: 500 },
    );
  });

  it('a body moved to another note, pair, author or visibility does not open', () => {
    const who = id();
    const sealed = sealNote(key, who, 'bound to its row');
    expect(attempt(sealed, who)).toBe('opened:bound to its row');
    expect(attempt(sealed, { ...who, noteId: randomUUID() })).toBe('broken');
    expect(attempt(sealed, { ...who, pairId: randomUUID() })).toBe('broken');
    expect(attempt(sealed, { ...who, authorPersonId: randomUUID() })).toBe('broken');
    expect(attempt(sealed, { ...who, visibility: 'both' })).toBe('broken');
    // The fields are separated: shifting text between them does not produce the same identity.
    const a = { noteId: 'ab', pairId: 'c', authorPersonId: 'd', visibility: 'only_me' };
    expect(attempt(sealNote(key, a, 't'), { ...a, noteId: 'a', pairId: 'bc' })).toBe('broken');
  });

  it('another APP_SECRET does not open it; the same secret always derives the same key', () => {
    const who = id();
    const sealed = sealNote(key, who, 'secret text');
    expect(attempt(sealed, who, noteKey('b'.repeat(32)))).toBe('broken');
    expect(attempt(sealed, who, noteKey(`${SECRET}x`))).toBe('broken');
    expect(attempt(sealed, who, noteKey(SECRET))).toBe('opened:secret text');
    expect(key.length).toBe(32);
  });

  it('refuses to seal without a configured secret, and the failure message carries no text', () => {
    expect(() => noteKey(undefined)).toThrow(AppError);
    expect(() => noteKey('')).toThrow(/APP_SECRET is not configured/);
    expect(new NoteSealBroken().message).not.toMatch(/secret text/);
  });
});

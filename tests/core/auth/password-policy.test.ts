import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORD_LIST, COMMON_PASSWORDS } from '../../../src/core/auth/common-passwords.js';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../src/core/auth/password-policy.js';

const codePoints = (text: string) => [...text].length;

function rejection(password: string, context?: { email?: string; name?: string }): string {
  const verdict = checkPassword(password, context);
  if (verdict.ok) throw new Error(`expected "${password}" to be rejected`);
  return verdict.message;
}

describe('checkPassword: length', () => {
  it('accepts 8 characters and rejects 7, naming the minimum', () => {
    expect(checkPassword('tangelo7')).toEqual({ ok: true });
    expect(rejection('tangelo')).toMatch(/at least 8 characters/);
    expect(rejection('')).toMatch(/too short/);
  });

  it('accepts 128 characters and rejects 129, naming the maximum', () => {
    expect(checkPassword('a'.repeat(127) + 'b')).toEqual({ ok: true });
    expect(rejection('a'.repeat(128) + 'b')).toMatch(/at most 128 characters/);
  });

  it('counts code points, not UTF-16 units', () => {
    // Four emoji are eight UTF-16 units but four characters.
    expect('🔒'.repeat(4)).toHaveLength(8);
    expect(rejection('🔒'.repeat(4))).toMatch(/too short/);
    expect(checkPassword('🔒'.repeat(8))).toEqual({ ok: true });
    // 128 emoji are 256 UTF-16 units but still within the limit.
    expect(checkPassword('😀'.repeat(128))).toEqual({ ok: true });
    expect(rejection('😀'.repeat(129))).toMatch(/too long/);
  });

  it('agrees with the code-point length for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (password) => {
        const length = codePoints(password);
        const verdict = checkPassword(password);
        if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) expect(verdict.ok).toBe(false);
        else expect(verdict.ok).toBe(!COMMON_PASSWORDS.has(password.normalize('NFKC').trim().toLowerCase()));
      }),
    );
  });
});

describe('checkPassword: no composition rules', () => {
  it.each([
    'correct horse battery staple',
    'alllowercaseletters',
    '9375028164',
    'пароль для входа',
    '我的密码很长很长',
    'tandem-admin-demo',
  ])('accepts %s', (password) => {
    expect(checkPassword(password)).toEqual({ ok: true });
  });
});

describe('checkPassword: common passwords', () => {
  it.each(['password', 'PASSWORD', 'Password1', '12345678', 'qwertyuiop', 'iloveyou1', 'football', 'P@ssw0rd'])(
    'rejects %s',
    (password) => {
      expect(rejection(password)).toMatch(/too common/);
    },
  );

  it('ignores surrounding spaces and Unicode look-alikes', () => {
    expect(rejection('  password  ')).toMatch(/too common/);
    expect(rejection('ｐａｓｓｗｏｒｄ')).toMatch(/too common/);
  });
});

describe('checkPassword: context', () => {
  const context = { email: 'Margaret.Hamilton@Example.com', name: 'Margaret Hamilton' };

  it('rejects the email address and its local part, case-insensitively', () => {
    expect(rejection('margaret.hamilton@example.com', context)).toMatch(/email address/);
    expect(rejection('MARGARET.HAMILTON', context)).toMatch(/email address/);
  });

  it('rejects the name, ignoring case and spaces', () => {
    expect(rejection('margaret hamilton', context)).toMatch(/your name/);
    expect(rejection('MargaretHamilton', context)).toMatch(/your name/);
  });

  it('accepts passwords that merely contain them, and works without context', () => {
    expect(checkPassword('margaret.hamilton-apollo-11', context)).toEqual({ ok: true });
    expect(checkPassword('margaret.hamilton')).toEqual({ ok: true });
    expect(checkPassword('margaret.hamilton', {})).toEqual({ ok: true });
  });
});

describe('COMMON_PASSWORDS', () => {
  it('holds at least a thousand lowercase entries of 8+ characters, without duplicates', () => {
    expect(COMMON_PASSWORD_LIST.length).toBeGreaterThanOrEqual(1000);
    expect(COMMON_PASSWORDS.size).toBe(COMMON_PASSWORD_LIST.length);
    for (const entry of COMMON_PASSWORD_LIST) {
      expect(entry).toBe(entry.toLowerCase());
      expect(codePoints(entry)).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    }
  });

  it('includes the classics', () => {
    for (const classic of ['password', '12345678', 'qwertyuiop', 'iloveyou1', 'password1', 'football']) {
      expect(COMMON_PASSWORDS.has(classic)).toBe(true);
    }
  });
});

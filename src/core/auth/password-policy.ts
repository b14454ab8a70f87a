// Password rules after OWASP ASVS (password security) and NIST SP 800-63B: length is what makes a
// password strong, so we ask for 8–128 characters of any Unicode, impose no composition rules
// (they push people towards predictable patterns like "Password1!"), and refuse passwords that
// attackers try first: common leaked ones and the user's own email address or name.
import { COMMON_PASSWORDS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 8;
// Long enough for any passphrase, short enough that hashing cannot be abused for denial of service.
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordVerdict = { ok: true } | { ok: false; message: string };

export interface PasswordContext {
  email?: string;
  name?: string;
}

export function checkPassword(password: string, context: PasswordContext = {}): PasswordVerdict {
  // Code points, not UTF-16 units: an emoji or a CJK character is one character to the person typing it.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return reject(`Your password is too short: use at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return reject(`Your password is too long: use at most ${PASSWORD_MAX_LENGTH} characters.`);
  }
  const folded = fold(password);
  if (isEmailLike(folded, context.email)) {
    return reject('Your password must not be your email address or the part before the @.');
  }
  if (isName(folded, context.name)) {
    return reject('Your password must not be your name.');
  }
  if (COMMON_PASSWORDS.has(folded)) {
    return reject('This password is too common: it appears in lists of leaked passwords. Please choose another.');
  }
  return { ok: true };
}

const reject = (message: string): PasswordVerdict => ({ ok: false, message });

// Compare the way an attacker guesses: ignoring case, surrounding spaces and Unicode look-alikes
// (NFKC folds e.g. full-width "ｐａｓｓｗｏｒｄ" into "password").
const fold = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

function isEmailLike(folded: string, email: string | undefined): boolean {
  if (!email) return false;
  const address = fold(email);
  const at = address.lastIndexOf('@');
  const localPart = at > 0 ? address.slice(0, at) : address;
  return folded === address || folded === localPart;
}

// "Ada Lovelace", "ada lovelace" and "adalovelace" are the same guess.
function isName(folded: string, name: string | undefined): boolean {
  if (!name) return false;
  const squash = (text: string) => text.replace(/\s+/gu, '');
  const foldedName = squash(fold(name));
  return foldedName.length > 0 && squash(folded) === foldedName;
}

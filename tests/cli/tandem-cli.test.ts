import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/tandem-cli.js';

// The real command, as an operator runs it, on an embedded database in a temporary directory.
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-cli-'));

const tandem = (args: string[], env: Record<string, string> = {}) => runTandem(args, { dataDir, env });

describe('tandem CLI', { timeout: 120_000 }, () => {
  it('migrates, creates an organization and its first admin', () => {
    expect(tandem(['migrate'])).toMatchObject({ code: 0, out: expect.stringContaining('up to date') });
    expect(tandem(['create-org', 'acme', '--name', 'Acme Corp'])).toMatchObject({ code: 0 });
    expect(tandem(['create-org', 'acme', '--name', 'Again'])).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
    const admin = tandem(['create-admin', '--org', 'acme', '--email', 'root@acme.test', '--name', 'Root'], { TANDEM_ADMIN_PASSWORD: 'a-long-admin-passphrase' });
    expect(admin).toMatchObject({ code: 0, out: expect.stringContaining('root@acme.test') });
    const weak = tandem(['create-admin', '--org', 'acme', '--email', 'weak@acme.test', '--name', 'Weak'], { TANDEM_ADMIN_PASSWORD: 'password' });
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/password/i);
  });

  it('imports nothing from a file with a bad row, prints the report and exits non-zero', () => {
    const res = tandem(['import-people', 'examples/people-with-errors.csv', '--org', 'acme']);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/nothing was imported/);
    expect(res.err).toMatch(/row \d+, email: /);
  });

  it('imports a valid file, then reports it unchanged', () => {
    expect(tandem(['import-people', 'examples/people.csv', '--org', 'acme'])).toMatchObject({ code: 0, out: expect.stringContaining('15 created') });
    expect(tandem(['import-people', 'examples/people.csv', '--org', 'acme', '--dry-run'])).toMatchObject({ code: 0, out: expect.stringContaining('15 unchanged') });
  });

  it('explains an unknown organization or file', () => {
    expect(tandem(['import-people', 'examples/people.csv', '--org', 'nope'])).toMatchObject({ code: 1, err: expect.stringContaining('No organization with slug "nope"') });
    expect(tandem(['import-people', 'missing.csv', '--org', 'acme'])).toMatchObject({ code: 1, err: expect.stringContaining('missing.csv') });
    expect(tandem(['outbox', '--org', 'acme', '--limit', 'x']).code).not.toBe(0);
  });

  it('shows the outbox', () => {
    expect(tandem(['outbox', '--org', 'acme'])).toMatchObject({ code: 0, out: expect.stringContaining('The outbox is empty.') });
  });
});

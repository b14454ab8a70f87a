import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/env.js';

describe('configuration', () => {
  it('has working defaults for the embedded set-up', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: undefined, logLevel: 'info' });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('requires APP_SECRET with DATABASE_URL, so all servers share it', () => {
    expect(() => parseConfig({ DATABASE_URL: 'postgres://db/tandem' })).toThrow(/APP_SECRET/);
    expect(parseConfig({ DATABASE_URL: 'postgres://db/tandem', APP_SECRET: 's'.repeat(32) }).databaseUrl).toBe('postgres://db/tandem');
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '', SMTP_URL: '' }).port).toBe(3000);
  });
});

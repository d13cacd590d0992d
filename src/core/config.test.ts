import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'lionrock-config-'));

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:8080 and ./.lionrock with no database URL', () => {
    expect(loadConfig({}, emptyDir())).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: './.lionrock' });
    expect(loadConfig({}, emptyDir()).databaseUrl).toBeUndefined();
  });

  it('reads the config file, and environment variables override it', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'lionrock.config.json'), JSON.stringify({ port: 9000, host: '0.0.0.0' }));
    expect(loadConfig({}, dir)).toMatchObject({ port: 9000, host: '0.0.0.0' });
    expect(loadConfig({ PORT: '9100', DATABASE_URL: 'postgres://u@db/lionrock' }, dir)).toMatchObject({
      port: 9100,
      databaseUrl: 'postgres://u@db/lionrock',
    });
  });

  it('names each bad setting and where it came from', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'lionrock.config.json'), JSON.stringify({ logLevel: 'loud', colour: 'red' }));
    expect(() => loadConfig({ PORT: '-1', LIONROCK_ADMIN_KEY: 'short' }, dir)).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: '-1', LIONROCK_ADMIN_KEY: 'short' }, dir);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/port \(env PORT\)/);
      expect(message).toMatch(/adminKey \(env LIONROCK_ADMIN_KEY\): must be at least 24 characters/);
      expect(message).toMatch(/logLevel \(config file/);
      expect(message).toMatch(/colour/);
    }
  });

  it('reads audit witnesses as a comma-separated list and names one that is not http(s) or udp', () => {
    const dir = emptyDir();
    const witnesses = 'https://witness.example.gov.hk/anchor, udp://syslog.internal:514';
    expect(loadConfig({ LIONROCK_AUDIT_ANCHOR_WITNESSES: witnesses }, dir).auditAnchorWitnesses).toEqual([
      'https://witness.example.gov.hk/anchor',
      'udp://syslog.internal:514',
    ]);
    expect(() => loadConfig({ LIONROCK_AUDIT_ANCHOR_WITNESSES: 'ftp://x' }, dir)).toThrowError(
      /auditAnchorWitnesses \(env LIONROCK_AUDIT_ANCHOR_WITNESSES\): must be http\(s\):\/\/… or udp:\/\/host:port/,
    );
  });

  it('refuses a missing LIONROCK_CONFIG file and a file that is not JSON', () => {
    const dir = emptyDir();
    expect(() => loadConfig({ LIONROCK_CONFIG: 'nope.json' }, dir)).toThrowError(/does not exist/);
    writeFileSync(join(dir, 'broken.json'), '{ port: ');
    expect(() => loadConfig({ LIONROCK_CONFIG: 'broken.json' }, dir)).toThrowError(/not valid JSON/);
  });
});

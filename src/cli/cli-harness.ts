import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { createProvider, type FakeProvider, putAllowlist, SecretBox, startFakeProvider } from '../gateway/index.ts';
import { migrate, openStore } from '../store/index.ts';

/** Test helpers: the real `lionrock` binary run on a real data folder. */

const BIN = fileURLToPath(new URL('../../bin/lionrock', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, LIONROCK_ADMIN_KEY: _also, LIONROCK_API_KEY: _key, ...rest } = process.env;
  return { ...rest, LIONROCK_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
}

/** Runs one command to its end, with `stdin` as its input when given. */
export function run(args: string[], dataDir: string, extra: Record<string, string> = {}, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: env(dataDir, extra) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (stdin !== undefined) child.stdin.end(stdin);
  });
}

/** Starts `lionrock serve` and resolves once it has printed its URL (and admin key line, if any). */
export function serve(dataDir: string, extra: Record<string, string> = {}) {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], { env: env(dataDir, { PORT: '0', ...extra }) });
  let stdout = '';
  const ready = new Promise<{ url: string; output: () => string }>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const url = /LionRock listening on (\S+)/.exec(stdout)?.[1];
      if (url && /Database: .*\n/.test(stdout) && (!/Seeded/.test(stdout) || /Admin API key: .*\n/.test(stdout))) {
        resolve({ url, output: () => stdout });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited early (${code}): ${stdout}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited };
}

/** A data folder in which department `tdx` may call the model `local/m`: a stand-in OpenAI-compatible server. */
export interface ModelDataDir {
  dir: string;
  fake: FakeProvider;
  close(): Promise<void>;
}

/** Starts the stand-in model and prepares a data folder whose department `tdx` is allowed it through the gateway. */
export async function dataDirWithModel(prefix: string): Promise<ModelDataDir> {
  const fake = await startFakeProvider();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = await openStore({ dataDir: dir });
  try {
    await migrate(store);
    const ctx = { principal: CLI_PRINCIPAL, requestId: 'test' };
    const department = await createDepartment(store.db, ctx, { code: 'tdx', nameEn: 'Transport', nameZh: '運輸' });
    // No API key: the stand-in needs none, so no secret is involved.
    const secrets = new SecretBox('unit-test-secret-unit-test-secret-0123456789');
    await createProvider(store.db, ctx, secrets, { name: 'local', baseUrl: fake.url, models: ['m'], maxRetries: 1 });
    await putAllowlist(store.db, ctx, department.id, [{ provider: 'local', model: 'm' }]);
  } finally {
    await store.close();
  }
  return {
    dir,
    fake,
    close: async () => {
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

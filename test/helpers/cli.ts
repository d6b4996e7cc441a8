import { spawnSync } from 'node:child_process';
import { cli } from './paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `attache` CLI as a user would, in a child process. */
export function attache(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ATTACHE_DB: '', ...options.env },
    input: options.input,
    cwd: options.cwd,
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

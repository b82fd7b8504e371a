/** Runs the command line (bin/ottok.mjs, built on first use) as a user would, and reads what it wrote. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VIEW_IDS } from '../../src/views/registry';
import { snapshotFromJson, type Snapshot } from '../../src/share/snapshot-codec';
import type { Summary } from '../../src/cli/report';

const BIN = fileURLToPath(new URL('../../bin/ottok.mjs', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], timeout = 600_000): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout, env: { ...process.env, TZ: 'UTC' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `ottok analyse <files> --json --out <out> …`: the printed figures and the snapshot written. */
export function analyseWithCli(files: string[], out: string, extra: string[] = []): { summary: Summary; snapshot: Snapshot; run: CliRun } {
  const run = runCli(['analyse', ...files, '--json', '--out', out, '--threads', '2', ...extra]);
  if (run.status !== 0) throw new Error(`ottok exited with ${run.status}: ${run.stderr}`);
  return { summary: JSON.parse(run.stdout) as Summary, snapshot: snapshotFromJson(readFileSync(out, 'utf8'), VIEW_IDS), run };
}

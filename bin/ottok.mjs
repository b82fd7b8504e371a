#!/usr/bin/env node
// `ottok` (npx ottok …, or node bin/ottok.mjs …): runs the Node build of src/cli (bin/dist/ottok.js), building
// it first (`npm run build:cli`) when it is missing or older than a file of src/, so a checkout just works.
// Builds are serialised by a lock file: two commands started at once (parallel tests) build once.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'bin', 'dist', 'ottok.js');
const lock = path.join(root, 'bin', '.build.lock');
const STALE_LOCK_MS = 5 * 60_000;

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

function stale() {
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(path.join(root, 'src')), statSync(path.join(root, 'vite.cli.config.ts')).mtimeMs);
  return sources > statSync(built).mtimeMs;
}

function build() {
  process.stderr.write('building the command line (npm run build:cli)…\n');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write('the build failed: run `npm ci` in the repository, then try again.\n');
    process.exit(1);
  }
}

while (stale()) {
  let fd;
  try {
    fd = openSync(lock, 'wx');
  } catch {
    // another command is building: wait for it (or take over a lock left by a build that died)
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    continue;
  }
  try {
    if (stale()) build();
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
  break; // built (a source dated in the future would otherwise rebuild forever)
}
await import(pathToFileURL(built).href);

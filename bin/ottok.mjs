#!/usr/bin/env node
// `ottok` (npx ottok …, or node bin/ottok.mjs …): runs the Node build of src/cli (bin/dist/ottok.js), building
// it first (`npm run build:cli`) when it is missing or older than a file of src/, so a checkout just works.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'bin', 'dist', 'ottok.js');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

const sources = [path.join(root, 'src'), path.join(root, 'vite.cli.config.ts')];
const stale = !existsSync(built) || sources.some((s) => (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs) > statSync(built).mtimeMs);
if (stale) {
  process.stderr.write('building the command line (npm run build:cli)…\n');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write('the build failed: run `npm ci` in the repository, then try again.\n');
    process.exit(1);
  }
}
await import(pathToFileURL(built).href);

// The benchmark's input files in bench/.data/ (git-ignored): reused when present, made when missing.
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, rename, readFile, writeFile } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRetailCsv } from './generate.mjs';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(BENCH_DIR, '.data');
const UCI_GZ = resolve(BENCH_DIR, '../../shared/data/uci_online_retail.csv.gz');

async function countLines(path) {
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 })) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

/** Returns [{ key, label, path, rows, bytes }] for the requested files, preparing what is missing. */
export async function prepareData({ quick, huge = false, log = console.log }) {
  await mkdir(DATA_DIR, { recursive: true });
  const files = [];

  const uci = join(DATA_DIR, 'uci_online_retail.csv');
  if (!existsSync(uci)) {
    log(`unpacking ${UCI_GZ} → ${uci}`);
    await pipeline(createReadStream(UCI_GZ), createGunzip(), createWriteStream(`${uci}.tmp`));
    await rename(`${uci}.tmp`, uci);
  }
  files.push({ key: 'uci', label: 'UCI Online Retail', path: uci, rows: (await countLines(uci)) - 1 });

  const generated = quick ? [['gen_1m', 1_000_000]] : [['gen_1m', 1_000_000], ['gen_10m', 10_000_000]];
  if (huge) generated.push(['gen_40m', 40_000_000]);
  for (const [key, rows] of generated) {
    const path = join(DATA_DIR, `${key}.csv`);
    if (!existsSync(path)) {
      const t = performance.now();
      log(`generating ${path} (${rows.toLocaleString('en')} rows)…`);
      await generateRetailCsv(path, rows);
      log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    files.push({ key, label: `generated ${rows / 1e6} M`, path, rows });
  }

  // A tiny file of the same shape, loaded once per page before the timed run so the engine is started
  // (and the page's code warmed) in both the app and the bare harness.
  const warmup = join(DATA_DIR, 'warmup.csv');
  if (!existsSync(warmup)) {
    const text = await readFile(uci, { encoding: 'utf8' }).then((t) => t.split('\n').slice(0, 301).join('\n') + '\n');
    await writeFile(warmup, text);
  }
  for (const f of files) f.bytes = statSync(f.path).size;
  return { files, warmup };
}

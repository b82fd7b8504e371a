// Process helpers for the benchmark: the static server and the browser's memory.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** Starts `vite preview` in its own process group; resolves once it answers; `.stop()` ends that group. */
export async function startPreview({ cwd, outDir, port }) {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop, pid: child.pid };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}:\n${output}`);
}

function readProcs() {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      /* exited meanwhile */
    }
  }
  return procs;
}

function rssKb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Busy and total CPU ticks of the whole machine (all cores), from /proc/stat. */
export function machineTicks() {
  const [, ...v] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = v.map(Number);
  const idle = n[3] + (n[4] ?? 0);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Waits until the machine's other work uses under `maxCores` cores (sampled over 2 s), at most `maxMs`. */
export async function waitForQuiet({ maxCores = 0.3, maxMs = 300_000, log = console.log } = {}) {
  const start = Date.now();
  let warned = false;
  for (;;) {
    const a = machineTicks();
    await new Promise((r) => setTimeout(r, 2000));
    const b = machineTicks();
    const cores = (b.busy - a.busy) / TICKS_PER_SECOND / 2;
    if (cores <= maxCores) return { waitedMs: Date.now() - start, cores };
    if (Date.now() - start > maxMs) return { waitedMs: Date.now() - start, cores, busy: true };
    if (!warned) log(`    (waiting for the machine to go quiet: other processes use ${cores.toFixed(1)} cores)`);
    warned = true;
  }
}

/**
 * Samples a process tree (minus its root and the `excludePids` subtrees) every `ms`: the peak resident
 * memory (total and largest process) and the CPU time its processes used since `reset()`.
 */
export function memorySampler(rootPid, excludePids = [], ms = 250) {
  let peakTotal = 0;
  let peakOne = 0;
  let baseline = new Map();
  const lastTicks = new Map();
  const sample = () => {
    const procs = readProcs();
    const tree = new Set([rootPid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, { ppid }] of procs) {
        if (tree.has(ppid) && !tree.has(pid) && !excludePids.includes(pid)) {
          tree.add(pid);
          grew = true;
        }
      }
    }
    tree.delete(rootPid);
    let total = 0;
    for (const pid of tree) {
      const kb = rssKb(pid);
      total += kb;
      peakOne = Math.max(peakOne, kb);
      lastTicks.set(pid, procs.get(pid).ticks);
    }
    peakTotal = Math.max(peakTotal, total);
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    reset() {
      peakTotal = 0;
      peakOne = 0;
      sample();
      baseline = new Map(lastTicks);
    },
    peak: () => ({ totalMb: peakTotal / 1024, processMb: peakOne / 1024 }),
    /** CPU seconds the tree used since reset() (processes that ended count up to their last sample). */
    cpuSeconds() {
      sample();
      let ticks = 0;
      for (const [pid, t] of lastTicks) ticks += t - (baseline.get(pid) ?? 0);
      return ticks / TICKS_PER_SECOND;
    },
    stop: () => clearInterval(timer),
  };
}

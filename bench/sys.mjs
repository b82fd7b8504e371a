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
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      procs.set(Number(name), ppid);
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

/** Samples the resident memory of a process tree (minus its root and `excludePids` subtrees) every `ms`; peak total and peak single process. */
export function memorySampler(rootPid, excludePids = [], ms = 250) {
  let peakTotal = 0;
  let peakOne = 0;
  const sample = () => {
    const procs = readProcs();
    const tree = new Set([rootPid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, ppid] of procs) {
        if (tree.has(ppid) && !tree.has(pid) && !excludePids.includes(pid)) (tree.add(pid), (grew = true));
      }
    }
    tree.delete(rootPid);
    let total = 0;
    for (const pid of tree) {
      const kb = rssKb(pid);
      total += kb;
      peakOne = Math.max(peakOne, kb);
    }
    peakTotal = Math.max(peakTotal, total);
  };
  const timer = setInterval(sample, ms);
  return {
    reset() {
      peakTotal = 0;
      peakOne = 0;
    },
    peak: () => ({ totalMb: peakTotal / 1024, processMb: peakOne / 1024 }),
    stop: () => clearInterval(timer),
  };
}

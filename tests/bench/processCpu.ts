import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second as /proc reports CPU times (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/** What a process of the tree is: Chromium's own `--type` (renderer, gpu-process, …), `browser`, or `node`. */
function kindOf(cmdline: string): string {
  if (!cmdline.includes('chrom')) return 'node';
  return /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser';
}

function readStat(pid: string): { parent: string; cpuMs: number } | null {
  try {
    // The command name in parentheses may hold spaces; the fields after it are fixed.
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    return { parent: fields[1] ?? '', cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null; // gone meanwhile
  }
}

/**
 * CPU time (user + system, ms) used so far by every live process descended from this one, by process,
 * with its kind. Linux only (an empty map elsewhere): what the bench's browser pages and server cost,
 * whatever else the machine is running, since only this process's own children are counted.
 */
export function descendantCpu(): Map<string, { kind: string; cpuMs: number }> {
  const out = new Map<string, { kind: string; cpuMs: number }>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return out;
  }
  const stats = new Map<string, { parent: string; cpuMs: number }>();
  for (const pid of pids) {
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  const self = String(process.pid);
  const descends = (pid: string) => {
    for (let p = stats.get(pid)?.parent, depth = 0; p && depth < 16; p = stats.get(p)?.parent, depth++)
      if (p === self) return true;
    return false;
  };
  for (const [pid, stat] of stats) {
    if (!descends(pid)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    out.set(pid, { kind: kindOf(cmdline), cpuMs: stat.cpuMs });
  }
  return out;
}

/** CPU used between two readings, summed by kind (processes started meanwhile count from zero). */
export function cpuSpentByKind(
  before: ReadonlyMap<string, { kind: string; cpuMs: number }>,
  after: ReadonlyMap<string, { kind: string; cpuMs: number }>,
): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [pid, { kind, cpuMs }] of after)
    spent[kind] = (spent[kind] ?? 0) + cpuMs - (before.get(pid)?.cpuMs ?? 0);
  return spent;
}

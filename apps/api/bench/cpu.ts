import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * CPU time read from Linux's /proc (clock ticks, USER_HZ = 100) around a run: that of the server under
 * load, of this process (autocannon), and of the whole machine. It says which side was saturated, and
 * whether something else (a build, a test run on the shared machine) competed for the 2 cores.
 */
export interface CpuSnapshot {
  readonly machineBusy: number;
  readonly client: number;
  readonly server: number;
  readonly at: number;
}

export interface CpuUse {
  /** Share of one core used by the server process (1 = a whole core; its extra threads can add more). */
  readonly server: number;
  /** Share of one core used by this process, the load generator. */
  readonly client: number;
  /** Share of the whole machine (all cores) used by every other process, 0–1. */
  readonly other: number;
}

function machineBusy(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return total - idle;
}

function processTicks(pid: number | 'self'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Reads the counters, or `null` where /proc is not available. */
export function cpuSnapshot(serverPid: number | undefined): CpuSnapshot | null {
  if (serverPid === undefined) return null;
  try {
    return {
      machineBusy: machineBusy(),
      client: processTicks('self'),
      server: processTicks(serverPid),
      at: Date.now(),
    };
  } catch {
    return null;
  }
}

/** CPU use between two snapshots, or `null` when either is missing. */
export function cpuUse(before: CpuSnapshot | null, after: CpuSnapshot | null): CpuUse | null {
  if (before === null || after === null || after.at <= before.at) return null;
  const ticks = ((after.at - before.at) / 1000) * 100;
  const server = after.server - before.server;
  const client = after.client - before.client;
  const others = after.machineBusy - before.machineBusy - server - client;
  return {
    server: server / ticks,
    client: client / ticks,
    other: Math.min(1, Math.max(0, others / (ticks * cpus().length))),
  };
}

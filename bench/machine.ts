import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a benchmark ran on, printed with its figures. */
export function machine(): string {
  const cpu = cpus();
  return [
    `CPU ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} core(s)`,
    `RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node ${process.version}`,
    `${process.platform}/${process.arch}`,
    // other work on the machine skews the figures; the load average says how much there was
    `load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  ].join(' · ');
}

/** Peak resident memory of this process so far (all its threads), in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The p-th percentile (0–100) of a list of numbers, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** What every benchmark script shares: its command-line options and percentiles of sorted samples. */
const args = process.argv.slice(2);

/** The value after `--name` on the command line, if given. */
export function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Whether `--name` is on the command line. */
export function flag(name: string): boolean {
  return args.includes(name);
}

/** The sample at `fraction` (0.95 for p95) of an ascending list; 0 for an empty list. */
export function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

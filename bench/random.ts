/** A small seeded random source (mulberry32): the same seed gives the same corpus everywhere. */
export class Random {
  private state: number;
  private readonly cdfs = new Map<string, number[]>();

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * An index in [0, n) drawn with Zipf-like weights 1/(i+1)^s: a few items are common,
   * most are rare — as countries are in the news. Cumulative weights are kept per (n, s).
   */
  zipf(n: number, s = 1): number {
    const key = `${n}:${s}`;
    let cdf = this.cdfs.get(key);
    if (!cdf) {
      cdf = [];
      let total = 0;
      for (let i = 0; i < n; i++) cdf.push((total += 1 / (i + 1) ** s));
      this.cdfs.set(key, cdf);
    }
    const x = this.next() * cdf[n - 1]!;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

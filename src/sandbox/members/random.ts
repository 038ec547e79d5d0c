/**
 * A small seeded pseudo-random generator (the mulberry32 algorithm). Its
 * output is fully determined by the 32-bit seed, which is what synthetic
 * test data needs. It is not for cryptographic use.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Returns a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Returns an integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns true with the given probability (0 to 1). */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Returns one element, each with the same probability. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) {
      throw new RangeError('SeededRandom.pick needs a non-empty array');
    }
    return item;
  }

  /** Returns `count` random decimal digits. */
  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) {
      text += String(this.int(0, 9));
    }
    return text;
  }
}

/**
 * Creates the generator for one member. Each member gets its own stream
 * derived from (seed, member number), so member 7 is the same whether 10 or
 * 200 members are generated.
 */
export function memberRandom(seed: number, memberNumber: number): SeededRandom {
  let hash = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ memberNumber;
  hash = Math.imul(hash ^ (hash >>> 16), 0xc2b2ae35);
  return new SeededRandom(hash ^ (hash >>> 13));
}

import seedrandom from 'seedrandom';

/**
 * Deterministic randomness for the demo data, in two forms: SQL expressions that depend only on
 * a row's key (so that a million rows are drawn inside the database, the same on PGlite and
 * PostgreSQL: hashint8extended is the stable hash behind hash partitioning), and a seeded PRNG
 * for the small tables built in JavaScript.
 */

export type Weights = readonly (readonly [value: string, weight: number])[];

/** A SQL string literal for constants of our own code (codes, labels): never user input. */
export function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** SQL: a uniform draw in [0, 1) from the row key, the run's seed and a salt naming the purpose. */
export function draw(seed: number, salt: number, key = 'key'): string {
  return `((hashint8extended(${key}, ${seed * 1000 + salt}) & 2147483647)::float8 / 2147483648)`;
}

/** SQL: a whole number in [0, n) from a draw. */
export function below(u: string, n: number | string): string {
  return `floor(${u} * ${n})::int`;
}

/** SQL: one of the weighted values, by cumulative thresholds on the draw u. */
export function pickSql(u: string, weights: Weights, otherwise?: string): string {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const whens = weights.slice(0, -1).map(([value, weight]) => {
    cumulative += weight;
    return `when ${u} < ${(cumulative / total).toFixed(6)} then ${lit(value)}`;
  });
  const last = weights.at(-1)?.[0];
  if (last === undefined) throw new Error('pickSql needs at least one weighted value');
  return `(case ${whens.join(' ')} else ${otherwise ?? lit(last)} end)`;
}

/** SQL: a value looked up by a text expression in a small map (e.g. topic -> team), with a default. */
export function lookupSql(expression: string, map: Readonly<Record<string, string | number>>, otherwise: string): string {
  const whens = Object.entries(map).map(([k, v]) => `when ${lit(k)} then ${typeof v === 'number' ? String(v) : lit(v)}`);
  return `(case ${expression} ${whens.join(' ')} else ${otherwise} end)`;
}

/** A PostgreSQL array literal for a text parameter ('{a,b,NULL}'); elements are quoted when needed. */
export function pgArray(values: readonly (string | number | boolean | null)[]): string {
  const element = (v: string | number | boolean | null): string => {
    if (v === null) return 'NULL';
    if (typeof v !== 'string') return String(v);
    return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `{${values.map(element).join(',')}}`;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  weighted(weights: Weights): string;
  /** A few distinct items, in the order of the source. */
  sample<T>(items: readonly T[], count: number): T[];
  chance(p: number): boolean;
}

/** A seeded PRNG; the parts name what is drawn, so that adding one table never shifts another. */
export function createRng(seed: number, ...parts: (string | number)[]): Rng {
  const prng = seedrandom([seed, ...parts].join(':'));
  const next = (): number => prng.double();
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const weighted = (weights: Weights): string => {
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let x = next() * total;
    for (const [value, weight] of weights) {
      x -= weight;
      if (x < 0) return value;
    }
    return pick(weights)[0];
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
  };
  return { next, int, pick, weighted, sample, chance: (p) => next() < p };
}

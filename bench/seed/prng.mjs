// Seeded pseudo-random numbers, so `--seed S` rebuilds exactly the same data set (ids included).
// sfc32 is small, fast and good enough for test data; it is NOT for anything secret.

/** A 128-bit state from any string (cyrb128), so seeds can be words as well as numbers. */
function hashSeed(text) {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A random source with the helpers the generators need; one per independent stream. */
export function createRandom(seed) {
  let [a, b, c, d] = hashSeed(String(seed));
  const u32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: the first outputs of sfc32 correlate with the seed.
  for (let i = 0; i < 15; i += 1) u32();
  const next = () => u32() / 4294967296;
  const byte4 = (x) => HEX[x >>> 24] + HEX[(x >>> 16) & 255] + HEX[(x >>> 8) & 255] + HEX[x & 255];

  return {
    next,
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** A version-4-shaped UUID from the stream: deterministic, unique in practice (122 bits). */
    uuid: () => {
      const w1 = byte4(u32());
      const w2 = byte4(u32());
      const w3 = byte4(u32());
      const w4 = byte4(u32());
      const variant = '89ab'[parseInt(w3[0], 16) & 3];
      return `${w1}-${w2.slice(0, 4)}-4${w2.slice(5, 8)}-${variant}${w3.slice(1, 4)}-${w3.slice(4)}${w4}`;
    },
    /** Log-normal around `median` (spread `sigma`): deal values, message counts. */
    logNormal: (median, sigma) => {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
  };
}

/**
 * Draws indices 0..n-1 with the given weights in O(log n): a cumulative table searched by
 * bisection. Used for Zipf word frequencies and for skewing messages over leads.
 */
export function weightedSampler(weights, random) {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += weights[i];
    cumulative[i] = sum;
  }
  return () => {
    const target = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

/** Zipf weights 1/(rank+1)^s: a few very common items and a long tail of rare ones. */
export const zipfWeights = (count, s = 1) =>
  Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** s);

/**
 * Seeded pseudo-random numbers for the corpus generator. Never uses Math.random:
 * the same seed and index always give the same article.
 * @module
 */

/**
 * mulberry32: a tiny 32-bit generator with good enough statistics for text synthesis.
 * @param {number} seed 32-bit integer seed
 * @returns {() => number} function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Mix a corpus seed and an article index into one 32-bit seed (splitmix-like), so article
 * `i` is the same whatever the corpus size: a 1,000 corpus is a prefix of the 10,000 one.
 * @param {number} seed corpus seed
 * @param {number} index article index
 * @returns {number}
 */
export function mixSeed(seed, index) {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * A small toolkit over one generator.
 * @param {number} seed
 */
export function createRandom(seed) {
  const next = mulberry32(seed)
  return {
    next,
    /** @param {number} min @param {number} max inclusive @returns {number} */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** @template T @param {readonly T[]} list @returns {T} */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** @param {number} p probability in [0, 1] @returns {boolean} */
    chance: (p) => next() < p,
    /**
     * Pick `count` distinct items.
     * @template T @param {readonly T[]} list @param {number} count @returns {T[]}
     */
    sample: (list, count) => {
      const copy = list.slice()
      const out = []
      for (let i = 0; i < count && copy.length > 0; i++) {
        out.push(copy.splice(Math.floor(next() * copy.length), 1)[0])
      }
      return out
    }
  }
}

/** @typedef {ReturnType<typeof createRandom>} Random */

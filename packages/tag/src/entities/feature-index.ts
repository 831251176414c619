/** Feature name to its row in the model's weights. */
export interface FeatureIndex {
  /** Number of distinct names. */
  readonly size: number
  /**
   * Row of a feature.
   *
   * @param name
   *   Feature name.
   * @returns
   *   Its row, `undefined` when the model has no such feature.
   */
  get(name: string): number | undefined
}

const fnvOffset = 0x811c9dc5 | 0
const newline = 10

/** The hash table of a `JoinedFeatureIndex`, as `table()` gives it and a prepared model stores it. */
export interface FeatureTable {
  /** Two numbers a slot: the name's hash and its row + 1 (0: free slot); a power of two slots, at least 16. */
  slots: Int32Array
  /** Where each row's name starts in the joined names, and one more (`names.length + 1`). */
  starts: Int32Array
  /** Number of distinct names. */
  size: number
}

/**
 * A feature index over the names joined by `\n` (as `models/ner.json`
 * version 2 stores them): an open-addressing hash table of rows, whose
 * names are read from that one string, instead of one string and one `Map`
 * entry per feature; about 3x cheaper to build at model load, and a
 * prepared model stores the table itself (`table()`). Same answers as a
 * `Map` filled with `set(name, row)` in row order (a later duplicate name
 * wins).
 */
export class JoinedFeatureIndex implements FeatureIndex {
  readonly size: number
  private readonly names: string
  /** Two numbers a slot: hash, row + 1 (0: free). */
  private readonly slots: Int32Array
  /** Start of each row's name in `names`; its end is the next row's start - 1. */
  private readonly starts: Int32Array
  private readonly mask: number

  /**
   * @param names
   *   Feature names joined by `\n` (names hold no `\n`).
   * @param count
   *   Number of names (`0` for an empty `names`, which is one empty name
   *   when `count` is `1`).
   * @param table
   *   The table `table()` gave for the same `names` and `count` (a
   *   prepared model's), so nothing is hashed (default: build it).
   * @throws
   *   When `names` holds another number of names, or `table` is no table
   *   for `count` names.
   */
  constructor(names: string, count: number, table?: FeatureTable) {
    if (table) {
      const capacity = table.slots.length / 2
      if (capacity < 16 || (capacity & (capacity - 1)) !== 0 || table.starts.length !== count + 1 || table.size > count) {
        throw new Error(`Unexpected feature table (${table.slots.length} slot numbers, ${table.starts.length} starts) for ${count} names`)
      }
      this.names = names
      this.slots = table.slots
      this.starts = table.starts
      this.mask = capacity - 1
      this.size = table.size
      return
    }
    let capacity = 16
    while (capacity < count * 2) capacity *= 2
    const slots = new Int32Array(capacity * 2)
    const starts = new Int32Array(count + 1)
    const mask = capacity - 1
    let size = 0
    let row = 0
    if (count > 0) {
      let start = 0
      let hash = fnvOffset
      const length = names.length
      for (let at = 0; at <= length; at++) {
        const code = at < length ? names.charCodeAt(at) : newline
        if (code !== newline) {
          hash = Math.imul(hash ^ code, 16_777_619)
          continue
        }
        if (row >= count) throw new Error(`Expected ${count} feature names, found more`)
        starts[row] = start
        let slot = hash & mask
        for (;;) {
          const cell = slot * 2
          const other = (slots[cell + 1] as number) - 1
          if (other === -1) {
            slots[cell] = hash
            slots[cell + 1] = row + 1
            size++
            break
          }
          // (An earlier row: its end, the next row's start - 1, is known.)
          if (slots[cell] === hash && sameText(names, starts[other] as number, (starts[other + 1] as number) - 1, start, at)) {
            slots[cell + 1] = row + 1
            break
          }
          slot = (slot + 1) & mask
        }
        row++
        start = at + 1
        hash = fnvOffset
      }
    }
    if (row !== count || (count === 0 && names !== '')) throw new Error(`Expected ${count} feature names, found ${row || 'some'}`)
    starts[count] = names.length + 1
    this.names = names
    this.slots = slots
    this.starts = starts
    this.mask = mask
    this.size = size
  }

  /**
   * The hash table, to store with the names and pass back to the constructor.
   *
   * @returns
   *   The table (shared, not copied).
   */
  table(): FeatureTable {
    return {slots: this.slots, starts: this.starts, size: this.size}
  }

  get(name: string): number | undefined {
    let hash = fnvOffset
    const length = name.length
    for (let k = 0; k < length; k++) hash = Math.imul(hash ^ name.charCodeAt(k), 16_777_619)
    const {slots, starts, names} = this
    let slot = hash & this.mask
    for (;;) {
      const cell = slot * 2
      const row = (slots[cell + 1] as number) - 1
      if (row === -1) return undefined
      if (slots[cell] === hash) {
        const start = starts[row] as number
        if ((starts[row + 1] as number) - 1 - start === length) {
          let k = 0
          while (k < length && names.charCodeAt(start + k) === name.charCodeAt(k)) k++
          if (k === length) return row
        }
      }
      slot = (slot + 1) & this.mask
    }
  }
}

/** Whether `text.slice(a, aEnd) === text.slice(b, bEnd)`, without slicing. */
function sameText(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false
  for (let k = 0; k < aEnd - a; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false
  return true
}

/**
 * Run `task` on every item with at most `limit` running at once (file I/O without opening
 * thousands of files together).
 *
 * @param items Items.
 * @param limit Most tasks at once.
 * @param task Work per item, with its index.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      await task(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
}

import {describe, expect, it} from 'vitest'
import {createPool} from '../src/pipeline/tagger.js'

const worker = new URL('fixtures/pool-worker.mjs', import.meta.url)
const local = async (job: {value: number}) => job.value * 2

describe('worker pool', () => {
  it('runs jobs on worker threads and keeps going after a worker runs out of heap', async () => {
    const pool = createPool<{value: number; grow?: boolean}, number>(2, worker, local, {workers: true, maxOldGenerationMb: 16})
    try {
      expect(await Promise.all([1, 2, 3].map((value) => pool.run({value})))).toEqual([2, 4, 6])
      // The caller sees the code it needs to run the job elsewhere (the build uses the main thread).
      await expect(pool.run({value: 0, grow: true})).rejects.toMatchObject({code: 'ERR_WORKER_OUT_OF_MEMORY'})
      // The worker was replaced: the pool still answers.
      expect(await Promise.all([4, 5].map((value) => pool.run({value})))).toEqual([8, 10])
    } finally {
      await pool.close()
    }
  })

  it('answers the jobs queued behind one that exhausts its worker (held by that worker, they go to its replacement)', async () => {
    const pool = createPool<{value: number; grow?: boolean}, number>(1, worker, local, {workers: true, maxOldGenerationMb: 16})
    try {
      const failing = pool.run({value: 0, grow: true})
      // Sent to the same worker at once, queued there behind the job that will exhaust its heap.
      const behind = pool.run({value: 7})
      const after = pool.run({value: 8})
      await expect(failing).rejects.toMatchObject({code: 'ERR_WORKER_OUT_OF_MEMORY'})
      expect(await Promise.all([behind, after])).toEqual([14, 16])
    } finally {
      await pool.close()
    }
  })

  it('grows to more threads on demand, and on the main thread runs the local function', async () => {
    const pool = createPool<{value: number}, number>(1, worker, local, {workers: true})
    pool.grow(2)
    expect(await Promise.all([1, 2, 3, 4].map((value) => pool.run({value})))).toEqual([2, 4, 6, 8])
    await pool.close()
    const inline = createPool<{value: number}, number>(4, worker, local, {workers: false})
    inline.grow(8)
    expect(await inline.run({value: 21})).toBe(42)
    await inline.close()
  })
})

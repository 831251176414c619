import {parentPort} from 'node:worker_threads'
import type {WorkerRequest} from './tagger.js'

/**
 * Answer the jobs a pool posts to this worker thread, one at a time and in order (the pool sends
 * a worker its next job before the current one is done, see `createPool`).
 *
 * @param run The job function (the same one the main thread runs without workers).
 * @param options `ready`: wait for it before the first job (it must not reject); `transfer`:
 *   buffers of an outcome to move to the main thread rather than copy.
 */
export function answerJobs<Job, Outcome>(
  run: (job: Job) => Promise<Outcome>,
  options: {ready?: Promise<void>; transfer?: (outcome: Outcome) => ArrayBuffer[]} = {}
): void {
  let turn = options.ready ?? Promise.resolve()
  parentPort?.on('message', (request: WorkerRequest<Job>) => {
    turn = turn.then(async () => {
      try {
        const outcome = await run(request.job)
        parentPort?.postMessage({id: request.id, outcome}, options.transfer?.(outcome) ?? [])
      } catch (error) {
        parentPort?.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
      }
    })
  })
}

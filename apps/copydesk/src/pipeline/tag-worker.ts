// Worker thread entry: tags the jobs the pool posts, one at a time, in order (the pool sends a
// worker its next job before this one is done).
import {parentPort} from 'node:worker_threads'
import {runTag, type TagJob} from './run-tag.js'
import type {WorkerRequest} from './tagger.js'

let turn: Promise<void> = Promise.resolve()

parentPort?.on('message', (request: WorkerRequest<TagJob>) => {
  turn = turn.then(() => answer(request))
})

async function answer(request: WorkerRequest<TagJob>): Promise<void> {
  try {
    const outcome = await runTag(request.job)
    parentPort?.postMessage({id: request.id, outcome})
  } catch (error) {
    parentPort?.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
}

// Worker thread entry: tags the jobs the pool posts, one at a time.
import {parentPort} from 'node:worker_threads'
import {runTag, type TagJob} from './run-tag.js'
import type {WorkerRequest} from './tagger.js'

parentPort?.on('message', async (request: WorkerRequest<TagJob>) => {
  try {
    const outcome = await runTag(request.job)
    parentPort?.postMessage({id: request.id, outcome})
  } catch (error) {
    parentPort?.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})

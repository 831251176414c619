// Worker thread entry: processes the sources the pool posts, one at a time.
import {parentPort} from 'node:worker_threads'
import {processSource, type SourceJob} from './process-source.js'
import type {WorkerRequest} from './tagger.js'

parentPort?.on('message', async (request: WorkerRequest<SourceJob>) => {
  try {
    const outcome = await processSource(request.job)
    parentPort?.postMessage({id: request.id, outcome})
  } catch (error) {
    parentPort?.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})

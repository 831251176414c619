import {type FSWatcher, watch} from 'node:fs'
import path from 'node:path'
import {resolveBuildOptions} from '../config/build-options.js'
import {findConfig, loadConfig} from '../config/load-config.js'
import type {Io} from '../io.js'
import {withBuildLock} from '../lock/with-build-lock.js'
import {watchRoots} from '../pipeline/watch-roots.js'
import {stopWorkers} from '../pipeline/build-site.js'
import {parseBuildArgs, runBuild} from './build.js'
import {commandLogger, exitCodes} from './context.js'
import {helpTexts} from './help.js'

/**
 * `copydesk watch [inputs...]`: build, then rebuild (incrementally, through the cache) when an
 * input or the config changes, until stopped. A broken config or build is reported and
 * watching goes on.
 *
 * @param args Arguments after `watch`.
 * @param io Streams.
 * @returns Exit code of the last build.
 */
export async function watchCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseBuildArgs('watch', args)
  if (parsed.common.help) {
    io.stdout.write(`${helpTexts.watch}\n`)
    return exitCodes.ok
  }
  const logger = commandLogger(io, parsed.common)
  const configFile = findConfig(io.cwd, parsed.common.config)
  let watchers: FSWatcher[] = []
  let code: number = exitCodes.ok
  let running: Promise<void> | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined

  const build = async () => {
    try {
      const loaded = await loadConfig(io.cwd, parsed.common.config)
      const options = resolveBuildOptions(loaded, parsed.flags, io.cwd)
      rewatch(options.inputs, options.inputsBase, [options.out, options.cacheDir])
      // Workers stay between builds: an edit is tagged by a worker with its stages loaded and warm.
      code = await withBuildLock(options.out, {command: 'watch', logger}, () => runBuild(options, io, logger, parsed, {keepWorkers: true}))
    } catch (error) {
      code = exitCodes.usage
      logger.error(`${(error as Error).message}`)
    }
    logger.info('watching for changes (Ctrl-C to stop)')
  }

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (running) {
        again = true
        return
      }
      running = build().finally(() => {
        running = undefined
        if (again) {
          again = false
          schedule()
        }
      })
    }, 150)
  }

  let watched = ''
  const rewatch = (inputs: string[], base: string, ignored: Array<string | undefined>) => {
    const roots = watchRoots(inputs, base)
    const key = roots.join('\n')
    if (key === watched) return
    watched = key
    for (const watcher of watchers) watcher.close()
    const skip = ignored.filter((folder): folder is string => folder !== undefined)
    watchers = roots.map((root) =>
      watch(root, {recursive: true}, (_event, name) => {
        const changed = name ? path.resolve(root, name.toString()) : root
        if (skip.some((folder) => changed === folder || changed.startsWith(`${folder}${path.sep}`))) return
        logger.debug({changed}, 'change')
        schedule()
      })
    )
    if (configFile) {
      // The folder, not the file: editors save by replacing the file.
      watchers.push(
        watch(path.dirname(configFile), (_event, name) => {
          if (name?.toString() === path.basename(configFile)) schedule()
        })
      )
    }
  }

  running = build().finally(() => {
    running = undefined
  })
  await running
  await io.waitForStop()
  clearTimeout(timer)
  for (const watcher of watchers) watcher.close()
  await running
  await stopWorkers()
  return code
}

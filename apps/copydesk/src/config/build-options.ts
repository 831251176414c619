import os from 'node:os'
import path from 'node:path'
import {type FeedOptionsInput, feedOptionsSchema, validate} from '@copydesk/schema'
import {allFormats, type Format} from './config-schema.js'
import type {LoadedConfig} from './load-config.js'

/** Site URL used when neither the config nor `--site` gives one. Feeds need an absolute URL. */
export const defaultSiteUrl = 'https://example.com/'

/** Everything `build` needs, resolved from the config file and the flags. */
export interface BuildOptions {
  /** Sources, as given. */
  inputs: string[]
  /** Folder the sources are relative to. */
  inputsBase: string
  /** Absolute output folder. */
  out: string
  /** Absolute cache folder; undefined turns the cache off. */
  cacheDir: string | undefined
  feed: FeedOptionsInput
  formats: Format[]
  normalize: {timeZone?: string; timeZones?: Record<string, string>; quotes?: 'typographic' | 'straight' | 'preserve'}
  /** Tagging threads; 1 tags on the main thread. */
  concurrency: number
  /** Largest source file read, in bytes (ingest's default, 10 MB, when undefined). */
  maxBytes: number | undefined
  /** Most articles read from one source: feed items, JSON records (ingest's default, 10,000, when undefined). */
  maxItemsPerSource: number | undefined
  /** True when the site URL is `defaultSiteUrl` because none was given. */
  siteUrlDefaulted: boolean
}

/** Flags of `build` and `watch` that override the config. */
export interface BuildFlags {
  inputs: string[]
  out?: string | undefined
  site?: string | undefined
  title?: string | undefined
  concurrency?: number | undefined
  cache?: boolean | undefined
  cacheDir?: string | undefined
  maxBytes?: number | undefined
  maxItemsPerSource?: number | undefined
}

/**
 * Merge the config file with the command-line flags (flags win) and validate the feed options.
 *
 * @param loaded The loaded config.
 * @param flags Parsed flags.
 * @param cwd Working directory (command-line paths are relative to it).
 * @returns Resolved options.
 */
export function resolveBuildOptions(loaded: LoadedConfig, flags: BuildFlags, cwd: string): BuildOptions {
  const {config, root} = loaded
  const fromCli = flags.inputs.length > 0
  const inputs = fromCli ? flags.inputs : (config.inputs ?? ['content'])
  const siteUrl = flags.site ?? config.site?.url
  const feed: FeedOptionsInput = {siteUrl: siteUrl ?? defaultSiteUrl}
  const title = flags.title ?? config.site?.title
  if (title !== undefined) feed.title = title
  if (config.site?.description !== undefined) feed.description = config.site.description
  if (config.site?.language !== undefined) feed.language = config.site.language
  if (config.site?.author !== undefined) feed.author = config.site.author
  if (config.feed?.maxItems !== undefined) feed.maxItems = config.feed.maxItems
  if (config.feed?.includeFuture !== undefined) feed.includeFuture = config.feed.includeFuture
  validate(feedOptionsSchema, feed, flags.site === undefined ? 'site settings (`site` in the config)' : '`--site` or `--title`')

  const normalize: BuildOptions['normalize'] = {}
  if (config.timeZone !== undefined) normalize.timeZone = config.timeZone
  if (config.timeZones !== undefined) normalize.timeZones = config.timeZones
  if (config.quotes !== undefined) normalize.quotes = config.quotes

  const useCache = flags.cache !== false
  const cacheDir = flags.cacheDir ? path.resolve(cwd, flags.cacheDir) : path.resolve(root, config.cacheDir ?? '.copydesk')
  return {
    inputs,
    inputsBase: fromCli ? cwd : root,
    out: flags.out ? path.resolve(cwd, flags.out) : path.resolve(root, config.out ?? 'public'),
    cacheDir: useCache ? cacheDir : undefined,
    feed,
    formats: config.formats ? allFormats.filter((format) => config.formats?.includes(format)) : [...allFormats],
    normalize,
    concurrency: flags.concurrency ?? config.concurrency ?? os.availableParallelism(),
    maxBytes: flags.maxBytes ?? config.maxBytes,
    maxItemsPerSource: flags.maxItemsPerSource ?? config.maxItemsPerSource,
    siteUrlDefaulted: siteUrl === undefined
  }
}

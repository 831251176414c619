import {feedOptionsSchema} from '@copydesk/schema'
import {defaultSiteUrl} from '../config/build-options.js'

/**
 * The default paths of the feeds, relative to the published folder.
 *
 * @returns RSS, Atom and JSON Feed paths.
 */
export function feedPaths(): {rss: string; atom: string; jsonfeed: string} {
  const options = feedOptionsSchema.parse({siteUrl: defaultSiteUrl})
  return {rss: options.feedPath, atom: options.atomPath, jsonfeed: options.jsonFeedPath}
}

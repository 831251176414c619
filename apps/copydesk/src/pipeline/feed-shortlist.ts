import {type FeedCandidate, resolveOptions, selectFeedItems} from '@copydesk/publish'
import type {FeedOptionsInput} from '@copydesk/schema'

/**
 * The items a feed will choose from a run too large to hold: candidates arrive one by one
 * and only the newest few are kept, so memory stays bounded by the feed's size, not the run's.
 * `chosen()` gives what `selectFeedItems` would give on every candidate at once. That holds
 * because the order is total (newest first, ties by id) when ids are unique, as they are
 * among a build's kept articles: the newest N of all are the newest N of the newest N so
 * far and the rest.
 */
export class FeedShortlist<T extends FeedCandidate> {
  readonly #selection: FeedOptionsInput
  readonly #cutAt: number
  #items: T[] = []

  /**
   * @param feed Feed options; `now` is fixed here when not given, so every cut uses the same instant.
   * @param slack How many more than `maxItems` to gather before cutting back (a cut sorts them).
   */
  constructor(feed: FeedOptionsInput, slack = 256) {
    const options = resolveOptions(feed)
    this.#selection = {...feed, now: options.now ?? new Date().toISOString()}
    this.#cutAt = 2 * options.maxItems + slack
  }

  /** The feed options with the shortlist's `now`. */
  get selection(): FeedOptionsInput {
    return this.#selection
  }

  add(item: T): void {
    this.#items.push(item)
    if (this.#items.length >= this.#cutAt) this.#items = selectFeedItems(this.#items, this.#selection)
  }

  /** The feed's items, newest first. */
  chosen(): T[] {
    return selectFeedItems(this.#items, this.#selection)
  }

  /** Candidates held now (at most twice the feed's size plus the slack). */
  get size(): number {
    return this.#items.length
  }
}

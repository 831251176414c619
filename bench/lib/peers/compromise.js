/**
 * Peer: compromise finding people, places and organizations in the same texts our tagger gets.
 * @module
 */
import nlp from 'compromise'

/**
 * Named entities as compromise finds them.
 * @param {string} text
 * @returns {{people: string[], places: string[], organizations: string[]}}
 */
export function compromiseEntities(text) {
  const doc = nlp(text)
  return {
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array')
  }
}

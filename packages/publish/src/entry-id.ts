/**
 * The Atom id of an article: its id when that already is an IRI (`scheme:...`), else
 * `urn:copydesk:` and the percent-encoded id. Derived from the id only, so it is as
 * stable as the RSS guid and the JSON Feed id.
 *
 * @param id Article id (cleaned).
 * @returns An IRI.
 */
export function entryId(id: string): string {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(id) ? id : `urn:copydesk:${encodeURIComponent(id)}`
}

import type {VFile} from 'vfile'

/**
 * Tell whether `file` has an error message (the source, or part of it, was unusable).
 *
 * @param file File to check.
 * @returns Whether any message is fatal.
 */
export function hasFatal(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

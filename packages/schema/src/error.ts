/** Codes of whole-run failures. */
export type CopydeskErrorCode = 'CONFIG' | 'INPUT' | 'IO' | 'VALIDATION' | 'INTERNAL'

/**
 * One error class for whole-run failures (I/O, configuration, contract violations).
 * Per-article problems are vfile messages instead.
 */
export class CopydeskError extends Error {
  readonly code: CopydeskErrorCode

  /**
   * @param code What kind of failure this is.
   * @param message What was wrong, the value in backticks, and how to fix it.
   * @param options `cause`: the underlying error.
   */
  constructor(code: CopydeskErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'CopydeskError'
    this.code = code
  }
}

/**
 * Small statistics and formatting helpers.
 * @module
 */

/**
 * Median of a list (mean of the two middle values for even lengths).
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = values.slice().sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Summarize repeated measurements.
 * @param {number[]} values
 * @returns {{median: number, min: number, max: number, runs: number[]}}
 */
export function summarize(values) {
  return {median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values}
}

/**
 * Format a number with a fixed number of significant-looking decimals.
 * @param {number | undefined} value
 * @param {number} [digits]
 * @returns {string}
 */
export function fmt(value, digits = 2) {
  if (value === undefined || Number.isNaN(value)) return 'n/a'
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US')
  return value.toFixed(digits)
}

/**
 * Bytes as MB (10^6).
 * @param {number} bytes
 * @returns {number}
 */
export const mb = (bytes) => bytes / 1e6

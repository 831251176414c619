/**
 * Run a command as a subprocess and measure its wall time and peak resident memory.
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when present, else from polling
 * `/proc/<pid>/status` (VmHWM). Worker threads share the process, so they are counted.
 * @module
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const GNU_TIME = '/usr/bin/time'

/**
 * @typedef {object} Measured
 * @property {number} seconds Wall time
 * @property {number | undefined} peakRssMB Peak resident set size in MB (10^6 bytes)
 * @property {number | undefined} cpuSeconds User + system CPU time of the process (all threads), when GNU time is present
 * @property {number | null} code Exit code
 * @property {string} stdout
 * @property {string} stderr Last 4 KB of standard error
 */

/**
 * Run `command args` and measure it.
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv}} [options]
 * @returns {Promise<Measured>}
 */
export async function runMeasured(command, args, options = {}) {
  const useTime = existsSync(GNU_TIME)
  const temp = useTime ? await mkdtemp(join(tmpdir(), 'copydesk-bench-')) : undefined
  const timeFile = temp ? join(temp, 'time') : undefined
  const [cmd, argv] = timeFile ? [GNU_TIME, ['-o', timeFile, '-f', '%M %U %S', command, ...args]] : [command, args]
  const started = performance.now()
  const child = spawn(cmd, argv, {cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe']})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    if (stdout.length < 1e6) stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4096)
  })
  let polledKB = 0
  const poll = useTime ? undefined : setInterval(() => pollHwm(child.pid).then((kb) => (polledKB = Math.max(polledKB, kb))), 50)
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (exit) => resolve(exit))
  })
  const seconds = (performance.now() - started) / 1000
  if (poll) clearInterval(poll)
  let peakKB = polledKB || undefined
  /** @type {number | undefined} */
  let cpuSeconds
  if (timeFile && temp) {
    const text = await readFile(timeFile, 'utf8').catch(() => '')
    const last = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(text.trim().split('\n').at(-1) ?? '')
    if (last) {
      peakKB = Number(last[1])
      cpuSeconds = Number(last[2]) + Number(last[3])
    }
    await rm(temp, {recursive: true, force: true})
  }
  return {seconds, cpuSeconds, peakRssMB: peakKB === undefined ? undefined : (peakKB * 1024) / 1e6, code, stdout, stderr}
}

/**
 * Read VmHWM (peak RSS, kB) of a live process.
 * @param {number | undefined} pid
 * @returns {Promise<number>}
 */
async function pollHwm(pid) {
  if (!pid) return 0
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const match = /VmHWM:\s+(\d+)/.exec(status)
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

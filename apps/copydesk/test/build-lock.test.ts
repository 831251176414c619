import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {acquireBuildLock, lockName, releaseOwnLockSync} from '../src/lock/build-lock.js'
import {sweepTemporary} from '../src/lock/sweep-temporary.js'
import {runCli} from './helpers/run-cli.js'
import {makeProject} from './helpers/workspace.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-lock-'))
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

let count = 0
async function outFolder() {
  const out = path.join(dir, `out-${++count}`)
  await mkdir(out, {recursive: true})
  return out
}

/** The pid of a process that has exited (pids are not reused this quickly). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
  return Number(child.stdout)
}

function lockText(pid: number, hostname = os.hostname()) {
  return JSON.stringify({pid, hostname, command: 'build', started: '2026-01-01T00:00:00.000Z', token: 'feedfacefeedface'})
}

describe('acquireBuildLock', () => {
  it('refuses a second holder, naming the lock file and the pid, until the first releases', async () => {
    const out = await outFolder()
    const first = await acquireBuildLock(out)
    expect(first.file).toBe(path.join(out, lockName))
    expect(JSON.parse(await readFile(first.file, 'utf8'))).toMatchObject({pid: process.pid, command: 'build'})
    const refused = acquireBuildLock(out, {command: 'watch'})
    await expect(refused).rejects.toThrow(path.join(out, lockName))
    await expect(acquireBuildLock(out)).rejects.toThrow(`pid ${process.pid}`)
    await expect(acquireBuildLock(out)).rejects.toMatchObject({name: 'CopydeskError', code: 'IO'})
    await first.release()
    await first.release()
    const second = await acquireBuildLock(out)
    expect(second.tookOver).toBeUndefined()
    await second.release()
    expect(await readdir(out)).toEqual([])
  })

  it('creates a missing output folder', async () => {
    const out = path.join(await outFolder(), 'deep', 'er')
    const lock = await acquireBuildLock(out)
    await lock.release()
    expect(await readdir(out)).toEqual([])
  })

  it('takes over a stale lock whose process is gone, and an unreadable one', async () => {
    const out = await outFolder()
    const pid = deadPid()
    await writeFile(path.join(out, lockName), lockText(pid))
    const lock = await acquireBuildLock(out)
    expect(lock.tookOver).toMatchObject({pid, command: 'build'})
    expect(JSON.parse(await readFile(lock.file, 'utf8')).pid).toBe(process.pid)
    await lock.release()

    await writeFile(path.join(out, lockName), '{"pid": 12') // Cut short: no holder can be named.
    const again = await acquireBuildLock(out)
    expect(JSON.parse(await readFile(again.file, 'utf8')).pid).toBe(process.pid)
    await again.release()
    expect(await readdir(out)).toEqual([])
  })

  it('never takes over a lock of a live process, nor one held on another host', async () => {
    const out = await outFolder()
    await writeFile(path.join(out, lockName), lockText(process.pid))
    await expect(acquireBuildLock(out)).rejects.toThrow(/pid \d+/)
    await writeFile(path.join(out, lockName), lockText(deadPid(), 'another-host.example'))
    await expect(acquireBuildLock(out)).rejects.toThrow('another-host.example')
    expect(await readFile(path.join(out, lockName), 'utf8')).toContain('another-host.example')
  })

  it('lets exactly one of many contenders take over a stale lock', async () => {
    const out = await outFolder()
    const pid = deadPid()
    await writeFile(path.join(out, lockName), lockText(pid))
    // Contenders that see each other as dead processes too would all look stale: only `pid` is dead here.
    const isAlive = (candidate: number) => candidate !== pid
    const results = await Promise.allSettled(Array.from({length: 8}, () => acquireBuildLock(out, {isAlive})))
    const won = results.filter((result) => result.status === 'fulfilled')
    expect(won).toHaveLength(1)
    for (const result of results) if (result.status === 'rejected') expect(String(result.reason)).toContain(lockName)
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireBuildLock>>>).value.release()
    expect(await readdir(out)).toEqual([])
  })

  it('removes its own lock synchronously (for a signal during acquisition), never one of another process', async () => {
    const out = await outFolder()
    await writeFile(path.join(out, lockName), lockText(deadPid()))
    releaseOwnLockSync(out)
    expect(await readdir(out)).toEqual([lockName])
    await writeFile(path.join(out, lockName), lockText(process.pid))
    releaseOwnLockSync(out)
    expect(await readdir(out)).toEqual([])
    releaseOwnLockSync(out)
  })

  it('never removes a lock that is no longer its own', async () => {
    const out = await outFolder()
    const lock = await acquireBuildLock(out)
    await writeFile(lock.file, lockText(process.pid))
    await lock.release()
    expect(await readdir(out)).toEqual([lockName])
  })
})

describe('sweepTemporary', () => {
  it('removes the temporary files of killed builds, and nothing else', async () => {
    const out = await outFolder()
    await mkdir(path.join(out, 'articles'))
    const names = [
      'articles/a.json',
      'articles/a.json.1234.0badf00d.tmp',
      'articles/b.md.99.deadbeef.tmp',
      'feed.xml',
      'feed.xml.tmp',
      'notes.1234.tmp',
      '.copydesk-lock.77.00ff00ff.stale',
      '.copydesk-lock.77.00ff00ff.new'
    ]
    for (const name of names) await writeFile(path.join(out, name), 'x')
    // The top only (a build that took no stale lock over): the folders inside are left.
    expect(sweepTemporary(out, 1234, {deep: false})).toEqual([])
    expect(sweepTemporary(out, 77, {deep: false})).toEqual(['.copydesk-lock.77.00ff00ff.new', '.copydesk-lock.77.00ff00ff.stale'])
    expect(sweepTemporary(out, 1234)).toEqual([path.join('articles', 'a.json.1234.0badf00d.tmp')])
    expect(sweepTemporary(out)).toEqual([path.join('articles', 'b.md.99.deadbeef.tmp')])
    expect((await readdir(out, {recursive: true})).sort()).toEqual(['articles', 'articles/a.json', 'feed.xml', 'feed.xml.tmp', 'notes.1234.tmp'].map((name) => name.split('/').join(path.sep)))
    expect(sweepTemporary(path.join(out, 'missing'))).toEqual([])
  })
})

describe('copydesk build: the lock', () => {
  it('refuses a build into a folder another live build holds, naming the lock and the pid', async () => {
    const project = await makeProject()
    try {
      await mkdir(path.join(project, 'public'))
      const lock = path.join(project, 'public', lockName)
      // This test's own process stands for the running build: it is alive.
      await writeFile(lock, lockText(process.pid))
      const refused = await runCli(['build', 'content', '--out', 'public', '--no-cache'], {cwd: project})
      expect(refused.code, refused.stderr).toBe(1)
      expect(refused.stderr).toContain(lock)
      expect(refused.stderr).toContain(`pid ${process.pid}`)
      expect(await readdir(path.join(project, 'public'))).toEqual([lockName])

      await writeFile(lock, lockText(deadPid()))
      const built = await runCli(['build', 'content', '--out', 'public', '--no-cache'], {cwd: project})
      expect(built.code, built.stderr).toBe(0)
      expect(built.stderr).toMatch(/Took over the stale build lock/)
      expect(await readdir(path.join(project, 'public'))).not.toContain(lockName)

      // `check` tells a folder a build holds (or a killed build left) from a finished one.
      await writeFile(lock, lockText(deadPid()))
      const checked = await runCli(['check', 'public'], {cwd: project})
      expect(checked.code).toBe(1)
      expect(checked.stderr).toMatch(/\.copydesk-lock:1:1 +error +A build holds this folder \(pid \d+\), or was killed/)
      expect(checked.stderr).not.toMatch(/Orphan/)
    } finally {
      await rm(project, {recursive: true, force: true})
    }
  })
})

import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

const cities = ['LISBON', 'VIENNA', 'OSLO', 'NAIROBI', 'LIMA', 'HANOI', 'QUEBEC', 'PERTH']
const things = ['harbour', 'library', 'rail link', 'bridge', 'market', 'museum', 'stadium', 'clinic']
const people = ['Maria Costa', 'Anna Berger', 'Jonas Lie', 'Wanjiru Kamau', 'Rosa Quispe', 'Nguyen Lan', 'Claire Roy', 'Tom Hale']

/**
 * Plain-text wire stories `from` to `to - 1`, each distinct, in `dir`; `revision` changes every
 * body (a later edition of the same stories).
 *
 * @param dir Folder to write into.
 * @param from First index.
 * @param to Last index + 1.
 * @param revision Edition number, part of every body.
 * @returns The file names written.
 */
export async function writeStories(dir: string, from: number, to: number, revision = 0): Promise<string[]> {
  await mkdir(dir, {recursive: true})
  const names: string[] = []
  for (let index = from; index < to; index++) {
    const city = cities[index % cities.length] as string
    const thing = things[Math.floor(index / cities.length) % things.length] as string
    const person = people[(index * 3) % people.length] as string
    const name = `story-${String(index).padStart(4, '0')}.txt`
    const text = [
      `${city[0]}${city.slice(1).toLowerCase()} ${thing} number ${index} reopens after repairs`,
      `${city}, March ${(index % 28) + 1} (Reuters) -- The ${thing} number ${index} of ${city.toLowerCase()} reopened on Tuesday after ${index % 9 + 2} weeks of repairs, officials said.`,
      `"We are ready for the season and people are already coming back," said ${person}, who runs the ${thing}.`,
      `${person.split(' ')[1]} said the repairs cost about ${index + 3} million euros and were paid for by the city and the region.`,
      `Residents said they had waited more than ${index + 20} days for the reopening, edition ${revision}.`
    ].join('\n\n')
    await writeFile(path.join(dir, name), `${text}\n`)
    names.push(name)
  }
  return names
}

import {describe, expect, it} from 'vitest'
import {findEntities} from '../src/index.js'

describe('entity span rules', () => {
  it('never tags a day name before a speech verb as a person', () => {
    const text = 'Troops raided the town on Monday. A statement issued Thursday said two soldiers died.'
    expect(findEntities(text).map((m) => m.text)).not.toContain('Thursday')
    // Plural day names are dates too, not an organisation (`On Sundays` was one).
    const found = findEntities('On Sundays the market is closed, said Maria Lopez, a trader.')
    expect(found.map((m) => m.text)).toEqual(['Maria Lopez'])
  })

  it('types a lone name after a kind of organisation as one, even when it speaks', () => {
    const text = 'The ferry runs again from Monday, operator Västtrafik said. Sales rose, carmaker Volvo said, and the firm Rosneft said nothing.'
    const found = findEntities(text)
    for (const name of ['Västtrafik', 'Volvo', 'Rosneft']) expect(found).toContainEqual(expect.objectContaining({text: name, type: 'ORG'}))
    // A full name after a trade is a person's (`camera operator Jane Doe`).
    expect(findEntities('Camera operator Jane Doe said the shoot ended.')).toContainEqual(expect.objectContaining({text: 'Jane Doe', type: 'PER'}))
  })

  it('keeps a plural possessive inside an organisation name (`Shipowners\' Association`)', () => {
    const text = "The Swedish Shipowners' Association warned on Monday. The National Farmers' Union and the Workers' Party disagreed."
    const found = findEntities(text)
    for (const name of ["Swedish Shipowners' Association", "National Farmers' Union", "Workers' Party"]) expect(found).toContainEqual(expect.objectContaining({text: name, type: 'ORG'}))
    expect(found.map((m) => m.text)).not.toContain('Association')
    // A possessive that ends the name is not part of one: `the Farmers' demands`.
    expect(findEntities("Police met the Farmers' leaders in Paris.").map((m) => m.text)).not.toContain("Farmers' leaders")
  })

  it('types a lone name before a kind of natural feature as a place (`the Scheldt estuary`)', () => {
    const found = findEntities('Ships queued off the Scheldt estuary on Monday, and floods hit the Yangtze river basin.')
    for (const name of ['Scheldt', 'Yangtze']) expect(found).toContainEqual(expect.objectContaining({text: name, type: 'LOC'}))
  })

  it('cuts a day name off the end of a name', () => {
    const text = 'Palestinian President Mahmoud Abbas and incoming Hamas Prime Minister Ismail Haniyeh Friday denounced the raid.'
    expect(findEntities(text)).toContainEqual(expect.objectContaining({text: 'Ismail Haniyeh', type: 'PER'}))
  })

  it('drops religious and ethnic group words standing alone', () => {
    const text = 'Sunni and Shiite leaders met in Baghdad. Muslim clerics urged calm, and Kurdish officials agreed.'
    const found = findEntities(text).map((m) => m.text)
    for (const word of ['Sunni', 'Shiite', 'Muslim', 'Kurdish']) expect(found).not.toContain(word)
    expect(found).toContain('Baghdad')
  })

  it('starts a person name after the rest of a title (`Secretary of State Condoleezza Rice`)', () => {
    const text = 'Secretary of State Condoleezza Rice arrived in Cairo on Sunday.'
    expect(findEntities(text)).toContainEqual(expect.objectContaining({text: 'Condoleezza Rice', type: 'PER'}))
  })

  it('keeps titles of rank outside a name and regnal numbers inside it', () => {
    const found = findEntities('Sir Ernest Shackleton sailed south in 1914. Emperor Meiji opened Japan to trade.')
    expect(found).toContainEqual(expect.objectContaining({text: 'Ernest Shackleton', type: 'PER'}))
    expect(found).toContainEqual(expect.objectContaining({text: 'Meiji', type: 'PER'}))
    expect(findEntities('The king, Louis XIV, built palaces.')).toContainEqual(expect.objectContaining({text: 'Louis XIV', type: 'PER'}))
  })

  it('keeps place and organisation names that open with a title word', () => {
    const found = findEntities('Doctors at the Queen Elizabeth Hospital in Birmingham treated her.').map((m) => m.text)
    expect(found).toContain('Queen Elizabeth Hospital')
  })

  it('drops common words written in capitals but keeps listed acronyms', () => {
    const text = 'PLEASE HELP us. The US and the WHO sent doctors to Liberia.'
    const found = findEntities(text).map((m) => m.text)
    expect(found).not.toContain('HELP')
    expect(found).toContain('US')
    expect(found).toContain('WHO')
  })

  it('tags no events, periods or awards, and no title standing alone', () => {
    const text = 'The Bronze Age ended long before the Industrial Revolution. Spain won the Davis Cup. The President spoke. Officials at the Ministry of War agreed.'
    const found = findEntities(text).map((m) => m.text)
    for (const name of ['Bronze Age', 'Industrial Revolution', 'Davis Cup', 'President']) expect(found).not.toContain(name)
    expect(found).toContain('Spain')
    expect(found).toContain('Ministry of War')
  })

  it('tags no place that only opens the name of an event or agreement', () => {
    const text = 'Delegates praised the Paris Agreement on climate. He fought in the Vietnam War. Paris is cold.'
    expect(findEntities(text).map((m) => [m.text, m.start])).toEqual([['Paris', text.lastIndexOf('Paris')]])
  })

  it('joins two person spans with nothing between them', () => {
    const text = 'French Prime Minister Jean-Pierre Raffarin said on Monday that the vote would go ahead.'
    expect(findEntities(text)).toContainEqual(expect.objectContaining({text: 'Jean-Pierre Raffarin', type: 'PER'}))
  })
})

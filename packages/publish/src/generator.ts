/** Name of the generator written into feeds. */
export const generatorName = 'copydesk'

/** Home page of the generator written into feeds. */
export const generatorUri = 'https://github.com/copydesk/copydesk'

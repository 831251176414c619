import {z} from 'zod'

/** A point in a source file: 1-indexed line and column, 0-indexed offset. */
export const pointSchema = z
  .object({
    line: z.number().int().positive(),
    column: z.number().int().positive(),
    offset: z.number().int().nonnegative().optional()
  })
  .strict()

/** A range in a source file, end exclusive. */
export const positionSchema = z.object({start: pointSchema, end: pointSchema}).strict()

export type Point = z.infer<typeof pointSchema>
export type Position = z.infer<typeof positionSchema>

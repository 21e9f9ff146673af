import type { NumberField } from 'payload'
import type { Concept } from '@/payload-types'
import { conceptReadingTime } from '../conceptReadingTime'

export const readingTimeField: NumberField = {
  name: 'readingTime',
  label: 'Reading time',
  type: 'number',
  min: 1,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Minutes, counted from every text on the page, FAQ answers included.',
  },
  hooks: {
    beforeChange: [
      ({ req, siblingData, originalDoc }) =>
        conceptReadingTime(req, siblingData as Partial<Concept>, (originalDoc as Concept | undefined)?.id),
    ],
  },
}

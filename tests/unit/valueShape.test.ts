import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { valueShapeProblem } from '@/fields/checks/valueShape'

const title: Field = { name: 'title', type: 'text' }
const aliases: Field = { name: 'aliases', type: 'text', hasMany: true }
const year: Field = { name: 'year', type: 'number' }
const traits: Field = { name: 'traits', type: 'array', fields: [] }
const published: Field = { name: 'published', type: 'checkbox' }
const date: Field = { name: 'date', type: 'date' }

describe('the shape of a value', () => {
  it('leaves empty values to the required check', () => {
    expect(valueShapeProblem(title, undefined)).toBeUndefined()
    expect(valueShapeProblem(title, null)).toBeUndefined()
  })

  it.each([5, { text: 'x' }, ['x'], true])('refuses %j as text', (value) => {
    expect(valueShapeProblem(title, value)).toMatch(/must be text/)
  })

  it('refuses null characters in text', () => {
    expect(valueShapeProblem(title, 'a\u0000b')).toMatch(/null characters/)
  })

  it('checks every item of a many-valued field', () => {
    expect(valueShapeProblem(aliases, ['LLM', 'GPT'])).toBeUndefined()
    expect(valueShapeProblem(aliases, 'LLM')).toMatch(/must be a list/)
    expect(valueShapeProblem(aliases, ['LLM', 7])).toMatch(/must be text/)
  })

  it('takes numbers and numeric text as numbers, nothing else', () => {
    expect(valueShapeProblem(year, 2024)).toBeUndefined()
    expect(valueShapeProblem(year, '2024')).toBeUndefined()
    expect(valueShapeProblem(year, 'soon')).toMatch(/must be a number/)
    expect(valueShapeProblem(year, Number.NaN)).toMatch(/must be a number/)
  })

  it('wants rows of objects, booleans and real dates', () => {
    expect(valueShapeProblem(traits, [{ label: 'x' }])).toBeUndefined()
    expect(valueShapeProblem(traits, ['x'])).toMatch(/Each row/)
    expect(valueShapeProblem(published, 'yes')).toMatch(/true or false/)
    expect(valueShapeProblem(date, 'not a date')).toMatch(/must be a date/)
    expect(valueShapeProblem(date, '2026-11-30T09:00:00.000Z')).toBeUndefined()
  })
})

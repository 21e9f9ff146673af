import { buildSchema, parse, specifiedRules, validate, type ValidationRule } from 'graphql'
import { describe, expect, it } from 'vitest'
import { depthLimit } from '@/api/graphql/depthLimit'
import { fanOutCost } from '@/api/graphql/fanOutCost'
import { graphqlValidationRules } from '@/api/graphql/limits'

// The shapes Payload gives the schema: paginated collection queries, has-many relationships
// as plain lists, and join fields with their own `limit`.
const schema = buildSchema(`
  type Query {
    Concepts(where: Concept_where, limit: Int, page: Int, pagination: Boolean, sort: String): Concepts
    Concept(id: Int!): Concept
  }
  input Concept_where { difficulty: Concept_difficulty_operator }
  input Concept_difficulty_operator { equals: Concept_difficulty }
  enum Concept_difficulty { beginner intermediate advanced }
  type Concepts { docs: [Concept!]!, totalDocs: Int, totalPages: Int, hasNextPage: Boolean }
  type Concept {
    id: Int
    title: String
    slug: String
    readingTime: Int
    aliases: [String]
    related: [Concept!]
    prerequisites: [Concept!]
    category: Category
    faqs(limit: Int, page: Int, count: Boolean, sort: String): Concept_faqs
  }
  type Concept_faqs { docs: [Faq!], hasNextPage: Boolean }
  type Faq { id: Int, question: String, answer: String, concept: Concept }
  type Category { id: Int, name: String }
`)

const limits = { maxCost: 20_000, defaultListSize: 10, maxListSize: 100 }

function errors(query: string, rules: ValidationRule[]) {
  return validate(schema, parse(query), rules).map((error) => error.message)
}

/** The cost a client is told about, read from the refusal of a rule that allows nothing. */
function costOf(query: string, variables?: Record<string, unknown>) {
  const [message] = errors(query, [fanOutCost({ ...limits, maxCost: 0, variables })])
  const amount = /could return about ([\d,]+) values/.exec(message ?? '')?.[1]
  return amount === undefined ? 0 : Number(amount.replaceAll(',', ''))
}

/** `related { related { … { id } } }`, `levels` deep. */
const relatedChain = (levels: number, leaf = 'id') => `${'related { '.repeat(levels)}${leaf}${' }'.repeat(levels)}`

const readmeQuery =
  '{ Concepts(where: { difficulty: { equals: beginner } }) { docs { title slug readingTime category { name } } } }'

describe('the depth limit', () => {
  it('refuses the 20-level related chain, saying how deep it goes', () => {
    const query = `{ Concepts(limit: 100) { docs { ${relatedChain(20)} } } }`
    expect(errors(query, [depthLimit(10)])).toEqual([
      'This query nests 23 levels deep; at most 10 are allowed. Ask for fewer nested relationships.',
    ])
  })

  it('counts each level of fields, and no more: { a { b { c } } } is 3 deep', () => {
    const query = '{ Concept(id: 1) { category { name } } }'
    expect(errors(query, [depthLimit(3)])).toEqual([])
    expect(errors(query, [depthLimit(2)])).toEqual([
      'This query nests 3 levels deep; at most 2 are allowed. Ask for fewer nested relationships.',
    ])
  })

  it('lets the README example and ten-level queries through', () => {
    expect(errors(readmeQuery, [depthLimit(10)])).toEqual([])
    expect(errors(`{ Concepts { docs { ${relatedChain(7)} } } }`, [depthLimit(10)])).toEqual([])
    expect(errors(`{ Concepts { docs { ${relatedChain(8)} } } }`, [depthLimit(10)])).toHaveLength(1)
  })

  it('follows named and inline fragments', () => {
    const query = `
      query Deep { Concepts { docs { ...One } } }
      fragment One on Concept { related { ... on Concept { related { ...Two } } } }
      fragment Two on Concept { related { ...Three } }
      fragment Three on Concept { related { ... { related { ...Four } } } }
      fragment Four on Concept { related { related { related { id } } } }
    `
    expect(errors(query, [depthLimit(10)])).toEqual([
      'This query nests 11 levels deep; at most 10 are allowed. Ask for fewer nested relationships.',
    ])
  })

  it('names the kind of operation and leaves introspection alone', () => {
    expect(errors('mutation { __typename }', [depthLimit(0)])[0]).toMatch(
      /^This mutation nests 1 level deep; at most 0 are allowed/,
    )
    const introspection =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }'
    expect(errors(introspection, [depthLimit(2)])).toEqual([])
  })
})

describe('the fan-out cost', () => {
  it('refuses a related chain five deep under 100 concepts, although it is shallow enough', () => {
    const query = `{ Concepts(limit: 100) { docs { ${relatedChain(5)} } } }`
    expect(errors(query, [depthLimit(10)])).toEqual([])
    expect(errors(query, [fanOutCost(limits)])).toEqual([
      'This query could return about 11,111,102 values; at most 20,000 are allowed. Lower "limit" or nest fewer lists.',
    ])
  })

  it('lets the README example through, at 10 concepts by default', () => {
    expect(errors(readmeQuery, [fanOutCost(limits)])).toEqual([])
    // Concepts, docs, then 10 × (title, slug, readingTime, category, name)
    expect(costOf(readmeQuery)).toBe(52)
  })

  it('counts a has-many relationship as 10 items and a single relationship as one', () => {
    expect(costOf('{ Concept(id: 1) { related { id title } } }')).toBe(1 + 1 + 10 * 2)
    expect(costOf('{ Concept(id: 1) { category { id name } } }')).toBe(1 + 1 + 2)
  })

  it('reads a limit given as a variable, or the variable’s default', () => {
    const query = `query List($n: Int) { Concepts(limit: $n) { docs { ${relatedChain(3)} } } }`
    expect(errors(query, [fanOutCost({ ...limits, variables: { n: 5 } })])).toEqual([])
    expect(costOf(query, { n: 5 })).toBe(2 + 5 + 50 + 500 + 5000)
    expect(errors(query, [fanOutCost({ ...limits, variables: { n: 100 } })])).toEqual([
      'This query could return about 111,102 values; at most 20,000 are allowed. Lower "limit" or nest fewer lists.',
    ])
    // No value: Payload's page of 10.
    expect(costOf(query, {})).toBe(2 + 10 + 100 + 1000 + 10_000)
    expect(costOf(query.replace('$n: Int', '$n: Int = 100'), {})).toBe(111_102)
  })

  it('clamps a huge limit to 100 items', () => {
    const query = '{ Concepts(limit: 100000) { docs { id title } } }'
    expect(errors(query, [fanOutCost(limits)])).toEqual([])
    expect(costOf(query)).toBe(202)
  })

  it('counts the lists Payload returns whole as the largest list: limit 0, pagination off, a join without a limit', () => {
    expect(costOf('{ Concepts(limit: 0) { docs { id } } }')).toBe(102)
    expect(costOf('{ Concepts(limit: 5, pagination: false) { docs { id } } }')).toBe(102)
    expect(costOf('{ Concepts(limit: 5, pagination: true) { docs { id } } }')).toBe(7)
    expect(costOf('{ Concept(id: 1) { faqs { docs { question } } } }')).toBe(103)
    expect(costOf('{ Concept(id: 1) { faqs(limit: 5) { docs { question } } } }')).toBe(8)
  })

  it('multiplies through join fields', () => {
    const query =
      '{ Concepts(limit: 50) { docs { faqs(limit: 20) { docs { question concept { related { id } } } } } } }'
    // Concepts, docs, 50 × (faqs, docs, 20 × (question, concept, related, 10 × id))
    expect(costOf(query)).toBe(2 + 50 * (2 + 20 * (3 + 10)))
  })

  it('follows named and inline fragments', () => {
    const query = `
      { Concepts(limit: 100) { docs { ...Links } } }
      fragment Links on Concept { related { ... on Concept { related { ...More } } } }
      fragment More on Concept { prerequisites { id title } }
    `
    expect(errors(query, [fanOutCost(limits)])).toEqual([
      'This query could return about 211,102 values; at most 20,000 are allowed. Lower "limit" or nest fewer lists.',
    ])
  })

  it('prices a fragment spread a billion times over without expanding it', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Concept { ...F${i} ...F${i} }`)
    const query = `{ Concept(id: 1) { ...F30 } } fragment F0 on Concept { id } ${levels.join(' ')}`
    const started = performance.now()
    expect(errors(query, [fanOutCost(limits), depthLimit(10)])).toEqual([
      'This query could return about 1,073,741,825 values; at most 20,000 are allowed. Lower "limit" or nest fewer lists.',
    ])
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('both limits together', () => {
  it('refuse fragment cycles without hanging', () => {
    const query = `
      { Concepts { docs { ...A } } }
      fragment A on Concept { related { ...B } }
      fragment B on Concept { related { ...A } }
    `
    expect(errors(query, [depthLimit(10), fanOutCost(limits)])).toEqual([])
    const all = errors(query, [...specifiedRules, ...graphqlValidationRules({ schema, document: parse(query) })])
    expect(all).toContainEqual(expect.stringMatching(/Cannot spread fragment "A" within itself/))
  })

  it('are what graphqlValidationRules gives Payload, reading the request’s variables', () => {
    const query = `query List($n: Int) { Concepts(limit: $n) { docs { ${relatedChain(20)} } } }`
    const document = parse(query)
    const refused = validate(schema, document, [
      ...specifiedRules,
      ...graphqlValidationRules({ schema, document, variableValues: { n: 100 } }),
    ])
    expect(refused.map((error) => error.message)).toEqual([
      'This query nests 23 levels deep; at most 10 are allowed. Ask for fewer nested relationships.',
      'This query could return more than 1,000,000,000,000,000 values; at most 20,000 are allowed. Lower "limit" or nest fewer lists.',
    ])
    const readme = parse(readmeQuery)
    expect(
      validate(schema, readme, [...specifiedRules, ...graphqlValidationRules({ schema, document: readme })]),
    ).toEqual([])
    const small = parse(`query List($n: Int) { Concepts(limit: $n) { docs { ${relatedChain(2)} } } }`)
    expect(
      validate(schema, small, graphqlValidationRules({ schema, document: small, variableValues: { n: 100 } })),
    ).toEqual([])
  })
})

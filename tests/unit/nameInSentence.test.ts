import { describe, expect, it } from 'vitest'
import { lowerCaseTitle, whatIsQuestion } from '@/content/nameInSentence'

describe('whatIsQuestion', () => {
  it('uses the editor’s wording, article included', () => {
    expect(whatIsQuestion({ title: 'Foundation Model', nameInSentence: 'a foundation model' })).toBe(
      'What is a foundation model?',
    )
  })

  it('lower-cases the title when the editor gave no wording, keeping acronyms and mixed case', () => {
    expect(whatIsQuestion({ title: 'Retrieval-Augmented Generation' })).toBe('What is retrieval-augmented generation?')
    expect(lowerCaseTitle('Fine-Tuning with LoRA for AI Agents')).toBe('fine-tuning with LoRA for AI agents')
  })

  it('asks "What are …?" of plural names, and not of singular words that end in s', () => {
    expect(whatIsQuestion({ title: 'Embeddings' })).toBe('What are embeddings?')
    expect(whatIsQuestion({ title: 'Model Evaluation and Benchmarks' })).toBe(
      'What are model evaluation and benchmarks?',
    )
    for (const title of ['Bias', 'Cross-Entropy Loss', 'Robotics', 'Mixture of Experts', 'Corpus']) {
      expect(whatIsQuestion({ title }), title).toMatch(/^What is /)
    }
  })

  it('ignores wording that is only spaces', () => {
    expect(whatIsQuestion({ title: 'Hallucination', nameInSentence: '   ' })).toBe('What is hallucination?')
  })
})

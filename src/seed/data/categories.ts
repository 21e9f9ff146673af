// Seed categories that group the Groundwork concept pages.
import type { SeedCategory } from './types'

export const categories: SeedCategory[] = [
  {
    name: 'Foundations',
    slug: 'foundations',
    accent: 'teal',
    description:
      'The core ideas behind modern AI: what large models are, how they represent language, and where their abilities come from. Start here if you are new to the field.',
    order: 1,
  },
  {
    name: 'Models & Architectures',
    slug: 'models-and-architectures',
    accent: 'violet',
    description:
      'How today’s models are built under the hood, from the transformer and attention to the techniques that make very large models faster and cheaper to run.',
    order: 2,
  },
  {
    name: 'Building with LLMs',
    slug: 'building-with-llms',
    accent: 'amber',
    description:
      'Practical patterns for turning language models into products: prompting, retrieval, fine-tuning, and agents that take actions on your behalf.',
    order: 3,
  },
  {
    name: 'Safety & Evaluation',
    slug: 'safety-and-evaluation',
    accent: 'rose',
    description:
      'How we measure what AI systems can really do, where they fail, and the training methods used to make them more helpful, honest and safe.',
    order: 4,
  },
]

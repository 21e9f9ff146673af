// The categories of the generated bench dataset: twelve, named apart from the demo
// content's four, so a database holding the demo content can take the dataset too.
import { slugify } from '@/fields/slugify'

export type GeneratedCategory = { name: string; slug: string; description: string; order: number }

const CATEGORIES: [name: string, description: string][] = [
  ['Optimization', 'How models learn: optimizers, learning-rate schedules and the tricks that keep training stable.'],
  ['Retrieval & Search', 'Finding the right documents and passages for a model to read before it answers.'],
  ['Training Methods', 'Ways to turn data into a capable model, from pretraining objectives to curricula.'],
  ['Inference & Serving', 'Running models quickly and cheaply once they are trained: batching, caching, decoding.'],
  ['Data & Datasets', 'Collecting, cleaning, labeling and mixing the data that models learn from.'],
  ['Evaluation & Benchmarks', 'Measuring what a model can do, and how to tell a real gain from noise.'],
  ['Alignment & Preferences', 'Steering models toward helpful, honest behaviour with feedback and preference data.'],
  ['Model Compression', 'Making models smaller and faster with quantization, pruning and distillation.'],
  ['Representation Learning', 'Embeddings and latent spaces: how models encode meaning as vectors.'],
  ['Agents & Tools', 'Models that plan, call tools and act over many steps to finish a task.'],
  ['Multimodal Models', 'Models that read and produce more than text: images, audio, video and code.'],
  ['Distributed Training', 'Spreading training over many accelerators: sharding, parallelism and checkpoints.'],
]

export const GENERATED_CATEGORIES: GeneratedCategory[] = CATEGORIES.map(([name, description], index) => ({
  name,
  slug: slugify(name),
  description,
  order: 100 + index,
}))

import type { NewsletterIssue } from '@/payload-types'

export type DemoIssue = Pick<NewsletterIssue, 'subject' | 'slug' | 'intro'> & {
  concept: string
  useCase: string
  sent: boolean
}

/** One issue already sent (it is in the archive) and the next one, still a draft. */
export const newsletterIssues: DemoIssue[] = [
  {
    subject: 'Welcome: why every model needs an exam',
    slug: 'welcome-why-every-model-needs-an-exam',
    intro:
      'Welcome to the first Groundwork newsletter. Each Tuesday we pick one idea from the glossary and one team that put it to work, and we keep it short enough to read with your coffee.\n\nWe start with evaluation, because every other claim about a model leans on it: a benchmark score is only as good as the test behind it.',
    concept: 'model-evaluation',
    useCase: 'lmsys-chatbot-arena',
    sent: true,
  },
  {
    subject: 'Attention, in one sitting',
    slug: 'attention-in-one-sitting',
    intro:
      'This week: the mechanism that lets a model decide which earlier words matter for the next one, and why it changed how language models are built.',
    concept: 'attention-mechanism',
    useCase: 'google-neural-machine-translation',
    sent: false,
  },
]

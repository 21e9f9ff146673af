// Names and sentence templates for generated use cases. Slots as in conceptPhrases.ts,
// plus `{organization}` and `{task}` (the work the organization applied the concept to).
export const ORGANIZATION_NAMES = [
  'Northwind',
  'Bluefin',
  'Cedar',
  'Harbor',
  'Quartz',
  'Lumen',
  'Atlas',
  'Kestrel',
  'Meridian',
  'Juniper',
  'Orchid',
  'Sable',
  'Tidewater',
  'Vantage',
  'Willow',
  'Aurora',
] as const

export const ORGANIZATION_KINDS = [
  'Health',
  'Logistics',
  'Bank',
  'Labs',
  'Retail',
  'Insurance',
  'Media',
  'Energy',
  'Robotics',
  'Analytics',
  'Legal',
  'Telecom',
  'Games',
  'Foods',
  'Airlines',
  'Learning',
] as const

export const TASKS = [
  'support ticket triage',
  'fraud screening',
  'contract review',
  'product search',
  'clinical note summaries',
  'demand forecasting',
  'code review',
  'call-center transcripts',
  'document retrieval',
  'content moderation',
  'route planning',
  'catalog enrichment',
  'claims processing',
  'tutoring feedback',
  'log analysis',
  'translation memory',
] as const

export const USE_CASE_TITLES = [
  '{organization} cuts {metric} in {task} with {term}',
  'How {organization} applied {term} to {task}',
  '{organization} uses {term} for {task}',
  '{Term} behind {organization}’s {task}',
] as const

export const USE_CASE_SUMMARIES = [
  '{organization} added {term} to the model behind its {task} and reports {percent}% better {metric} across {count} thousand requests a day.',
  'Facing rising {metric} in {task}, {organization} rebuilt its pipeline around {term} and kept quality steady.',
  'A small team at {organization} used {term} with {data} to make {task} faster and cheaper to serve.',
] as const

export const USE_CASE_SENTENCES = [
  'Before the change, {task} at {organization} ran on a large model whose {metric} kept growing with traffic.',
  'The team tried {term} first on {count} percent of requests, comparing {metric} against the existing setup.',
  'Most of the work went into cleaning {data}, not into the model itself.',
  'After rollout, {metric} improved by about {percent}% while reviewers saw no drop in answer quality.',
  'The engineers kept {component} unchanged, which made it easy to roll back during the first weeks.',
  'Monitoring the {signal} in production caught two regressions before customers noticed them.',
  'The project now serves as a template for other {team} inside the company.',
  'Running on {hardware} was a hard requirement, which ruled out several larger alternatives.',
  'Legal and security reviews took longer than the engineering, mostly because {data} had to stay inside the company.',
  'Users mostly noticed the speed: answers for {task} now arrive before they finish reading the previous one.',
  'The hardest part was agreeing on how to measure {metric}, since the old dashboards averaged away the slow requests.',
  'A second phase will extend the work to {other}, which the team expects to help with longer documents.',
  'Costs fell enough that the team moved the budget to labeling more {data}.',
  'Operators can switch the feature off per customer, which made the rollout easy to approve.',
] as const

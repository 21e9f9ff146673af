// Sentence templates for generated concept pages. `{term}` is the concept's name in lower
// case, `{Term}` the same at the start of a sentence, `{other}` a related concept, and the
// other slots are words from vocabulary.ts ({percent} and {count} are numbers).
export const SUBTITLES = [
  'How {term} works and when it pays off',
  'What {term} changes in {noun}, and what it costs',
  'A practical guide to {term} for {team}',
  'Why {term} matters for {metric}',
  'The idea behind {term}, with its trade-offs',
  'Where {term} fits between {phase} and {phase}',
  'Using {term} to keep {metric} under control',
] as const

export const SUMMARY_OPENINGS = [
  '{Term} is a technique that {verb} {metric} by changing how {component} is used during {phase}.',
  '{Term} adjusts {component} so that {noun} spends less effort on {unit} that barely matter.',
  '{Term} is a way to trade a little {metric} for a large drop in {metric} during {phase}.',
  '{Term} reuses the {signal} that {noun} already computes to decide what to keep and what to skip.',
  '{Term} is a family of methods that make {component} cheaper to run without retraining {noun}.',
  '{Term} turns {data} into a training signal that {verb} {metric} in {noun}.',
] as const

export const SUMMARY_FOLLOW_UPS = [
  'It is common in {phase} pipelines built by {team}.',
  'Teams use it when {metric} limits what {noun} can serve.',
  'It works best with {data} and {hardware}.',
  'It is often paired with {other}.',
  'Gains of about {percent}% in {metric} are typical.',
  'It needs no change to {component}.',
] as const

export const BODY_SENTENCES = [
  '{Term} changes how {noun} handles {unit} during {phase}.',
  'In practice, {team} reach for {term} when {metric} becomes the bottleneck of {noun}.',
  'The core idea is simple: instead of treating every step alike, {term} acts only where the {signal} is strongest.',
  'Most implementations take fewer than {count} lines of code, but tuning the schedule takes far longer.',
  'Reported results on {benchmark} show gains of around {percent}% in {metric}, although they vary with batch size.',
  'It is often compared with {other}, which attacks a similar problem from the opposite side.',
  'Because {term} {verb} {metric}, it pairs well with {other} in production pipelines.',
  'The method keeps {component} unchanged and only alters what flows through it.',
  'A common mistake is to apply {term} everywhere at once instead of starting with the layers that dominate {metric}.',
  'During {phase}, the extra bookkeeping costs little compared with the forward pass of {noun}.',
  'Early versions needed {data}; later ones work from the {signal} alone.',
  'On {hardware}, the savings in {metric} are often what makes the approach worth it.',
  'The trade-off is a small loss of {metric}, which most teams accept for the speed they gain.',
  'Researchers first described the idea while studying why {component} wasted so much of its capacity.',
  'Nothing about {term} is specific to text: the same trick applies to images, audio and code.',
  'You can think of it as a budget: every one of the {unit} gets a share, and {term} decides who gets more.',
  'Evaluation matters here, because a gain in {metric} on {benchmark} does not always carry over to real traffic.',
  'The technique rarely helps a model that is already small, since {component} is not where the time goes.',
  'A useful first experiment is to measure {metric} before and after enabling {term} on {count} representative prompts.',
  'Some libraries switch {term} on by default, so it is worth checking what {noun} already does.',
  'With little {data} to learn from, {term} still helps, but the gains in {metric} shrink.',
  'Combining it with {other} usually adds up, because the two touch different parts of {noun}.',
  'The hyperparameters interact with the learning rate, so a sweep over {count} settings is a sensible start.',
  'Debugging is easier when you log the {signal} for each of the {unit} and look at the outliers first.',
  'For retrieval systems, {term} mostly shows up as better {metric} on long queries.',
  'Tokens that carry little information are the first to be affected, which is usually what you want.',
  'Gradient noise can hide the effect during the first few thousand steps, so judge it on later checkpoints.',
  'Serving frameworks expose it as a flag, which makes it cheap to test in a canary deployment.',
  'The theory behind it is still debated, but the empirical results on {benchmark} are consistent.',
  'Latency budgets in interactive products are tight, and {term} is one of the few changes that helps without new hardware.',
] as const

export const BODY_HEADINGS = [
  'How {term} works',
  'Where {term} fits',
  'Trade-offs in practice',
  'When to reach for it',
  'Measuring the effect',
] as const

export const TRAIT_LABELS = [
  'Cuts memory use',
  'Works at inference time',
  'Needs no extra labels',
  'Composes with quantization',
  'Stable under large batches',
  'Cheap to retrofit',
  'Tunable strength',
  'Model-agnostic',
  'Improves tail latency',
  'Data-efficient',
  'Predictable output',
  'Scales with context length',
  'Small parameter overhead',
  'Interpretable signals',
  'Hardware friendly',
  'Robust to noisy labels',
  'Plays well with retrieval',
  'Predictable cost',
  'Easy to evaluate',
  'One main hyperparameter',
] as const

export const TRAIT_EXPLANATIONS = [
  'It {verb} {metric} without touching {component}, so existing checkpoints keep working.',
  'The effect shows up on {hardware} as well as on large clusters.',
  'It relies on the {signal} that {noun} already computes, so there is little extra work per step.',
  'Most of the benefit comes during {phase}, where {metric} matters most.',
  'A single setting controls how aggressive it is, which keeps sweeps short.',
  'It needs nothing beyond the {data} you already have.',
] as const

export const PITFALL_TITLES = [
  'Silent quality regressions',
  'Overfitting to the benchmark',
  'Hidden latency spikes',
  'Tuning the wrong knob',
  'Leakage between data splits',
  'Unstable early training',
  'Stale caches',
  'Misleading averages',
  'Memory fragmentation',
  'Drift after deployment',
  'Overconfident scores',
  'Tokenizer mismatch',
  'Ignoring the long tail',
  'Comparing against a weak baseline',
] as const

export const PITFALL_EXPLANATIONS = [
  'Averages on {benchmark} can look fine while rare inputs get much worse; check the worst cases too.',
  'Turning {term} up too far {verb} {metric} but quietly damages answers that depend on {component}.',
  'Gains measured with {hardware} may vanish on the hardware you actually serve from.',
  'If any of the {data} leaks into the evaluation set, the improvement in {metric} is not real.',
  'The setting that helps during {phase} can hurt during {phase}; tune them separately.',
  'Without logging the {signal}, it is hard to tell whether {term} is doing anything at all.',
] as const

export const FAQ_QUESTIONS = [
  'What problem does {term} solve?',
  'When should I use {term} instead of {other}?',
  'Does {term} slow down inference?',
  'How much data does {term} need?',
  'Can {term} be combined with {other}?',
  'How do I know whether {term} is working?',
  'Is {term} still useful for small models?',
  'What does {term} cost to run in production?',
] as const

/** Who signed off the generated concepts, shown to readers as "Reviewed by". */
export const REVIEWERS = ['Rae Okafor', 'Dana Whitfield', 'Tomás Lindqvist', 'Mei Arakawa', 'Sam Adeyemi'] as const

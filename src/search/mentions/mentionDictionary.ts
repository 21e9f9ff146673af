// What a concept page needs to link and preview mentions, built once from the published
// concepts' names: at 10,000 concepts, building it costs more than the rest of a render.
import type { Slug } from './linkMentions'
import { buildMatcher, type Matcher } from './mentionMatcher'
import type { MentionTarget } from './mentionTargets'

export type MentionDictionary = {
  /** Finds the names in a text. */
  matcher: Matcher<Slug>
  /** What a mention's preview card shows, by slug. */
  previews: Map<Slug, MentionTarget>
}

export function mentionDictionary(targets: MentionTarget[]): MentionDictionary {
  return {
    matcher: buildMatcher(targets.map((target) => ({ target: target.slug, names: target.names }))),
    previews: new Map(targets.map((target) => [target.slug, target])),
  }
}

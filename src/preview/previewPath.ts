/** Pages that have a draft preview; anything else is refused, so the redirect cannot leave the site. */
const PREVIEWABLE_PATH = /^\/concepts\/[a-z0-9]+(?:-[a-z0-9]+)*$/

export function previewablePath(path: string | null): string | null {
  return path && PREVIEWABLE_PATH.test(path) ? path : null
}

// Where "Exit preview" goes: back to the admin page the reviewer came from, remembered in a
// cookie when the preview starts. Only admin paths are accepted, so the redirect stays on the site.
const ADMIN_PATH = /^\/admin(?:\/[A-Za-z0-9_-]+)*\/?$/

export const PREVIEW_RETURN_COOKIE = 'gw-preview-return'

export function adminReturnPath(path: string | null | undefined): string | null {
  return path && ADMIN_PATH.test(path) ? path : null
}

// Which key presses take the reader to the header's search box: "/" while not typing into a
// field, and Ctrl-K or ⌘-K from anywhere. Pure, so the rule is unit-tested without a browser.

/** What a key press's target tells about whether the reader is typing into it. */
export type KeyTarget = Pick<HTMLElement, 'tagName' | 'isContentEditable'>

export type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'defaultPrevented'
>

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT'])

/** True when keys pressed on the target go into a form field or an editable region. */
export const isTypingTarget = (target: KeyTarget | null): boolean =>
  target !== null && (target.isContentEditable || FIELD_TAGS.has(target.tagName.toUpperCase()))

/** True when the key press should move focus to the search box (and do nothing else). */
export function isSearchShortcut(press: KeyPress, target: KeyTarget | null): boolean {
  if (press.defaultPrevented || press.isComposing || press.altKey) return false
  if (press.key === '/') return !press.ctrlKey && !press.metaKey && !isTypingTarget(target)
  return press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey) && !press.shiftKey
}

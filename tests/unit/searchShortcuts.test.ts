import { describe, expect, it } from 'vitest'
import { isSearchShortcut, isTypingTarget, type KeyPress, type KeyTarget } from '@/components/search/shortcuts'

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  defaultPrevented: false,
  ...modifiers,
})
const element = (tagName: string, isContentEditable = false): KeyTarget => ({ tagName, isContentEditable })

describe('isTypingTarget', () => {
  it('is true in form fields and editable regions', () => {
    expect(isTypingTarget(element('INPUT'))).toBe(true)
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true)
    expect(isTypingTarget(element('SELECT'))).toBe(true)
    expect(isTypingTarget(element('DIV', true))).toBe(true)
  })

  it('is false on links, buttons, the page itself and nothing', () => {
    expect(isTypingTarget(element('A'))).toBe(false)
    expect(isTypingTarget(element('BUTTON'))).toBe(false)
    expect(isTypingTarget(element('BODY'))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
})

describe('isSearchShortcut', () => {
  it('takes "/" only when the reader is not typing into a field', () => {
    expect(isSearchShortcut(press('/'), element('BODY'))).toBe(true)
    expect(isSearchShortcut(press('/'), null)).toBe(true)
    expect(isSearchShortcut(press('/', { shiftKey: true }), element('A'))).toBe(true)
    expect(isSearchShortcut(press('/'), element('INPUT'))).toBe(false)
    expect(isSearchShortcut(press('/'), element('P', true))).toBe(false)
    expect(isSearchShortcut(press('/', { ctrlKey: true }), element('BODY'))).toBe(false)
  })

  it('takes Ctrl-K and ⌘-K everywhere, in either case', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), element('BODY'))).toBe(true)
    expect(isSearchShortcut(press('k', { metaKey: true }), element('TEXTAREA'))).toBe(true)
    expect(isSearchShortcut(press('K', { ctrlKey: true }), element('INPUT'))).toBe(true)
  })

  it('leaves other keys and combinations alone', () => {
    expect(isSearchShortcut(press('k'), element('BODY'))).toBe(false)
    expect(isSearchShortcut(press('K', { ctrlKey: true, shiftKey: true }), element('BODY'))).toBe(false)
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), element('BODY'))).toBe(false)
    expect(isSearchShortcut(press('s', { ctrlKey: true }), element('BODY'))).toBe(false)
  })

  it('leaves presses already handled or still composing text alone', () => {
    expect(isSearchShortcut(press('/', { defaultPrevented: true }), element('BODY'))).toBe(false)
    expect(isSearchShortcut(press('k', { ctrlKey: true, isComposing: true }), element('BODY'))).toBe(false)
  })
})

'use client'
// The instant results under the header's search box, loaded on the box's first focus. The box
// stays the element SearchBox.client.tsx rendered (so focus, caret and letters typed while this
// module loaded are kept); this module makes it an ARIA 1.2 combobox and shows the search API's
// answers in a listbox. Arrows move the highlight (wrapping), Enter opens the highlighted option
// or else submits the form, Escape closes the list and a second Escape clears the box; Tab moves
// on, and leaving the box closes the list.
import { useRouter } from 'next/navigation'
import { useEffect, useEffectEvent, useId, useLayoutEffect, useState } from 'react'
import { isArrowKey, nextActiveIndex } from './activeOption'
import { instantOptions, resultCountMessage, type InstantOption } from './instantOptions'
import { MIN_QUERY_LENGTH, useInstantSearch } from './useInstantSearch.client'

export type InstantResultsProps = { input: HTMLInputElement }

const COMBOBOX_ATTRIBUTES = ['role', 'aria-autocomplete', 'aria-controls', 'aria-expanded', 'aria-activedescendant']

function OptionText({ option }: { option: InstantOption }) {
  switch (option.kind) {
    case 'result':
      return (
        <>
          <span className="instant-option-title">{option.title}</span>{' '}
          <span className="instant-option-meta">{option.description}</span>
        </>
      )
    case 'see-all':
      return <>See all results for “{option.query}”</>
    case 'did-you-mean':
      return (
        <>
          Did you mean “<strong>{option.suggestion}</strong>”?
        </>
      )
  }
}

export function InstantResults({ input }: InstantResultsProps) {
  const router = useRouter()
  const listboxId = useId()
  const [typed, setTyped] = useState(() => input.value)
  const [open, setOpen] = useState(() => document.activeElement === input)
  const [activeKey, setActiveKey] = useState<string | null>(null)

  const query = typed.trim()
  const answer = useInstantSearch(query)
  const ready = answer !== null && query.length >= MIN_QUERY_LENGTH
  const options = ready ? instantOptions(answer, query) : []
  const shown = open && ready
  const activeIndex = shown ? options.findIndex((option) => option.key === activeKey) : -1
  const optionId = (option: InstantOption) => `${listboxId}-${option.key}`
  const activeId = activeIndex >= 0 ? optionId(options[activeIndex]) : null
  const expanded = shown && options.length > 0

  const close = () => {
    setOpen(false)
    setActiveKey(null)
  }
  const choose = (option: InstantOption) => {
    close()
    router.push(option.url)
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.isComposing) return
    if (isArrowKey(event.key) && ready && options.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActiveKey(options[nextActiveIndex(activeIndex, options.length, event.key)].key)
    } else if (event.key === 'Enter' && activeIndex >= 0) {
      event.preventDefault()
      choose(options[activeIndex])
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault()
      close()
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault()
      input.form?.reset() // the box is the form's only field: this empties it
      setTyped('')
    }
  })
  const onInput = useEffectEvent(() => {
    setTyped(input.value)
    setOpen(true)
    setActiveKey(null)
  })
  const onBlur = useEffectEvent(close)

  useEffect(() => {
    const listening = new AbortController()
    const { signal } = listening
    input.addEventListener('keydown', (event) => onKeyDown(event), { signal })
    input.addEventListener('input', () => onInput(), { signal })
    input.addEventListener('focus', () => setOpen(true), { signal })
    input.addEventListener('blur', () => onBlur(), { signal })
    return () => listening.abort()
  }, [input])

  useLayoutEffect(() => {
    input.setAttribute('role', 'combobox')
    input.setAttribute('aria-autocomplete', 'list')
    input.setAttribute('aria-controls', listboxId)
    return () => COMBOBOX_ATTRIBUTES.forEach((name) => input.removeAttribute(name))
  }, [input, listboxId])

  useLayoutEffect(() => {
    input.setAttribute('aria-expanded', String(expanded))
    if (activeId) input.setAttribute('aria-activedescendant', activeId)
    else input.removeAttribute('aria-activedescendant')
  }, [input, expanded, activeId])

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  return (
    <>
      <p role="status" className="visually-hidden">
        {shown ? resultCountMessage(answer) : ''}
      </p>
      {/* Pressing on the list must not take focus from the box: the blur would close it before the click. */}
      <div className="instant-results" hidden={!shown} onMouseDown={(event) => event.preventDefault()}>
        {shown && answer.results.length === 0 && <p className="instant-results-empty">No matches</p>}
        <ul role="listbox" id={listboxId} aria-label="Search results" hidden={options.length === 0}>
          {options.map((option, index) => (
            <li
              key={option.key}
              id={optionId(option)}
              role="option"
              aria-selected={index === activeIndex}
              className={option.kind === 'see-all' ? 'instant-option instant-option-more' : 'instant-option'}
              onClick={() => choose(option)}
            >
              <OptionText option={option} />
            </li>
          ))}
        </ul>
      </div>
    </>
  )
}

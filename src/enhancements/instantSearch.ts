// The instant results under the header's search box, loaded on the box's first focus. The box
// stays the server's element (so focus, caret and letters typed while this loaded are kept);
// this makes it an ARIA 1.2 combobox and shows the search API's answers in a listbox. Arrows
// move the highlight (wrapping), Enter opens the highlighted option or else submits the form,
// Escape closes the list and a second Escape clears the box; Tab moves on, and leaving the box
// closes the list.
import { isArrowKey, nextActiveIndex } from '@/components/search/activeOption'
import { instantOptions, resultCountMessage, type InstantOption } from '@/components/search/instantOptions'
import type { SearchResponse } from '@/components/search/searchResponse'
import { MIN_QUERY_LENGTH, searchAsYouType } from './searchApi'

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag)
  if (className) created.className = className
  return created
}

function optionContent(option: InstantOption): Node[] {
  switch (option.kind) {
    case 'result': {
      const title = element('span', 'instant-option-title')
      title.textContent = option.title
      const meta = element('span', 'instant-option-meta')
      meta.textContent = option.description
      return [title, document.createTextNode(' '), meta]
    }
    case 'see-all':
      return [document.createTextNode(`See all results for “${option.query}”`)]
    case 'did-you-mean': {
      const suggestion = element('strong')
      suggestion.textContent = option.suggestion
      return [document.createTextNode('Did you mean “'), suggestion, document.createTextNode('”?')]
    }
  }
}

export function startInstantSearch(input: HTMLInputElement): void {
  const form = input.form
  if (!form) return
  const listboxId = `${input.id}-results`
  const status = element('p', 'visually-hidden')
  status.setAttribute('role', 'status')
  const panel = element('div', 'instant-results')
  panel.hidden = true
  // Pressing on the list must not take focus from the box: the blur would close it before the click.
  panel.addEventListener('mousedown', (event) => event.preventDefault())
  const empty = element('p', 'instant-results-empty')
  empty.textContent = 'No matches'
  const listbox = element('ul')
  listbox.id = listboxId
  listbox.setAttribute('role', 'listbox')
  listbox.setAttribute('aria-label', 'Search results')
  panel.append(empty, listbox)
  form.append(status, panel)
  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-controls', listboxId)

  let answer: SearchResponse | null = null
  let open = document.activeElement === input
  let activeKey: string | null = null
  let options: InstantOption[] = []
  let activeIndex = -1

  const optionId = (option: InstantOption) => `${listboxId}-${option.key}`

  function render() {
    const query = input.value.trim()
    const ready = answer !== null && query.length >= MIN_QUERY_LENGTH
    options = answer && ready ? instantOptions(answer, query) : []
    const shown = open && ready
    activeIndex = shown ? options.findIndex((option) => option.key === activeKey) : -1
    const message = answer && shown ? resultCountMessage(answer) : ''
    if (status.textContent !== message) status.textContent = message
    panel.hidden = !shown
    empty.hidden = !(shown && answer?.results.length === 0)
    listbox.hidden = options.length === 0
    listbox.replaceChildren(
      ...options.map((option, index) => {
        const item = element('li', option.kind === 'see-all' ? 'instant-option instant-option-more' : 'instant-option')
        item.id = optionId(option)
        item.setAttribute('role', 'option')
        item.setAttribute('aria-selected', String(index === activeIndex))
        item.append(...optionContent(option))
        item.addEventListener('click', () => choose(option))
        return item
      }),
    )
    input.setAttribute('aria-expanded', String(shown && options.length > 0))
    const active = activeIndex >= 0 ? document.getElementById(optionId(options[activeIndex])) : null
    if (active) {
      input.setAttribute('aria-activedescendant', active.id)
      active.scrollIntoView({ block: 'nearest' })
    } else {
      input.removeAttribute('aria-activedescendant')
    }
  }

  const ask = searchAsYouType((latest) => {
    answer = latest
    render()
  })
  const close = () => {
    open = false
    activeKey = null
    render()
  }
  function choose(option: InstantOption) {
    close()
    window.location.assign(option.url)
  }

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return
    const shown = !panel.hidden
    if (isArrowKey(event.key) && !listbox.hidden && options.length > 0) {
      event.preventDefault()
      open = true
      activeKey = options[nextActiveIndex(activeIndex, options.length, event.key)].key
      render()
    } else if (event.key === 'Enter' && activeIndex >= 0) {
      event.preventDefault()
      choose(options[activeIndex])
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault()
      close()
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault()
      form.reset() // the box is the form's only field: this empties it
      ask('')
      render()
    }
  })
  input.addEventListener('input', () => {
    open = true
    activeKey = null
    ask(input.value.trim())
    render()
  })
  input.addEventListener('focus', () => {
    open = true
    render()
  })
  input.addEventListener('blur', close)
  ask(input.value.trim())
  render()
}

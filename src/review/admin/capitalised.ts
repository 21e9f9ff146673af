/** "use case" → "Use case", for a label that starts a line. */
export const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1)

// Where a reviewed document lives in the admin: its edit view and its review view.
type Document = { collection: string; id: number | string }

export const editPath = (adminRoute: string, { collection, id }: Document) => `${adminRoute}/collections/${collection}/${id}`

export const reviewPath = (adminRoute: string, { collection, id }: Document) => `${adminRoute}/review/${collection}/${id}`

/** "use case" → "Use case", for a label that starts a line. */
export const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1)

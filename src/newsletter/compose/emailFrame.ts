// What surrounds an issue's blocks in an email: its subject, the preview line inboxes show,
// and the footer (why the reader gets it, the web version, the archive, unsubscribe).
export type EmailFrame = {
  subject: string
  preheader: string
  webUrl: string
  archiveUrl: string
  unsubscribeUrl: string
  why: string
}

export const WHY_YOU_GET_THIS =
  'You get this because you signed up for the Groundwork newsletter and confirmed your address.'

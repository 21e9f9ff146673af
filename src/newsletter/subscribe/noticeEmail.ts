// The short emails the sign-up form sends (the confirmation, "already subscribed"), as HTML
// and plain text from the same parts. One narrow column that reads at 320 px, inline styles
// for clients that drop <style>, no images and no tracking.
import { BRAND_COLORS } from '@/components/brand/palette'
import { escapeHtml } from '@/newsletter/compose/renderHtml'

type Link = { label: string; href: string }

export type Notice = {
  subject: string
  heading: string
  paragraphs: string[]
  /** The one thing to do, shown as a button (and its address written out for clients that hide buttons). */
  action: Link
  /** Small print under the action, with an optional link at its end. */
  footnote: string
  footnoteLink?: Link
}

const { light } = BRAND_COLORS
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Inter, Roboto, Helvetica, Arial, sans-serif"
const MUTED = '#4a5752'

const styles = {
  body: `margin:0;padding:24px 12px;background:${light.background}`,
  card: `max-width:560px;margin:0 auto;padding:28px 24px;background:${light.surface};border-radius:12px;font:16px/1.6 ${FONT};color:${light.text}`,
  brand: `margin:0 0 16px;font-weight:700;color:${light.brand}`,
  heading: `margin:0 0 16px;font-size:24px;line-height:1.25`,
  paragraph: 'margin:0 0 16px',
  button: `display:inline-block;padding:12px 22px;background:${light.brand};color:${light.onBrand};border-radius:999px;font-weight:700;text-decoration:none`,
  small: `margin:0 0 12px;font-size:14px;color:${MUTED}`,
  link: `color:${light.brand}`,
}

const anchor = ({ label, href }: Link, style = styles.link) =>
  `<a href="${escapeHtml(href)}" style="${style}">${escapeHtml(label)}</a>`

export function noticeHtml(notice: Notice): string {
  const footnoteLink = notice.footnoteLink ? ` ${anchor(notice.footnoteLink)}` : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(notice.subject)}</title>
</head>
<body style="${styles.body}">
<div style="${styles.card}">
<p style="${styles.brand}">Groundwork</p>
<h1 style="${styles.heading}">${escapeHtml(notice.heading)}</h1>
${notice.paragraphs.map((text) => `<p style="${styles.paragraph}">${escapeHtml(text)}</p>`).join('\n')}
<p style="margin:24px 0">${anchor(notice.action, styles.button)}</p>
<p style="${styles.small}">Or open this address: ${anchor({ label: notice.action.href, href: notice.action.href })}</p>
<p style="${styles.small}">${escapeHtml(notice.footnote)}${footnoteLink}</p>
</div>
</body>
</html>
`
}

export function noticeText(notice: Notice): string {
  const footnoteLink = notice.footnoteLink ? ` ${notice.footnoteLink.label}: ${notice.footnoteLink.href}` : ''
  return [
    notice.heading,
    ...notice.paragraphs,
    `${notice.action.label}: ${notice.action.href}`,
    `${notice.footnote}${footnoteLink}`,
  ].join('\n\n')
}

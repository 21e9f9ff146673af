// The email's HTML part: one fluid 600 px column (readable at 320 px), inline styles for
// clients that drop <style>, and a dark palette for clients that honour prefers-color-scheme.
// No images but the brand mark (with its alt text), no tracking pixel, no per-reader links
// except unsubscribe.
import { BRAND_COLORS } from '@/components/brand/palette'
import { absoluteUrl } from '@/seo/siteUrl'
import type { IssueBlock } from './issueBlocks'
import type { EmailFrame } from './emailFrame'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character])

const { light } = BRAND_COLORS
const SANS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Inter, Roboto, Helvetica, Arial, sans-serif"
const SERIF = "Georgia, 'Source Serif 4', 'Times New Roman', serif"
const MUTED = '#4a5752'
const RULE = '#dde3df'

const styles = {
  paragraph: `margin:0 0 16px;font:17px/1.6 ${SERIF};color:${light.text}`,
  eyebrow: `margin:0 0 4px;font:600 13px/1.4 ${SANS};letter-spacing:.04em;text-transform:uppercase;color:${light.brand}`,
  heading: `margin:0 0 12px;font:700 24px/1.25 ${SANS};color:${light.text}`,
  lead: `margin:0 0 16px;padding:12px 16px;border-left:4px solid ${light.brand};background:${light.brandSoft};font:17px/1.55 ${SERIF};color:${light.text}`,
  subheading: `margin:20px 0 8px;font:700 18px/1.3 ${SANS};color:${light.text}`,
  traits: `margin:0 0 16px;padding:0 0 0 20px;font:16px/1.55 ${SERIF};color:${light.text}`,
  link: `margin:0 0 8px;font:600 16px/1.5 ${SANS}`,
  anchor: `color:${light.brand};text-decoration:underline`,
  divider: `border:0;border-top:1px solid ${RULE};margin:28px 0`,
}

function blockHtml(block: IssueBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p class="gw-text" style="${styles.paragraph}">${escapeHtml(block.text)}</p>`
    case 'section':
      return `<p class="gw-brand" style="${styles.eyebrow}">${escapeHtml(block.eyebrow)}</p><h2 style="${styles.heading}"><a class="gw-heading" href="${escapeHtml(block.href)}" style="color:${light.text};text-decoration:none">${escapeHtml(block.heading)}</a></h2>`
    case 'lead':
      return `<p class="gw-lead" style="${styles.lead}">${escapeHtml(block.text)}</p>`
    case 'subheading':
      return `<h3 class="gw-text" style="${styles.subheading}">${escapeHtml(block.text)}</h3>`
    case 'traits':
      return `<ul class="gw-text" style="${styles.traits}">${block.items
        .map(
          ({ label, explanation }) =>
            `<li style="margin:0 0 8px"><strong>${escapeHtml(label)}</strong>: ${escapeHtml(explanation)}</li>`,
        )
        .join('')}</ul>`
    case 'link':
      return `<p style="${styles.link}"><a class="gw-link" href="${escapeHtml(block.href)}" style="${styles.anchor}">${escapeHtml(block.text)} →</a></p>`
    case 'divider':
      return `<hr style="${styles.divider}">`
  }
}

const DARK_MODE = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .gw-body { background: #101614 !important; }
  .gw-card { background: #17201d !important; }
  .gw-text, .gw-heading, .gw-title { color: #e7ece9 !important; }
  .gw-lead { background: #12302a !important; color: #e7ece9 !important; }
  .gw-brand, .gw-link, .gw-footer a { color: ${BRAND_COLORS.dark.brand} !important; }
  .gw-footer { color: #a9b5b0 !important; }
}
@media (max-width: 480px) { .gw-card { padding: 20px 16px !important; } }`

export function renderHtml(blocks: IssueBlock[], frame: EmailFrame): string {
  const footerLink = (href: string, text: string) =>
    `<a href="${escapeHtml(href)}" style="color:${MUTED};text-decoration:underline">${text}</a>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(frame.subject)}</title>
<style>${DARK_MODE}</style>
</head>
<body class="gw-body" style="margin:0;padding:0;background:${light.background}">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(frame.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" class="gw-body" style="background:${light.background}">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px">
<tr><td style="padding:0 8px 16px">
<a href="${escapeHtml(absoluteUrl('/'))}" style="text-decoration:none"><img src="${escapeHtml(absoluteUrl('/apple-icon.png'))}" width="32" height="32" alt="Groundwork" style="vertical-align:middle;border:0;border-radius:6px"> <span class="gw-title" style="font:700 18px/32px ${SANS};color:${light.text};vertical-align:middle">Groundwork</span></a>
</td></tr>
<tr><td class="gw-card" style="background:${light.surface};border-radius:12px;padding:32px 28px">
<h1 class="gw-title" style="margin:0 0 20px;font:700 28px/1.2 ${SANS};color:${light.text}">${escapeHtml(frame.subject)}</h1>
${blocks.map(blockHtml).join('\n')}
</td></tr>
<tr><td class="gw-footer" style="padding:20px 8px;font:14px/1.6 ${SANS};color:${MUTED}">
<p style="margin:0 0 8px">${escapeHtml(frame.why)}</p>
<p style="margin:0">${footerLink(frame.webUrl, 'Read it on the web')} · ${footerLink(frame.archiveUrl, 'Past issues')} · ${footerLink(frame.unsubscribeUrl, 'Unsubscribe')}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`
}

// Payload's email through nodemailer: real SMTP when SMTP_URL is set, otherwise each
// message is captured as an .eml file (dev and tests read them; nothing leaves the machine).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

const DEFAULT_FROM = { name: 'Groundwork', address: 'no-reply@groundwork.test' }

export function mailCaptureDir(): string {
  return process.env.MAIL_CAPTURE_DIR ?? path.join(process.cwd(), '.data', 'mail')
}

export function captureTransport(): Transport {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    async sendMail(message: nodemailer.SendMailOptions) {
      const info = await transport.sendMail(message)
      const dir = mailCaptureDir()
      fs.mkdirSync(dir, { recursive: true })
      const file = path.join(dir, `${Date.now()}-${crypto.randomBytes(3).toString('hex')}.eml`)
      fs.writeFileSync(file, info.message as Buffer)
      console.log(`[email] to ${String(message.to)}: "${message.subject}" captured in ${file}`)
      return info
    },
  }
}

type Transport = Pick<nodemailer.Transporter, 'sendMail'>

const smtpTransports = new Map<string, Transport>()

/** The transport for SMTP_URL as it is now (tests point it at their own SMTP server), else the capture. */
function currentTransport(): Transport {
  const url = process.env.SMTP_URL
  if (!url) return captureTransport()
  let transport = smtpTransports.get(url)
  if (!transport) smtpTransports.set(url, (transport = nodemailer.createTransport(url)))
  return transport
}

export const emailAdapter: EmailAdapter = () => ({
  name: process.env.SMTP_URL ? 'smtp' : 'capture',
  defaultFromName: process.env.EMAIL_FROM_NAME ?? DEFAULT_FROM.name,
  defaultFromAddress: process.env.EMAIL_FROM_ADDRESS ?? DEFAULT_FROM.address,
  sendEmail: (message) => currentTransport().sendMail(message),
})

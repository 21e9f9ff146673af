// What a send hands its messages to: nodemailer's pool over SMTP_URL (a few connections kept
// open for the whole run, at the configured pace), or, with no SMTP_URL (dev), the same .eml
// capture as every other email. Opened per run and closed with it, so no connection outlives
// the run or points at an SMTP_URL that has since changed.
import nodemailer from 'nodemailer'
import { captureTransport } from '@/email/emailAdapter'
import type { SendSettings } from './sendSettings'

export type BulkTransport = {
  sendMail: (message: nodemailer.SendMailOptions) => Promise<unknown>
  close: () => void
}

export function openBulkTransport(settings: SendSettings): BulkTransport {
  const url = process.env.SMTP_URL
  if (!url) return { sendMail: captureTransport().sendMail, close: () => undefined }
  const pool = nodemailer.createTransport(pooledUrl(url, settings))
  return { sendMail: (message) => pool.sendMail(message), close: () => pool.close() }
}

/**
 * SMTP_URL with the pool's options as query parameters. Given an object with a `url`,
 * nodemailer reads the URL alone and drops every other option: no pool, a new connection
 * for every message.
 */
function pooledUrl(url: string, { connections, ratePerSecond }: SendSettings): string {
  const pooled = new URL(url)
  pooled.searchParams.set('pool', 'true')
  pooled.searchParams.set('maxConnections', String(connections))
  if (ratePerSecond > 0) {
    pooled.searchParams.set('rateDelta', '1000')
    pooled.searchParams.set('rateLimit', String(ratePerSecond))
  }
  return pooled.toString()
}

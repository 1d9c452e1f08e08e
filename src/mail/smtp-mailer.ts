import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config/mail-config.js';
import type { Mailer } from '../services/comments/ports.js';

/**
 * The Mailer port over SMTP (nodemailer). Timeouts are short so a hung server fails the
 * job, which the queue retries with backoff, instead of holding a worker.
 */
export function createSmtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      });
    },
  };
}

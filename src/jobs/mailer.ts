import nodemailer from 'nodemailer';

export interface Mailer {
  /** 'outbox' when no SMTP server is configured: the message stays readable in the outbox. */
  readonly transport: 'smtp' | 'outbox';
  send(message: { from: string; to: string; subject: string; text: string }): Promise<void>;
}

export function createMailer(smtpUrl: string | undefined): Mailer {
  if (!smtpUrl) return { transport: 'outbox', send: async () => undefined };
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    transport: 'smtp',
    send: async (message) => {
      await transporter.sendMail(message);
    },
  };
}

import nodemailer from 'nodemailer';

export interface OutgoingMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** A calendar invitation: nodemailer sends it as a text/calendar alternative (METHOD in its content type) and an .ics attachment. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
}

export interface Mailer {
  /** 'outbox' when no SMTP server is configured: the message stays readable in the outbox. */
  readonly transport: 'smtp' | 'outbox';
  send(message: OutgoingMessage): Promise<void>;
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

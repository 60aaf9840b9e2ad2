/** The SMTP envelope of one message: who the client authenticated as, MAIL FROM and RCPT TO. */
export type FakeSmtpEnvelope = {
  /** The user the client authenticated as (AUTH PLAIN, LOGIN or XOAUTH2). */
  user: string;
  /** MAIL FROM, `''` for the null sender. */
  from: string;
  /** Every RCPT TO, in order. */
  to: string[];
};

/** One message the fake accepted, byte for byte as the client sent it (dot-unstuffed). */
export type FakeSmtpMessage = FakeSmtpEnvelope & { raw: Buffer };

/** Hands one accepted message on, e.g. appends it to each recipient's IMAP mailbox. */
export type FakeSmtpDeliver = (envelope: FakeSmtpEnvelope, raw: Buffer) => Promise<void>;

export type FakeSmtpServerOptions = {
  /** A free port unless given. */
  port?: number;
  /**
   * Called before the fake answers 250 to the message; when it throws, the client gets a
   * 451 (temporary failure) and the message is not recorded.
   */
  deliver?: FakeSmtpDeliver;
  /**
   * Offers AUTH XOAUTH2 too, accepting a token this says is active for the user (e.g. the fake
   * OAuth server's `isActive`).
   */
  verifyAccessToken?: (user: string, accessToken: string) => boolean;
};

export type FakeSmtpServer = {
  /** Always `127.0.0.1`. */
  host: string;
  port: number;
  /** Every accepted message, oldest first. */
  messages: FakeSmtpMessage[];
  /** Lets `user` authenticate with `password` (AUTH PLAIN or LOGIN); nobody else can. */
  addUser: (user: string, password: string) => void;
  close: () => Promise<void>;
};

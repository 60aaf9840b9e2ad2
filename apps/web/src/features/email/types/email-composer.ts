/** The e-mail being answered: its communication id (sent as `in_reply_to`) and subject. */
export type EmailReplyTarget = {
  communicationId: string;
  subject: string;
};

/**
 * Stores a file for the lead and answers its id. The files endpoint belongs to another feature
 * (the WhatsApp composer's upload); app/ hands it in so the features stay apart.
 */
export type UploadEmailFile = (input: { leadId: string; file: File }) => Promise<{ id: string }>;

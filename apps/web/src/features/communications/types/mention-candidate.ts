/** A team member the note composer can mention with "@" (the team comes from app/). */
export type MentionCandidate = { id: string; name: string };

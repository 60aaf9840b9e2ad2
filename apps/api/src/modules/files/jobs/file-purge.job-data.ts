export const FILE_PURGE_JOB = 'files.purge';

/** Purge the stored objects of one organisation's deleted files. */
export type FilePurgeJobData = { organizationId: string };

import { ATTACHMENT_FILE_FIELD, type Attachment } from '@steerline/contracts';
import { uploadFile } from '../../../lib/upload-file';

/** Sends one file of evidence to `path` (the record's evidence address), reporting progress from 0 to 1. */
export const uploadAttachment = (path: string, file: File, onProgress: (sent: number) => void) =>
  uploadFile<Attachment>(path, ATTACHMENT_FILE_FIELD, file, onProgress);

import { planCliMessages } from './plans-cli.js';
import { planChatMessages } from './plans-chat.js';
import { planImportMessages } from './plans-import.js';
import { planUploadMessages } from './plans-upload.js';

/** The plan register's words: importing, the `plan`/`owners` commands and the owners card and plan uploads in chat. */
export const plansMessages = {
  sv: { ...planImportMessages.sv, ...planCliMessages.sv, ...planChatMessages.sv, ...planUploadMessages.sv },
  en: { ...planImportMessages.en, ...planCliMessages.en, ...planChatMessages.en, ...planUploadMessages.en },
};

import { planCliMessages } from './plans-cli.js';
import { planChatMessages } from './plans-chat.js';
import { planImportMessages } from './plans-import.js';

/** The plan register's words: importing, the `plan`/`owners` commands and the owners card in chat. */
export const plansMessages = {
  sv: { ...planImportMessages.sv, ...planCliMessages.sv, ...planChatMessages.sv },
  en: { ...planImportMessages.en, ...planCliMessages.en, ...planChatMessages.en },
};

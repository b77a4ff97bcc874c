import { reportCaseMessages } from './reports-cases.js';
import { reportChatMessages } from './reports-chat.js';
import { reportCommonMessages } from './reports-common.js';
import { reportFormMessages } from './reports-form.js';

/**
 * The anonymous-report feature's words: shared terms and errors, the form
 * and inbox pages, the case view, and the chat cards, notifications and CLI.
 */
export const reportMessages = {
  sv: { ...reportCommonMessages.sv, ...reportFormMessages.sv, ...reportCaseMessages.sv, ...reportChatMessages.sv },
  en: { ...reportCommonMessages.en, ...reportFormMessages.en, ...reportCaseMessages.en, ...reportChatMessages.en },
};

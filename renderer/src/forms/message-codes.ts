// Contract schemas name a message code (e.g. PASSWORD_WEAK) as their custom error; zod's own messages are already
// in the UI language (i18n/index.ts sets zod's locale). This turns a code into text and leaves other text alone.
import { currentLang } from '../i18n/lang';
import { translate, type MessageCode } from '../api/contract';

export function messageText(message: string): string {
  if (!/^[A-Z][A-Z0-9_]+$/.test(message)) return message;
  try {
    return translate(message as MessageCode, currentLang());
  } catch {
    // Not a code of the message table after all (translate finds no entry); show it as it is.
    return message;
  }
}

// What an order still needs before it can be confirmed, in the person's language: the API sends a message code and
// its parameters (a price under the brand's limit, a customer over credit), translated here with the shared table.
import { translate, type MessageCode } from '../../api/contract';
import { currentLang } from '../../i18n/lang';
import type { NeededApproval } from './sales-types';

export function neededText(n: NeededApproval): string {
  try {
    return translate(n.code as MessageCode, currentLang(), n.params);
  } catch {
    // A code this build does not know yet (a newer server): still say what it is about.
    return `${n.code} ${Object.values(n.params).join(' ')}`;
  }
}

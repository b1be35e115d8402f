// A customer's sales credit terms: the credit limit and payment terms live on the customer (parties); the days an
// invoice may be overdue and the policy for breaches (owner's approval, or refusal) live in customer_credit_terms.
import { customerCreditTerms } from '../../../db/schema';
import { prepared } from '../catalog/statements';
import { customerBalance } from '../finance/balances';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import type { CreditPolicy, CreditTermsView } from './order-types';
import { openOrdersFen } from './orders-checks';

export function creditTerms(core: Core, customerId: string): CreditTermsView {
  const row = prepared(
    core,
    `SELECT c.id AS customerId, c.credit_limit AS creditLimitFen, c.payment_terms_days AS paymentTermsDays, t.overdue_days AS overdueDays,
       coalesce(t.policy, 'approval') AS policy
     FROM customers c LEFT JOIN customer_credit_terms t ON t.customer_id = c.id WHERE c.id = ?`,
  ).get(customerId) as Omit<CreditTermsView, 'balanceFen' | 'openOrdersFen'> | undefined;
  if (!row) throw new AppError('CUSTOMER_NOT_FOUND');
  return { ...row, balanceFen: customerBalance(core, customerId), openOrdersFen: openOrdersFen(core, customerId, null) };
}

export function setCreditTerms(core: Core, actor: Actor, input: { customerId: string; overdueDays: number | null; policy: CreditPolicy }): CreditTermsView {
  const days = input.overdueDays;
  if (days !== null && (!Number.isInteger(days) || days < 0 || days > 3650)) throw new AppError('SALES_OVERDUE_DAYS');
  if (input.policy !== 'approval' && input.policy !== 'block') throw new AppError('SALES_POLICY');
  return mutate(
    core,
    actor,
    () => ({ action: 'salesOrders.setCreditTerms', entity: 'customer', entityId: input.customerId, data: input }),
    () => {
      creditTerms(core, input.customerId);
      const updatedAt = core.now().toISOString();
      core.db
        .insert(customerCreditTerms)
        .values({ customerId: input.customerId, overdueDays: days, policy: input.policy, updatedAt })
        .onConflictDoUpdate({ target: customerCreditTerms.customerId, set: { overdueDays: days, policy: input.policy, updatedAt } })
        .run();
      return creditTerms(core, input.customerId);
    },
  );
}

// employees.*: salespeople, drivers and office staff. Every role reads; the owner writes.
import { createEmployee, listEmployees, updateEmployee } from '../../core/parties/employees';
import { employeeCreateInput, employeeListInput, employeeUpdateInput } from '../contract/parties';
import { ALL_ROLES, procedure, router } from '../trpc';

const owner = procedure('owner');

export const employeesRouter = router({
  list: procedure(...ALL_ROLES)
    .input(employeeListInput)
    .query(({ ctx, input }) => listEmployees(ctx.core, input ?? {})),
  create: owner.input(employeeCreateInput).mutation(({ ctx, input }) => createEmployee(ctx.core, ctx.actor, input)),
  update: owner.input(employeeUpdateInput).mutation(({ ctx, input }) => updateEmployee(ctx.core, ctx.actor, input)),
});

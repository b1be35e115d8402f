// TanStack Query bindings for the API: useTRPC() gives typed queryOptions/mutationOptions per procedure.
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from './contract';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

// What the renderer may import from the API: the router's type, input schemas (shared form validation) and the
// message table. Nothing here touches Node.
export type { AppRouter } from '../router';
export type { ErrorData } from '../trpc';
export * from './auth';
export * from './scan';
export * from './users';
export { translate, type Lang, type MessageCode } from '../../core/shared/messages';
export type { Role } from '../../core/shared/context';

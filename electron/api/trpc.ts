// The API's building blocks: context, role-checked procedures, and errors that carry a stable code and a message
// in the caller's language. Every procedure in routers/ is made with `procedure(...)` below.
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/unstable-core-do-not-import';
import { authenticate } from '../core/auth/sessions';
import type { Actor, Core, Role } from '../core/shared/context';
import { AppError, isAppError } from '../core/shared/errors';
import { isMessageCode, translate, type Lang, type MessageCode } from '../core/shared/messages';
import type { Services } from './services';
import { validationIssues } from './validation';

export interface Context {
  core: Core;
  services: Services;
  lang: Lang;
  /** Session token sent by the client, if any. */
  token: string | null;
  /** Client address (HTTP) or 'ipc' for the desktop window: the throttle key for sign-ins. */
  client: string;
}

export type Access = readonly Role[] | 'public';
export interface Meta {
  access: Access;
}

const httpCodeFor: Partial<Record<MessageCode, TRPC_ERROR_CODE_KEY>> = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  SESSION_EXPIRED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'CONFLICT',
  BARCODE_TAKEN: 'CONFLICT',
  LOGIN_FAILED: 'UNAUTHORIZED',
  LOGIN_THROTTLED: 'TOO_MANY_REQUESTS',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

export interface ErrorData {
  /** Stable code (a MessageCode) the client may branch on. */
  appCode: MessageCode;
  params?: Record<string, string | number>;
  details?: unknown;
  issues?: { path: string; message: string }[];
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const lang = ctx?.lang ?? 'zh-CN';
      const cause = error.cause;
      let data: ErrorData;
      let message: string;
      if (isAppError(cause)) {
        data = { appCode: cause.code, params: cause.params, details: translateDetails(cause.details, lang) };
        message = translate(cause.code, lang, cause.params);
      } else if (error.code === 'BAD_REQUEST' && cause && 'issues' in cause) {
        const issues = validationIssues(cause.issues as Parameters<typeof validationIssues>[0], lang);
        data = { appCode: 'VALIDATION', issues };
        message = translate('VALIDATION', lang, { detail: issues.map((i) => `${i.path ? i.path + ': ' : ''}${i.message}`).join('；') });
      } else if (error.code === 'NOT_FOUND' && !cause) {
        data = { appCode: 'NOT_FOUND' };
        message = translate('NOT_FOUND', lang, { what: error.message });
      } else {
        data = { appCode: 'INTERNAL' };
        message = translate('INTERNAL', lang);
      }
      return { message, code: shape.code, data: { ...data, code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path } };
    },
  });

/**
 * Core errors may carry per-row or per-field details as `{ code, params, ...rest }` (an import's row errors);
 * each gets a `message` in the caller's language.
 */
function translateDetails(details: unknown, lang: Lang): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((d: unknown) => {
    if (d && typeof d === 'object' && 'code' in d && typeof d.code === 'string' && isMessageCode(d.code)) {
      const params = 'params' in d && d.params && typeof d.params === 'object' ? (d.params as Record<string, string | number>) : {};
      return { ...d, message: translate(d.code, lang, params) };
    }
    return d;
  });
}

/** Turns a core AppError into a TRPCError with a fitting HTTP status; everything else stays as thrown. */
const appErrors = t.middleware(async ({ next }) => {
  const res = await next();
  if (!res.ok && isAppError(res.error.cause)) {
    const cause = res.error.cause;
    throw new TRPCError({ code: httpCodeFor[cause.code] ?? 'BAD_REQUEST', message: cause.code, cause });
  }
  if (!res.ok && res.error.code === 'INTERNAL_SERVER_ERROR') {
    console.error('[api]', res.error.cause ?? res.error);
  }
  return res;
});

/** Resolves the session and checks the role before the input is even parsed. */
const access = t.middleware(({ ctx, meta, next }) => {
  const allowed = meta?.access;
  if (!allowed) throw new AppError('INTERNAL', { reason: 'procedure without access meta' });
  if (allowed === 'public') return next({ ctx: { actor: null as Actor | null } });
  if (!ctx.token) throw new AppError('UNAUTHORIZED');
  const actor = authenticate(ctx.core, ctx.token);
  if (!allowed.includes(actor.role)) throw new AppError('FORBIDDEN', { role: translateRole(actor.role, ctx.lang) });
  return next({ ctx: { actor } });
});

const roleNames: Record<Role, Record<Lang, string>> = {
  owner: { 'zh-CN': '店主', en: 'owner' },
  accountant: { 'zh-CN': '会计', en: 'accountant' },
  clerk: { 'zh-CN': '库管', en: 'clerk' },
  driver: { 'zh-CN': '司机/业务员', en: 'driver' },
};
const translateRole = (role: Role, lang: Lang) => roleNames[role][lang];

const base = t.procedure.use(appErrors);

/** Anyone, signed in or not (sign-in, setup status). */
export const publicProcedure = base.meta({ access: 'public' }).use(access);

/** A procedure the given roles may call; the actor is in ctx.actor (non-null). */
export function procedure(...roles: Role[]) {
  return base
    .meta({ access: roles })
    .use(access)
    .use(({ ctx, next }) => {
      if (!ctx.actor) throw new AppError('UNAUTHORIZED');
      return next({ ctx: { actor: ctx.actor } });
    });
}

export const ALL_ROLES: Role[] = ['owner', 'accountant', 'clerk', 'driver'];
export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

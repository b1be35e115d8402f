// Calls the real router in-process, as a given role, the way both transports do.
import { login } from '../../electron/core/auth/sessions';
import type { Role } from '../../electron/core/shared/context';
import type { Lang } from '../../electron/core/shared/messages';
import { appRouter } from '../../electron/api/router';
import { createServices, type Services } from '../../electron/api/services';
import { createCallerFactory, type Context } from '../../electron/api/trpc';
import { makeActor, type TestDb } from './core';

const factory = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof factory>;

export function contextFor(t: TestDb, token: string | null, lang: Lang = 'zh-CN', services?: Services): Context {
  return { core: t.core, services: services ?? createServices('test'), lang, token, client: 'test' };
}

export function callerFor(t: TestDb, token: string | null, lang: Lang = 'zh-CN'): Caller {
  return factory(contextFor(t, token, lang));
}

/** Signs a fresh user of the role in and returns a caller with its token. */
export async function signedIn(t: TestDb, role: Role, lang: Lang = 'zh-CN'): Promise<{ caller: Caller; token: string }> {
  const actor = await makeActor(t.core, role);
  const services = createServices('test');
  const { token } = await login(t.core, services.throttle, { username: actor.name, password: 'test-pass-1234', client: 'test' });
  return { caller: factory(contextFor(t, token, lang, services)), token };
}

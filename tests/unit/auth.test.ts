import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema';
import { LoginThrottle } from '../../electron/core/auth/throttle';
import { IDLE_TIMEOUT_MS } from '../../electron/core/auth/sessions';
import { clientFor, quickSession } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { createServices } from '../../electron/api/services';

let t: TestDb;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-11-24T02:00:00Z');
  t = await testDb({ now: () => clock });
});
afterEach(() => t.close());

const owner = { username: 'Boss', displayName: '王老板', password: 'secret-123' };
const countRows = (table: typeof users | typeof sessions | typeof auditLog) => t.db.select({ n: count() }).from(table).get()?.n ?? 0;

describe('first-owner setup', () => {
  it('needs setup on a fresh data dir, creates the owner once, then refuses with a Chinese message', async () => {
    const api = clientFor(t, null);
    expect(await api.auth.status.query()).toMatchObject({ needsSetup: true });
    const { token, user } = await api.auth.setupOwner.mutate(owner);
    expect(user).toMatchObject({ username: 'boss', role: 'owner', displayName: '王老板' });
    expect(await clientFor(t, token).auth.me.query()).toMatchObject({ role: 'owner', name: '王老板' });
    expect(await api.auth.status.query()).toMatchObject({ needsSetup: false });
    await expect(api.auth.setupOwner.mutate({ ...owner, username: 'other' })).rejects.toMatchObject({
      message: '系统已完成初始化，不能再创建首个店主账号',
    });
    expect(countRows(users)).toBe(1);
  });

  it('stores a scrypt hash, never the password, and only the SHA-256 of the session token', async () => {
    const { token } = await clientFor(t, null).auth.setupOwner.mutate(owner);
    const row = t.db.select().from(users).get()!;
    expect(row.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.passwordHash).not.toContain(owner.password);
    const session = t.db.select().from(sessions).get()!;
    expect(session.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(t.sqlite.prepare('SELECT * FROM sessions').all())).not.toContain(token);
  });

  it('rejects a weak password with a translated field error and writes nothing', async () => {
    await expect(clientFor(t, null).auth.setupOwner.mutate({ ...owner, password: 'short' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
    const en = await clientFor(t, null, 'en').auth.setupOwner.mutate({ ...owner, password: 'short' }).catch((e: unknown) => e);
    expect(String((en as Error).message)).toBe('Invalid input: password: The password needs at least 8 characters');
    expect(countRows(users)).toBe(0);
    expect(countRows(auditLog)).toBe(0);
  });

  it('names each bad field in Chinese, including a missing one', async () => {
    const bad = { username: 'a b', password: 'short' } as unknown as typeof owner;
    const err = (await clientFor(t, null).auth.setupOwner.mutate(bad).catch((e: unknown) => e)) as {
      data: { appCode: string; issues: { path: string; message: string }[] };
    };
    expect(err.data.appCode).toBe('VALIDATION');
    expect(err.data.issues).toEqual([
      { path: 'username', message: '用户名只能包含字母、数字、下划线、点和短横线' },
      { path: 'displayName', message: '缺少或类型不对（应为 string）' },
      { path: 'password', message: '密码至少 8 位' },
    ]);
  });
});

describe('sign-in', () => {
  beforeEach(async () => {
    await clientFor(t, null).auth.setupOwner.mutate(owner);
  });

  it('signs in case-insensitively and audits it', async () => {
    const before = countRows(auditLog);
    const { user } = await clientFor(t, null).auth.login.mutate({ username: 'BOSS', password: owner.password });
    expect(user.role).toBe('owner');
    expect(countRows(auditLog)).toBe(before + 1);
  });

  it('says the same thing for a wrong password and an unknown user', async () => {
    const api = clientFor(t, null);
    await expect(api.auth.login.mutate({ username: 'boss', password: 'wrong-pass' })).rejects.toMatchObject({ message: '用户名或密码错误', data: { code: 'UNAUTHORIZED' } });
    await expect(api.auth.login.mutate({ username: 'nobody', password: 'wrong-pass' })).rejects.toMatchObject({ message: '用户名或密码错误' });
  });

  it('throttles after five failures, even with the right password, then lets the user in after the wait', async () => {
    let now = 1_000_000;
    const services = { ...createServices('test'), throttle: new LoginThrottle(() => now) };
    const api = clientFor(t, null, 'zh-CN', services);
    for (let i = 0; i < 5; i++) await expect(api.auth.login.mutate({ username: 'boss', password: 'bad-pass' })).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
    await expect(api.auth.login.mutate({ username: 'boss', password: owner.password })).rejects.toMatchObject({
      data: { code: 'TOO_MANY_REQUESTS' },
      message: '登录失败次数过多，请 30 秒后再试',
    });
    now += 31_000;
    await expect(api.auth.login.mutate({ username: 'boss', password: owner.password })).resolves.toMatchObject({ user: { role: 'owner' } });
  });

  it('ends a session after the idle timeout and on sign-out', async () => {
    const { token } = await clientFor(t, null).auth.login.mutate({ username: 'boss', password: owner.password });
    clock = new Date(clock.getTime() + IDLE_TIMEOUT_MS - 1000);
    await expect(clientFor(t, token).auth.me.query()).resolves.toMatchObject({ role: 'owner' });
    // Activity moved lastSeenAt forward, so the session lives on past the original deadline …
    clock = new Date(clock.getTime() + IDLE_TIMEOUT_MS - 1000);
    await expect(clientFor(t, token).auth.me.query()).resolves.toMatchObject({ role: 'owner' });
    // … and ends after a full idle period.
    clock = new Date(clock.getTime() + IDLE_TIMEOUT_MS + 1000);
    await expect(clientFor(t, token).auth.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' }, message: '登录已过期，请重新登录' });
    const again = await clientFor(t, null).auth.login.mutate({ username: 'boss', password: owner.password });
    await clientFor(t, again.token).auth.logout.mutate();
    await expect(clientFor(t, again.token).auth.me.query()).rejects.toMatchObject({ message: '请先登录' });
  });
});

describe('users (owner only)', () => {
  it('creates staff accounts, disables them (ending their sessions) and refuses to disable the last owner', async () => {
    const { token, user } = await clientFor(t, null).auth.setupOwner.mutate(owner);
    const api = clientFor(t, token);
    const clerk = await api.users.create.mutate({ username: 'clerk1', displayName: '张库管', role: 'clerk', password: 'clerk-pass-1' });
    const clerkLogin = await clientFor(t, null).auth.login.mutate({ username: 'clerk1', password: 'clerk-pass-1' });
    await api.users.setActive.mutate({ id: clerk.id, active: false });
    await expect(clientFor(t, clerkLogin.token).auth.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
    await expect(clientFor(t, null).auth.login.mutate({ username: 'clerk1', password: 'clerk-pass-1' })).rejects.toMatchObject({ message: '该账号已停用' });
    await expect(api.users.setActive.mutate({ id: user.id, active: false })).rejects.toMatchObject({ message: '至少要保留一个启用的店主账号' });
    expect(t.db.select().from(users).where(eq(users.id, user.id)).get()?.active).toBe(true);
    await expect(api.users.create.mutate({ username: 'clerk1', displayName: 'x', role: 'clerk', password: 'clerk-pass-2' })).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
    expect((await api.users.list.query()).map((u) => u.username)).toEqual(['boss', 'clerk1']);
  });

  it('resets a password and signs the user out everywhere', async () => {
    const { token } = await clientFor(t, null).auth.setupOwner.mutate(owner);
    const api = clientFor(t, token);
    const driver = await api.users.create.mutate({ username: 'driver1', displayName: '赵师傅', role: 'driver', password: 'driver-pass' });
    const old = await clientFor(t, null).auth.login.mutate({ username: 'driver1', password: 'driver-pass' });
    await api.users.resetPassword.mutate({ id: driver.id, password: 'new-driver-pass' });
    await expect(clientFor(t, old.token).auth.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
    await expect(clientFor(t, null).auth.login.mutate({ username: 'driver1', password: 'new-driver-pass' })).resolves.toBeTruthy();
  });

  it('is refused to a clerk', async () => {
    const token = await quickSession(t, 'clerk');
    await expect(clientFor(t, token).users.list.query()).rejects.toMatchObject({ data: { code: 'FORBIDDEN' }, message: '当前角色（库管）无权执行此操作' });
  });
});

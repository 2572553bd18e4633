import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_METADATA } from '../src/common/auth/access.decorators.js';
import { AccessGuard } from '../src/common/auth/access.guard.js';
import { UsersService } from '../src/people/users.service.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Deny by default: every route must say who may call it (@Public, @SignedIn or @Require). */
describe('access declarations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('finds an access rule on every registered route', () => {
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    const reflector = t.app.get(Reflector);
    const scanner = new MetadataScanner();
    const routes: { route: string; declared: boolean }[] = [];
    for (const wrapper of controllers) {
      const controller = wrapper.metatype as (new () => object) | null;
      if (!controller) continue;
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, (...args: unknown[]) => unknown>)[name];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const declared = reflector.getAllAndOverride(ACCESS_METADATA, [handler, controller]) !== undefined;
        routes.push({ route: `${method} ${controller.name}.${name}`, declared });
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(routes.filter((route) => !route.declared).map((route) => route.route)).toEqual([]);
  });

  it('refuses a route without a declaration instead of serving it', async () => {
    const guard = new AccessGuard(t.app.get(Reflector), t.app.get(UsersService));
    class Undeclared {
      handler() {}
    }
    const context = {
      getHandler: () => Undeclared.prototype.handler,
      getClass: () => Undeclared,
      switchToHttp: () => ({ getRequest: () => ({}) }),
    };
    await expect(guard.canActivate(context as never)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

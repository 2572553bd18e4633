import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { API_PREFIX } from '../../src/http/configure-http.js';
import type { TestApp } from './test-app.js';

const segments = (path: unknown): string[] => (Array.isArray(path) ? path : [path]).map(String);
const join = (...parts: string[]) => `/${parts.flatMap((part) => part.split('/')).filter(Boolean).join('/')}`;

/** Every route the app registers through its controllers, as `METHOD /api/path`. */
export function registeredRoutes(t: TestApp): string[] {
  const scanner = new MetadataScanner();
  const routes = new Set<string>();
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new () => object) | null;
      if (!controller) continue;
      const prefixes = segments(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, (...args: unknown[]) => unknown>)[name];
        const paths = Reflect.getMetadata(PATH_METADATA, handler);
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        for (const prefix of prefixes) for (const path of segments(paths)) routes.add(`${method} ${join(API_PREFIX, prefix, path)}`);
      }
    }
  }
  return [...routes].sort();
}


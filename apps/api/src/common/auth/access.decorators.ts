import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@steerline/contracts';

export const ACCESS_METADATA = 'steerline:access';

export type AccessRule = { kind: 'public' } | { kind: 'signed-in-or-not' } | { kind: 'signed-in' } | { kind: 'permissions'; permissions: Permission[] };

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Anyone may call this route; the signed-in user, if there is one, is loaded for it (see MaybeSignedInUser). */
export const SignedInOrNot = () => SetMetadata(ACCESS_METADATA, { kind: 'signed-in-or-not' } satisfies AccessRule);

/** Any signed-in user may call this route; record-level rules are the service's job. */
export const SignedIn = () =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'signed-in' } satisfies AccessRule), ApiCookieAuth(), ApiUnauthorizedResponse());

/** Only signed-in users holding at least one of these permissions may call this route. */
export const Require = (...permissions: [Permission, ...Permission[]]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'permissions', permissions } satisfies AccessRule),
    ApiCookieAuth(),
    ApiUnauthorizedResponse(),
    ApiForbiddenResponse(),
  );

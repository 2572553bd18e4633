import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/access.decorators.js';
import { destroySession, saveSession, startSession } from '../../common/auth/session.js';
import type { OidcFlow } from './oidc-client.js';
import { SingleSignOnService } from './single-sign-on.service.js';

declare module 'express-session' {
  interface SessionData {
    oidcFlow?: OidcFlow;
  }
}

/** Where the browser lands when single sign-on is refused: a page that says why and whom to ask. */
const refusedPage = (reason: string) => `/sign-in/refused?reason=${encodeURIComponent(reason)}`;

/** Browser navigations, not API calls: each answers with a redirect, never JSON. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly sso: SingleSignOnService) {}

  /** Sends the browser to the provider; state, nonce and PKCE verifier wait in the session (PostgreSQL), not in memory. */
  @Public()
  @Get('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    const started = await this.sso.start();
    if ('refusal' in started) return response.redirect(303, refusedPage(started.refusal));
    request.session.oidcFlow = started.flow;
    await saveSession(request);
    response.redirect(303, started.url);
  }

  /** The provider sends the browser back here; the flow is used once, whatever the outcome. */
  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const flow = request.session?.oidcFlow;
    const query = request.originalUrl.split('?')[1] ?? '';
    const outcome = await this.sso.finish(query, flow);
    if ('refusal' in outcome) {
      // A refused sign-in leaves no session behind; one already signed in is left as it was.
      delete request.session.oidcFlow;
      await (request.session.userId ? saveSession(request) : destroySession(request));
      return response.redirect(303, refusedPage(outcome.refusal));
    }
    await startSession(request, outcome.userId, { providerIdToken: outcome.idToken });
    response.redirect(303, '/');
  }
}

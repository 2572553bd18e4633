import type { Server } from 'node:http';

/** Stops a test's HTTP server now, keep-alive connections included. */
export const closeServer = (server: Server) =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

export { closeServer } from './close-server.js';
export { type ProviderPerson, startOidcProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestOidcProvider } from './oidc-provider.js';

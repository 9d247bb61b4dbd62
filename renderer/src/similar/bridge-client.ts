import { createClient, findBridge, type Client } from '../ipc/client';

let client: Client | null = null;

/**
 * The typed client over the page's bridge, for claim memory's panels: they mount inside the claim
 * record and the sources editor, which hand down only the session or a source, so the client is
 * made here (it holds nothing but the bridge). Null outside the app's page.
 */
export function bridgeClient(): Client | null {
  if (client) return client;
  const bridge = findBridge();
  return bridge ? (client = createClient(bridge)) : null;
}

// The application the README's contract test exercises: it invites a customer to inspect their
// vehicle, through PAVE.
import { createPaveClient, unwrap } from '@pave-kit/client';

export interface AppOptions {
  username: string;
  apiKey: string;
  apiSecret: string;
  baseUrl: string;
}

export function createApp(options: AppOptions) {
  const pave = createPaveClient(options);
  return {
    /** Creates an inspection session and returns the link to send the customer. */
    async inviteCustomer({ vin }: { vin: string }): Promise<string> {
      const session = unwrap(await pave.POST('/v1/sessions', { body: { vehicle: { vin } } }));
      return session.capture_url;
    },
  };
}

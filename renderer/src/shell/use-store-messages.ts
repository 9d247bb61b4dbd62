import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { StoreMessage } from '../../../shared/ipc/contract';
import type { Client } from '../ipc/client';
import { messageOf } from '../ui/message-of';

/**
 * The store's recovery messages the analyst has not dismissed: read at start, and again each
 * time main says the store recovered another file (`store-messages-changed`: a colleague's
 * layer set aside when the article opened, a backup loaded mid-session). Dismissing hides those
 * shown; later ones show again. `onError` hears a failed read.
 */
export function useStoreMessages(
  client: Client,
  bridge: Bridge,
  onError: (message: string) => void,
): { messages: StoreMessage[]; dismiss: () => void } {
  const [all, setAll] = useState<StoreMessage[]>([]);
  const dismissed = useRef(0);
  const [, setDismissals] = useState(0);

  useEffect(() => {
    const read = () => void client['store:messages']({}).then(setAll, (e: unknown) => onError(messageOf(e)));
    read();
    return bridge.onCommand((command) => command === 'store-messages-changed' && read());
  }, [client, bridge, onError]);

  const dismiss = useCallback(() => {
    dismissed.current = all.length;
    setDismissals((n) => n + 1);
  }, [all]);

  return { messages: all.slice(dismissed.current), dismiss };
}

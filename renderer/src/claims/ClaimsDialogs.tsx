import { useSyncExternalStore } from 'react';
import type { ClaimsController } from './claims-controller';
import { ClaimEditor } from './ClaimEditor';
import { EvidenceEditor } from './EvidenceEditor';
import { LinkPicker } from './LinkPicker';
import { RemoveClaimsDialog } from './RemoveClaimsDialog';

/** Shows whichever fact-checking dialog the controller has open. */
export function ClaimsDialogs({ controller }: { controller: ClaimsController }) {
  const { dialog } = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'claim':
      return <ClaimEditor key={dialog.id} controller={controller} id={dialog.id} />;
    case 'evidence':
      return <EvidenceEditor key={dialog.id} controller={controller} id={dialog.id} />;
    case 'link':
      return <LinkPicker key={dialog.id} controller={controller} id={dialog.id} />;
    case 'remove-claims':
      return <RemoveClaimsDialog controller={controller} question={dialog.question} />;
  }
}

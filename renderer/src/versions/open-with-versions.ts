import type { OpenedDocument } from '../../../shared/ipc/contract';
import type { VersionsAnswer } from '../../../shared/versions/versions-contract';
import type { Client } from '../ipc/client';

/** An opened document with its versions and the analyst's pending review entries. */
export interface OpenedWithVersions {
  opened: OpenedDocument;
  versions: VersionsAnswer;
}

/** Opens a document and reads its versions in one go, so the reader starts with both. */
export async function openWithVersions(client: Client, documentId: string): Promise<OpenedWithVersions> {
  const [opened, versions] = await Promise.all([client['document:open']({ documentId }), client['document:versions']({ documentId })]);
  return { opened, versions };
}

import { countInflated } from '../count-inflated';
import { MAX_INFLATED_MB } from '../import-limits';
import { DEFLATED, findZipDirectory, readEntryData, readZipEntries, STORED } from './zip-layout';

/**
 * The text (UTF-8) of the part named `name` in a Word document's zip, or undefined when the zip
 * has no such part or it cannot be read. Run after checkDocxZip, which bounds what parts unpack to.
 */
export async function readDocxPart(zip: Buffer, name: string): Promise<string | undefined> {
  const directory = findZipDirectory(zip);
  const part = directory && readZipEntries(zip, directory)?.find((entry) => entry.name === name);
  if (part === undefined) return undefined;
  const data = readEntryData(zip, part);
  if (data === undefined) return undefined;
  if (part.method === STORED) return data.toString('utf8');
  if (part.method !== DEFLATED) return undefined;
  const inflated = await countInflated(data, 'raw', MAX_INFLATED_MB * 1024 * 1024, true);
  return inflated.output?.toString('utf8');
}

/** The user-facing message of anything thrown (IpcError and Error carry one). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

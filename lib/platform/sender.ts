// Messages are accepted only from this extension's own content scripts (or pages): a web page can
// never reach the runtime messaging of an extension without externally_connectable, and this check
// keeps other extensions out too.
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
}

export function isOwnContentScript(sender: SenderLike, ownId: string): boolean {
  return sender.id === ownId;
}

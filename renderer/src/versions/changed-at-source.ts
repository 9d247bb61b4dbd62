import { useEffect, useState } from 'react';
import { bridgeClient } from '../similar/bridge-client';
import { onLibraryNews } from './watch-news';

/** How long one answer serves every card of a library view: the hourly watch may add versions behind the renderer's back. */
const FRESH_MS = 5_000;

let asked: { at: number; answer: Promise<Map<string, string>> } | null = null;

/** The library's articles whose web page changed after the analyst annotated them, and since when (one request shared by the cards). */
function changedArticles(): Promise<Map<string, string>> {
  const client = bridgeClient();
  if (!client) return Promise.resolve(new Map<string, string>());
  if (!asked || Date.now() - asked.at > FRESH_MS) {
    const answer = client['document:changedAtSource']({}).then(
      ({ changed }) => new Map(changed.map((c) => [c.documentId, c.since])),
      () => new Map<string, string>(),
    );
    asked = { at: Date.now(), answer };
  }
  return asked.answer;
}

/** Forgets the shared answer, once a version was added here, so the cards ask again. */
export function forgetChangedAtSource(): void {
  asked = null;
}

/** When the article's text changed since the analyst annotated it (ISO time of the version that changed it), or null; asked again when main says the library changed. */
export function useChangedAtSource(documentId: string): string | null {
  const [since, setSince] = useState<string | null>(null);
  const [news, setNews] = useState(0);
  useEffect(
    () =>
      onLibraryNews(() => {
        forgetChangedAtSource();
        setNews((n) => n + 1);
      }),
    [],
  );
  useEffect(() => {
    let live = true;
    void changedArticles().then((changed) => live && setSince(changed.get(documentId) ?? null));
    return () => {
      live = false;
    };
  }, [documentId, news]);
  return since;
}

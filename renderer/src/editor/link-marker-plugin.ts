import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** A marker drawn at the end of a linked highlight, in document positions. */
export interface LinkMarker {
  /** Stable per marker, so an unchanged marker keeps its DOM node across updates. */
  key: string;
  pos: number;
  /** Short visible text ("−C2"), never the only cue: `description` is read out and shown on hover. */
  label: string;
  description: string;
  kind: 'supports' | 'refutes' | 'context' | 'claim';
  /** The annotation the marker belongs to. */
  annotationId: string;
}

/** Key of the link-marker plugin; send `tr.setMeta(linkMarkerKey, markers)` to replace them all. */
export const linkMarkerKey = new PluginKey<DecorationSet>('link-markers');

function createMarker(marker: LinkMarker): HTMLElement {
  const element = document.createElement('span');
  element.className = `link-marker link-marker-${marker.kind}`;
  element.textContent = marker.label;
  element.title = marker.description;
  element.setAttribute('aria-label', marker.description);
  element.setAttribute('role', 'img');
  element.setAttribute('data-testid', 'link-marker');
  element.setAttribute('data-kind', marker.kind);
  element.setAttribute('data-annotation-id', marker.annotationId);
  return element;
}

function build(doc: Parameters<typeof DecorationSet.create>[0], markers: readonly LinkMarker[]): DecorationSet {
  return DecorationSet.create(
    doc,
    // After the text (side 1) and hidden from selection: a marker is chrome, not article text.
    markers.map((m) =>
      Decoration.widget(m.pos, () => createMarker(m), { key: `${m.key}:${m.label}:${m.description}`, side: 1, ignoreSelection: true }),
    ),
  );
}

/**
 * Markers for typed links, a sibling of the highlight plugin: evidence and denials show the
 * stance and number of each claim they bear on, claims how much evidence bears on them. Links
 * change rarely and markers are few next to highlights, so the set is rebuilt whole on change.
 */
export function linkMarkerPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: linkMarkerKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const markers = tr.getMeta(linkMarkerKey) as readonly LinkMarker[] | undefined;
        return markers ? build(tr.doc, markers) : set.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => linkMarkerKey.getState(state),
    },
  });
}

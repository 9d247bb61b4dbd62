import type { DocumentLayers } from '../../../shared/review/review-contract';
import { formatCount } from '../ui/format-count';
import { badgeInitials } from './badge-initials';

/**
 * One switch per analyst's layer, in their colour and initials. The reviewer's own layer comes
 * first and is always shown (it is painted on top); each colleague's can be turned off.
 */
export function LayerToggles(props: {
  layers: DocumentLayers;
  ownCount: number;
  hidden: ReadonlySet<string>;
  onToggle: (analystId: string) => void;
}) {
  const { layers, hidden } = props;
  return (
    <ul className="layer-toggles" aria-label="Layers" data-testid="layer-toggles">
      <li className="layer-toggle layer-own" data-testid="layer-own">
        <span className="analyst-initials" style={{ ['--rv-analyst' as string]: layers.myAppearance.colour }}>
          {layers.myAppearance.initials}
        </span>
        <span className="layer-name">{layers.me.name} (you, on top)</span>
        <span className="layer-count">{formatCount(props.ownCount)}</span>
      </li>
      {layers.colleagues.map(({ analyst, appearance, annotations }) => (
        <li key={analyst.id} className="layer-toggle">
          <label>
            <input
              type="checkbox"
              data-testid="layer-toggle"
              data-analyst={analyst.id}
              checked={!hidden.has(analyst.id)}
              onChange={() => props.onToggle(analyst.id)}
            />
            <span className="analyst-initials" style={{ ['--rv-analyst' as string]: appearance.colour }}>
              {badgeInitials(appearance.initials, analyst.name)}
            </span>
            <span className="layer-name">{analyst.name}</span>
            <span className="layer-count">{formatCount(annotations.length)}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

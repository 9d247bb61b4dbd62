// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFilePick, type FilePick } from './use-file-pick';

let root: Root;
let container: HTMLElement;
let pick: FilePick;

function Picker({ onPick }: { onPick: (file: File) => void }) {
  pick = useFilePick(onPick, { accept: '.json', testId: 'picker' });
  return pick.input;
}

function render(onPick: (file: File) => void): HTMLInputElement {
  act(() => root.render(<Picker onPick={onPick} />));
  return container.querySelector<HTMLInputElement>('[data-testid="picker"]')!;
}

/** The host's chooser closing with `files` chosen (none: cancelled); returns what the input's value was set to. */
function choose(input: HTMLInputElement, files: File[]): string {
  let value = files[0] ? `C:\\fakepath\\${files[0].name}` : '';
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  Object.defineProperty(input, 'value', { configurable: true, get: () => value, set: (next: string) => (value = next) });
  act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
  return value;
}

beforeEach(() => {
  vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('useFilePick', () => {
  it('renders a hidden file input offering the given types', () => {
    const input = render(() => {});
    expect(input.type).toBe('file');
    expect(input.hidden).toBe(true);
    expect(input.accept).toBe('.json');
  });

  it('opens the chooser on its input, with the same open from render to render', () => {
    const input = render(() => {});
    const clicks = vi.fn();
    input.addEventListener('click', clicks);
    const first = pick.open;
    render(() => {});
    expect(pick.open).toBe(first);
    pick.open();
    expect(clicks).toHaveBeenCalledOnce();
  });

  it('hands the chosen file to the latest onPick and empties the input, so the same file can be chosen again', () => {
    const earlier = vi.fn();
    const latest = vi.fn();
    render(earlier);
    const input = render(latest);
    const file = new File(['{}'], 'colin.json', { type: 'application/json' });
    expect(choose(input, [file])).toBe('');
    expect(choose(input, [file])).toBe('');
    expect(latest.mock.calls).toEqual([[file], [file]]);
    expect(earlier).not.toHaveBeenCalled();
  });

  it('calls nothing when the chooser is cancelled', () => {
    const onPick = vi.fn();
    choose(render(onPick), []);
    expect(onPick).not.toHaveBeenCalled();
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mountReadOnlyView } from './read-only-view';

describe('mountReadOnlyView', () => {
  it('shows the blocks with the reader’s elements, not editable, and removes them when destroyed', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const view = mountReadOnlyView(
      mount,
      [
        { type: 'title', text: 'Fuel records' },
        { type: 'paragraph', text: 'The harbour office published its records.' },
        { type: 'blockquote', text: 'We had enough fuel.' },
      ],
      { label: 'Snapshot text', testId: 'snapshot-article' },
    );
    const article = mount.querySelector('[data-testid="snapshot-article"]');
    expect(article?.getAttribute('contenteditable')).toBe('false');
    expect(article?.querySelector('h1.pm-title')?.textContent).toBe('Fuel records');
    expect(article?.querySelector('p.pm-paragraph')?.textContent).toBe('The harbour office published its records.');
    expect(article?.querySelector('blockquote')?.textContent).toBe('We had enough fuel.');
    view.destroy();
    expect(mount.querySelector('[data-testid="snapshot-article"]')).toBeNull();
  });
});

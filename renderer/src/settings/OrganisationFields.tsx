import type { Organisation } from '../../../shared/model/settings';

/** The organisation as typed; blank fields are absent. */
export interface OrganisationDraft {
  name: string;
  url: string;
  reportUrlPattern: string;
}

/**
 * The organisation to save (null: none, every field blank), or what is missing. Main checks the
 * addresses; a name is needed here because ClaimReview's author is the organisation's name.
 */
export function organisationOf(draft: OrganisationDraft): Organisation | null | string {
  const name = draft.name.trim();
  const url = draft.url.trim();
  const reportUrlPattern = draft.reportUrlPattern.trim();
  if (!name && !url && !reportUrlPattern) return null;
  if (!name) return 'The organisation needs a name: ClaimReview exports name it as the author.';
  return { name, ...(url && { url }), ...(reportUrlPattern && { reportUrlPattern }) };
}

/** The organisation ClaimReview exports name as author, and where its reports are published. */
export function OrganisationFields(props: { value: OrganisationDraft; onChange: (value: OrganisationDraft) => void }) {
  const set = (patch: Partial<OrganisationDraft>) => props.onChange({ ...props.value, ...patch });
  return (
    <fieldset>
      <legend>Organisation (for ClaimReview exports)</legend>
      <label className="field">
        Name
        <input data-testid="org-name" value={props.value.name} maxLength={300} onChange={(e) => set({ name: e.currentTarget.value })} />
      </label>
      <label className="field">
        Web address
        <input
          data-testid="org-url"
          type="url"
          placeholder="https://"
          value={props.value.url}
          maxLength={2000}
          onChange={(e) => set({ url: e.currentTarget.value })}
        />
      </label>
      <label className="field">
        Report address pattern
        <input
          data-testid="org-pattern"
          placeholder="https://example.org/fact-checks/{slug}"
          value={props.value.reportUrlPattern}
          maxLength={2000}
          aria-describedby="org-pattern-hint"
          onChange={(e) => set({ reportUrlPattern: e.currentTarget.value })}
        />
      </label>
      <p className="hint" id="org-pattern-hint">
        Each claim’s published report: <code>{'{id}'}</code> becomes the claim’s id, <code>{'{slug}'}</code> its statement in lower case
        with dashes.
      </p>
    </fieldset>
  );
}

// The kinds of texts, ONE definition: a Policy node's kind labels (GRAPH-MODEL.md; graph/schema.ts makes their
// constraints) and the kinds the extractor gives titles (loaders/extract/policies.ts).

/** A Policy node's kind labels. */
export const POLICY_KINDS = ['Law', 'Regulation', 'Rules', 'Measures', 'Guideline', 'Plan', 'Opinion', 'Notice', 'Announcement', 'Initiative'] as const;
export type PolicyKindLabel = (typeof POLICY_KINDS)[number];

/** Sub-kinds a policy's facts may carry: no label of their own, the graph labels them by their title's words
 *  (graph/rows.ts policyKindLabel: a Q&A is a Guideline, 收费表 by its title). */
const POLICY_SUB_KINDS = ['qa', 'agreement', 'fees', 'schedule'] as const;

/** The kind a Policy's facts carry: a kind label in lower case, or a sub-kind. */
export type PolicyKind = Lowercase<PolicyKindLabel> | (typeof POLICY_SUB_KINDS)[number];

/** A licence's kinds: named as one (许可证, "Permit"), an approval stated, a designation (breakthrough therapy). */
const LICENSE_KINDS = ['license', 'approval', 'designation'] as const;
type LicenseKind = (typeof LICENSE_KINDS)[number];

/** The kind of a title the extractor finds. */
export type TitleKind = PolicyKind | LicenseKind;

/** The kind words English news names a text by when it gives no title ("according to a notice issued by the NHC"):
 *  the extractor's rule reads them (rules/titles.ts title.kind-by-agent.en) and identity gives such a name no weight
 *  (every body puts out notices). Singular; the plural is read too. */
export const BARE_KIND_WORDS_EN = ['circular', 'notice', 'guideline', 'opinion', 'plan', 'decision', 'regulation', 'rule', 'measure'] as const;

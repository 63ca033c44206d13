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

/** The same in Chinese: a page's short name for its text (以下简称《通知》, 该《意见》) is one of these, and
 *  identity gives such a name no weight either. Simplified; names are compared by their Simplified key. */
export const BARE_KIND_WORDS_ZH = ['通知', '意见', '决定', '办法', '规定', '方案', '公告', '通告', '细则', '指南', '指引', '规划', '计划', '条例', '措施', '若干措施', '实施细则', '实施意见', '指导意见', '批复', '答复', '函', '规则', '要点'] as const;

// The frame layer: a policy or licence act stated in a sentence — Issue{agents, theme, time}, Grant{issuer,
// product}, AppliesTo{zones, foreign} — until document passes settle it and ids are given last.
import type { TitleMention } from '../policies.ts';
import type { Sentence } from '../sentences.ts';

export interface PolicyFrame {
  t: TitleMention;
  /** Given by the id pass (document/ids.ts); 'pending' until then. */
  id: string;
  /** Set by the rule that found it (approvals are keyed by issuer and product). */
  fixedId?: string;
  sentence: Sentence;
  issuers: string[];
  issued: boolean;
  date?: string;
  /** The date of the act stated (an amendment of a text dated before): dates ISSUED, not the text. */
  actDate?: string;
  foreign?: string[];
  zones?: string[];
  /** Places a sentence says the text applies to ("The measures apply to …", 适用于…范围内), besides its own. */
  stated?: string[];
  rules?: string[];
  /** An approval whose product is only described ("its first CAR-T therapy"). */
  generic?: boolean;
  /** Its issuers are inferred, not stated ("X, which was cleared in January": the page's regulator): they key its id,
   *  but no ISSUED is stated. */
  implied?: boolean;
  /** An approval of a product named just before ("… cleared X's IND. The CDE approved the IND on March 4"). */
  anaphoric?: boolean;
  /** The document's own title (its headline naming the issuers, or a record's title field). */
  docTitle?: boolean;
  /** Issued by the writer, who names itself (我中心). */
  selfRef?: boolean;
  /** The short name the text gives right after the title (（以下简称“《条例》”）), before coreference settles it. */
  shortNameAfter?: string;
  /** A short name the document gave this title's policy (以下简称). */
  aliasOf?: PolicyFrame;
  shortNames?: string[];
}

/** The writer naming itself (我局, "our bureau") as an actor of a sentence, whose id the page's issuer settles
 *  (document/passes.ts selfGrantIds). */
export const SELF_ACTOR = 'self:writer';

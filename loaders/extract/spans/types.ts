// The typed layers of one sentence, as the span stage leaves them for the frame stage.
import type { Mention } from '../mentions.ts';
import type { PersonMention } from '../persons.ts';
import type { TitleMention } from '../policies.ts';
import type { Sentence } from '../sentences.ts';
import type { FoundDate } from '../dates.ts';

/** A span that can act (issue, approve): a body, an organisation or a person mention. */
export interface Actor {
  id: string;
  start: number;
  end: number;
  label: string;
  /** Named only as the parent of a sub-body here ("… of the NMPA"). */
  asParent?: boolean;
}

/** A person as found in a sentence, with the names around it (for posts and proposals). */
export interface PersonAt {
  p: PersonMention;
  sentence: Sentence;
  mentions: Mention[];
  /** 他/她 opening the sentence: the person of a sentence just before (the mention stands for them). */
  antecedent?: PersonAt;
}

export interface SentenceSpans {
  sen: Sentence;
  /** The normalised text the spans index into. */
  s: string;
  mentions: Mention[];
  titles: TitleMention[];
  /** The document's own title, when this line states it (a headline naming its issuers, a record's title field). */
  own?: TitleMention;
  /** The bodies a headline names before its title. */
  headlineIssuers: string[];
  /** Bodies, organisations and persons (persons as person-mention:N, N into the document's persons) by position. */
  actors: Actor[];
  /** Dates of the sentence outside its titles. */
  dates: FoundDate[];
}

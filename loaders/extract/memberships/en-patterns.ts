// English post patterns, as data: a post before the name, a post in the apposition after it, a head post naming its body.
import { POST_EN_SOURCE } from '../../posts.ts';
import { unitHeadsEn } from '../../units.ts';
import { ruleById } from '../rules/index.ts';

// A post of the one list, then its body: "member of the", "partner at law firm ", "director of the 14th", "head of China
// regulatory consulting at Hangzhou-based " (the post's field, then the body).
// ("Director of Regulatory Strategy at X", "Senior Consultant for Market Access at X": a field in capitals, before "at";
// "a partner in the Beijing office of X": the firm's office.)
export const POST_EN = new RegExp(String.raw`\b(${POST_EN_SOURCE})(?:\s+and\s+(?:${POST_EN_SOURCE}))?(?:\s+(?:of|for)\s+(?!the\b)[a-z][A-Za-z -]{2,50}?|\s+(?:of|for)\s+(?!the\b)[A-Z][a-z]+(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+){0,3}(?=\s+(?:at|with)\s)|\s+of\s+(?!the\b)[A-Z][a-z]+(?:\s+[a-z]+){1,4}|\s+of\s+the\s+[a-z][a-z -]{2,40}?\s+(?:department|division|unit|ward|cent(?:re|er)|clinic|laborator(?:y|ies)|team)|\s+in\s+the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+office)?\s+(?:of|to|at|with)\s+(?:the\s+)?(?:[A-Z][a-z]+-based\s+)?(?:(?:[a-z]+\s+){0,2}(?:firm|company|bank|consultancy|brokerage|startup|drugmaker|developer)\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?$`, 'i');
// "who heads the cell therapy department at X", "who founded X": a post told by its verb.
export const HEADS_EN = /\bwho\s+(heads|leads|chairs|directs|runs|co-?founded|founded)\s+(?:(?:the\s+)?[^,;]{0,60}?\s+(?:at|of)\s+)?(?:the\s+)?$/i;
// ", NMPA deputy director,", ", Fudan University's dean,": the post right after the body, ending the apposition's part.
export const BODY_THEN_POST_EN = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?:co-?)?founder\s+(?:and|&)\s+)?(${POST_EN_SOURCE})(?=\s*(?:,|\)|$|\s+(?:said|says|told|noted|added|explained)\b))`, 'i');
// "Huang Min (director, Sichuan Provincial Health Commission)": a post, a comma, then its body, in brackets.
export const BRACKET_POST_EN = new RegExp(String.raw`^\s*\(\s*(${POST_EN_SOURCE})\s*,\s*(?:the\s+)?$`, 'i');
// Where an apposition ends: a colon, a sentence's end, the verb of the sentence ("X, member of Y, said").
export const APPOSITION_END = /[:：]|\.\s|(?:\s+(?:said|believes|suggested|proposed)\b)/;
// "X is Director of Y at Z", "X is a partner at Z": a post told by "is" (a bio line) opens an apposition as a comma does;
// a post held before ("was previously a partner at", "is a former director of") is none (REVIEW S20-R8).
export const COPULA_EN = new RegExp(String.raw`^\s+(?:is|serves\s+as|has\s+served\s+as)\s+(?!(?:now\s+)?(?:a\s+|an\s+|the\s+)?(?:former|formerly|previously|once|ex-)\b)(?:a\s+|an\s+|the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:${POST_EN_SOURCE})(?![A-Za-z])`);
// 委员X…, 代表X…: a Chinese seat opening the words after a name is an apposition too.
export const APPOSITION_OPENS_ZH = /^(?:委员|代表)/;
// ", the X": only a comma and an article between the name and the body, the post after the body.
export const COMMA_ARTICLE_EN = /^\s*,\s*(?:the\s+|a\s+|an\s+)?$/;
// ", CPPCC member of Shaanxi Province": a local committee's (or congress's) seat.
export const LOCAL_SEAT_EN = /^\s*,\s*(?:a\s+)?(CPPCC|NPC)\s+(?:member|deputy)\s+(?:of|from)\s+(?:the\s+)?/;
// ", chief operating officer of the centre": a post of a body named by its head noun alone (as 試驗所行政總裁X in Chinese).
export const HEAD_NOUN_EN = /^(?:cent(?:re|er)|institute|university|hospital|company|foundation|association|society|academy|laboratory)$/i;
export const POST_OF_THE_NOUN_EN = new RegExp(String.raw`\b(${POST_EN_SOURCE})\s+(?:of|at|with)\s+the\s+([a-z]+)\b`, 'i');

// "the Secretary for Health, Professor X", "Minister of Health and Welfare X", "Director of Health Dr X": the post names
// the body it heads (Hong Kong's Secretary for X heads the X Bureau, its Director of X the Department of X; a Minister of
// X heads the Ministry of X).
export const HEAD_POST_EN = /\b(?<post>Secretary\s+for|Minister\s+(?:of|for)|Director\s+of)\s+(?<field>[A-Z][A-Za-z]*(?:,?\s+(?:and\s+)?(?!(?:Professor|Prof|Dr|Mr|Ms|Mrs)\b)[A-Z][A-Za-z]*){0,4})\s*,?\s*(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?$/;
// The name of a body gone before this year is used loosely for its successor's head ("Minister of Health" for the NHC's).
export const LOOSE_BEFORE = '2015';
// "the Hon X" is a member of Hong Kong's Legislative Council (the house's own style for its members).
export const HONOURABLE_EN = /\b(?:the\s+)?Hon(?:ourable)?\.?\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?$/;
// "Premier Li Qiang", "Vice Premier X": the premier heads the State Council (a two-word Pinyin name after it).
export const PREMIER_EN = /\b(Vice\s+)?Premier\s+$/;
export const TWO_WORD_NAME_EN = /^[A-Z][a-z]+ [A-Z][a-z]+$/;
// "Representative Zhang Lihua:" addressed in a reply: a deputy of a people's congress.
export const DEPUTY_EN = /\b(?:Representative|Deputy)\s+$/;
// "Member X:" opening a reply (委员X：): the addressee's seat.
export const MEMBER_SALUTATION_EN = /(?:^|\n)\s*Member\s+$/;

export const ORG_POST_BEFORE_NAME = ruleById('frame.membership.org-post-before-name.en').pattern;
// "Department of Medical Affairs Director-General X", "Its Department of Medical Research Director Y": a unit of a body,
// by its kind word and field, right before the post (no body's name before it).
export const UNIT_BEFORE_POST_EN = new RegExp(String.raw`(?:^|[.;:!?"“”]\s*|\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+)(?<unit>${unitHeadsEn('Department', 'Division', 'Bureau', 'Office', 'Section')}\s+of\s+[A-Z][A-Za-z-]+(?:\s+(?:and\s+)?[A-Z][A-Za-z-]+){0,4})\s*$`);
// "Its chief executive, X", "the company's CEO X": the page's first company.
// ("Its hematology chief, X": the post's field may come between.)
export const ITS_EN = /\b[Ii]ts(?:\s+[a-z]+){0,2}\s*$|\b[Tt]he\s+company['’]s\s*$/;
// "the city's drug bureau, whose director, X, said": the post of the body named right before "whose".
export const WHOSE_EN = /\s*,\s*whose\s*$/;
// "Chairman Dr. X said" opening a clause: no body before the post.
export const CLAUSE_OPENS_EN = /(?:^|[.!?:;"“”]|\bsaid)\s*$/;
// Words that open many names and never stand alone for one (Huaxia for Huaxia Stemcell Biotech does; China does not).
export const NOT_SHORT_NAME_EN = /^(?:National|China|Chinese|International|General|Global|American|United|New|Royal|Peking|Hong|Great|Greater|State|Central|First|University|Hospital|Shanghai|Beijing)$/;
// "Director Wang Wei of the Beijing Municipal Health Commission": a post before the name, its body after it.
export const TITLE_BEFORE_EN = new RegExp(String.raw`\b(${POST_EN_SOURCE})\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?$`, 'i');
// ("Professor X of Y University's Z Center": the owner's possessive before the body's name is no part of it, nor is
// where it is based: "Lawyer X of Beijing-based Y".)
export const OF_BODY_AFTER_EN = /^\s*,?\s+(?:of|at|from|with)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+-based\s+)?/;
// Between a body and the name after it ("… Health Commission Dr. Wang Jun"): a space, a courtesy title, no comma.
export const NAME_RIGHT_AFTER_BODY_EN = /^\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+|Professor\s+)?$/;

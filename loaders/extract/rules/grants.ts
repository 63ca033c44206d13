// Grant frames: a regulator approves a product (a licence: issuer, product, holder, date). One licence per act.
import { APPROVED_BY_EN, APPROVE_EN, APPROVE_ZH, COUNT_ZH, GIVE_VERB_EN, HAVE_EN, MARKET_ZH, PERMIT_VERB_ZH, PRODUCT_CODE_EN, RECEIVE_VERB_EN, REVOKE_EN, REVOKE_ZH } from './fragments.ts';
import type { Rule } from './types.ts';

export const GRANT_RULES: Rule[] = [
  {
    id: 'grant.approve.active.en',
    stage: 'frame',
    language: 'en',
    // The agent is the body right before the verb (checked in code); the product runs to the purpose or clause end.
    pattern: new RegExp(`\\b${HAVE_EN}(?:now\\s+)?${APPROVE_EN}\\s+(?!(?:by|for|to|in|on|that|as|under|last|this|next|earlier|later|recently|yesterday|today)\\b)(?<product>(?:[^,;.]|\\.(?=[\\w-])){2,90}?)(?=\\s+(?:to\\s+treat|for\\s+(?:the\\s+)?(?:treatment|treating|use|patients|adults?|children)|as\\s+(?:a|an|the)\\b|(?:developed|made|manufactured)\\s+by\\b|in\\s+(?:the\\s+country|China|patients|adults?|children|(?:the\\s+)?(?=[A-Z][a-z]))|on\\s+(?:${'\\w+day'}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|after|with|based\\s+on|under)\\b|\\s*(?:[,;(]|\\.(?![\\w-]))|\\s*$)`, 'i'),
    action: 'License{issuer: the body before the verb, product, date}',
    examples: {
      match: [
        'The regulator has approved Zynteglo for beta thalassaemia',
        'the agency conditionally approved XR-801, a stem cell product, on Monday',
        'authorised Tecartus to treat mantle cell lymphoma',
        'has accepted the first use of an imported gene therapy in the Boao Lecheng Pilot Zone, allowing',
        'the CDE approved the IND application for QX-19 on June 2',
      ],
      noMatch: ['the plan was approved by the council', 'approved for use in children', 'which the agency approved last year, grew'],
    },
  },
  {
    id: 'grant.approve.passive.en',
    stage: 'frame',
    language: 'en',
    // The subject may carry its generic name in brackets and who developed it ("X (y), developed by Z, was approved by")
    // or a description ("The remedy, a gene therapy for SMA made by Z, was approved by");
    // a conditional approval converted to a full one is an approval of its own; where it was approved may stand before "by".
    pattern: new RegExp(`(?<product>(?:[A-Za-z0-9][\\w\\-/®™]*(?:['’]s)?\\s+){0,6}?[A-Za-z0-9][\\w\\-/®™]*)(?:\\s+\\([^)]{1,40}\\))?(?:,\\s*(?:(?:developed|made|manufactured|marketed|produced|owned|established|created)\\s+by\\s+[^,;.]{2,60}?(?:\\s+Co\\.,?\\s*Ltd\\.?|\\s+(?:Inc|Ltd|Corp)\\.)?|(?:an?|the)\\s+[^,;.]{2,120}?),)?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|got|gets|won)\\s+(?:${APPROVED_BY_EN}|(?:converted|upgraded)\\s+(?:from\\s+[\\w-]+\\s+)?to\\s+(?:a\\s+)?(?:full|regular|standard)\\s+approval)(?:\\s+for\\s+(?:registration|marketing|sale|import))?(?:\\s+in\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2})?\\s+by\\s+`, 'i'),
    action: 'License{issuer: the bodies after "by", product: the subject, date}',
    examples: {
      match: ['its gene therapy NTX-12 was approved by the health regulator', 'The remedy, manufactured by Hengyu Cell (Suzhou) Co., Ltd., was approved in Macao by the ISAF', 'Carvykti has been conditionally approved by the agency', 'Zevori (zeltacel), developed by Norco Bio, was approved by the FDA', 'The drug, a one-off gene therapy for a muscle disease developed by Norco, was accepted by the FDA in 2019', 'said that Abecel (abe-cel) had been converted from conditional to full approval by the NMPA', 'Novagen-7 was approved for registration in Hong Kong by the Pharmacy and Poisons Board'],
      noMatch: ['The plan approved by the council', 'was approved in March', 'its IND application was accepted by the CDE', 'Zevori was accepted by the NMPA for priority review', 'was approved for use in children'],
    },
  },
  {
    id: 'grant.application-approved.en',
    stage: 'frame',
    language: 'en',
    // "the IND application for X, an allogeneic CAR-NK therapy, has been approved by the NMPA": the application is the
    // subject (a description of X may stand between commas), the bodies after "by" approved it.
    pattern: /\b(?<act>(?:Investigational\s+New\s+Drug\s+(?:\(IND\)\s+)?|IND\s+|BLA\s+|NDA\s+|marketing\s+(?:authori[sz]ation\s+)?|clinical\s+trial\s+|registration\s+)application)\s+(?:for|of)\s+(?<product>[A-Z0-9][\w\-/]*(?:\s+[A-Z0-9][\w\-/]*){0,3})(?:\s*,(?:[^,;.]|,(?=\s+[a-z-]+[\s,]))*?[^,;.]{2},)?\s+(?:has\s+been|have\s+been|was|were|had\s+been)\s+(?:\w+ly\s+)?(?:approved|cleared|authori[sz]ed)\s+by\s+/i,
    action: 'License{issuer: the bodies after "by", name: the application\'s approval of the product, date}',
    examples: {
      match: [
        'the Investigational New Drug (IND) application for LMR-301, an allogeneic CAR-NK cell therapy, has been approved by the NMPA',
        'its clinical trial application for XB-7 was approved by the Center for Drug Evaluation',
        'the investigational new drug application for ZK-12, an autologous, off-the-shelf CAR-T cell product for lupus, was cleared by ',
      ],
      noMatch: ['the IND application for XB-7 has been accepted for review', 'an application for funding was approved by the board of directors'],
    },
  },
  {
    id: 'grant.nominal-by.en',
    stage: 'frame',
    language: 'en',
    // "follows the clearance of X's IND by the U.S. FDA in June 2025": an approval named as a noun, its bodies after "by".
    pattern: /\bthe\s+(?<act>approval|clearance|authori[sz]ation)\s+of\s+(?<product>[A-Z0-9][\w\-/]*(?:\s+[A-Z0-9][\w\-/]*){0,3}?(?:['’]s\s+(?:IND|BLA|NDA|marketing\s+application|application))?)\s+by\s+/,
    action: 'License{issuer: the bodies after "by", name: the act as written, date}',
    examples: {
      match: ["The approval follows the clearance of LMR-301's IND by the U.S. FDA in June 2025", 'after the approval of Carvykti by the European Commission'],
      noMatch: ['the approval of the plan by the council of ministers was delayed', 'the clearance of goods by customs'],
    },
  },
  {
    id: 'grant.possessive-nominal.en',
    stage: 'frame',
    language: 'en',
    // "comes after the CDE's clearance of the QT-208 investigational new drug (IND) application last October": an approval
    // named as a noun after its body's possessive.
    pattern: /['’]s\s+(?<act>approval|clearance|authori[sz]ation)\s+of\s+(?:the\s+)?(?<product>[A-Z0-9][\w\-/]*(?:\s+[A-Z0-9][\w\-/]*){0,2}?)(?=\s+(?:investigational\s+new\s+drug|IND|marketing|clinical\s+trial|application)\b|['’]s\s|\s*[,;.]|\s+(?:in|on)\s)/,
    action: 'License{issuer: the body before the possessive, product, date}',
    examples: {
      match: ["comes after the CDE's clearance of the QT-208 investigational new drug (IND) application last October", "after the FDA's approval of Carvykti in 2022"],
      noMatch: ["the company's approval of the budget", "the NMPA's review of applications"],
    },
  },
  {
    id: 'grant.approval-to.en',
    stage: 'frame',
    language: 'en',
    // "X has granted conditional approval to a TIL therapy developed by Y": the body before the verb approves the
    // product after "to" / "for" (up to who developed it, its use or the clause's end).
    // Also a registration or permit granted or issued to a product ("granted registration to a gene therapy for X on
    // November 7", "issued a conditional approval with terms to a … product made by Y"), and a designation that speeds its
    // review ("has granted Breakthrough Therapy Designation (BTD) to ABT-107").
    pattern: new RegExp(String.raw`\b(?:has\s+|have\s+|had\s+)?${GIVE_VERB_EN}\s+(?:(?:a|an|the)\s+)?(?:(?:conditional|full|priority|accelerated|formal|final)\s+)?(?:(?:marketing|product|drug|import)\s+)?(?:certificate\s+of\s+)?(?<noun>approval|authori[sz]ation|clearance|registration|permit|licen[cs]e|green\s+light|nod|go-ahead|(?:Breakthrough\s+Therapy|Priority\s+Review|Orphan\s+Drug)\s+Designation)(?:\s+\([A-Z]{2,5}\))?(?:\s+with\s+(?:terms|conditions))?\s+(?:to|for)\s+(?<product>[^,;.]{2,90}?)(?=\s+(?:developed|made|produced|owned|manufactured)\s+(?:by|in)\b|\s+for\s+(?:the\s+)?(?:treatment|treating|use|advanced|patients|adults?|children)\b|\s+on\s+(?:[A-Z][a-z]+\s+\d|\d|\w+day\b)|\s+in\s+(?:19|20)\d\d|\s*[,;.(]|\s*$)`, 'i'),
    action: 'License{issuer: the body before the verb, product, date}',
    examples: {
      match: ['has granted conditional approval to a TIL therapy developed by Qihang Bio', 'granted orphan drug designation to a retinal cell product developed in Suzhou', 'the agency gave marketing approval for ZX-12, a CAR-T product', 'granted registration to a gene therapy for hemophilia A on March 3', 'issued a conditional approval with terms to a cartilage cell product made by', 'has granted Breakthrough Therapy Designation (BTD) to XY-107, its CAR-T', 'has given a full product licence to LX-11 for', 'has given a conditional green light to a gene therapy for', 'handed a conditional nod to a TIL therapy developed by', 'granted a certificate of registration to Kowloon Biologics Limited for its gene therapy'],
      noMatch: ['granted Investigational New Drug (IND) approval for KY-101', 'has granted funding to hospitals', 'issued a licence plate', 'gave a nod of thanks to the staff', 'handed the task to a panel'],
    },
  },
  {
    id: 'grant.licence-to.en',
    stage: 'frame',
    language: 'en',
    action: 'License{issuer: the body before the verb, name: the licence as written, holder: the company after "to", date}',
    // "The Guangdong MPA issued a drug manufacturing licence to X Co., Ltd.": the body before the verb gives a licence,
    // named by its own words, to the company after "to" (the active twin of grant.received-from.en).
    pattern: new RegExp(String.raw`\b(?:has\s+|have\s+|had\s+)?${GIVE_VERB_EN}\s+(?:a|an|the|its)\s+(?:new\s+)?(?<licence>(?:[A-Za-z-]+\s+){0,3}(?:licen[cs]e|permit|certificate))\s+to\s+(?:the\s+)?(?=[A-Z])`),
    examples: {
      match: ['issued a drug manufacturing licence to Wuhan', 'has granted a drug registration certificate to Nanjing', 'handed a production permit to Kunming', 'awarded a new GMP certificate to the Xiamen'],
      noMatch: ['issued a licence plate to', 'granted a certificate of registration to a CAR-T product', 'issued a licence to manufacture', 'granted approval to Suzhou'],
    },
  },
  {
    id: 'grant.approval-from.en',
    stage: 'frame',
    language: 'en',
    // "Juventas has secured approval from China's NMPA for inaticabtagene autoleucel": the bodies after "from" approved
    // the product after "for" (checked in code, after the bodies).
    // When it was given may stand before "from" ("received approval in February from the U.S. FDA to start a trial").
    pattern: new RegExp(String.raw`\b${RECEIVE_VERB_EN}\s+(?:(?:a|an|the|its)\s+)?(?:(?:conditional|full|formal|final|marketing|regulatory|priority|implied|IND|clinical\s+trial)\s+){0,2}(?:approval|authori[sz]ation|clearance|nod|green\s+light)\s+(?:(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+|(?:last|this)\s+(?:year|month|week|[A-Z][a-z]+)\s+)?from\s+(?:the\s+)?`, 'i'),
    action: 'License{issuer: the bodies after "from", product: after "for" following them (else what it lets the holder do, else the subject of a relative clause), date}',
    examples: {
      match: ["Hengyu Cell has now secured approval from the National Medical Products Administration for", 'the firm received conditional marketing approval from the NMPA for', 'obtained implied approval from the CDE for', 'The biotech also got clearance in March from the FDA to begin a trial', 'which gained approval last year from the CDE'],
      noMatch: ['received a drug manufacturing licence from the bureau', 'secured funding from investors for'],
    },
  },
  {
    id: 'grant.from-purpose.en',
    stage: 'frame',
    language: 'en',
    // After the bodies of grant.approval-from.en: what the approval lets the holder do ("… from the TGA to launch a
    // Phase 2 study in Australia") when no product follows "for" — a trial's licence, named by its purpose.
    pattern: /^\)?(?:\s*\([^)]{1,30}\))?(?:\s+(?:last|this)\s+\w+|\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?\s+to\s+(?<act>(?:start|begin|launch|conduct|initiate|run|carry\s+out|test\s+\S+\s+in)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,4}?(?:trials?|stud(?:y|ies)))\b/i,
    action: 'License{issuer: the bodies after "from", name: approval to <act>, date}',
    examples: {
      match: [' to launch a Phase 2 study in Australia', ' (FDA) to begin its first-in-human study', ' last month to conduct a registrational trial'],
      noMatch: [' to expand its factory', ' for JX-301 to start a trial'],
    },
  },
  {
    id: 'grant.relative-subject.en',
    stage: 'frame',
    language: 'en',
    // Before grant.approval-from.en's verb: a relative clause whose antecedent is the product ("the TCR-T candidate QT-208 for
    // liver cancer, which had won clearance from the CDE in May") — a code or a cell or gene therapy's own name.
    pattern: new RegExp(String.raw`(?<product>\b${PRODUCT_CODE_EN}|\b[a-z]{4,}(?:cel|vec|gene)\b)(?:\s+(?:injection|tablets?|capsules?))?(?:\s+(?:in|for|against)\s+[^,;.]{2,40})?\s*,\s*which\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|since\s+|recently\s+|already\s+)?$`, 'i'),
    action: 'the product of the approval-from licence, when no "for" names one after the bodies',
    examples: {
      match: ['the autologous TCR-T candidate QT-208 for liver cancer, which had ', 'the company’s lead asset, obecabtagene, which has also '],
      noMatch: ['the company, which ', 'the trial in lupus, which has '],
    },
  },
  {
    id: 'grant.included-in-procedure.en',
    stage: 'frame',
    language: 'en',
    // "In 2024 the drug was included in the priority review procedure by the CDE": a product let into an
    // expedited pathway is a designation the bodies after "by" gave (the subject may be a pronoun: the page's last product).
    pattern: /(?<product>\b[A-Za-z0-9][\w\-/®™]*(?:\s+[A-Za-z0-9][\w\-/®™]*){0,4}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?(?:included|accepted|placed|admitted|enrolled|entered)\s+(?:in|into|to)\s+(?:the\s+|its\s+|a\s+)?(?<act>(?:breakthrough\s+therapy|priority\s+review|conditional\s+approval|special\s+(?:review|approval)|accelerated\s+(?:approval|review)|fast[-\s]track)(?:\s+(?:drug|review|designation))?\s+(?:procedure|pathway|program(?:me)?|process|list|channel|designation))\s+(?:of\s+[^,;.]{2,60}?\s+)?by\s+(?:the\s+)?/i,
    action: 'License{issuer: the bodies after "by", name: designation of the product, date: its clause}',
    examples: {
      match: ['In 2024 the drug was included in the special approval procedure by the Center for Drug Evaluation', 'XY-7 was accepted into the priority review pathway by the CDE', 'The therapy has been formally placed in the breakthrough therapy designation program by the agency'],
      noMatch: ['It was included in the national reimbursement list by the NHSA', 'the trial was included in the study by the team'],
    },
  },
  {
    id: 'grant.included-active.en',
    stage: 'frame',
    language: 'en',
    // The same act in the active voice: "the CDE included XY-7 in its Breakthrough Therapy Designation list on 3 May" —
    // the body before the verb (checked in code) let the product named after it into the pathway.
    pattern: /\b(?:included|placed|admitted|accepted|listed)\s+(?<product>[A-Z0-9][\w\-/]*(?:\s+[A-Z0-9][\w\-/]*){0,2}?)\s+(?:in|into|on|to)\s+(?:its|the|their|a)\s+(?<act>(?:breakthrough\s+therapy|priority\s+review|conditional\s+approval|special\s+(?:review|approval)|accelerated\s+(?:approval|review)|fast[-\s]track)(?:\s+(?:drug|review|designation))?(?:\s+(?:procedure|pathway|program(?:me)?|process|list|channel|designation))?)\b/i,
    action: 'License{issuer: the body before the verb, name: designation of the product, date: its clause}',
    examples: {
      match: ['the CDE included XY-7 in its Breakthrough Therapy Designation list on 3 May', 'the agency placed QT-19 into the priority review pathway'],
      noMatch: ['the NHSA included XY-7 in the national reimbursement list', 'the CDE included the data in its review'],
    },
  },
  {
    id: 'grant.included-in-procedure.zh',
    stage: 'frame',
    language: 'zh',
    // 该产品于2023年被药审中心纳入突破性治疗药物程序, 乙注射液获CDE纳入优先审评: a product let into an expedited pathway by the body
    // named before the verb — a designation it gave.
    pattern: /(?:被|获|经|由)(?<agent>[^，。；被获经由]{2,30}?)(?:正式|同意)?(?:纳入|列入|认定为)(?<act>突破性治疗(?:药物|品种)?(?:程序|品种|认定)?|优先审评(?:审批)?(?:程序|品种)?|附条件批准(?:上市)?程序|特别审批程序)/u,
    action: 'License{issuer: the body after 被/获, name: the product纳入the pathway, date}',
    examples: {
      match: ['该产品于2023年被国家药监局药品审评中心纳入突破性治疗药物程序', '乙注射液已获药审中心纳入优先审评', '甲细胞注射液经国家药监局列入突破性治疗品种'],
      noMatch: ['该产品被纳入医保目录', '获得突破性治疗药物认定的产品数量'],
    },
  },
  {
    id: 'grant.relative-agent.en',
    stage: 'frame',
    language: 'en',
    // "ruxacel injection from Hengyu Cell, which the NMPA approved on 3 May 2026": a relative clause
    // whose subject is the approving body (checked in code: a body right after "which", an approving verb right after it);
    // this is the antecedent before it — a product's code or a cell or gene therapy's own name, who made it after "from".
    // An appositive may describe it first, then "that" opens the clause ("ruxacel, the first CAR-T product for lupus that
    // the NMPA cleared in May").
    pattern: new RegExp(String.raw`(?<product>\b${PRODUCT_CODE_EN}|\b[a-z]{4,}(?:cel|vec|gene)\b|\b[A-Z][a-z]{3,}(?:cel|vec|gene)\b)(?:\s+(?:injection|tablets?|capsules?|Injection))?(?:\s+\([^)]{1,40}\))?(?:\s+(?:from|by|of|in|for)\s+[^,;.]{2,60})?(?:\s*,\s*which|\s*,\s*(?:the|a|an|its|their)\s+[^,;.]{2,120}?\s+(?:which|that))\s+(?:the\s+)?$`),
    action: 'License{issuer: the body after "which" / "that", product: the antecedent, date: the relative clause\'s}',
    examples: {
      match: ['ruxacel injection from Hengyu Cell Engineering, which the ', 'its CAR-T LX-301 for lupus, which ', 'Among them is tovacel injection, the first gene therapy for hemophilia B that the '],
      noMatch: ['the company, which the ', 'a product, which the ', 'tovacel injection said that the ', 'the product for hemophilia that the '],
    },
  },
  {
    id: 'grant.designation-from.en',
    stage: 'frame',
    language: 'en',
    // "The remedy won fast track designation from the FDA in 2022 and breakthrough therapy designation from the
    // CDE in 2024": each designation is a licence of its own from the bodies after "from" (a second one joined by "and");
    // the product is the subject's code, else the page's last product.
    pattern: new RegExp(String.raw`\b(?:${RECEIVE_VERB_EN}|and)\s+(?:(?:a|an|the|its)\s+)?(?<act>(?:breakthrough\s+(?:therapy|remedy)|orphan\s+drug|priority\s+review|fast\s+track|rare\s+pediatric\s+disease|regenerative\s+medicine\s+advanced\s+therapy)\s+(?:designation|status))(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+|(?:in\s+)?(?:19|20)\d{2}\s+)?from\s+(?:the\s+)?`, 'i'),
    action: 'License{issuer: the bodies after "from", name: <designation> of the product, kind: designation, date: its clause}',
    examples: {
      match: ['had obtained breakthrough therapy designation from the ', ' and rare pediatric disease designation in 2021 from the ', 'received Fast Track designation in May from the '],
      noMatch: ['received approval from the NMPA', 'designation from the start'],
    },
  },
  {
    id: 'grant.received-from.en',
    stage: 'frame',
    language: 'en',
    // "…, which received a drug manufacturing licence from the Shanghai MPA last year": the body after "from" issued it.
    // What the licence is for may stand before "from" ("a drug manufacturing license for its Hefei facility from the X").
    // So is an approval notice, in either English order ("the Notice of Approval for Drug Clinical Trial issued by the NMPA",
    // "a Drug Clinical Trial Approval Notice from the CDE").
    pattern: new RegExp(String.raw`\b${RECEIVE_VERB_EN}\s+(?:a|an|the|its|their)\s+(?<licence>(?:[A-Za-z-]+\s+){0,4}(?:licen[cs]e|permit|certificate|Approval\s+(?:Notice|Letter))|Notice\s+of\s+(?:[A-Za-z-]+\s+){0,4}?Approval(?:\s+for\s+(?:[A-Za-z-]+\s+){0,3}?(?:Trials?|Study|Studies))?)(?:\s+for\s+(?:its|their|the|a|an)\s+[^,.;]{2,40}?)?\s+(?:from|issued\s+by)\s+(?:the\s+)?`, 'i'),
    action: 'License{issuer: the bodies after "from", name: the licence as written, date}',
    examples: {
      match: ['which obtained a drug manufacturing licence from the Jiangsu Provincial Medical Products Administration', 'obtained a GMP certificate from the NMPA', 'The firm received a drug manufacturing license for its Suzhou plant from the Jiangsu Medical Products Administration', 'received the Notice of Approval for Drug Clinical Trial issued by the ', 'obtained a Drug Clinical Trial Approval Notice from the '],
      noMatch: ['received a letter from the NMPA', 'applied for a licence from the bureau'],
    },
  },
  {
    id: 'grant.participle-by.en',
    stage: 'frame',
    language: 'en',
    // A reduced relative: "an IND cleared by the U.S. FDA in August 2026", "Velocel, approved by the EMA in 2024, …",
    // "QX-12's IND application, cleared by the CDE": the product (a code or a cell or gene therapy's own name) or an
    // application noun, then the participle, then the bodies after "by" (an application's product: its code after "for",
    // else the sentence's code, else the page's last product).
    pattern: new RegExp(String.raw`(?:(?<product>\b${PRODUCT_CODE_EN}|\b[A-Z]?[a-z]{3,}(?:cel|vec|gene)\b)(?:['’]s)?(?:\s+(?<act1>IND|BLA|NDA|(?:IND|clinical\s+trial|marketing)\s+application))?|\b(?:an?|the|its|their)\s+(?:first\s+)?(?<act>IND|BLA|NDA|(?:IND|clinical\s+trial|marketing)\s+application))\s*,?\s+(?:previously\s+|already\s+|also\s+|conditionally\s+)?(?:approved|cleared|authori[sz]ed)\s+by\s+`),
    action: 'License{issuer: the bodies after "by", product: the code before (or of the application), date: its clause}',
    examples: {
      match: ['The clearance follows an IND cleared by the ', 'Velocel, approved by the ', "under QX-12's IND application, cleared by the ", 'under a clinical trial application authorised by '],
      noMatch: ['the first CAR-T therapy approved by the FDA', 'The plan, cleared by the council', 'the IND was cleared by the FDA'],
    },
  },
  {
    id: 'grant.approved-relative.zh',
    stage: 'frame',
    language: 'zh',
    // A relative clause before the product: 国家药监局于3月批准上市的甲注射液, 获卫生署批准注册的「乙」 — the body before the verb
    // (or after 获/经) approved the product after 的.
    pattern: new RegExp(`${APPROVE_ZH}${MARKET_ZH}?的(?<product>「[^」]{1,20}」(?!计划|機制|机制|项目|方案|政策)|[A-Za-z][A-Za-z0-9-]*\\d[A-Za-z0-9-]*(?:[\\p{Script=Han}]{0,6}?(?:注射液|胶囊|制剂|疗法))?|[\\p{Script=Han}A-Za-z0-9-]{2,16}?(?:注射液|胶囊))(?![\\p{Script=Han}]{0,2}(?:数量|目录|清单|名单|范围))`, 'u'),
    action: 'License{issuer: the body before the verb or after 获/经, product: the one after 的, date}',
    examples: {
      match: ['国家药监局于2025年3月批准上市的KX-9注射液', '获卫生署批准注册的「康安宁」', '附条件批准的瑞康仑赛注射液'],
      noMatch: ['批准上市的产品数量', '批准的细胞治疗产品', '批准文号', '批准注册的先进疗法'],
    },
  },
  {
    id: 'grant.approve.active.zh',
    stage: 'frame',
    language: 'zh',
    // 药监局（…）附条件批准甲公司申报的乙注射液上市: the product after 申报的 (else after the verb), up to 上市.
    pattern: new RegExp(`${APPROVE_ZH}(?<mid>[^，。；]{2,80}?)${MARKET_ZH}`, 'u'),
    action: 'License{issuer: the body before the verb, holder: the applicant, product, date}',
    examples: {
      match: ['国家药监局附条件批准某某生物科技有限公司申报的某某注射液上市', '省药监局正式批准乙疫苗开展临床试验'],
      noMatch: ['经批准后方可开展', '批准文号'],
    },
  },
  {
    id: 'grant.approve-practice.zh',
    stage: 'frame',
    language: 'zh',
    // 衛福部日前核准甲醫院依《特管辦法》執行「自體免疫細胞治療」(計畫): Taiwan's approval of a hospital's cell therapy plan — a
    // licence for the practice in quotes, issued by the body before 核准 (the act it acts under may stand between).
    // The plan may be named as the one the hospital put forward (核准乙医院依特管办法提出的「X」施行计画), or its practice
    // written bare after who carries it out (核准由乙医院执行X治疗技术).
    pattern: /核准由?(?<holder>[^，。；「」《》]{2,40}?)(?:依(?:据|照)?[《「][^》」]{2,60}[》」](?:[（(][^）)]{1,12}[）)])?)?(?:(?:执行|施行|开展|实施)|提出的?)(?:「(?<practice>[^」]{2,30})」|(?<bare>[\p{Script=Han}A-Za-z0-9]{2,30}?(?:治疗技术|细胞治疗(?!技术))))/u,
    action: 'License{name: the practice, issuer: the body before 核准}',
    examples: {
      match: ['卫生福利部日前核准奇美医院依《特管办法》（特管办法）执行「自体免疫细胞治疗」', '卫福部核准台大医院施行「CAR-T细胞治疗」计画', '卫福部核准某医院依「特管办法」提出的「自体NK细胞治疗胃癌」施行计画', '核准由某大学附设医院执行自体软骨细胞治疗技术'],
      noMatch: ['核准台大医院执行细胞治疗', '卫福部核准「自体免疫细胞治疗」', '核准某医院提出的申请'],
    },
  },
  {
    id: 'grant.approve.institutions.zh',
    stage: 'frame',
    language: 'zh',
    // 省卫生健康委会同…组织专家评审，于2月9日批准甲医院、乙中心等3家医疗机构开展4项干细胞新技术转化应用: one approval of the
    // practice for the institutions counted, issued by the body that opens the clause (or stands) before the verb.
    pattern: /(?<date>(?:于|在)?(?:\d{4}年)?\d{1,2}月\d{1,2}日)?批准(?<holders>[^，。；]{2,80}?)等?(?:\d+|[两二三四五六七八九十]+)家(?:医疗)?(?:机构|医院|单位)开展(?<practice>[^，。；]{2,40})/u,
    action: 'License{issuer: the body before the verb or opening the clause before it, product: the practice, date}',
    examples: {
      match: ['于3月2日批准甲医院、乙医院等2家医疗机构开展3项干细胞临床研究', '批准某某医院等五家机构开展细胞治疗技术临床应用'],
      noMatch: ['批准某某注射液上市', '已有7家医疗机构开展备案'],
    },
  },
  {
    id: 'grant.implied-trial.zh',
    stage: 'frame',
    language: 'zh',
    // 甲注射液获得临床试验默示许可, no body named: an implied trial licence (no objection within the review window) is
    // the CDE's by law, whoever reports it.
    pattern: /(?:获得?|取得)了?(?:药物)?临床试验默示许可/u,
    action: 'License{issuer: the CDE, product: the subject, date}',
    examples: {
      match: ['甲注射液获得临床试验默示许可', '乙细胞注射液已获药物临床试验默示许可', '丙产品取得了临床试验默示许可'],
      noMatch: ['获得国家药监局药品审评中心临床试验默示许可', '获得默示许可', '申请临床试验默示许可'],
    },
  },
  {
    id: 'grant.approve.passive.zh',
    stage: 'frame',
    language: 'zh',
    // 甲产品获（美国）FDA（即…）批准（于美国上市）: the product is the subject before 获.
    // The law it acts under may stand before the verb (经卫福部依「X办法」核准). A trial's implied licence (获得CDE的临床试验
    // 默示许可: no objection within the review window) is an approval too, and so is the CDE's consent to a trial (获药审中心同意开展
    // II期临床试验).
    pattern: new RegExp(`(?:获得?|经|取得)(?<agent>[^，。；获经]{2,40}?)(?:\\([^)]{1,30}\\))?(?:依(?:据|照)?[「《][^」》]{2,60}[」》])?(?:${APPROVE_ZH}(?!文号|拨款|撥款|资助|資助|经费|經費|立项|立項)|的?(?:药物)?临床试验(?:的)?(?:默示)?许可|同意(?:其|该产品)?开展(?=[^，。；]{0,30}?临床试验))`, 'u'),
    action: 'License{issuer: the body after 获/经, product: the subject (of the clause before, when 已获 opens its own), date}',
    examples: {
      match: ['该疗法获国家药监局批准上市', '甲注射液获得国家药监局药品审评中心临床试验默示许可', '乙中心于2025年12月取得管理局批准', '乙注射液获得美国FDA(即美国食品药品监督管理局)附条件批准', '甲产品，已获药剂业及毒药管理局批准注册', '经卫生福利部依「特管办法」核准', '丙注射液于2023年获药品审评中心同意开展I期临床试验', 'XY-01已获国家药监局同意其开展针对肝硬化的临床试验', '本港首款基因疗法「安健素」（Ventacel），上周获药剂业及毒药管理局批准注册', '乙注射液此前已获得美国食品药品监督管理局(FDA)的临床试验许可'],
      noMatch: ['获得批准文号', '报请国务院批准', '获得默示许可', '获伦理委员会同意后开展患者招募', '「健康湾区」计划昨日获立法会财务委员会批准拨款'],
    },
  },
  // "NMPA approved … the following products:" / 国家药监局批准以下产品上市： and the products listed on the lines after it
  // ("1. X Injection (trade name: Y), applied by Z"): one licence per item, issued by the body before the verb.
  {
    id: 'grant.approve.list-lead',
    stage: 'document',
    language: 'en',
    pattern: new RegExp(`(?:\\b${APPROVE_EN}\\b[^.;:]{0,160}?\\bthe\\s+following\\b[^.;:]{0,80}|${APPROVE_ZH}[^。；：:]{0,40}?(?:以下|下列|如下)[^。；：:]{0,30})[:：]\\s*$`, 'iu'),
    action: 'License{issuer: the body before the verb, product: each listed item, date}',
    examples: {
      match: ['the NMPA approved, through priority review, the marketing applications of the following products:', '国家药监局附条件批准以下两个产品上市：', 'the agency has authorised the following three gene therapies:'],
      noMatch: ['the NMPA approved the following year', 'the following products were rejected:', '国家药监局批准以下产品上市。'],
    },
  },
  // "… disclosed IND clearances from the Center for Drug Evaluation (CDE) in the past week:" and the items after it
  // ("- X said its CAR-T, CTD402, obtained implied approval for a Phase I trial on October 13"): each item a licence
  // issued by the lead's body.
  {
    id: 'grant.clearance-list-lead.en',
    stage: 'document',
    language: 'en',
    pattern: /\b(?:IND\s+|clinical\s+trial\s+|trial\s+)?(?:clearances|approvals|authori[sz]ations)\s+from\s+(?:the\s+)?(?=[^:]*:\s*$)/i,
    action: "the body after 'from' issued each item's licence (grant.received-approval.en)",
    examples: { match: ['Three developers disclosed IND clearances from the Center for Drug Evaluation (CDE) in the past week:', 'Two firms announced approvals from the NMPA:'], noMatch: ['Three developers disclosed IND clearances from the CDE.', 'approvals from the NMPA are expected soon'] },
  },
  {
    id: 'grant.won-approval.en',
    stage: 'frame',
    language: 'en',
    // "Casgevy won U.S. Food and Drug Administration approval for …", "X received NMPA approval", "gained FDA approval": the
    // product before the verb (a company's possessive before it is the maker), the regulator named before "approval";
    // "it has obtained NMPA approval for its CAR-T therapy AB-12": the maker's product named after "for" (checked in code).
    pattern: new RegExp(String.raw`(?<product>\b[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2}|\bit)(?:,\s*(?:which|a|an)\s[^,;.]{2,80},)?\s+(?:has\s+|have\s+|had\s+)?${RECEIVE_VERB_EN}\s+(?:(?:conditional|full|marketing|accelerated|priority)\s+)?(?<agent>(?:the\s+)?[A-Z][\w.&'’-]*\s+(?:(?:[A-Z][\w.&'’-]*|and|of|for)\s+){0,8}?)(?:(?:conditional|marketing|accelerated)\s+)?approval\b`),
    action: 'License{approval of the product} ISSUED by the regulator named before "approval"',
    examples: { match: ["Vertex Pharmaceuticals' Casgevy won U.S. Food and Drug Administration approval for", 'Tavocel, which uses a similar vector, won FDA approval', 'Norcel received NMPA approval for its CAR-T', 'Casgevy gained FDA approval', 'said it has obtained NMPA approval for its CAR-T therapy AB-12'], noMatch: ['The firm won praise for its approval', 'received approval from the NMPA'] },
  },
  {
    id: 'grant.received-approval.en',
    stage: 'document',
    language: 'en',
    // An item: the product received or obtained an approval, a clearance, an approval notice; for what, up to the clause end.
    pattern: new RegExp(String.raw`\b${RECEIVE_VERB_EN}\s+(?:an?\s+|the\s+)?(?<act>implied\s+approval|(?:IND\s+)?clearance|Notice\s+of\s+(?:Drug\s+)?Clinical\s+Trial\s+Approval|(?:IND|clinical\s+trial|marketing)\s+approval)\b`, 'i'),
    action: 'License{act for the product named before the verb} ISSUED by the lead\'s body, dated by the item',
    examples: { match: ['its CAR-T, CTD402, obtained implied approval for a Phase I trial', 'BBM-H901 received a Notice of Clinical Trial Approval for a new cohort'], noMatch: ['received funding for a Phase I trial', 'obtained a patent for the process'] },
  },
  {
    id: 'grant.approve.list-item',
    stage: 'document',
    language: 'en',
    // A listed product: a number or bullet, then its name up to a bracket, a comma or the line's end.
    pattern: /^(?:(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．)）]|[（(]\d{1,2}[)）]|[•·\-–*])?\s*(?<product>[^,，;；:：(（。]{3,80}?)\s*(?=[,，(（;；:：。]|$)/u,
    action: "the item's product (the marker may stand as a sentence of its own)",
    examples: { match: ['Equecabtagene Autoleucel Injection (trade name: X), applied by Y', '2、某某注射液（商品名：乙），申请人为丙公司'], noMatch: ['', '(a)'] },
  },
  // A delivery list of approval documents (药品批准证明文件送达信息): a lead saying the listed documents were approved
  // by a body, then a table whose header names the product and the document type; one licence per row.
  {
    id: 'grant.approve.table-lead',
    stage: 'document',
    language: 'zh',
    pattern: /(?:以下|下列|如下)[^。；]{0,30}?(?:批准证明文件|批件|证书|许可)[^。；]{0,10}?(?:已经?|已由)(?<agent>[^。；，]{2,40}?)(?:审批完毕|审批完成|批准|审批通过)/u,
    action: "License{issuer: the body in the lead, name: each row's product and document type, date}",
    examples: {
      match: ['下列药品批准证明文件已由国家药品监督管理局审批完成，现将送达信息公布如下。', '下列医疗器械注册证书已由省药品监督管理局批准，请申请人领取'],
      noMatch: ['以下药品注册申请已经受理', '国家药品监督管理局批准以下产品上市：'],
    },
  },
  {
    id: 'grant.approve.table-header',
    stage: 'document',
    language: 'zh',
    // The header row: cells split by | or tabs, one naming the product, one the approval document's type.
    pattern: /^(?=.*(?:^|[|\t])\s*(?:药品|产品|器械)名称\s*(?:[|\t]|$))(?=.*(?:^|[|\t])\s*(?:批件|证书|批准文件|证照)(?:类型|种类|名称)\s*(?:[|\t]|$))/u,
    action: 'which cells of the rows after it name the product, the document type and the applicant',
    examples: {
      match: ['序号 | 受理号 | 药品名称 | 申请人 | 批件类型 | 审批结论', '产品名称\t注册人\t证书类型'],
      noMatch: ['药品名称：某某注射液', '序号 | 药品名称 | 申请人 | 受理日期'],
    },
  },
  {
    id: 'grant.licence-table.zh',
    stage: 'document',
    language: 'zh',
    // A licence register's header row: who holds it (企业名称), its number or its date (许可证编号 / 发证日期); each row
    // below is a licence the page's body issued to that holder.
    pattern: /^(?=.*(?:^|[|\t])\s*(?:企业名称|申请人|持有人|单位名称)\s*(?:[|\t]|$))(?=.*(?:^|[|\t])\s*(?:许可证编号|证书编号|许可证号|发证日期|核发日期|批准日期)\s*(?:[|\t]|$))/u,
    action: 'License{holder + the licence kind named before the table} per row, ISSUED by the page\'s body, dated by its 发证日期 cell',
    examples: { match: ['| 序号 | 企业名称 | 许可证编号 | 生产地址和生产范围 | 发证日期 |', '企业名称\t证书编号\t发证日期'], noMatch: ['| 序号 | 药品名称 | 申请人 | 受理日期 |', '企业名称：某某公司'] },
  },
  {
    id: 'grant.licence-table.en',
    stage: 'document',
    language: 'en',
    // An approvals tracker's header row: Date | Regulator | Product (company) | Decision — a licence per row, issued by
    // the regulator its row names, on its date.
    pattern: /^(?=.*(?:^|[|\t])\s*Date\s*(?:[|\t]|$))(?=.*(?:^|[|\t])\s*(?:Regulator|Agency|Authority)\s*(?:[|\t]|$))(?=.*(?:^|[|\t])\s*Product(?:\s*\((?:company|sponsor|holder)\))?\s*(?:[|\t]|$))/i,
    action: 'License{decision of product} per row, ISSUED by the regulator of the row, dated by its Date cell',
    examples: { match: ['| Date | Regulator | Product (company) | Decision |', 'Date\tAgency\tProduct\tType'], noMatch: ['| Date | Event | Venue |', 'The regulator approved the product on that date'] },
  },
  {
    id: 'grant.issue-permit.zh',
    stage: 'frame',
    language: 'zh',
    // 食药署核发首张有附款许可予甲公司 (Taiwan), 市药监局向甲公司颁发药品生产许可证: issuing a named permit is a licence.
    pattern: new RegExp(`${PERMIT_VERB_ZH}了?(?:国内|全国|本市|本省)?(?:首张|首个|一张|首批|第[一二三四五六七八九十\\d]{1,3}[张个批])?(?<permit>[^，。；、]{0,24}?(?:许可证|许可|证书|批件|执照|牌照))(?=予|给|[，。；]|$)`, 'u'),
    action: 'License{issuer: the body before the verb, name: the permit, holder: after 予/给/向, date}',
    examples: {
      match: ['食药署核发首张再生医疗制剂有附款许可予某某生技股份有限公司', '市药监局向某某公司颁发药品生产许可证，'],
      noMatch: ['核发许可的条件', '颁发荣誉称号'],
    },
  },
  {
    id: 'grant.inspection-certificate.zh',
    stage: 'frame',
    language: 'zh',
    // 已于2月通过卫福部食品药物管理署「人体细胞组织优良操作规范」（GTP）查核，取得细胞制备场所GTP证明: a certificate obtained
    // after an inspection; the inspecting bodies issued it.
    pattern: /通过(?<agent>[^，。；「《]{2,40}?)(?:[「《][^」》]{2,40}[」》])?(?:\([^()]{1,12}\))?(?:查核|检查|核查|认证|审查|评审)[，,]\s*(?:并)?(?:取得|获得|获颁|获发)(?<permit>[^，。；]{2,24}?(?:证明书|证明|证书|许可证))/u,
    action: 'License{issuer: the bodies after 通过, name: the certificate, date}',
    examples: {
      match: ['已于2月通过卫福部食品药物管理署「人体细胞组织优良操作规范」(GTP)查核，取得细胞制备场所GTP证明', '该基地通过省药监局GMP符合性检查，获得GMP证书'],
      noMatch: ['通过专家评审，取得良好成绩', '通过查核后可申请证明'],
    },
  },
  {
    id: 'grant.permit-received.zh',
    stage: 'frame',
    language: 'zh',
    // 甲中心于2024年获卫生署发出临床试验证明书: a permit the subject received from the body after 获.
    pattern: new RegExp(`获得?(?<agent>[^，。；获]{2,30}?)(?:${PERMIT_VERB_ZH}|发出|签发)(?:的)?(?<permit>[^，。；、]{0,16}?(?:许可证|证明书|证书|批件|执照|牌照|许可))(?=[，。；、,]|$)`, 'u'),
    action: 'License{issuer: the body after 获, name: the permit, date}',
    examples: {
      match: ['细胞治疗中心于2024年获卫生署发出临床试验证明书，', '该公司获省药监局颁发药品生产许可证。', '该设施已于本月5日获药剂业及毒药管理局发出药剂制品制造商牌照，'],
      noMatch: ['获得临床试验证明书', '获卫生署批准'],
    },
  },
  // The holder named before what it did with the licence: 甲公司(以下简称"甲")申报的乙注射液, 甲公司收到…颁发的证书.
  // Matched on the text right after an organisation's name; one bracketed aside may come between.
  {
    id: 'grant.holder-after.zh',
    stage: 'frame',
    language: 'zh',
    pattern: /^(?:[(（][^()（）]{0,160}[)）])?(?:(?:申报|申请|提交)的|(?:已|近日|日前)?收到)/u,
    action: 'GRANTED_TO(licence, the organisation before it): the applicant or the receiver',
    examples: {
      match: ['(以下简称"甲生物")申报的乙注射液', '收到国家药监局颁发的《药品注册证书》', '（本公司控股子公司）近日收到省药监局核发的许可证', '申请的丙细胞注射液'],
      noMatch: ['投资的乙公司', '(简称甲)发布的通知', '与乙医院合作'],
    },
  },
  // "the regulator approved Acme Bio's XR-12": the owner of the approved product is the holder (product checked in code).
  {
    id: 'grant.holder-possessive.en',
    stage: 'frame',
    language: 'en',
    pattern: /^['’]s\s+/,
    action: "GRANTED_TO(licence, the organisation before 's) when the product after it is the approved one",
    examples: {
      match: ["'s XR-12 for graft-versus-host disease", '’s gene therapy product'],
      noMatch: [' and the regulator', 's board approved'],
    },
  },
  // Work reports drop the subject after the paragraph's first clause ("The X Administration will …; the first
  // licence was issued"): an agent-less licence takes the regulator its paragraph opened with, never one from elsewhere.
  {
    id: 'grant.paragraph-subject.en',
    stage: 'frame',
    language: 'en',
    pattern: /^\s*(?:(?:has|have|had)\s+(?:also\s+)?\w+ed\b|will\b|shall\b|continued\b|continues\b|is\s+to\b)/,
    action: "the regulator is its paragraph's subject: the issuer of an agent-less licence there",
    examples: {
      match: [' will speed up the review of innovative drugs', ' has completed the inspection of six plants'],
      noMatch: [' and the city health commission', ' of the province'],
    },
  },
  {
    id: 'grant.registered-in-place.zh',
    stage: 'frame',
    language: 'zh',
    // 去年经「1+」机制在港注册的伊基奥仑赛注射液, 已在澳门注册的X产品: a product registered in a place where one body registers
    // drugs (Hong Kong's Pharmacy and Poisons Board, Macao's ISAF) — that body's registration, named or not.
    pattern: /在(?<place>香港|港|澳门|澳)(?:获批)?注册的(?<product>[\p{Script=Han}A-Za-z0-9-]{2,24}?(?:注射液|胶囊|片|制剂|疗法|产品|细胞))(?![\p{Script=Han}])/u,
    action: 'License{issuer: the place\'s registrar, name: X在港注册, date}',
    examples: {
      match: ['去年经「1+」机制在港注册的伊基奥仑赛注射液。', '首款在澳门注册的甲细胞注射液，'],
      noMatch: ['在港注册的公司', '在港注册的产品数量', '在内地注册的乙注射液。'],
      // (A kind of product — 使用在港注册的先进疗法产品 — is checked in code: no licence.)
    },
  },
  {
    id: 'grant.registered-in-place.en',
    stage: 'frame',
    language: 'en',
    // "X, a CAR-T therapy made by Y, was registered in Hong Kong in May", "X became the first mainland stem cell drug
    // registered in Macao": a product registered where one body registers drugs, no body named — that body's registration.
    pattern: /(?<product>\b[A-Za-z0-9][\w\-/®™]*(?:['’]s?)?(?:\s+[A-Za-z0-9][\w\-/®™]*){0,3}?)(?:\s+\([^)]{1,40}\))?(?:,\s*(?:an?|the)\s+[^,;.]{2,80}?,)?\s+(?:(?:was|were|has\s+been|had\s+been|got)\s+(?:\w+ly\s+)?|(?:became|becomes|is|was|has\s+become)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|latest|only)\s+[^,;.]{2,60}?\s+(?:to\s+be\s+)?)registered\s+(?:for\s+(?:use|sale)\s+)?in\s+(?<place>Hong\s+Kong|Macao|Macau)\b(?!\s+(?:as|under\s+the\s+Companies)\b)/,
    action: "License{issuer: the place's registrar, product: the subject, date}",
    examples: {
      match: ['Renocel, a CAR-T therapy made by Wuhan Ruixin Bio, was registered in Hong Kong in May', 'In 2026, Norcel became the first mainland stem cell drug registered in Hong Kong', 'XB-12 has been registered in Macao'],
      noMatch: ['plans to have KL-55 registered in Hong Kong next year', 'Kunlun Bio was registered in Hong Kong as a limited company', 'was registered in Shenzhen'],
    },
  },
  {
    id: 'grant.approved-in-place.zh',
    stage: 'frame',
    language: 'zh',
    // 一款治疗X的CAR-T产品已按「1+」机制获批在港注册: the clause's subject approved for registration where one body registers
    // drugs, no body named — that body's registration (the way it came, 按「1+」机制, may stand before 获批).
    pattern: /(?:(?:按|经|通过|根据|依)[「“]?[^，。；「」“”]{1,12}[」”]?(?:机制|途径|程序))?获(?:批|准)(?:在|于)(?<place>香港|港|澳门|澳)注册/u,
    action: "License{issuer: the place's registrar, product: the clause's subject, date}",
    examples: {
      match: ['一款基因治疗产品已按「1+」机制获批在港注册', '甲注射液上月获准在澳门注册'],
      noMatch: ['甲注射液获批在内地上市', '该公司在港注册成立', '申请在港注册'],
    },
  },
  {
    id: 'grant.named-later.en',
    stage: 'frame',
    language: 'en',
    // "… approved a stem cell injection made by X. The product, code-named QY-201, …", "The therapy, RT-B09, uses …": the
    // product an approval only described is named by its code in a sentence after it.
    pattern: new RegExp(String.raw`\b(?:[Tt]he|[Tt]his)\s+(?:product|therapy|drug|injection|treatment|candidate|medicine)\s*,\s*(?:(?:code-?named|called|named|dubbed|known\s+as|designated)\s+)?(?<code>${PRODUCT_CODE_EN})(?=[\s,;.)])`),
    action: 'the described approval before is of that product (its name and id)',
    examples: {
      match: ['The product, code-named LR-07, was reviewed', 'The therapy, TH-A3, is given once', 'said the drug, called OB-110, will launch'],
      noMatch: ['Its rival product, ZX-9, is still in trials', 'The product, which costs 1.2 million yuan, is', 'The company, listed in 2021, said'],
    },
  },
  {
    id: 'grant.plan-list.zh',
    stage: 'frame',
    language: 'zh',
    // 卫福部今日公布第30批依特管办法核准的细胞治疗计画，共6件，其中(包括)甲医院的「X」、乙医院「Y」及…: a body announcing a batch
    // of approved plans, then listing them after 其中/包括, there or in the sentence after (其中丙医院获准以「Z」, 丁医院则获准执行
    // 「W」) — each listed hospital's 「practice」 is a plan that body approved.
    pattern: /(?:公布|公告|发布)[^，。；]{0,70}?核准(?:的|之)[^，。；]{0,16}?(?:计划|计画|名单)/u,
    action: 'License{issuer: the body before the verb, name: hospital + practice + 计画核准} per listed item',
    examples: {
      match: ['公布第31批依特管办法核准的细胞治疗计画，共5件', '公布依特管办法核准之细胞治疗技术施行计画共4件'],
      noMatch: ['公布第32批特管办法审查结果', '累计核准计画已达190件'],
    },
  },
  {
    id: 'grant.also-approved.zh',
    stage: 'frame',
    language: 'zh',
    // 乙医院也于同月获准以X治疗Y: approved too, no body named — the body of the page's approval just before ("also").
    pattern: /(?:也|亦|同样|同时)(?:已经?)?(?:于[^，。；]{1,10}?)?获准(?:以|执行|施行|开展)(?<practice>[^，。；]{4,40}?)(?=[，。；]|$)/u,
    action: 'License{issuer: the issuer of the page\'s last approval, product: the practice}',
    examples: {
      match: ['乙医院也于同月获准以自体免疫细胞治疗肝癌', '丙医院亦获准执行自体软骨细胞治疗技术。'],
      noMatch: ['乙医院获准以自体免疫细胞治疗肝癌', '丙医院也申请以自体免疫细胞治疗肝癌', '也获准在乐城使用'],
    },
  },
  {
    id: 'grant.approved-relative.en',
    stage: 'document',
    language: 'en',
    // "… after Platinum Life's amimestrocel injection, which was cleared in January": a product approved, in a relative
    // clause with no agent — the regulator the page named last approved it.
    // A cell or gene therapy's own name (-cel, -vec, -gene) stands alone ("one stem cell drug, amimestrocel, which won conditional
    // approval in January 2025").
    pattern: /\b(?<product>[a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,}){0,2}\s+(?:injection|therapy|cell\s+therapy|tablets?|capsules?)|[a-z]{4,}(?:cel|vec|gene)|[A-Z][A-Za-z0-9-]{2,20}(?:\s+[Ii]njection)?)\s*,\s*which\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:conditionally\s+)?(?:approved|cleared|authori[sz]ed)\b(?!\s+(?:by|for\s+trials))|(?:won|received|gained|secured|obtained)\s+(?:(?:conditional|full|marketing|regulatory)\s+){0,2}(?:approval|authori[sz]ation|clearance)\b(?!\s+(?:from|by)))/,
    action: 'License{issuer: the last regulator named before, product, date of the clause}',
    examples: {
      match: ["after Hengyu Cell's ruxacel injection, which was approved in June", 'its rival XY-12, which was approved last year', 'a second cell product, ruxacel, which won full approval in May 2026'],
      noMatch: ['the injection, which was approved by the FDA', 'a plan, which was approved in May', 'the product, which was developed in Beijing'],
    },
  },
  {
    id: 'grant.approved-agentless.zh',
    stage: 'document',
    language: 'zh',
    // 此前已有合源生物的CAR-T产品获批上市: a company's product approved for market, no body named in the sentence — the
    // national regulator the page named last before it approved it (a local one does not approve marketing).
    pattern: /(?<owner>[\p{Script=Han}A-Za-z0-9]{2,10})的(?<product>[\p{Script=Han}A-Za-z0-9-]{1,20}?(?:产品|注射液|疗法|制剂))(?:已)?获批上市/u,
    action: 'License{issuer: the last national regulator named before, name: owner的product获批上市}',
    examples: { match: ['去年已有某某细胞的TCR-T产品获批上市', '甲公司的乙注射液已获批上市'], noMatch: ['产品获批上市', '甲公司的乙注射液获批临床'] },
  },
  {
    id: 'grant.required-type',
    stage: 'frame',
    language: 'zh',
    // Right before a licence's title: a rule that one must hold that kind of licence (受托企业应当持有相应范围的《药品生产许可证》,
    // "applicants must hold a valid Drug Manufacturing Licence") names a type, not a licence granted to anyone.
    // So does a reward's condition ("for enterprises that obtained the "Drug Production License" issued by X", 对首次取得《X》的企业),
    // and a measure for those who apply for one (对申请《药品生产许可证》的企业).
    // A permit someone lacks (其经营场所未取得《医疗机构执业许可证》, 无《X》) was granted to no one either; nor one revoked or
    // cancelled (依法注销甲公司《药品生产许可证》, 吊销了乙诊所的《X》, revoked the "X"), nor one issued to holders counted
    // (已向4家企业核发《X》, 已有数十家企业取得…核发的《X》).
    pattern: new RegExp(String.raw`(?:(?:应当?|须|需要?|必须)(?:依法)?(?:持有|取得|具备|具有|获得|申领)[^，。；《》]{0,16}|(?:未|没有|尚未|并未)(?:依法)?(?:取得|获得|持有|办理|领取)(?:相应的?)?|对(?:首次|新)?(?:取得|获得|申请|申领|办理)|\b(?:must|shall|should|(?:is|are)\s+required\s+to)\s+(?:hold|obtain|have|possess)\s+(?:a|an|the)\s+(?:valid\s+|corresponding\s+)?|\bfor\s+(?:enterprises|companies|firms|institutions|applicants|those)\s+(?:that|which|who)\s+(?:have\s+|newly\s+|first\s+)?(?:obtained|obtain|received|receive|hold)\s+(?:a|an|the)\s+["“]?|\b(?:[Ff]or\s+the\s+first\s+time\s+to|[Ff]irst\s+time\s+to|[Tt]o\s+newly)\s+(?:obtain|receive|get)\s+(?:a|an|the)\s+[^,;.]{0,60}?["“]?|${REVOKE_ZH}了?(?:其)?[^，。；《》]{0,40}?|向${COUNT_ZH}[^，。；《》]{0,20}?(?:核发|颁发|发放|换发)了?|${COUNT_ZH}[^，。；《》]{0,20}?(?:取得|获得|持有|领取)了?[^，。；《》]{0,30}?|\b${REVOKE_EN}\s+(?:the\s+|its\s+|their\s+)?["“]?)$`, 'u'),
    action: 'no License: the title names a kind of licence a rule requires',
    examples: {
      // (Machine-translated, in Chinese order: "For the first time to obtain the X issued "Y" … enterprises, reward …".)
      match: ['受托生产企业应当持有相应生产范围的', '申请人须取得', 'Contract manufacturers must hold a valid ', 'for enterprises that obtained the "', '对首次取得', '对申请', 'For the first time to obtain the Hubei Provincial Drug Administration issued "', '该诊所未取得', '其场所尚未依法办理相应的', '省药监局依法注销某某生物科技有限公司', '吊销了某诊所的', 'The bureau revoked the "', '已向6家企业核发'],
      noMatch: ['该公司于2025年获省药监局核发', '公司已取得', 'the company obtained a '],
    },
  },
  {
    id: 'grant.paragraph-subject.zh',
    stage: 'frame',
    language: 'zh',
    pattern: /^(?:将|已经?|要|坚持|持续|继续|全面|深入|扎实|着力)/u,
    action: "the regulator is its paragraph's subject: the issuer of an agent-less licence there",
    examples: {
      match: ['将加快创新药审评', '持续优化审评审批流程'],
      noMatch: ['和市卫生健康委', '的有关规定'],
    },
  },
];

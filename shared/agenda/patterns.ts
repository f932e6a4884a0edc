// Recognisers for the non-item lines of a front sheet: headings, Part Two, exclusion, "Report of", stop and new-document lines.

/** "AGENDA", "Public Agenda", "Supplementary Agenda", "Agenda frontsheet", "Order of business". */
export const AGENDA_HEADING = /^(?:(?:public|supplementary|supplemental|revised|draft|updated|amended|full|main|open|the|part (?:one|1|i)|summons and)\s+)*(?:agenda|a g e n d a|order of business)(?:\s*[-–—:]?\s*(?:frontsheet|front sheet|front page|pack|and reports pack|& reports pack|for the meeting|items?|part (?:one|1|i)))?(?:\s*\((?:part (?:one|1|i)|public|open|revised|updated)\))?:?$/i;

export const CONTENTS_HEADING = /^(?:table of )?contents:?$|^index$/i;

/** Wording that only a meeting notice or front sheet uses. */
export const NOTICE_PHRASE = /(public document pack|notice of (?:the |a )?meeting|you are (?:hereby )?(?:summoned|requested|invited) to attend|(?:are|is) (?:hereby )?(?:requested|summoned) to attend|summons to attend|democratic services|please ask for|contact officer|despatched|date of publication|agenda published|members of the public are welcome|this meeting (?:will|may) be (?:webcast|filmed|recorded|broadcast)|quorum)/i;

/** Standard procedural business: evidence of an agenda, never of a report's paragraphs. */
export const PROCEDURAL_TITLE = /(apolog|declarations? of (?:(?:disclosable\s+)?(?:pecuniary\s+)?(?:and other\s+)?interests?)|disclosures? of (?:\w+\s+)?interests?|^(?:members'? )?interests$|^(?:the\s+)?minutes\b|minutes of (?:the )?(?:previous|last)|urgent (?:business|items?)|any other (?:urgent )?business|date of (?:the )?next meeting|dates? of future meetings|public (?:questions|participation|speaking|forum)|questions from (?:the )?(?:public|members|councillors)|petitions|exclusion of (?:the )?(?:press|public)|chair(?:man|person)?['’]?s? (?:announcements|communications|update|report)|announcements|work programme|forward plan|substitut|election of (?:a )?(?:chair|vice)|appointment of (?:a )?(?:chair|vice)|^appeals$|call[- ]in|matters arising)/i;

/** Start of a Part Two / exempt section. */
export const PART_TWO = /^(?:part\s*(?:two|2|ii|b)\b|exempt (?:items|business|information|reports?|session|section|part)\b|confidential (?:items|business|section|reports?|part)\b|private (?:items|business|session|section|part)\b|items? (?:to be )?(?:considered|taken|discussed|dealt with) in private\b|not for publication\b|restricted (?:items|business)\b)/i;

/** Start (or return) of the open section. */
export const PART_ONE = /^(?:part\s*(?:one|1|i|a)\b(?![^()]*\bexempt\b)|open (?:items|business|session|section)\b|public (?:items|business|session|section)\b)/i;

/** The item that moves into private session: items after it are exempt. */
export const EXCLUSION_TITLE = /(exclusion of (?:the )?(?:press|public)|exclude (?:the )?(?:press|public)|(?:press and public|public and press|the public) (?:be|are to be) excluded|to move into (?:private|closed|exempt) session|private session)/i;

/** An item title saying the item itself is exempt. */
export const EXEMPT_TITLE = /(\bexempt\b|\bconfidential\b|not for publication|\(part (?:ii|2|two|b)\)|\brestricted\b)/i;

/** "Report of the Cabinet Member for ...", "Joint report of ...", "Presentation by ...". */
export const REPORT_OF = /^(?:joint\s+|covering\s+)?(?:report|reports|presentation|briefing(?: note)?|verbal (?:update|report)|update|submission)\s*(?:of|by|from)\s*:?\s*(?:the\s+)?\S/i;

/** After some items, these end the agenda list (membership, press notes, signatures). */
export const STOP_HEADING = /^(?:committee membership|membership(?: of the [\w\s&,'’-]+)?:?$|membership:|members of the (?:committee|panel|board|sub-committee):?$|note for members|notes? for (?:members of )?the (?:press|public)|(?:filming|recording|webcasting|broadcasting) (?:of|at|and) |information for (?:members of )?the public|information about (?:the|this) (?:committee|meeting|panel|board)|public (?:access|speaking|participation) (?:information|arrangements|at)|fire (?:evacuation|alarm|procedure)|emergency evacuation|for further information|further information|enquiries (?:about|to|regarding|relating)|(?:general )?enquiries(?: to)?:|yours (?:faithfully|sincerely)|distribution:?$|access to (?:the )?(?:meeting|information|public gallery|the council chamber)|mobile phones|date of (?:the )?next meeting:|substitutes?:|quorum:?\b)/i;

/** A page starting with one of these begins a report, not more front sheet. */
export const NEW_DOCUMENT = /^(?:agenda item\b|item no\.?\s*\d|minutes of\b|(?:draft |unconfirmed )?minutes$|report (?:of|to|by|from)\b|purpose of (?:the |this )?report|(?:cabinet|committee|council|executive) report\b|appendix\b|local members.? interest|executive summary|recommendations?:?$|this report\b|summary of (?:the )?report|report title|meeting:|public report|officer report)/i;

/** A line that is nothing but "(All reports in this section are exempt)" or "nil"/"none". */
export const SECTION_NOTE = /^\(?(?:all (?:reports|items) in this (?:section|part) are (?:exempt|confidential)|there are no (?:exempt|part (?:two|2|ii)) items|nil|none)\)?\.?$/i;

/** A note under one item saying that item is exempt: "Not for publication by virtue of Paragraph 3 of Schedule 12A", "(Exempt)". */
export const ITEM_EXEMPT_NOTE = /^\(?\s*(?:(?:not for publication|exempt|confidential|restricted)\b.*\b(?:paragraphs?|schedule 12a|local government act)\b.*|(?:exempt|confidential|not for publication)(?:\s+item)?\s*\)?\.?)$/i;

/** Under a minute's heading, the agenda item it records: "(Item 5)", "(Agenda Item 5a)". */
export const ITEM_REF = /^\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?([A-H]\d{1,2}|\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*\)\.?$/i;
/** The heading of a lettered section of an agenda ("B - Key or significant Cabinet Member Decisions"), whose items are "B1", "B2". */
export const SECTION_HEADING = /^[A-H]\s*[-–—:]\s+[A-Z]/;

/** The labelled lines that open an officer's report ("From:", "To:", "Subject:", "Key decision:"): two or more make a report. */
export const REPORT_LABEL = /^(?:from|to|by|subject|title|classification|decision (?:no|number|reference)\.?|key decision|electoral divisions?|wards?(?: affected)?|report (?:of|to|by|author|title)|purpose of (?:the |this )?report|(?:executive )?summary|recommendations?|background (?:documents?|papers)|date of (?:meeting|report|decision)|report date|cabinet member|portfolio(?: holder)?|lead officer|responsible officer|future pathway of (?:the )?(?:paper|report)|divisions? affected)\s*[:\-–]/i;

/** What a supplement's covering letter says: the papers for items that were not ready with the agenda. */
export const SUPPLEMENT_LETTER = /(?:not (?:yet )?available when the (?:main )?agenda|supplement(?:ary)? (?:agenda|pack|papers|information)|(?:additional|supplementary|further|late|tabled) (?:papers|reports|documents|information)\b|please find (?:enclosed|attached) (?:the )?(?:documents?|reports?|papers?|information) (?:for|relating to) (?:agenda )?items?)/i;

/** The column heading over a covering letter's list: "Agenda Item No". */
export const ITEM_NO_HEADING = /^(?:agenda\s+)?item\s+(?:no\.?|number)(?:\s+(?:title|subject|description))?(?:\s+pages?)?$/i;

"""What was said and by whom: direct, partial and indirect quotes with their speakers.

`find_quotes(doc, mentions, entities)` returns `Quote`s with offsets into
`doc.text`:

- direct quotes between «…», “…”, "…", ‘…’ or '…', across sentences and
  paragraphs (the press reopens « at each paragraph of a long quote and closes
  it once), nested quotes kept inside their outer quote, unclosed quotes ending
  with their paragraph; an unquoted paragraph announced by "X tweete :" and an
  embedded tweet ("… — Name (@handle) date") are direct quotes too;
- partial quotes: a quoted fragment inside a sentence ("une offensive
  « imprudente »"), kept only when the sentence attributes it (a reporting verb
  or another attributed quote); scare quotes and titles are not quotes;
- indirect speech: a reporting verb with "que" / an infinitive / "à" / "de",
  "selon X", "d'après X", "according to X", and an inverted verb closing a
  clause ("…, a précisé l'OSDH").

The speaker is the name next to the verb, a title resolved to the person it
names, a pronoun resolved to the last compatible person, or an anonymous source
kept as text with no entity (see `vigie.nlp.speakers`). The reporting-verb
lexicon, with its inflections and frames, is data in `lang/<code>/quotes.json`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from vigie import lang as resources
from vigie.model import Document, Entity, Mention, Quote, Speaker
from vigie.nlp.numbers import number_words
from vigie.nlp.patterns import WordList, word_list
from vigie.nlp.speakers import Name, SpeakerResolver, cues
from vigie.nlp.time import find_timexes
from vigie.nlp.timex.lexicon import lexicon as time_lexicon
from vigie.nlp.timex.lexicon import plain as time_plain

# How far after a closing mark the attribution of a direct quote may lie
# ("», a déclaré jeudi le porte-parole du gouvernement kényan, Joseph Mwangi,").
ATTRIBUTION_AFTER = 160
# Words a quoted sentence may go on with after its closing mark before the attribution that closes it
# ("« … », qui doit mener à un scrutin l'an prochain, a déclaré …").
MAX_CONTINUATION_WORDS = 16
# How far before an opening mark the announcing verb may lie ("X a déclaré : «").
ATTRIBUTION_BEFORE = 200
# Adverbs and time words allowed between an auxiliary and its verb, or a verb and "que".
MAX_GAP_WORDS = 4
# A quote with no attribution this close after an attributed one, starting its
# paragraph or in the same paragraph, goes on with the same speaker.
CONTINUATION_CHARS = 400
# A quote left open at a paragraph's end goes on when one of the next this many paragraphs closes it first
# (tokenized corpora set one sentence per line, so a quote of two sentences spans two paragraphs).
MAX_OPEN_QUOTE_PARAGRAPHS = 3
# A comma-delimited chunk this short before "a déclaré" is an apposition ("…, Laurent Marchetti, a"),
# not the clause an inverted attribution closes.
MAX_APPOSITION_WORDS = 5
# The most words of a subject set with its verb inside the clause it reports ("X, the mayor said, …").
MAX_INCISE_SUBJECT_WORDS = 3
# Characters after a verb searched for its frame ("que", "à" + infinitive, "de" + infinitive).
FRAME_WINDOW = 240
# A counting verb's subject longer than this is a clause ("Plus de 2 000 personnes …, a estimé"), not a source.
MAX_COUNT_SOURCE_WORDS = 10
# A capitalized quoted fragment this short inside a sentence is a title («Folklore», « Le Monde »).
MAX_TITLE_WORDS = 4
# The longest noun phrase after an opening ("Pour le porte-parole du ministère des Affaires étrangères,")
# taken as the view's holder; a longer run before the comma is a clause or a comparison ("For a mid-sized
# firm like Norvik Oil Corp or Vasko Drilling Co,"), not a speaker.
MAX_HOLDER_WORDS = 8
# A fragment a naming word or a title noun leads names a thing up to this length ("l'opération
# «Aube de l'odyssée»", "un livre intitulé «…»"); a longer one is someone's words.
MAX_NAMED_WORDS = 8
# A term classed by the noun after it is this short ('a "buy" rating', 'the "top kill" procedure').
MAX_TERM_WORDS = 3
# Characters read before an opening mark for a naming word ("sous le nom de", "so-called").
NAMING_CHARS = 40
# Words allowed between a verb and its "que"/"that" ("a dit à la presse que", "told reporters that").
MAX_OBJECT_WORDS = 4
# Words allowed after a medium phrase before the "that" ("wrote in a letter to the bank's chief
# executive on Thursday that").
MAX_MEDIUM_WORDS = 10
# Longest speaker noun phrase after an inverted verb closing a clause.
MAX_INVERTED_WORDS = 10
# An incise between an inverted verb and its speaker ("annonce, sans détour, le procureur") is this short.
MAX_INCISE_WORDS = 4
# Words of a phrase opening a sentence before an attribution set between commas ("But by Monday, most agreed, …").
MAX_OPENING_WORDS = 5
_SPEAKER_INCISE = re.compile(rf"[a-zà-ÿ][^\s,.;:!?«»“”\"()]*(?:\s+[^\s,.;:!?«»“”\"()]+){{0,{MAX_INCISE_WORDS - 1}}}\s*,")
_LEAD_SPACE = re.compile(r"[\s\u00a0]*")
# A French past participle without its auxiliary describes a noun ("X, considéré comme …"); an incise's verb is
# finite ("…, dit Omar, …"). English past forms are finite too.
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# Longest apposition between a subject's name and its verb ("Doug Suttles, a senior executive of the
# company's exploration arm, told"), and how many may follow one another ("Marie Dubois, 62, a farmer,").
MAX_APPOSED_WORDS = 12
MAX_APPOSITIONS = 2
# Capitalized words allowed before the name that makes up a subject's chunk ("Adm. Mike Mullen",
# "Deputy Foreign Minister Khaled Khaim").
MAX_NAME_LEAD_WORDS = 4
# Characters before a verb form read for a determiner that makes it a noun ("the report", "des menaces").
NOUN_DETERMINER_CHARS = 8
# How far back the word before a verb form is looked for.
WORD_BEFORE_CHARS = 40
# How far a reporting verb may follow a noun opening its subject ("state meteorologist Jane Doe said").
NOUN_PHRASE_CHARS = 40
# How many words a singular noun's modifiers may run before it ("filed crop loss claims").
MAX_MODIFIER_WORDS = 3
# Words quoted within a quote's continuation ("« … », afin de « … », a déclaré X"): a fragment it holds.
_QUOTED_WORDS = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
# A number whose digits are grouped by commas, points or spaces, right before a word ("56,000 ", "1.200 ").
_GROUPED_NUMBER = re.compile(r"(?<![\w,.])\d{1,3}(?:[,.\u00a0 ]\d{3})+\s+$")
# The word right before a position, with what leads it when it opens a sentence (then its capital tells nothing).
_WORD_BEFORE = re.compile(r"(?:(?P<lead>^|[.!?:]\s+|\n\s*|[\"“«]\s*)|\s)(?P<word>[\w'’]+)\s+$")
# An English verb before its speaker is followed by a name or a title ("said Ruth Calloway",
# "said the minister"), and the speaker closes the sentence or opens an apposition.
# Two words or more in capitals opening a sentence before a word in mixed case: a subheading glued to it
# (a dateline's place ends on a comma: "RIVERTON , Miss. --"; acronyms alone name: "NRX CEO Tom Reed").
_CAPITALS_HEAD = re.compile(r"\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ][\s,]+)+[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ]\s+(?=[A-ZÀ-Þ][a-zß-ÿ])")
# What any such heading holds, looked for once in the whole text: most texts hold none, and then no sentence
# is tried (so are a slug's version number and hyphen, a bullet and a dateline's credit).
_CAPITALS_CUE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ][\s,]+[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ]\s+[A-ZÀ-Þ][a-zß-ÿ]")
# A wire's summary bullet between two items of a story's summary (escaped in some copies: "\\*"); a round
# bullet marks nothing else, and is one glued to the words around it too ("… a pris fin.•Les navires …").
_BULLET = re.compile(r"(?<!\S)\\?\*(?=\s)|•")
_BULLET_MARK = re.compile(r"[*•]")
# A wire's story slug glued to the headline it opens: words in capitals, the version's number and a
# hyphen ("UPDATE 4-", "RPT-WRAPUP 2-").
_WIRE_SLUG = re.compile(r"\s*(?:[A-Z]{2,}(?:\s[A-Z]{2,})*(?:\s\d{1,2})?-)+(?<=\d-)(?=[A-Z])")
_SLUG_CUE = re.compile(r"-(?<=\d-)[A-Z]")
_CAPITAL_OR_ARTICLE = re.compile(r"\s+(?:the\s+|an?\s+)?[A-Z]|\s+the\s+[a-z]")
_SPEAKER_CLOSES = re.compile(r"\s*(?:[,;.!?]|$)")
# A comma-delimited apposition of up to MAX_APPOSED_WORDS words.
_APPOSITION = re.compile(rf",\s*[^\s,.;:!?«»“”\"]+(?:\s+[^\s,.;:!?«»“”\"]+){{0,{MAX_APPOSED_WORDS - 1}}}\s*,")
# A conjunction before a name lists names ("France, Germany and Britain"); before a common noun
# it stays inside one apposition ("energy and climate adviser").
_LISTED = re.compile(r"(?:^|\s)(?:and|or|et|ou)\s+(?:(?:the|le|la|les|l['’])\s*)?[A-ZÀ-Þ]")
# A name coordinated with what follows it ("Minister X and …"): two subjects.
_NAME_AND = re.compile(r"\s+(?:and|et)\s")
# The words after an inverted verb up to their punctuation ("…, said local officials.").
_PHRASE = re.compile(r"[^,;:.!?()«»“”\"]*")
# Words allowed between a verb and the fragment it quotes ("a réclamé une «…»",
# "accusant Damas et ses alliés d'«…»").
PARTIAL_GAP_WORDS = 10
# Fewer words than this after a reporting verb are a cut-off sentence ("ont annoncé qu'ils..."), not what was said.
MIN_INDIRECT_WORDS = 2
# Characters after a call verb searched for its "à"/"de"/"to" ("a appelé la Tessie et ses alliés, Norvik
# et Vasko, à ne pas mener …").
CALL_WINDOW = 160
# Characters after a verb read for a time expression standing before what it reports; the
# longest ones ("le lundi 3 septembre 2018 dans la soirée") fit.
TIME_WINDOW = 80
# Time expressions and adverbial phrases in a row between a verb and what it reports
# ("a appelé jeudi, dans la soirée, à l'issue du conseil, …").
MAX_ADVERBIALS = 3
# A paragraph announced by "X tweete :" longer than this is ordinary text, not a quote.
MAX_ANNOUNCED_PARAGRAPH = 700
# Function words needed to tell a quote's language from its own words; below, it is the paragraph's.
MIN_LANG_WORDS = 2

_OPENERS = "«“„‘‹"
# Determiners that open a description rather than a name ("le ministre …, Piotr Lenski").
_DEFINITE = frozenset({"le", "la", "les", "l", "son", "sa", "ses", "leur", "the", "his", "her", "its", "their"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "the", "a", "an", "on", "début", "fin"})
# A nationality before a name, as an article and a capitalized noun: "l'Américain", "le Britannique", "the Briton".
_DEMONYM_LEAD = re.compile(r"(?:l['’]\s*|(?:le|la|the)\s+)[A-ZÀ-Þ][a-zà-ÿ]+\s+")
# "interrogés par l'AFP", "quoted by Reuters": an agent phrase inside a subject.
_AGENT = re.compile(r"\s(?:interrogée?s?|citée?s?|jointe?s?|contactée?s?|quoted|cited|interviewed)?\s*(?:par|by)\s")
# "a affirmé avoir", "dit en avoir", "vowed to": a verb reporting with an infinitive.
_INFINITIVE_FRAME = re.compile(r"(?:(?:en|y|l['’])\s*)?(?:avoir|être|ne\b|n['’]|vouloir|pouvoir|devoir|to\s+\w+)",
                               re.IGNORECASE)
_INDEFINITE = frozenset({"un", "une", "a", "an"})
_INDEFINITE_LEAD = re.compile(r"\s*(?:un|une|a|an)\s", re.IGNORECASE)
# An organization written as its acronym ("l'ONU", "the IAEA"), which the names extractor may leave untyped.
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,}")
# The "à"/"to" of a call ("a appelé les habitants à limiter") and the "de" of a request ("a demandé de").
_CALL_TO = re.compile(r"(?:\sà|\sto)\s+[«\"“]?\s*")
_CALL_OF = re.compile(r"(?:\sde\s|\sd['’])[«\"“]?\s*")
# An attribution set inside a quote between commas: ", poursuit-il,", ", se remémore-t-elle."
_INCISE = re.compile(r",\s*(?P<verb>(?:se\s+|s['’])?[a-zà-ÿ]+)-(?:t-)?(?P<pronoun>il|elle|ils|elles)\s*[,.;!?]")
# Words before an infinitive whose subject is the main verb's ("pour protester", "afin de dénoncer").
_INFINITIVE_LEADS = frozenset({"pour", "afin", "sans", "de", "d'", "d’", "to"})
# Words that coordinate two verbs sharing one subject ("a dénoncé … et promis que").
# A gerund after an inverted speaker goes on with what the speaker said or did: "…, a rapporté un responsable
# en précisant que …", "… tout en s'inquiétant …".
_TAIL_STOP = re.compile(r"[,;:.!?(]")
_GERUND = re.compile(r"\s(?:tout\s+)?en\s+(?:[a-zà-ÿ]+['’])?[a-zà-ÿ]+ant\b")
# A chunk after an incise inside a quote, up to the next comma or stop; a sentence's stop or the quote's end.
_INCISE_CHUNK = re.compile(r",\s*([^,.;:!?«»“”\"]+?)\s*(?=[,.;!?]|$)")
_STOP_AHEAD = re.compile(r"\s*(?:[.!?…]|$)")
_LEAD_WORD = re.compile(r"[\s\W]*(\w+)")
# A quote's closing mark and a lower-case word right after it: its sentence goes on.
_CLOSE_AND_WORD = re.compile(r"\s*(?:[»”\"]|'')[ \t\u00a0]+[a-zà-ÿ]")
# A French speaker's relative clause or manner of saying after it: "le juge qui a requis", "le juge sans préciser".
_SPEAKER_CLAUSE = re.compile(r"\s(?:qui|dont|sans)\s")
_CONJUNCTIONS = frozenset({"et", "puis", "mais", "and", "then", "but"})
_CONJUNCTION_WORD = re.compile(rf"(?<!\S)(?:{'|'.join(sorted(_CONJUNCTIONS))})(?=\s)", re.IGNORECASE)
_CONJUNCTION_AFTER = re.compile(rf"\s*(?:{'|'.join(sorted(_CONJUNCTIONS))})\s", re.IGNORECASE)
# "``" and "''" are the quotes of tokenized corpora (Penn Treebank style), kept as "`".
_CLOSERS = {"«": "»", "“": "”", "„": "“", "‘": "’", "‹": "›", '"': '"', "'": "'", "`": "'"}
_MARKS = re.compile(r"[«»“”„\"‘’'‹›`]")
# A quotation mark, not an apostrophe inside a word or opening a clitic ("l'aube", "do n't", "Libya 's").
_QUOTE_MARK = re.compile(r"[«»“”„\"‹›`]|(?<!\w)['‘’](?!(?:s|t|re|ll|ve|d|m)\b)|(?<=\w)['‘’](?!\w)")
# The closing mark of the openers a reader cannot take for a closing mark (not ' " ’ nor „ … “): a quote
# opened with one may be closed in a later paragraph.
_DISTINCT_CLOSERS = {"«": "»", "“": "”", "‹": "›", "`": "''"}
# Openers a writer may close with a straight double mark ("«Nous partirons", dit-elle").
_MIXED_CLOSERS = ("«", "“")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
# A paragraph that ends a sentence, before any closing mark or bracket ("… jeudi. »", "(…) ?").
_PARAGRAPH_END = re.compile(r"[.!?…:;][\s«»“”\"'’)\]]*$")
# A capitalized word inside a sentence (a word or a comma before it) is a name's ("the United States"), not a verb.
_INSIDE_SENTENCE = re.compile(r"[\w,][ \t\u00a0]*$")
_LETTER = re.compile(r"\w")
# " 's", " 're" of tokenized English: a contraction split off its word, not an opening quote.
_CONTRACTION = re.compile(r"(?:s|re|ve|ll|d|m|t)\b")
_WORD = re.compile(r"[\w']+")
_NEXT_WORD = re.compile(r"\s+([\w'’]+)")
# A verb right after a comma or a tokenized corpus's closing quote may close an attribution ("…, said X"):
# the marks closing a quote, '' in the tokenized style of some corpora.
_CLOSING_MARKS = ('"', "”", "»", "’", "''")
# A live page's time or date heading before a clause ("21 h 50 : ", "13h20 : ", "19 h 30. ", "June 22 - ",
# "2:15 pm ET - ") and a wire dateline ending a page's heading block ("Tripoli, Libya (CNN) -- ",
# "-LRB- Reuters -RRB- - "): what a clause closed by its attribution says starts after them.
_HEADING = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}(?:\s*(?:h|:)\s*\d{0,2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
                      r"\s*(?:[:.]|[-–—]{1,2})\s+")
_DATELINE = re.compile(r"(?:\(|-LRB-\s*)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*(?:\)|\s-RRB-)\s*(?:--|[-–—])\s+")
# A bracket opening a clause, closed before a capital: an editor's stamp, no one's words
# ("(12:30 p.m. ET, 6:30 p.m. in Libya) The coalition flew …", written "-LRB- … -RRB-" in tokenized text).
_STAMP = re.compile(r"(?:\(|-LRB-\s)[^()\n]*?(?:\)|\s-RRB-)\s+(?=[«\"“A-ZÀ-Þ])")
# What may come before a subheading on its line: nothing, or a live page's clock ("15H06 - ", "9:40 :").
_CLOCK_OPENING = re.compile(r"\s*(?:\d{1,2}\s*[hH:.]\s*\d{2}\s*[-–—:]\s*)?")
# A sentence's end before the next one's capital, whatever the word before the period ("on X. The").
_END_AND_CAPITAL = re.compile(r"[.!?…]\s+(?=[«\"“A-ZÀ-Þ])")
# A closed quote and the comma after it, ending where a clause starts ("», ", "\", ", ", '' ").
_QUOTE_AND_COMMA = re.compile(r"(?:[»”\"]|'')\s*,\s*$|,\s*(?:[\"”]|'')\s*$")
_AFTER_COMMA = re.compile(r"(?:,|''|--)\s*$")
# A quotation closed on its comma, then the words of a speaker: the verb after them attributes that quotation
# ('`` We will stay , '' the fisherman said early on Sunday').
_AFTER_QUOTE_SPEAKER = re.compile(r"(?:,\s*(?:''|[”\"])|[»”\"]\s*,)\s*(?=\S)(?!(?:and|but|or|then|yet|so)\b)[^,;:.!?\"“”«»`]+$",
                                  re.IGNORECASE)
# A closing quote mark and its comma just before a verb's clitic: "« … », se reprend-il".
_AFTER_QUOTE = re.compile(r"(?:[»”\"’']\s*,|[»”]|''\s*,?)\s*$")
# The end of the source named after "selon"/"according to": a comma, a bracket, end punctuation
# (checked for an abbreviation) or a word opening a clause about the source.
_SOURCE_END = re.compile(r"[,;:!?()]|\.(?!\w)|\.(?=[A-ZÀ-Þ](?:[a-zà-ÿ]|\s))|\s(?:qui|que|dont|où|à propos|depuis|lors)\s")
# A chunk set between commas right after a source: what may be an apposition to it (an initial's
# period inside: "the U.S. NATO commander").
_COMMA_CHUNK = re.compile(r"\s*((?:[^,;:.!?«»“”\"]|(?<=\b[A-Z])\.)+),")
# End punctuation, any closing marks, then white space: a sentence end inside what the segmenter kept whole.
_END_AND_SPACE = re.compile(r"(?:[.!?]+|…)[»”\"'’)\]]*\s+")
# Initials ("M", "U.S", "J.-C"): a period after them ends no sentence.
_INITIALS = re.compile(r"[A-ZÀ-Þ](?:\.-?[A-Za-zÀ-Þ])*")
# Abbreviations are short; a period is checked against the word of at most this many characters before it.
MAX_ABBREVIATION_CHARS = 24
# A lower-case conjunction opening what a source says ("…, selon X, et poussé …").
_LEAD_CONJUNCTION = re.compile(rf"(?:{'|'.join(sorted(_CONJUNCTIONS))})\s+")
# A relative pronoun inside the words after a verb: they are its object and what describes it ("explique les
# difficultés auxquelles se heurte …"), not an inverted speaker.
_RELATIVE_WORD = re.compile(r"\b(?:qui|que|qu'|dont|(?:le|la|les|au|aux|du|des)quel(?:le)?s?)\b")
# A sentence ending on a colon announces what follows ("…, explique depuis Tripoli :"); an inverted
# attribution closes what was said before it.
_ANNOUNCING_END = re.compile(r":[\s»”\"']*$")
# What may follow a verb that closes its sentence: a few words (whom it was told to, when) and the end
# ("…, told the Security Council Monday.", "…, a déclaré lundi.").
_SENTENCE_CLOSE = re.compile(r"(?:\s+[^\s,;:.!?«»“”\"]+){0,4}\s*(?:[.!?]|$)")
# Fewer words than this before a name and its apposition are no clause anyone said.
MIN_CLOSED_CLAUSE_WORDS = 4
# How long the agent of "quoted by … as saying" may be ("by Britain's Guardian newspaper"), and how far before
# the reporting verb the passive may start.
QUOTED_AGENT_CHARS = 60
QUOTED_AS_CHARS = 120
QUOTED_LINK_CHARS = 12
# The prepositions of someone's origin before a town ("Tom Reed of Dravnik, Ohio").
_ORIGIN = frozenset({"of", "from", "de", "d'", "du"})
# A determiner opening the words after a verb: its object ("described the political background", "has written
# the broader account"), which an attribution closing a clause has not; only whom it was told to may follow.
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "these", "those"})
# What may stand between a participle and the fragment it quotes before its agent: "qualifiées de «",
# "jugé «", "described as \"", "considéré comme «".
_PARTICIPLE_GAP = re.compile(r"\s*(?:(?:de|d['’]|comme|en|as|of)\s*)?[«“\"'‘`]*\s*", re.IGNORECASE)
# The agent right after a closing mark: "qualifiés de «lâches» par les autorités", "called 'a crime' by".
_AGENT_AFTER = re.compile(r"[»”\"'’]*\s*(?:par|by)\s+(?=\S)")
# A participle and its agent, set between commas: "reprises par le Monde", "relayed by AFP".
_AGENT_PHRASE = re.compile(r"[a-zà-ÿ]+\s+(?:par|by)\s[^,]*$")
# Characters before a verb read for the listed adverbs closing its subject ("the agency initially").
ADVERB_CHARS = 40
# Characters before a verb read for its reflexive clitic and auxiliary ("ne se sont d'ailleurs jamais").
REFLEXIVE_CHARS = 60
# Characters before a verb read for its negation ("n'ont toujours pas confirmé", "could not immediately say").
NEGATION_CHARS = 32
# Characters before a verb read for words giving it another sense ("voulaient", "c'est à").
SENSE_LEAD_CHARS = 16
# An addressee right after a verb: "veut dire aux Français", "wants to tell the".
_ADDRESSEE_TO = re.compile(r"\s+(?:à|aux)\s")
# A comma between clauses or chunks, not the one of a number ("5,500 street parties", "25,5 %").
_CLAUSE_COMMA = re.compile(r",(?!\d)")
_COMMA_NEXT = re.compile(r"\s*,")


def _last_clause_comma(text: str) -> int:
    """Where the last comma of `text` that is no number's stands, or -1."""
    comma = text.rfind(",")
    while comma >= 0 and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", 0, comma)
    return comma


# The words up to the first comma, semicolon or colon (not the comma of "9,000").
_FIRST_CHUNK = re.compile(r"(?:[^,;:]|,(?=\d))*")
# "Monday's", and "Monday 's" in tokenized corpora.
# A verb announcing what follows it: its object at most ("told Fox News"), then a colon or an opening
# quote mark (" : ``", ", \"").
_ANNOUNCES = re.compile(r"\s*(?:[^\s,;:.!?«“\"`]+\s+){0,3}?(?::|,?\s*(?:``|[«“\"]))")
# A subject pronoun inverted after its auxiliary: "a-t-il", "ont-ils", "avait-elle", "est-il".
_INVERTED_PRONOUN = re.compile(r"(?<=\w)-(?:t-)?(il|elle|ils|elles|on)\b", re.IGNORECASE)
# An auxiliary inverted with its pronoun right before a verb ("a-t-il expliqué", "ont-ils déjà dit").
_INVERTED_AUX = re.compile(r"-t?-?(il|elle|ils|elles|on)\s+(?:[\w'’]+\s+)?$", re.IGNORECASE)
# Words that no speaker closing a sentence holds before its verb: what they open is a clause.
_ATTRIBUTION_BREAKERS = frozenset({"to", "that", "que", "qu'"})
# The pronouns before an English verb's bare form ("…, they say."): a plural noun ends in "s".
_PLURAL_SUBJECTS = frozenset({"they", "we", "i", "you"})
# A "''" closing a quoted clause: after its comma or end punctuation, opening the region read, or
# before a capital that starts the next sentence ("… supplies '' The port authority said");
# not a quoted name's ("`` Harry '', of the Place, said", "the `` Mad Money '' host said").
_CLOSED_CLAUSE = re.compile(r"(?:^|[,.!?])\s*''|''(?=\s+[A-Z])")
# The "que"/"that" closing a match of the lexicon's `that`.
_THAT_WORD = re.compile(r"(?:que\b|qu['’]|that\b)\s*$", re.IGNORECASE)
_POSSESSIVE = re.compile(r" ?['’]s\b")
_TWEET = re.compile(
    r"^(?P<body>.{8,}?)\s*(?:pic\.twitter\.com/\S+\s*)?[—–-]{1,2}\s*(?P<name>[^()\n—–]{2,60}?)\s*\(@\w{1,15}\)"
    r"\s*(?:[A-Za-zÀ-ÿ]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-zÀ-ÿ]+\.?\s+\d{4})?\s*$",
    re.S)


def _holds(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted `starts` stands from `start` to `end`."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _closes_quote(left: str) -> bool:
    """Whether `left` is blank or ends with a closed quote and its comma: what comes before an inverted
    attribution ('," said X', ", '' said X" in the tokenized style of some corpora)."""
    left = left.rstrip()
    return not left or left.endswith(_CLOSING_MARKS) \
        or left.endswith(",") and left[:-1].rstrip().endswith(_CLOSING_MARKS)


@dataclass
class Verb:
    start: int
    end: int
    form: str
    lemma: str
    frames: tuple[str, ...]
    inverted: str | None  # the pronoun of "écrit-il", "a-t-elle déclaré"


@cache
def _stopwords(lang: str) -> frozenset[str]:
    """Function words that tell a quote's language (without compiling that language's lexicon)."""
    return frozenset(resources.load(lang, "quotes")["stopwords"])


def _infinitive(lex: dict) -> re.Pattern:
    """A word that is an infinitive: "-er", "-ir", "-oir" words that are not common nouns
    ("dossier", "avenir"), or a known "-re" infinitive ("faire", "mettre")."""
    endings = "|".join(lex["infinitive_endings"]) or "(?!)"
    nouns = "|".join(re.escape(w) for w in lex["not_infinitives"]) or "(?!)"
    known = "|".join(re.escape(w) for w in lex["infinitives_in_re"]) or "(?!)"
    return re.compile(rf"(?!(?:{nouns})\b)(?:\w+(?:{endings})|{known})\b")


@dataclass
class _Lexicon:
    verb: WordList
    forms: dict[str, tuple[str, tuple[str, ...]]]
    aux: re.Pattern
    adverb_tail: re.Pattern
    aux_full: re.Pattern
    according: WordList
    gap_run: re.Pattern
    that: re.Pattern
    coordinated: re.Pattern
    speaker_stops: re.Pattern
    relative: frozenset[str]
    subject_relatives: frozenset[str]
    comma_relative: re.Pattern
    relative_inside: re.Pattern
    clitics: re.Pattern
    no_that: frozenset[str]
    prepositions: frozenset[str]
    initial: re.Pattern | None
    count: WordList
    infinitive: re.Pattern
    subordinator: re.Pattern
    free_relative: re.Pattern
    clause_markers: re.Pattern
    verb_cue: re.Pattern
    chunk_prepositions: frozenset[str]
    resuming_prepositions: frozenset[str]
    complement_links: frozenset[str]
    generic: frozenset[str]
    time_lead: re.Pattern
    time_lead_words: frozenset[str]
    call_particle: re.Pattern
    particle_calls: frozenset[str]
    subject_verb: re.Pattern
    # A finite verb opening a predicate: an auxiliary, a past form, a linking verb ("went", "remains").
    finite_verb: re.Pattern
    noun_object: frozenset[str]
    clause_cue: re.Pattern
    noun_determiner: re.Pattern
    noun_forms: frozenset[str]
    # After a plural noun form: a relative pronoun and a plural verb ("claims that are").
    plural_relative: re.Pattern
    subject_determiners: frozenset[str]
    # Words no subject's noun phrase holds: prepositions (but a noun's complement, "of"), auxiliaries.
    phrase_breaks: frozenset[str]
    function_words: frozenset[str]
    run_in: re.Pattern
    run_in_quote: re.Pattern
    # What a match of either is followed by, found at once over a whole text (a look-behind opening a
    # pattern makes re try it at every character): the opener or the mark; None for an empty list.
    run_in_cue: re.Pattern | None
    run_in_quote_cue: re.Pattern | None
    run_in_blockers: frozenset[str]
    editor_note: re.Pattern
    wire_dateline: re.Pattern
    # A dateline's agency credit, which any dateline holds: "(Reuters)".
    wire_credit: re.Pattern
    negation: re.Pattern
    bare_attribution: re.Pattern
    bare_attribution_blockers: frozenset[str]
    noun_modifiers: frozenset[str]
    verb_leads: frozenset[str]
    adjective_endings: tuple[str, ...]
    subject_heads: frozenset[str]
    head_last: bool
    reflexive: re.Pattern | None
    pronominal: dict[str, tuple[str, tuple[str, ...]]]
    passive: re.Pattern
    passive_auxiliaries: frozenset[str]
    impersonal: re.Pattern
    reflexive_form: re.Pattern
    abbreviations: frozenset[str]
    # "il explique ce que …": a relative's "que", after which nothing is reported ("s'attendre à ce que"
    # stays a completive).
    relative_that: re.Pattern
    completive_leads: frozenset[str]
    clause_open: re.Pattern
    naming_lead: re.Pattern
    naming_participle: re.Pattern
    naming_participles: frozenset[str]
    not_namers: frozenset[str]
    title_noun: re.Pattern
    term_noun: re.Pattern
    negated: re.Pattern
    # A word right after a reporting verb that gives it another sense: "called off", "confirmed dead".
    other_sense: re.Pattern
    other_sense_before: re.Pattern
    frame_lead: re.Pattern
    addressee_verbs: frozenset[str]
    # "was quoted by AP as", "a été cité comme": before a reporting verb, the passive whose subject speaks.
    quoted_as: re.Pattern
    quoted_link: re.Pattern
    quoted_participles: frozenset[str]
    plural_determiners: frozenset[str]
    singular_determiners: frozenset[str]
    plural_auxiliaries: frozenset[str]
    # "by saying", "en affirmant": a preposition making a participle go on with its sentence's subject.
    gerund_lead: re.Pattern


@cache
def _lexicon(lang: str | None) -> _Lexicon:
    lex = resources.load(lang, "quotes")
    forms: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in lex["verbs"]:
        for form in entry["forms"]:
            forms.setdefault(form.lower().replace("’", "'"), (entry["lemma"], tuple(entry["frames"])))
    reflexives = [c.replace("'", "") for c in lex["reflexive_clitics"]]
    # A pronominal lemma under the lemma it is built on: "dire" → "se dire".
    pronominal = {lemma.split(c, 1)[1].lstrip(" '"): (lemma, frames)
                  for lemma, frames in forms.values() for c in reflexives if re.match(rf"{c}(?: |')", lemma)}
    aux = "|".join(re.escape(a) for a in sorted(lex["auxiliaries"], key=len, reverse=True))
    run_in_openers = "|".join(map(re.escape, lex["run_in_openers"]))
    run_in_marks = "|".join(map(re.escape, lex["run_in_quote_marks"]))
    credit = rf"(?:\(|-LRB-)\s*(?:{'|'.join(lex['wire_agencies']) or '(?!)'})\s*(?:\)|-RRB-)"
    # Between a verb and what it reports only adverbs and time words are skipped, not articles.
    skip = "|".join(re.escape(w) for w in sorted(lex["skip_before_speaker"], key=len, reverse=True)
                    if w.lower() not in _ARTICLES)
    adverbs = [re.escape(w) for w in sorted(lex["adverbs"], key=len, reverse=True)]
    adverbs += [rf"\w+{re.escape(e)}" for e in lex["adverb_endings"]]
    gap = rf"(?:(?:{skip}|{'|'.join(adverbs)})\s+)"
    # "se" is followed by a space, "s'" by its verb or auxiliary.
    reflexive = "|".join(re.escape(c.rstrip("'")) + (r"['’]\s*" if c.endswith("'") else r"\s+")
                         for c in lex["reflexive_clitics"])
    reflexive_aux = "|".join(re.escape(a) for a in lex["reflexive_auxiliaries"]) or "(?!)"
    openers = sorted([*lex["subordinators"], *_CONJUNCTIONS], key=len, reverse=True)
    # An article between a naming word and the quote ("known as a '", "sous le nom de l'«").
    article = "(?:" + "|".join(re.escape(a[:-1]) + r"['’]\s*" if a.endswith("'") else re.escape(a) + r"\s+"
                               for a in sorted(lex["naming_articles"], key=len, reverse=True)) + ")?"

    def ending(words: list[str]) -> str:
        return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return _Lexicon(
        # "\b" rather than a look-behind keeps re's fast scan; forms glued after an
        # apostrophe or a hyphen are dropped by the finder.
        verb=word_list(forms, suffix=r"(?P<inv>(?:-t)?-(?:il|elle|ils|elles|on))?"),
        forms=forms,
        aux=re.compile(rf"(?:^|(?<=\s))(?:{aux})\s+(?:{gap}){{0,{MAX_GAP_WORDS}}}$", re.IGNORECASE),
        # Listed adverbs closing a subject before its verb ("the port authority initially said"); not the
        # endings, which also end nouns ("le gouvernement dit").
        adverb_tail=re.compile(rf"(?:^|(?<=\s))(?:(?:{'|'.join(re.escape(w) for w in lex['adverbs']) or '(?!)'})\s+)"
                               rf"{{1,2}}$", re.IGNORECASE),
        aux_full=re.compile(rf"\s*(?:{aux})\s+(?:{gap}){{0,{MAX_GAP_WORDS}}}", re.IGNORECASE),
        according=word_list(lex["according_to"]),
        gap_run=re.compile(rf"\s+(?:{gap})*"),
        # A medium phrase ("in a letter", "dans un entretien") takes a longer complement before the "that":
        # the addressee and the time ("in a letter to the agency's director on Monday that"), but not a
        # relative clause of its own ("in a memo that was leaked").
        that=re.compile(rf"(?:,[^,.;:]{{1,80}},\s*)?(?:(?:{ending(lex['medium_phrases'])})\s+"
                        rf"(?:[^\W\d][\w'’.-]*\s+|['’]s\s+){{0,{MAX_MEDIUM_WORDS}}}?(?:que\b|qu['’]|that\b)"
                        rf"(?!\s+(?:{ending(lex['subject_verbs'])})\b)"
                        rf"|(?:[^\W\d][\w'’-]*\s+){{0,{MAX_OBJECT_WORDS}}}?(?:que\b|qu['’]|that\b))\s*",
                        re.IGNORECASE),
        coordinated=re.compile(rf"[\s,]+(?:et|and)\s+(?:{gap})*(?:(?:a|ont|has|have|had)\s+)?$"),
        speaker_stops=re.compile("|".join(re.escape(s) for s in lex["speaker_stops"]), re.IGNORECASE),
        relative=frozenset(lex["relative_pronouns"]),
        subject_relatives=frozenset(lex["subject_relatives"]),
        # A subject relative pronoun after a comma: ", qui a promis", ", who said".
        comma_relative=re.compile(rf",\s*(?:{'|'.join(re.escape(w) for w in lex['subject_relatives'])})\s", re.IGNORECASE),
        # A subject relative pronoun and the word before it ("militaires qui"; not "à qui").
        relative_inside=re.compile(rf"(?P<before>[\w'’]+)\s+(?:{'|'.join(re.escape(w) for w in lex['subject_relatives'])})\s",
                                   re.IGNORECASE),
        clitics=re.compile(rf"(?:\s+(?:{'|'.join(re.escape(c) for c in sorted(lex['clitics'], key=len, reverse=True))}))+\s*$",
                           re.IGNORECASE),
        no_that=frozenset(lex["no_that_verbs"]),
        prepositions=frozenset(lex["prepositions"]),
        # "Pour", "Aux yeux du", "In the view of": an opening whose noun phrase holds the view that follows.
        initial=re.compile(rf"\s*(?:{ending(lex['initial_attribution'])})(?:\s+|(?<=['’]))")
        if lex["initial_attribution"] else None,
        count=word_list(lex["count_verbs"]),
        relative_that=re.compile(rf"(?<!\w)(?:{ending(lex['relative_heads'])})\s+(?:que|qu['’]|that)\s*$", re.IGNORECASE),
        completive_leads=frozenset(lex["completive_leads"]),
        infinitive=_infinitive(lex),
        subordinator=re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(lex['subordinators'], key=len, reverse=True))})"
                                rf"(?:\s+|(?<=['’]))", re.IGNORECASE),
        free_relative=re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in lex['free_relatives']) or '(?!)'})\s+", re.IGNORECASE),
        generic=frozenset(lex["generic_subjects"]),
        chunk_prepositions=frozenset(lex["chunk_prepositions"]),
        resuming_prepositions=frozenset(lex["resuming_prepositions"]),
        complement_links=frozenset(w.replace("’", "'") for w in lex["noun_complement_links"]),
        # Words that show a subject region is a clause with its own verb or subject, not a noun phrase.
        # A marker may be elided onto the verb it opens ("s'est formé").
        clause_markers=re.compile(rf"(?<!\S)(?:{'|'.join(re.escape(w) for w in lex['clause_markers'])})(?:(?=\s)|(?<=['’]))",
                                  re.IGNORECASE),
        # A clause marker or a lower-case past form ("praised", "monitored"): where a subject's verb may stand.
        verb_cue=re.compile(rf"(?<!\S)(?i:{'|'.join(re.escape(w) for w in lex['clause_markers'])})(?:(?=\s)|(?<=['’]))"
                            rf"|(?<=\s)[a-z]\w{{2,}}ed\b"),
        # Words that lead a time expression ("on Monday", "dans la soirée"), after an optional comma.
        time_lead=re.compile(rf"\s*,?\s*(?:(?:{'|'.join(re.escape(w) for w in sorted(lex['time_leads'], key=len, reverse=True))})"
                             rf"\s+)*", re.IGNORECASE),
        time_lead_words=frozenset(w for w in lex["time_leads"] if " " not in w),
        call_particle=re.compile(rf"(?:{'|'.join(re.escape(w) for w in lex['call_particles']) or '(?!)'})\s+", re.IGNORECASE),
        particle_calls=frozenset(lex["particle_calls"]),
        noun_object=frozenset(lex["noun_object_verbs"]),
        # A clause starts with a subject pronoun or holds an auxiliary or a past form ("had died", "killed").
        clause_cue=re.compile(rf"^\s*(?:{'|'.join(re.escape(w) for w in lex['subject_pronouns'])})\s"
                              rf"|\b(?:{'|'.join(re.escape(w) for w in lex['subject_verbs'])})\b|\w\w\wed\b|n['’]t\b",
                              re.IGNORECASE),
        # A verb right after a time expression makes it a subject ("said 2019 was …").
        subject_verb=re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in lex['subject_verbs'])})\b", re.IGNORECASE),
        finite_verb=re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in lex['subject_verbs'] + lex['finite_forms'])}"
                               rf"|[a-z]\w\w+ed)\b", re.IGNORECASE),
        # A verb form right after one of these is a noun: "the report said", "a claim", "des menaces".
        noun_determiner=re.compile(rf"(?:^|(?<=\s))(?:{'|'.join(re.escape(w) for w in lex['noun_determiners'])})\s+$",
                                   re.IGNORECASE),
        # Verb forms that are also plural nouns ("claims", "states"), the words that show such a form
        # is a noun after them ("four states", "'s remarks"), and adjectives by their ending ("coastal").
        noun_forms=frozenset(lex["noun_forms"]),
        plural_relative=re.compile(rf"\s+(?:{'|'.join(lex['relative_pronouns']) or '(?!)'})\s+"
                                   rf"(?:{'|'.join(lex['plural_relative_verbs']) or '(?!)'})\b", re.IGNORECASE),
        subject_determiners=frozenset(lex["subject_determiners"]),
        phrase_breaks=frozenset([*lex["prepositions"], *lex["speaker_prepositions"], *lex["subordinators"],
                                 *lex["relative_pronouns"], *lex["subject_verbs"]])
        - frozenset([*lex["noun_complement_links"], *lex["speaker_conjunctions"]]),
        # Function words, and the words that end a time closing a subject ("issued today claims").
        function_words=frozenset([*resources.load(lang, "stopwords")["words"],
                                  *(w.split()[-1].lower() for w in lex["speaker_time_tails"])]),
        # A sentence opener glued to the last word of a headline or caption that has no full stop.
        run_in=re.compile(rf"(?<=[a-zà-ÿ])[ \t\u00a0]+(?=(?:{run_in_openers or '(?!)'})\s)"),
        # An opening quotation mark glued to such a lower-case word, before a capital.
        run_in_quote=re.compile(rf"(?<=[a-z])[ \t\u00a0]+(?=(?:{run_in_marks or '(?!)'})[ \t]*[A-Z])"),
        run_in_cue=re.compile(rf"(?:{run_in_openers})\s") if run_in_openers else None,
        run_in_quote_cue=re.compile(rf"(?:{run_in_marks})[ \t]*[A-Z]") if run_in_marks else None,
        run_in_blockers=frozenset([*lex["stopwords"], *lex["prepositions"], *lex["naming_participles"],
                                   *(w for w in lex["naming_leads"] if " " not in w)]),
        # An editor's note on a wire's updated copy, brackets included: "(Adds comment, paragraph 6)".
        editor_note=re.compile(rf"(?:\(|-LRB-)\s*(?i:{'|'.join(lex['editor_note_verbs']) or '(?!)'})\s[^()]*?(?:\)|-RRB-)"),
        # A wire's dateline: a place in capitals, its region or date, the agency in brackets and a dash.
        wire_dateline=re.compile(rf"(?<![\w-])[A-Z][A-Z.'’\\/-]+(?:\s+[A-Z][A-Z.'’\\/-]+)*"
                                 rf"(?:\s*,\s*[A-Z][\w.'’]*(?:\s+[\w.'’]+){{0,2}}){{0,2}}\s*{credit}\s*(?:--|[-–—])\s+"),
        wire_credit=re.compile(credit),
        # A subject pronoun set after a clause's last word (or its closing quotation mark) with no comma.
        bare_attribution=re.compile(rf"(?<![\w'’])(?P<word>[\w'’]+|''|[\"”])[ \t]+"
                                    rf"(?:{'|'.join(lex['bare_attribution_pronouns']) or '(?!)'})[ \t]+$"),
        bare_attribution_blockers=frozenset([*lex["bare_attribution_leads"], *lex["stopwords"], *lex["prepositions"]]),
        noun_modifiers=frozenset(w.replace("’", "'") for w in lex["noun_modifiers"]),
        # The words a bare verb form may follow inside a clause: its subject pronoun or a plural subject not in
        # -s, an auxiliary or a modal, "to", a negation, an adverb, a relative pronoun or a conjunction ("they
        # fear", "as most fear", "will call", "who demand", "and call"). After any other word in lower case the
        # form is a noun ("on state TV").
        verb_leads=frozenset([*lex["speaker_subject_pronouns"], *lex["subject_verbs"], *lex["auxiliaries"],
                              *lex["clitics"], *lex["negations"], *lex["negation_suffixes"], *lex["adverbs"],
                              *lex["relative_pronouns"], *lex["speaker_conjunctions"], *lex["plural_subjects"], "to"]),
        adjective_endings=tuple(lex["adjective_endings"]),
        # Heads that end a subject however they end ("an official claims", "the general states").
        subject_heads=frozenset(w.split()[-1].lower() for w in [*lex["titles"], *lex["anonymous_heads"]]),
        # Where a noun phrase's head stands: last in English ("local officials"), first in French
        # ("des responsables locaux"), before any prepositional complement.
        head_last=lex["noun_head"] == "last",
        # A reflexive clitic, and its auxiliary, just before a verb: "se poursuivent", "s'est ensuite dit".
        reflexive=re.compile(rf"(?<![\w'’-])(?:{reflexive})(?:(?:{reflexive_aux})\s+(?:{gap}){{0,{MAX_GAP_WORDS}}})?$",
                             re.IGNORECASE) if lex["reflexive_clitics"] else None,
        pronominal=pronominal,
        # "est précisé", "a été annoncé", "was told": a passive, whose subject is not who speaks.
        passive_auxiliaries=frozenset(lex["passive_auxiliaries"]),
        passive=re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(a) for a in lex['passive_auxiliaries']) or '(?!)'})"
                           rf"\s+(?:{gap}){{0,{MAX_GAP_WORDS}}}$"),
        # "Il se dit que", "il se murmure que": an impersonal pronoun before a pronominal verb.
        impersonal=re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(w) for w in lex['impersonal_pronouns']) or '(?!)'})\s+$",
                              re.IGNORECASE),
        reflexive_form=re.compile(rf"(?:{reflexive})" if lex["reflexive_clitics"] else "(?!)", re.IGNORECASE),
        # The segmenter's abbreviations: their period ends no sentence ("M. Frattini", "Adm. Mullen").
        abbreviations=frozenset(w.lower() for w in resources.load(lang, "segment")["abbreviations"]),
        # A subordinator or a conjunction closing the words before "selon X": the clause it opens is
        # what X says ("… puisque, selon X, …", "… because, according to X, …").
        clause_open=re.compile(rf"(?:^|(?<=\s))(?:{'|'.join(re.escape(w) for w in openers)})$", re.IGNORECASE),
        # A naming word, and its article, right before an opening mark: "dite «", "so-called '", "known as a '".
        naming_lead=re.compile(rf"(?<![\w'’-])(?:{ending(lex['naming_leads'])})(?:\s+|(?<=['’]))\s*{article}$",
                               re.IGNORECASE),
        # A participle that names ("appelés «", ", called the '") with the word or comma before it.
        naming_participles=frozenset(w.lower() for w in lex["naming_participles"]),
        naming_participle=re.compile(rf"(?P<before>[\w'’-]+\s+|,\s*)(?:{ending(lex['naming_participles'])})"
                                     rf"\s+{article}$", re.IGNORECASE),
        # Before a naming participle, these make it a speaker's verb ("what he called", "a appelé", and a
        # conjunction joining it to a verb before: "ont dénoncé … et appelé « à rouvrir les routes »").
        not_namers=frozenset(w.lower() for w in [*lex["subject_pronouns"], *lex["auxiliaries"],
                                                  *lex["relative_pronouns"], *lex["subject_relatives"],
                                                  *lex["speaker_conjunctions"]]),
        title_noun=re.compile(rf"(?<![\w-])(?:{ending(lex['title_nouns'])})\s+$", re.IGNORECASE),
        term_noun=re.compile(rf"[»”\"’'›]*\s*(?:{ending(lex['term_nouns'])})\b"),
        # A negation, at most one word (an auxiliary, an adverb, a clitic) and its closing particle right
        # before a verb: "n'a pas confirmé", "ne dit pas", "could not immediately confirm", "did n't say".
        negation=re.compile(rf"(?<![\w'’])(?:{ending(lex['negations'])})(?:(?<=['’])|\b)"),
        negated=re.compile(rf"(?:(?<![\w'’])(?:{ending(lex['negations'])})(?:(?<=['’])|\b)|(?:{ending(lex['negation_suffixes'])}))"
                           rf"\s*(?:\w+['’]\s*|[\w'’]+\s+)?(?:(?:{ending(lex['negation_particles'])})\s+)?$",
                           re.IGNORECASE),
        other_sense=re.compile(rf"\s+(?:{ending(lex['sense_particles'])})(?![\w'’-])", re.IGNORECASE),
        # "ce que veut dire « … »", "c'est à dire": the words before the verb make it mean, not speak.
        other_sense_before=re.compile(rf"(?<![\w'’-])(?:{ending(lex['sense_leads'])})\s+$", re.IGNORECASE),
        # "Asked about …,", "But asked whether …,", "Interrogé sur …,": a clause framing what is said next.
        addressee_verbs=frozenset(lex["addressee_verbs"]),
        plural_determiners=frozenset(lex["plural_determiners"]),
        singular_determiners=frozenset(lex["singular_determiners"]),
        plural_auxiliaries=frozenset(lex["plural_auxiliaries"]),
        quoted_participles=frozenset(lex["quoted_as_participles"]),
        gerund_lead=re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, lex['gerund_leads'])) or '(?!)'})$", re.IGNORECASE),
        quoted_link=re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex['quoted_as_links']))})\s+$", re.IGNORECASE),
        quoted_as=re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(a) for a in lex['passive_auxiliaries']) or '(?!)'})"
                             rf"\s+(?:{gap}){{0,{MAX_GAP_WORDS}}}(?:{'|'.join(map(re.escape, lex['quoted_as_participles']))})"
                             rf"(?:\s+(?:by|par)\s+[^,;:.!?]{{1,{QUOTED_AGENT_CHARS}}}?)?"
                             rf"\s+(?:{'|'.join(map(re.escape, lex['quoted_as_links']))})\s+$", re.IGNORECASE),
        frame_lead=re.compile(rf"\s*(?:(?:{'|'.join(sorted(_CONJUNCTIONS))})\s+)?(?:{ending(lex['frame_leads'])})\b",
                              re.IGNORECASE),
    )


class _Taken:
    """Character spans already claimed by a quote, kept as a mask over the text so that
    each check costs the same however many quotes an article has."""

    def __init__(self, length: int):
        self.mask = bytearray(length + 1)
        self.spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * max(0, end - start)
        self.spans.append((start, end))

    def at(self, pos: int) -> bool:
        return 0 <= pos < len(self.mask) and self.mask[pos] == 1

    def overlaps(self, start: int, end: int) -> bool:
        return self.mask.find(1, max(0, start), max(0, end)) != -1

    def copy(self) -> "_Taken":
        other = _Taken(0)
        other.mask = bytearray(self.mask)
        other.spans = list(self.spans)
        return other


@dataclass
class _Span:
    """A top-level quoted span: content offsets, whether it was closed, and its mark."""

    start: int
    end: int
    open_at: int
    close_at: int
    mark: str


def find_quotes(doc: Document, mentions: list[Mention], entities: list[Entity]) -> list[Quote]:
    """Direct, partial and indirect quotes of `doc` with their speakers, in text order."""
    if not doc.text or not doc.text.strip():
        return []
    return list(_finished(doc, mentions, entities)[1])


def find_claims(doc: Document, mentions: list[Mention], entities: list[Entity]) -> list[Quote]:
    """The quotes of `doc` plus the counts it attributes without a speech verb
    ("le HCR a recensé 48 000 réfugiés", "the agency recorded 300 deaths"), as
    indirect quotes whose verb is the counting verb: the figures' sources."""
    if not doc.text or not doc.text.strip():
        return []
    finder, quotes, taken = _finished(doc, mentions, entities)
    return sorted([*quotes, *finder.counts(taken.copy())], key=lambda q: (q.start, q.end))


# The last document's finished finder: the pipeline asks for its quotes, then the
# figures ask for its claims, and the second call reuses the first one's work.
_LAST: list = []


def _finished(doc: Document, mentions: list[Mention], entities: list[Entity]):
    key = (doc.id, doc.text, doc.lang, tuple(doc.paragraphs), tuple(doc.sentences),
           tuple((m.start, m.end, m.type, m.entity, m.metonymy) for m in mentions),
           tuple((e.id, e.name, tuple(tuple(sorted(r.items())) for r in e.roles)) for e in entities))
    if _LAST and _LAST[0] == key:
        return _LAST[1]
    finder = _QuoteFinder(doc, mentions, entities)
    quotes = finder.run()
    result = (finder, tuple(quotes), finder.taken)
    _LAST[:] = [key, result]
    return result


def is_call(quote: Quote, lang: str | None) -> bool:
    """True when an indirect quote is a call or a request ("a appelé les civils à évacuer"),
    which asks for something rather than states it."""
    frames = _lexicon(lang if lang in ("fr", "en") else "fr").forms.get((quote.verb or "").lower().replace("’", "'"),
                                                                        ("", ()))[1]
    return bool(frames) and not ({"que", "inf"} & set(frames))


def paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    """The document's paragraphs; its non-blank lines when it was built without them."""
    if doc.paragraphs:
        return list(doc.paragraphs)
    spans, pos = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def sentence_spans(doc: Document, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The document's sentences; a cheap split of `paragraphs` when the document was built without them."""
    if doc.sentences:
        return list(doc.sentences)
    spans = []
    for ps, pe in paragraphs:
        pos = ps
        for m in re.finditer(r"[.!?…]+[\"»”’)]*\s+(?=[«\"“A-ZÀ-Þ0-9])", doc.text[ps:pe]):
            spans.append((pos, ps + m.end()))
            pos = ps + m.end()
        if pos < pe:
            spans.append((pos, pe))
    return spans


class _QuoteFinder:
    def __init__(self, doc: Document, mentions: list[Mention], entities: list[Entity]):
        self.doc = doc
        self.text = doc.text
        self.lang = doc.lang if doc.lang in ("fr", "en") else "fr"
        self.lex = _lexicon(self.lang)
        self.paragraphs = paragraph_spans(doc)
        self.paragraph_starts = [p[0] for p in self.paragraphs]
        # Where a headline or a caption without a full stop ends, as a full stop would.
        self.run_in_ends: set[int] = set()
        # A wire's editor's notes: they end the sentence before them, and no verb in them reports.
        self.notes = _Taken(len(self.text))
        for note in self.lex.editor_note.finditer(self.text):
            self.notes.add(note.start(), note.end())
        self.sentences = self._past_run_ins(sentence_spans(doc, self.paragraphs))
        self.resolver = SpeakerResolver(doc, mentions, entities, self.sentences, self.lex.verb.regex)
        self.verbs = [verb for verb in map(self._verb, self.lex.verb.finditer(self.text))
                      if verb is not None and not self.notes.at(verb.start)]
        self.verb_starts = [v.start for v in self.verbs]
        self.quotes: list[Quote] = []
        self.taken = _Taken(len(self.text))
        # Direct quotes attributed through a pronoun: quote start → the pronoun.
        self.pronouns: dict[int, tuple[str, int]] = {}
        # Verbs that already report what follows them: none of them also closes the clause before it.
        self.reporting: set[int] = set()

    # -- helpers ------------------------------------------------------------

    def _verb(self, m: re.Match) -> Verb | None:
        """The reporting verb of a match of the verb lexicon, None when the form is something else: glued
        after an apostrophe or a hyphen, a capitalized name inside a sentence, a noun after a determiner
        ("des menaces"), or the verb of a pronominal lemma that reports nothing ("les combats se
        poursuivent", "il s'est lancé"). A pronominal form counts as its listed pronominal lemma ("se
        disent" is "se dire"), or as the verb it is built on when it closes a direct quote
        ("« … », se reprend-il"); it then starts at its clitic, where its subject ends."""
        text, start = self.text, m.start()
        if start and text[start - 1] in "'’-":
            return None
        if m.group(0)[0].isupper() and _INSIDE_SENTENCE.search(text, max(0, start - 8), start):
            return None
        if self.lex.noun_determiner.search(text, max(0, start - NOUN_DETERMINER_CHARS), start):
            return None
        if m.group("form").lower() in self.lex.noun_forms and self._plural_noun(start, m.end()):
            return None
        lemma, frames = self.lex.forms.get(m.group("form").lower().replace("’", "'"), ("", ()))
        if lemma == m.group("form").lower() and self.lex.noun_forms and self._bare_noun(start, m.end()):
            return None
        inv = m.group("inv")
        clitic = self.lex.reflexive.search(text, max(0, start - REFLEXIVE_CHARS), start) \
            if self.lex.reflexive is not None else None
        if clitic is not None:
            if lemma in self.lex.pronominal:
                lemma, frames = self.lex.pronominal[lemma]
            elif not (inv or _AFTER_QUOTE.search(text, max(0, clitic.start() - 4), clitic.start())):
                return None
            start = clitic.start()
        if self.lex.negated.search(text, max(0, start - NEGATION_CHARS), start):
            # "n'a pas confirmé", "could not confirm", "ne dit pas autre chose": a verb denied reports nothing.
            return None
        if not inv and self.lex.other_sense.match(text, m.end()):
            # "BP called off the visit", "2,000 Americans confirmed dead": no speech.
            return None
        if self.lex.other_sense_before.search(text, max(0, start - SENSE_LEAD_CHARS), start) \
                and not _ADDRESSEE_TO.match(text, m.end()):
            # "Que veut dire « après » ?", "des martyrs, c'est à dire des témoins": to mean; "veut dire aux
            # Français que …" tells someone.
            return None
        return Verb(start, m.end(), text[start:m.end() - len(inv or "")], lemma, frames,
                    inv.split("-")[-1] if inv else None)

    def _plural_noun(self, start: int, end: int) -> bool:
        """Whether a verb form that is also a plural noun is the noun: a finite verb follows it ("all legitimate
        claims are"), or a relative with a plural verb ("claims that are"), a reporting verb does ("news reports
        said", "reports suggest"), its complement does after anything but a name or a subject ("fears of an
        attack"; not "Watson reports of"), or the word before it cannot end its subject: a modifier or a number
        ("the four states that", "Luttwak 's remarks"), a preposition, another verb form, a past form or a
        participle ("expressed fears", "NATO rejects claims", "raising fears"), or an adjective that heads no
        subject ("coastal states", "Latest estimates"; not "an official claims"), or a singular noun that no
        determiner opens ("dismissed militia claims"). A capitalized word inside a sentence is a name."""
        lex, text = self.lex, self.text
        if lex.subject_verb.match(text, end) or lex.plural_relative.match(text, end):
            return True
        after = _NEXT_WORD.match(text, end)
        following = after.group(1).lower() if after else ""
        if following in lex.forms and following not in lex.noun_forms:
            return True
        before = _WORD_BEFORE.search(text, max(0, start - WORD_BEFORE_CHARS), start)
        if before is None:
            # "56,000 claims": a number written with separators, which no word before it holds.
            return following in lex.complement_links \
                or _GROUPED_NUMBER.search(text, max(0, start - WORD_BEFORE_CHARS), start) is not None
        word = before.group("word")
        named = word[0].isupper()
        if named and before.group("lead") is None:
            return False
        word = word.lower().replace("’", "'")
        if before.group("lead") is None and self._bare_modifier(word, before.start("word")):
            return True
        if word in lex.subject_heads:
            return False
        return (following in lex.complement_links and not named or word in lex.noun_modifiers or word.endswith("'s") or word.isdigit() or word in lex.prepositions
                or (word in lex.forms and word.endswith("s") and word not in lex.noun_forms)
                or (len(word) > 4 and word.endswith(("ed", "ing"))) or word.endswith(lex.adjective_endings))

    def _bare_modifier(self, word: str, start: int) -> bool:
        """Whether `word`, at `start` right before a verb form that is also a plural noun, is a singular
        noun that no determiner opens, after a verb or a preposition ("dismissed militia claims that", "to settle
        storm claims", "filed crop loss claims"): it is no subject, only the modifier of the noun after
        it. A determiner, a possessive or a name may open a subject ("a rebel claims", "the injured worker
        claims", "the ministry of fisheries estimates": a noun's complement and a conjunction stay inside
        it), and so may a sentence's start (a headline's "Aid agency claims") or a comma (", state radio
        reports": a mass noun needs no determiner)."""
        lex, text = self.lex, self.text
        if word.endswith(("s", "ly")) or len(word) < 3 or word in lex.function_words \
                or word in lex.forms and word + "s" not in lex.noun_forms:
            return False
        after_verb = False
        for _ in range(MAX_MODIFIER_WORDS):
            before = _WORD_BEFORE.search(text, max(0, start - WORD_BEFORE_CHARS), start)
            if before is None:
                return after_verb
            raw = before.group("word").replace("’", "'")
            low = raw.lower()
            if low in lex.subject_determiners or low.endswith("'s") or low == "'":
                return False
            if after_verb or low in lex.noun_modifiers or low in lex.phrase_breaks \
                    or low in lex.forms and low not in lex.noun_forms and low + "s" not in lex.noun_forms:
                return True
            if before.group("lead") is not None or raw[0].isupper():
                return False
            # "dismissed militia claims", unless a determiner opens the participle's phrase ("the injured worker").
            after_verb = len(low) > 4 and low.endswith(("ed", "ing"))
            start = before.start("word")
        return False

    def _plural_present(self, verb: Verb) -> bool:
        """Whether an English bare form is the present of a plural subject right before it ("Officials
        say", "they claim"), not an infinitive ("to say", "will say"): the infinitive has no subject."""
        if self.lang != "en":
            return False
        before = _WORD_BEFORE.search(self.text, max(0, verb.start - WORD_BEFORE_CHARS), verb.start)
        word = before.group("word").lower() if before else ""
        return word in _PLURAL_SUBJECTS or word.endswith("s") and not word.endswith(("'s", "’s")) \
            and word not in _stopwords(self.lang) and (word not in self.lex.forms or word in self.lex.noun_forms)

    def _bare_noun(self, start: int, end: int) -> bool:
        """Whether a bare verb form that is also a noun, in a language whose verbs double as nouns, is the
        noun: after a possessive ("Tunisia 's state news agency", "the agency's report"), before a
        finite verb ("the relief depot had ordered blankets"), or, for a form whose plural is a noun too,
        opening a noun phrase that a reporting verb follows ("…, state TV reported", "Ruritanian state
        radio said"): nothing before it is its subject, only a clause's start, a quote's close or a name in
        the singular. So it is after a word in lower case that can neither be its subject nor govern it ("on
        state TV", "stronger demand")."""
        before = _WORD_BEFORE.search(self.text, max(0, start - WORD_BEFORE_CHARS), start)
        word = before.group("word").replace("’", "'") if before else ""
        if self.lex.subject_verb.match(self.text, end):
            # "what they say is a plot": after a pronoun the form is its verb.
            return word.lower() not in cues(self.lang).pronouns
        if word.endswith("'s") or word == "'":
            return True
        if self.text[start:end].lower() + "s" not in self.lex.noun_forms:
            return False
        if before is not None and before.group("lead") is None and word[:1].islower() and not self._verb_lead(word):
            # "on state TV", "a conference call", "a strict state of alert", "stronger demand": after
            # a preposition, an adjective or a singular noun the form is a noun; a verb follows its subject
            # ("analysts fear"), an auxiliary or "to", an adverb, a relative or a conjunction.
            return True
        opens = not word or not word.strip("'") or word[0].isupper() and before.group("lead") is None \
            and not word.endswith("s")
        said = self.lex.verb.regex.search(self.text, end, end + NOUN_PHRASE_CHARS)
        return opens and said is not None and not re.search(r"[^\w\s.'’-]", self.text[end:said.start()])

    def _verb_lead(self, word: str) -> bool:
        """Whether a bare verb form may follow `word`, in lower case: a word of verb_leads, an adverb in
        -ly, or a plural noun as its subject ("analysts", not "its" or "his")."""
        word = word.lower().replace("’", "'")
        return word in self.lex.verb_leads or word.endswith("ly") or word.endswith("s") and not word.endswith("'s") \
            and word not in self.lex.function_words and word not in self.lex.subject_determiners

    def _past_run_ins(self, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`sentences`, each split where a headline or a caption without a full stop runs into the body's
        first sentence ("… became a ghost town The government claims that …", "DAMS HOLD , MAYOR SAYS In
        Riverton , the mayor said …": a subheading in capitals opening it): its words are neither the
        speaker nor what is said."""
        sentences = self._past_bullets(sentences)
        heads = _CAPITALS_CUE.search(self.text) is not None
        run_ins, quoted_run_ins = self._cues(self.lex.run_in_cue), self._cues(self.lex.run_in_quote_cue)
        if not (heads or run_ins or quoted_run_ins):
            return sentences
        out = []
        for start, end in sentences:
            head = _CAPITALS_HEAD.match(self.text, start, end) if heads else None
            if head is not None and re.search(r"[A-ZÀ-Þ]{4}", head.group(0)):
                out.append((start, head.end()))
                self.run_in_ends.add(head.end())
                start = head.end()
            # A run-in's spaces follow a word of the sentence: its cue stands past the sentence's start.
            runs = []
            if _holds(run_ins, start + 1, end):
                runs += self.lex.run_in.finditer(self.text, start, end)
            if _holds(quoted_run_ins, start + 1, end):
                runs += (m for m in self.lex.run_in_quote.finditer(self.text, start, end)
                         if self._quotes_a_clause(m.end(), end))
            for m in sorted(runs, key=lambda m: m.start()):
                if m.start() <= start:
                    continue
                word = self.text[start:m.start()].rsplit(None, 1)[-1]
                if word.islower() and word not in self.lex.run_in_blockers and word not in self.lex.forms \
                        and not _POSSESSIVE.search(word):
                    out.append((start, m.start()))
                    self.run_in_ends.add(m.start())
                    start = m.end()
            out.append((start, end))
        return out

    def _cues(self, cue: re.Pattern | None) -> list[int]:
        """Where the text's matches of `cue` start: what any match of a costlier pattern holds, found in one
        pass (a pattern opening on a look-behind, as most of these do, is tried at every character)."""
        return [m.start() for m in cue.finditer(self.text)] if cue is not None else []

    def _quotes_a_clause(self, mark: int, end: int) -> bool:
        """Whether the quotation opening at `mark` quotes what someone said rather than names a thing: several
        words, some of them lower-case words of content, closed by a comma or a stop before the closing mark,
        as speech is before its attribution ("`` Despite the rain we have made progress , ''", not "`` Tamiflu
        ''", "`` Death of a Salesman ''", a campaign's "`` Act now , save lives ''")."""
        inside = re.split(r"''|”", self.text[mark:end], maxsplit=1)[0]
        words = _WORD.findall(inside)
        content = [w for w in words if w.islower() and w not in self.lex.run_in_blockers]
        return len(words) >= MIN_CLOSED_CLAUSE_WORDS and len(content) >= 2 and inside.rstrip()[-1:] in tuple(",.!?…")

    def _past_bullets(self, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`sentences`, each starting past a wire's story slug ("WRAPUP 3-Acme says …": the slug is no part
        of the speaker) and split at a summary's bullet, an editor's note or a dateline ("… talks fail \\*
        Acme says … (Adds comment) RIVERTON (Reuters) - …": each item is a sentence of its own, and the
        body's first one starts past its dateline)."""
        slugs = _SLUG_CUE.search(self.text) is not None
        bullets, credits = self._cues(_BULLET_MARK), self._cues(self.lex.wire_credit)
        if not (slugs or bullets or credits or self.notes.spans):
            return list(sentences)
        out = []
        for start, end in sentences:
            slug = _WIRE_SLUG.match(self.text, start, end) if slugs else None
            start = slug.end() if slug else start
            breaks = [(m.start(), m.end()) for m in _BULLET.finditer(self.text, start, end)] \
                if _holds(bullets, start, end) else []
            if _holds(credits, start, end):
                breaks += [(m.start(), m.end()) for m in self.lex.wire_dateline.finditer(self.text, start, end)]
            breaks += [(s, e) for s, e in self.notes.spans if start <= s and e <= end]
            for at, after in sorted(breaks):
                if at > start:
                    out.append((start, at))
                    self.run_in_ends.add(at)
                start = max(start, after)
            out.append((start, end))
        return out

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        k = self.resolver.sentence_index(pos)
        if self.sentences and self.sentences[k][0] <= pos <= self.sentences[k][1]:
            return self.sentences[k]
        return self._paragraph_of(pos)

    def _paragraph_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return pos, pos

    def _verbs_in(self, start: int, end: int) -> list[Verb]:
        i = bisect.bisect_left(self.verb_starts, start)
        out = []
        while i < len(self.verbs) and self.verbs[i].start < end:
            if self.verbs[i].end <= end:
                out.append(self.verbs[i])
            i += 1
        return out

    def _lang(self, start: int, end: int) -> str | None:
        """The language of a quote: French and English function words when they tell,
        else the language found for its paragraph, else the document's."""
        # One lowering for all the words: a quote has dozens of them.
        words = " ".join(_WORD.findall(self.text, start, end)).lower().split()
        fr = sum(map(_stopwords("fr").__contains__, words))
        en = sum(map(_stopwords("en").__contains__, words))
        if fr != en and max(fr, en) >= MIN_LANG_WORDS:
            return "fr" if fr > en else "en"
        langs = self.doc.paragraph_langs
        if len(langs) == len(self.paragraphs):
            i = bisect.bisect_right(self.paragraph_starts, start) - 1
            if i >= 0 and langs[i]:
                return langs[i]
        return self.doc.lang

    def _complements(self, start: int, name_start: int) -> bool:
        """Whether the name at `name_start` completes a noun before it, after a preposition other than
        a passive's "par"/"by" ("de l'ONU", "at Boston College"), a title between them ("ancien élève du
        général X", "an aide to President X")."""
        head = self.text[start:name_start]
        title = [m for m in cues(self.lang).titles.finditer(head) if not head[m.end():].strip()]
        if title:
            head = head[:title[-1].start()]
        words = re.findall(r"\w+['’]?", head.lower().replace("’", "'"))
        if words and words[-1].rstrip("'") in _DEFINITE:
            words.pop()
        preposition = bool(words) and (words[-1] in self.lex.prepositions or words[-1] in self.lex.chunk_prepositions)
        # The agent of a passive is no complement: "saluée par l'Union africaine, qui".
        return preposition and not _AGENT.fullmatch(f" {words[-1]} ")

    def _subject_before(self, sent_start: int, verb: Verb) -> Speaker | None:
        """The subject of a verb: the speaker in the clause that ends at the verb (or its auxiliary)."""
        quoted = self._quoted_as(verb, sent_start)
        if quoted is not None:
            # "Doug Suttles was quoted by Reuters as saying": the subject of the passive speaks, not its agent.
            return self._subject_before(sent_start, Verb(quoted.start(), quoted.start(), "", "", (), None))
        if verb.form.endswith(("ant", "ing")):
            # "…, ajoutant : « … »": a participle speaks for the speaker already named in its sentence.
            sent = self._sentence_of(verb.start)
            found = next((r for at, r in reversed(self.resolver.recent) if sent[0] <= at < verb.start), None)
            before = self.text[sent[0]:verb.start].rstrip()
            if found is None and (before.endswith(",") or self.lex.gerund_lead.search(before)):
                # "Tom Reed backed the mayor, saying : « … »", "… shocked them by saying": the subject of the
                # sentence's first verb.
                found = self._main_subject(sent[0], verb)
            return found
        if self._passive(verb):
            # "Il est indiqué dans la légende que", "He was told that": the subject heard or is spoken of.
            return None
        left = self.text[sent_start:verb.start].rstrip(" \"«“'\u00a0")
        aux = self.lex.aux.search(left + " ") or self.lex.adverb_tail.search(left + " ", max(0, len(left) - ADVERB_CHARS))
        end = sent_start + (aux.start() if aux else len(left))
        # The clause starts after the last strong break: a semicolon, a colon, a closing quote (a "''"
        # closing a quoted clause too: "… ruled out, '' the WHO said"), or a conjunction that opens a
        # clause ("C'est pour cette raison que les pêcheurs ont cru").
        closed = [m.end() for m in _CLOSED_CLAUSE.finditer(left)][-1:]
        clause = max([sent_start, *(sent_start + left.rfind(c) + 1 for c in ";:»”" if left.rfind(c) >= 0),
                      *(sent_start + at for at in closed)])
        aux_at = sent_start + (aux.start() if aux else len(left))
        opening = clause
        for sub in self.lex.subordinator.finditer(self.text, opening, aux_at):
            incise = self.text.rfind(",", opening, sub.start())
            lead = self.text[incise + 1:sub.start()].split()[:1]
            if incise >= 0 and "," in self.text[sub.end():aux_at] \
                    and (self._describes(lead) or not lead or lead[0].lower() in self.lex.prepositions):
                # Inside a relative clause, an apposition, a prepositional phrase or a subordinate clause set
                # between commas, it does not open the clause of the verb ("Jackson, who has toured the coast
                # since the spill began, told", "the mayor, on his visit since the flood began, said", "The
                # minister, after the talks, said").
                continue
            if self.text[sub.end():aux_at].strip():
                clause = sub.end()
        for rel in self.lex.free_relative.finditer(self.text, clause, aux_at):
            # "ending what his staff called « … »": the free relative's own subject speaks; one closed by a
            # comma before the verb sits in an incise ("The tycoon, sanctioned for what X calls graft, has said"),
            # and a pronoun takes up the subject before it ("His group detailed what it called « … »").
            inside = self.text[rel.end():aux_at]
            if inside.strip() and "," not in inside and inside.split()[0].lower() not in cues(self.lang).pronouns:
                clause = rel.end()
        for v in reversed(self._verbs_in(clause, aux_at) if verb.lemma in self.lex.addressee_verbs else ()):
            # "Anna said her mother had told her «…»": the clause a verb reports, its "that" left out, holds
            # the subject of the one who told, not the verb's own (not in a relative clause: "X, who said …, told").
            if v is verb or v.inverted or self.resolver.is_quoted(v.start) or "que" not in v.frames \
                    or v.lemma in self.lex.addressee_verbs or v.form.endswith(("ant", "ing")) \
                    or re.match(r"\s+(?:par|by)\b", self.text[v.end:v.end + 5]):
                # A participle with its agent ("soutenu par X,") reports nothing here.
                continue
            if not any(w.lower() in self.lex.relative for w in self.text[clause:v.start].split()):
                that = self.lex.that.match(self.text, v.end + len(_LEAD_SPACE.match(self.text, v.end).group(0)))
                opens = that.end() if that and that.end() <= aux_at else v.end
                if self.text[opens:aux_at].strip():
                    clause = opens
            break
        if clause >= end:
            return None
        region = self.text[clause:end].rstrip()
        last = region.split()[-1].lower() if region.split() else ""
        if last in _CONJUNCTIONS or last in _INFINITIVE_LEADS:
            # "a dénoncé … et promis que": the subject of the first verb.
            earlier = [v for v in self._verbs_in(sent_start, clause + len(region) - len(last))
                       if v is not verb and not self.resolver.is_quoted(v.start)]
            if earlier:
                return self._subject_before(sent_start, earlier[-1])
            if last in _CONJUNCTIONS:
                # "une foule s'est massée devant la mairie et a scandé": the subject
                # of a verb no lexicon knows, which opens the sentence; inside a subordinate clause or
                # after a comma, nothing tells whose verb it is.
                stop = clause + len(region) - len(last)
                if clause != opening:
                    return None
                if "," in self.text[clause:stop]:
                    # "Tom Reed, the board's chairman, cited three spills, and said": the subject of the
                    # sentence's first verb, as for a participle after a comma.
                    return self._main_subject(self._sentence_of(verb.start)[0], verb)
                return self._first_subject(clause, stop)
        if last in ("qui", "who", "which", "lequel", "laquelle") and region.split()[-1].islower():
            # The antecedent is the noun phrase just before the relative pronoun, after
            # any verb that introduces it ("a affirmé l'armée de l'air, qui dit …"); "the WHO"
            # in capitals is an organization.
            stop = clause + len(region) - len(last)
            ante_end = stop
            while ante_end > clause and self.text[ante_end - 1] in " ,":
                ante_end -= 1
            ante_start = max([sent_start] + [v.end for v in self._verbs_in(sent_start, ante_end)]
                             + [sent_start + i + 1 for i, ch in enumerate(self.text[sent_start:ante_end]) if ch == ","])
            if cue := self.lex.according.regex.match(self.text, ante_start + len(_LEAD_SPACE.match(
                    self.text, ante_start, ante_end).group(0)), ante_end):
                # "…, selon d'autres qui estiment que": the source a "selon" names is the antecedent,
                # the preposition is none of it.
                ante_start = cue.end()
            names = self.resolver.names_in(ante_start, ante_end)
            if names and names[-1].end == ante_end and not self._complements(ante_start, names[-1].start):
                # A name just before the pronoun is its antecedent, whatever the clause before it says
                # ("…is likely to anger Norvik, which has said"), unless it completes a noun before it
                # ("la porte-parole de l'ONU, qui", "a professor at Boston College, who").
                return self.resolver.from_region(names[-1].start, names[-1].end)
            if (person := self._apposed_person(sent_start, ante_start, ante_end)) is not None:
                # "… is Mary Stone, 46, a local teacher who says": the apposition's person speaks.
                return self.resolver.from_region(person.start, person.end)
            if ante_start < ante_end:
                # "Elle a rencontré la porte-parole de l'ONU, qui": the antecedent is the noun phrase
                # after the clause's verb, not the clause.
                after_verb = self._object_start(ante_start, ante_end)
                if after_verb is not None:
                    np_start = self._last_noun_phrase(after_verb, ante_end)
                    head = re.search(r"(?:^|\s)(?P<prep>[a-z]+)\s+(?P<np>(?:[A-Z]\S*\s+)*(?P<head>[a-z]+[^s\W]s))$",
                                     self.text[np_start:ante_end]) if np_start == after_verb else None
                    if self.lang == "en" and head and head.group("head") in cues(self.lang).anonymous \
                            and head.group("prep") in self.lex.chunk_prepositions:
                        # "The mayor spoke to farmers who said": a bare plural source after a preposition,
                        # with the names before it ("with Norvian diplomats who"), is the antecedent, not the
                        # clause before it.
                        np_start += head.start("np")
                    return self.resolver.from_region(np_start, ante_end)
                # A clause whose verb no noun phrase follows closely ("survolée jour et nuit par des drones
                # de l'alliance, qui"): only a name it holds may be the antecedent.
                found = self.resolver.from_region(ante_start, ante_end)
                return found if found is not None and found.entity is not None else None
            return self.resolver.antecedent(end)
        # Commas delimit adverbials ("A Vasko, les délégués ont"), relative clauses
        # ("Une infirmière, qui souhaite rester anonyme, n'y croit pas") and appositions
        # ("Karim Nadir, porte-parole de la mairie, a déclaré"): the subject is the
        # last chunk that is a noun phrase, unless it is a title or another apposition set after a name.
        bounds = [clause] + [clause + m.end() for m in _CLAUSE_COMMA.finditer(region)]
        ends = [clause + m.start() for m in _CLAUSE_COMMA.finditer(region)] + [end]
        chunks = list(zip(bounds, ends))
        for k in range(len(chunks) - 1, -1, -1):
            cs, ce = chunks[k]
            chunk = self.text[cs:ce]
            clitic = self.lex.clitics.search(" " + chunk)
            if clitic:
                ce = cs + max(0, clitic.start() - 1)
                chunk = self.text[cs:ce]
            # "…, et les marcheurs du cortège ont scandé": the conjunction opens the subject's chunk.
            lead = cues(self.lang).shape.lead_conjunctions(chunk)
            if lead and cs > clause:
                cs += lead
                chunk = self.text[cs:ce]
            if k == len(chunks) - 1 and (plural := self._bare_plural_source(cs, ce)) is not None:
                # "As the country slides toward war, analysts say", "…, where residents said": a bare
                # plural source right before the verb is its subject, not an apposition.
                clause, end = plural, ce
                break
            first_word = chunk.split()[0] if chunk.split() else ""
            if not chunk.strip() or first_word.lower() in self.lex.relative \
                    or (first_word.islower() and first_word.endswith(("ing", "ant")) and not self._whole_name(cs, ce)) \
                    or re.match(r"\s*[a-zà-ÿ]+\s+(?:par|by)\s", chunk):
                # A relative, participial or agent clause ("speaking on condition of anonymity",
                # "interrogée par le HuffPost").
                continue
            low = first_word.lower().replace("’", "'")
            elided = low.split("'")[0] + "'" if "'" in low else ""
            preposition = low in self.lex.chunk_prepositions or elided in self.lex.chunk_prepositions
            determined = bool(cues(self.lang).indefinite.match(low + " ")) or low in _DEFINITE \
                or elided.rstrip("'") in _DEFINITE or low in cues(self.lang).pronouns
            if cs > clause and first_word.islower() and (preposition or not determined) \
                    and not self._titled_person(cs, ce) \
                    and not (k == 1 and not preposition and self.lang == "en" and self._adverbial(*chunks[0])):
                # An apposition without article ("…, bras politique du mouvement, a appelé")
                # or a prepositional phrase describes the subject named before it; a title or an age
                # before a person's name is the subject ("During the night, government spokesman
                # Ali Tarek said", "…, 40-year-old Lina Nadir said").
                opened = self._clause_opened(cs, ce, clause) if k == len(chunks) - 1 else None
                if opened is None:
                    continue
                # "…, on behalf of the mayor - and the Tarnville council says": a conjunction opens the
                # clause whose subject ends the chunk.
                cs = opened
                chunk = self.text[cs:ce]
            if cs > clause and self._state_of_place(chunks[k - 1], (cs, ce)):
                # "Tom Reed of Dravnik, Ohio, said": the region of a place named before it.
                continue
            agent = _AGENT.search(chunk)
            if agent and agent.start() > 0:
                # "Des commerçants interrogés par l'AFP disent": the agent is not the speaker.
                ce = cs + agent.start()
                chunk = self.text[cs:ce]
            chunk_names = self.resolver.names_in(cs, ce)
            earlier = [n for n in self.resolver.names_in(clause, cs) if n.type == "person"]
            if not chunk_names and earlier and cues(self.lang).titles.match(chunk.strip()):
                return self.resolver.from_region(earlier[-1].start, earlier[-1].end)
            # An indefinite noun phrase after a name is its apposition even where no comma closes it
            # ("Tom Reed, a tax lecturer at the Norvik School of Economics and Trade said").
            closed = k < len(chunks) - 1
            named = self._apposed_to(chunks, k) if closed or k and _INDEFINITE_LEAD.match(chunk) else None
            if named is not None and not closed and named.type != "person":
                # "In Benghazi, a doctor said": a place before the phrase is no one it describes.
                named = None
            if named is not None:
                return self.resolver.from_region(named.start, named.end)
            clause, end = cs, ce
            break
        # "Une foule s'est massée devant la mairie et les manifestants ont dénoncé": a
        # conjunction after a clause with its own verb opens the clause whose subject this is.
        # Only a chunk right before the verb ends with its subject; a conjunction opening a noun phrase.
        for conjunction in _CONJUNCTION_WORD.finditer(self.text, clause, end) if end == chunks[-1][1] else ():
            if self._opens_noun_phrase(conjunction.end(), end) and not self.resolver.is_quoted(conjunction.start()) \
                    and self._verb_cue(clause, conjunction.start()):
                clause = conjunction.end()
        relative = self.lex.relative_inside.search(self.text, clause, end)
        if relative and relative.group("before").lower() not in self.lex.chunk_prepositions \
                and self.resolver.names_in(relative.end(), end):
            # "Les militaires qui gouvernent depuis la chute du président X ont annoncé": the
            # subject is the noun phrase the relative clause describes, not a name inside it
            # (after a preposition, "à qui", the relative clause holds the subject).
            end = relative.end("before")
        found = self.resolver.from_region(clause, end, subject_last=True)
        if found is not None and found.entity is None and self.lex.clause_markers.search(found.text):
            # "les épisodes de violence se poursuivent", "il dit ressembler": a clause, not a speaker.
            return None
        return found

    def _main_subject(self, sent_start: int, participle: Verb) -> Speaker | None:
        """The subject of the sentence's first verb, for a participle after a comma that goes on with what
        it did ("Tom Reed backed the mayor, saying", "L'agence a confirmé …, affirmant que"): the subject
        opens the sentence, after a title or an adverbial and its comma at most (not "While France has …",
        "Selon X, Y a …"); None when an inverted attribution stands between ("…, says Tom Reed, promising") or
        another verb reports a clause of its own ("déclarait que « … », ajoutant")."""
        verbs = self._verbs_in(sent_start, participle.start)
        for v in verbs:
            if self.text[sent_start:v.start].rstrip().endswith(",") \
                    or re.match(r"(?:\s+\S+){0,3}?\s+(?:que|qu['’]|that)\b", self.text[v.end:participle.start]):
                return None
        if verbs and self.text[verbs[-1].end:participle.start].strip() == ",":
            # "…, Tom Reed said, adding": the participle goes on for the verb right before it.
            return self._subject_before(sent_start, verbs[-1])
        found = self._first_subject(sent_start, participle.start)
        if found is None:
            # "He later issued an apology, saying : « … »": a pronoun opening the sentence is its subject.
            return self._opening_pronoun(sent_start, participle.start)
        cue = self._verb_cue(sent_start, participle.start)
        if found is not None and cue is not None:
            # "Ann Gale, an aide to President Tom Reed, has argued …, saying": the name the apposition
            # holding the found one describes is the subject.
            bounds = [sent_start] + [sent_start + m.end() for m in _CLAUSE_COMMA.finditer(self.text[sent_start:cue.start()])]
            chunks = [(a, b - 1) for a, b in zip(bounds, bounds[1:])]
            k = next((i for i, (a, b) in enumerate(chunks) if a <= found.start < b), 0)
            named = self._apposed_to(chunks, k) if k else None
            if named is not None:
                found = self.resolver.from_region(named.start, named.end)
        if found is None or found.start < sent_start \
                or found.entity is None and not self._names_someone(" " + found.text) \
                or found.text.split()[-1].lower() in _CONJUNCTIONS:
            return None
        # What stands before the subject: an adverbial closed by its comma ("In his speech, Mr Assad",
        # "Jeudi, les Etats-Unis"), then at most a determiner and a title ("Le ministre de l'Economie Pierre
        # Moscovici"); a subordinator or a bare opening word makes another clause's subject ("While France
        # has", "In fact the government", "After Berlusconi called").
        c = cues(self.lang)
        lead = self.text[sent_start:found.start]
        if self._verbs_in(sent_start, found.start) or self.lex.according.regex.search(lead) \
                or any("," in self.text[found.end:v.start] for v in self._verbs_in(found.end, participle.start)):
            # "Selon X, Y a …", "Libya has started …, Jibril says, promising": another's words.
            return None
        tail = lead.rsplit(",", 1)[-1].split() if "," in lead else lead.split()
        words = [w.lower().replace("’", "'") for w in tail]
        while words and (words[-1] in c.shape.determiners or words[-1] in _DEFINITE) \
                and words[-1] not in self.lex.complement_links:
            # ("une ville du Centre": "du" links the name to the noun before it, as "de" would.)
            words.pop()
        if words and words[-1] in self.lex.complement_links:
            # "un des chefs du Front de Vasko avance": the name completes the subject's noun; it is not the subject.
            return None
        first = (tail or [""])[0]
        if first and (self.lex.subordinator.fullmatch(first.lower())
                      or first in c.function_words and first.lower().split("'")[0].split("’")[0] not in _DEFINITE
                      and first.lower() not in c.shape.determiners and first.rstrip(".") + "." not in c.shape.honorifics):
            return None
        return found

    def _opening_pronoun(self, start: int, end: int) -> Speaker | None:
        """Whom a subject pronoun opening text[start:end] before its verb takes up ("He issued …", "Elles ont
        dénoncé …"); None when the text opens otherwise or the pronoun has no antecedent."""
        cue = self._verb_cue(start, end)
        word = cue.group(0) if cue is not None and not self.text[start:cue.start()].strip() else ""
        if word.lower() not in cues(self.lang).pronouns:
            return None
        found = self.resolver.from_region(cue.start(), cue.end(), subject_last=True)
        return found if found is not None and found.start != cue.start() else None

    def _adverbial(self, start: int, end: int) -> bool:
        """Whether text[start:end], opening a clause before a comma, is an adverbial: then the bare
        noun phrase after its comma is the subject, not an apposition ("Earlier this month, activists
        said", "At a meeting in Tarvel, farmers said", "Meanwhile, officials said")."""
        while start < end and self.text[start].isspace():
            start += 1
        words = self.text[start:end].split()
        first = (words or [""])[0].lower()
        return first in self.lex.chunk_prepositions or first in self.lex.time_lead_words \
            or cues(self.lang).skip.match(self.text, start, end).end() > start \
            or self._adverb_phrase(start, end, words)

    def _adverb_phrase(self, start: int, end: int, words: list[str]) -> bool:
        """Whether `words`, text[start:end], are a short phrase headed by an English adverb in "-ly"
        ("Repeatedly", "Perhaps more worryingly"): no name and no determiner ("his family" is a noun)."""
        return self.lang == "en" and 0 < len(words) <= MAX_TERM_WORDS and len(words[-1]) > 4 \
            and words[-1].lower().endswith("ly") and words[0].lower() not in _DEFINITE | _INDEFINITE \
            and all(w.islower() for w in words[1:]) and not self.resolver.names_in(start, end)

    def _opening_only(self, start: int, end: int) -> bool:
        """Whether text[start:end], before an attribution set between commas, only opens its sentence: one
        word, a subordinate clause or a short phrase with no verb ("Furthermore", "When the shelling
        began", "But by Monday", "De ce fait"), so that what the attribution reports is the clause
        resuming after it ("At least 28 people died on Sunday, activists said" reports its own clause)."""
        region = self.text[start:end].rstrip(" ,\u00a0")
        words = region.split()
        while words and words[0].lower() in _CONJUNCTIONS:
            start = self.text.index(words[0], start) + len(words[0])
            words = words[1:]
        if not words or "," in region:
            return False
        first = words[0].lower()
        if len(words) == 1:
            return first not in cues(self.lang).pronouns and not self.lex.clause_cue.match(first + " ") \
                and not self.resolver.names_in(start, end)
        if first not in self.lex.relative and self.lex.subordinator.match(" ".join(words) + " "):
            return True
        return len(words) <= MAX_OPENING_WORDS and self._adverbial(start, end) \
            and not self.lex.clause_cue.search(" ".join(words)) and not self._verbs_in(start, end)

    def _resumed_clause(self, start: int, limit: int, taken: _Taken) -> tuple[int, int] | None:
        """The clause resuming after the comma that closes an attribution ending at `start` ("…, he
        said, none of the dikes held"): at most a few words of the attribution before that comma, and a
        clause of a few words after it, not a participle going on with the speaker ("…, promising …")."""
        stop = next((m for m in _TAIL_STOP.finditer(self.text, start, limit)
                     if m.group(0) != "." or not self._abbreviation_before(m.start())), None)
        if stop is None or stop.group(0) != "," or len(self.text[start:stop.start()].split()) > MAX_OBJECT_WORDS:
            return None
        cs, ce = stop.end(), limit
        while ce > cs and self.text[ce - 1] in " .;!?\n":
            ce -= 1
        words = self.text[cs:ce].split()
        # A quotation resuming after it is a direct quote's second part; one closed inside the clause
        # is a partial quote the clause holds ("…, he said, left the port `` in ruins . ''").
        marks = _QUOTE_MARK.findall(self.text, cs, ce)
        if len(words) < MIN_CLOSED_CLAUSE_WORDS or words[0].lower().endswith(("ing", "ant")) \
                or marks and (len(marks) % 2 or _QUOTE_MARK.match(words[0])) or taken.overlaps(cs, ce):
            return None
        while self.text[cs].isspace():
            cs += 1
        return cs, ce

    def _bare_plural_source(self, start: int, end: int) -> int | None:
        """Where the English bare plural source filling text[start:end] begins ("analysts", "opposition
        activists", after a relative or a subordinator: "where residents"); None when the chunk is
        anything else. English sets no such noun without an article as an apposition."""
        if self.lang != "en":
            return None
        words = list(re.finditer(r"\S+", self.text[start:end]))
        while words and (words[0].group(0).lower() in self.lex.relative
                         or self.lex.subordinator.match(words[0].group(0).lower() + " ")):
            words = words[1:]
        if not words or len(words) > MAX_TERM_WORDS or not all(w.group(0).islower() for w in words) \
                or words[-1].group(0) not in cues(self.lang).anonymous or not words[-1].group(0).endswith("s"):
            return None
        return start + words[0].start()

    def _subject_pronoun(self, start: int, verb_start: int) -> tuple[str, int] | None:
        """The pronoun that is the whole subject of a verb, opening its clause in text[start:verb_start]
        ("…», he said", "Il décrit", "et elle a ajouté"; not "X, président de …, a lui accusé"),
        with its position."""
        left = self.lex.aux.sub("", self.text[start:verb_start] + " ").rstrip()
        words = left.split()
        if not words or words[-1].lower() not in cues(self.lang).pronouns:
            return None
        before = left[:len(left) - len(words[-1])].rstrip()
        if before and before[-1] not in ",;:»”\"'" and before.split()[-1].lower() not in _CONJUNCTIONS:
            return None
        return words[-1].lower(), start + len(left) - len(words[-1])

    def _quoted_as(self, verb: Verb, sent_start: int) -> re.Match | None:
        """The passive of quoting before a reporting verb ("was quoted by AP as saying", "a été cité comme
        disant"), whose subject is the speaker."""
        if not self.lex.quoted_link.search(self.text, max(sent_start, verb.start - QUOTED_LINK_CHARS), verb.start):
            # The word right before the verb ("as", "comme") is checked first: most verbs have none.
            return None
        return self.lex.quoted_as.search(self.text, max(sent_start, verb.start - QUOTED_AS_CHARS), verb.start)

    def _passive(self, verb: Verb) -> bool:
        """Whether a verb is a passive participle after "être"/"be" ("est précisé", "a été dit", "was
        told"). A pronominal verb ("s'est dit") starts at its clitic, so its "être" is before that and it speaks."""
        return bool(self.lex.passive.search(self.text, max(0, verb.start - REFLEXIVE_CHARS), verb.start))

    def _agent_end(self, verb: Verb) -> int | None:
        """Where the speaker after a verb may start: right after an active verb ("a déclaré le ministre :"),
        after the agent's "par"/"by" of a passive ("was told by the Queen:"); None for a passive without one."""
        if not self._passive(verb):
            return verb.end
        agent = re.match(r"\s+(?:par|by)\s", self.text[verb.end:verb.end + 5])
        return verb.end + agent.end() if agent else None

    def _verb_cue(self, start: int, end: int) -> re.Match | None:
        """The first clause marker or past form in text[start:end]: where a subject's verb stands
        ("Un rassemblement s'est formé", "The alliance monitored"), or the subject pronoun opening it; a
        finite verb in lower case opening a predicate counts ("The mayor did not deny reports that …")."""
        cue = self.lex.verb_cue.search(self.text, start, end)
        for finite in self.lex.subject_verb.finditer(self.text, start, cue.start() if cue else end):
            if finite.group(0).islower():
                return finite
        return cue

    def _first_subject(self, start: int, end: int) -> Speaker | None:
        """The subject of a clause `text[start:end]` whose verb no lexicon knows ("The alliance monitored
        the buildings and"): the noun phrase before its first verb; None when no verb shows."""
        cue = self._verb_cue(start, end)
        if cue is None or not self._opens_noun_phrase(start, cue.start()):
            # A pronoun opening the clause may be impersonal ("Il y a urgence … et a dit").
            return None
        return self.resolver.from_region(start, cue.start(), subject_last=True)

    def _opens_noun_phrase(self, start: int, end: int) -> bool:
        """Whether text[start:end] opens on a noun phrase's first word: a determiner, a capital, a pronoun
        or a source's head ("les manifestants", "Il", "officials"), not a common noun ("folly and injustice")."""
        first = re.match(r"\s*(\S+)", self.text[start:end])
        if first is None:
            return False
        word = first.group(1)
        low = word.lower().replace("’", "'")
        c = cues(self.lang)
        return word[:1].isupper() or low in c.shape.determiners or low.split("'")[0] in _DEFINITE \
            or low in c.pronouns or low in c.anonymous or bool(c.indefinite.match(low + " "))

    def _last_noun_phrase(self, start: int, end: int) -> int:
        """Where the last noun phrase of text[start:end] starts, with its complements: at its last determiner
        not joined by "de"/"of" to a noun before it ("Une pénurie jugée passagère par le ministre de l'Agriculture"
        → "le ministre de l'Agriculture", "le mur de l'école couvert d'une banderole" → "une banderole")."""
        words = list(re.finditer(r"[\w'’-]+", self.text[start:end]))
        c = cues(self.lang)
        for i in range(len(words) - 1, 0, -1):
            low = words[i].group(0).lower().replace("’", "'")
            if low in self.lex.complement_links or "'" in low and low.split("'")[0] + "'" in self.lex.complement_links:
                # "de", "of", and "d'eux": a complement, part of the noun phrase before it.
                continue
            determiner = low in c.shape.determiners or low in _DEFINITE or "'" in low and low.split("'")[0] + "'" in (
                c.shape.determiners | {"l'"})
            if determiner and words[i - 1].group(0).lower().replace("’", "'") not in self.lex.complement_links:
                return start + words[i].start()
        return start

    def _object_start(self, start: int, end: int) -> int | None:
        """Where the noun phrase after the last clause marker of text[start:end] starts, past its verb and
        adverbs ("Elle a rencontré la porte-parole de l'ONU" → "la porte-parole de l'ONU"); `start` when
        the words hold no clause marker, None when no noun phrase follows the verb."""
        markers = list(self.lex.clause_markers.finditer(self.text, start, end))
        if not markers:
            return start
        at = markers[-1].end()
        c = cues(self.lang)
        for word in list(re.finditer(r"\S+", self.text[at:end]))[:MAX_GAP_WORDS + 1]:
            low = word.group(0).lower().replace("’", "'")
            if word.group(0)[:1].isupper() or low in c.shape.determiners or low.split("'")[0] in _DEFINITE \
                    or c.indefinite.match(self.text, at + word.start()):
                return at + word.start()
        return None

    def _apposed_to(self, chunks: list[tuple[int, int]], k: int) -> Name | None:
        """The name a comma-closed chunk of a subject is apposed to: "Ruth Calloway, a hydrologist,
        said", "Marie Dubois, 62, a farmer, said", "Amnesty International, a rights group, said".
        The chunks before it, back to one that is a whole name, must be appositions too."""
        appositions = 0
        for j in range(k, 0, -1):
            words = self.text[chunks[j][0]:chunks[j][1]].split()
            if words and words[0].lower() in self.lex.relative:
                # A relative clause between the name and its apposition ("Tom Reed, who runs
                # the inn, a painter, said"), or the only one after the name ("Tom Reed, who runs the inn, said").
                named = self._whole_name(*chunks[j - 1])
                if named is not None:
                    return named
                continue
            appositions += 1
            # An indefinite noun phrase is an apposition whatever its length ("Ali Tarek, a senior
            # fellow at the Dravnik Centre for Coastal and Harbour Studies research group, said"), and so is a
            # title ("Ali Tarek, head of the coastal survey unit at the old Dravnik harbour institute in Kelm, said").
            long = len(words) > MAX_APPOSED_WORDS and words[0].lower() not in _INDEFINITE \
                and not cues(self.lang).titles.match(" ".join(words))
            # A description opening on an article or ending on its lower-case head is no list even with
            # a conjunction inside ("a physicist from the Tarnville Mining and Metals Institute",
            # "the Vasko League's West and Central Africa director").
            described = words and (words[0].lower() in _INDEFINITE or words[-1].islower())
            if not words or long or appositions > MAX_APPOSITIONS \
                    or not described and _LISTED.search(" ".join(words)) \
                    or any(n.type == "person" and not self.text[chunks[j][0]:n.start].strip()
                           for n in self.resolver.names_in(*chunks[j])):
                # A list ("France, Germany and Britain") or a name of its own is no apposition.
                return None
            named = self._whole_name(*chunks[j - 1]) or self._described_name(*chunks[j - 1], chunks[j][1])
            if named is not None:
                return named
        return None

    def _apposed_person(self, sent_start: int, start: int, end: int) -> Name | None:
        """The person an indefinite noun phrase from `start` to `end`, set after a comma, is apposed to: the
        person's name closing the words before the comma, or before an age set between commas ("Mary Stone,
        46, a local teacher", "menée par Marie Pierre, une enseignante"), or a title without its article after the
        comma ("cite Marie Pierre, ancienne conseillère du maire X"); None for any other phrase."""
        if self.text[start - 1:start] != ",":
            return None
        if not _INDEFINITE_LEAD.match(self.text, start, end):
            lead = _LEAD_SPACE.match(self.text, start, end).end()
            title = cues(self.lang).titles.search(self.text, lead, end)
            if not (self.text[lead:lead + 1].islower() and title and not self.resolver.names_in(lead, title.start())
                    and len(self.text[lead:title.start()].split()) <= 1):
                return None
        comma = start - 1
        before = self.text.rfind(",", sent_start, comma) + 1 or sent_start
        if self.text[before:comma].strip().isdigit() and before > sent_start:
            comma = before - 1
            before = self.text.rfind(",", sent_start, comma) + 1 or sent_start
        persons = [n for n in self.resolver.names_in(before, comma) if n.type == "person"]
        if persons and not self.text[persons[-1].end:comma].strip():
            return persons[-1]
        return None

    def _described_name(self, start: int, end: int, apposition_end: int) -> Name | None:
        """A chunk that is a determined noun phrase holding a person's or a body's name, as the name of
        what an apposition after it describes ("Le prix Nobel de chimie Karim Nadir, un temps
        pressenti …, a condamné", "le conseil des sages de Vasko, la plus haute instance
        …, a prévenu"), the apposition ending at `apposition_end`; None for an adverbial ("Le 3 mars à
        Tripoli"), a clause, or a description before a person's name ("The commander of the allied mission,
        Lt. Gen. Tom Reed, said")."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        words = self.text[start:end].split()
        first = (words or [""])[0].lower().replace("’", "'")
        if not words or len(words) > MAX_APPOSED_WORDS or first.split("'")[0] not in _DEFINITE \
                or any(n.type == "person" for n in self.resolver.names_in(end, apposition_end)) \
                or self._adverbial(start, end) or self.lex.clause_markers.search(self.text, start, end) \
                or not any(n.type in ("person", "organization") for n in self.resolver.names_in(start, end)):
            return None
        return Name(start, end, self.text[start:end], "unknown", None)

    def _describes(self, words: list[str]) -> bool:
        """Whether a chunk starting with `words` describes a noun before it: a relative clause, a
        participle or an apposition with its article ("who has toured", "speaking as", "the company that makes")."""
        if not words:
            return False
        low = words[0].lower().replace("’", "'")
        return low in self.lex.relative or low in _DEFINITE or bool(cues(self.lang).indefinite.match(low + " ")) \
            or words[0].islower() and low.endswith(("ing", "ant"))

    def _clause_opened(self, start: int, end: int, clause: int) -> int | None:
        """Where the noun phrase after the last conjunction of text[start:end] starts, when one opens
        there outside quotes after a clause with its own verb, from `clause` on ("X has been deputed …
        on behalf of the mayor - and the Tarnville council" → "the Tarnville council"; not "residents and rebel
        fighters")."""
        opened = None
        for conjunction in _CONJUNCTION_WORD.finditer(self.text, start, end):
            if self._opens_noun_phrase(conjunction.end(), end) and not self.resolver.is_quoted(conjunction.start()) \
                    and self._verb_cue(clause, conjunction.start()):
                opened = conjunction.end()
        return opened

    def _is_description(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a noun phrase that may describe a name: it opens on a determiner,
        a capital, a number or a title and holds no clause marker ("a hydrologist", "62", "l'un des fils
        de Karim Nadir"; not "a été tué près de Tripoli", "was briefed Thursday")."""
        chunk = self.text[start:end].strip()
        first = chunk.split()[0] if chunk else ""
        return bool(first) and (first[:1].isdigit() or self._opens_noun_phrase(start, end)
                                or bool(cues(self.lang).titles.match(chunk))) \
            and not self.lex.clause_markers.search(chunk) and not self.lex.aux.match(chunk + " ")

    def _relative_chunk(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a relative clause describing the noun before it ("who runs the inn")."""
        words = self.text[start:end].split()
        return bool(words) and words[0].lower().replace("’", "'") in self.lex.relative

    def _titled_person(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a person's name after at most a few words that describe them,
        with no preposition among them ("government spokesman Ali Tarek", "40-year-old Lina
        Nadir"; not "porte-parole de Jean Dupont")."""
        names = [n for n in self.resolver.names_in(start, end) if n.type == "person"]
        if not names or self.text[names[-1].end:end].strip():
            return False
        lead = [w.lower().replace("’", "'") for w in self.text[start:names[-1].start].split()]
        lex = self.lex
        return len(lead) <= MAX_NAME_LEAD_WORDS and not any(
            w in lex.prepositions or w in lex.chunk_prepositions or w in lex.complement_links
            or w.split("'")[0] + "'" in lex.complement_links or w in lex.relative for w in lead)

    def _state_of_place(self, before: tuple[int, int], chunk: tuple[int, int]) -> bool:
        """Whether a chunk is only the region or country of the place that ends the chunk before it
        ("Tom Reed of Dravnik, Ohio,"): a place's name after a capitalized word that a
        preposition of origin introduces (not "Earlier on Sunday, Norland said")."""
        places = [n for n in self.resolver.names_in(*chunk) if n.type == "place" and not n.metonymy]
        if len(places) != 1 or self.text[chunk[0]:chunk[1]].strip() != places[0].text:
            return False
        words = self.text[before[0]:before[1]].split()
        return len(words) >= 2 and words[-1][:1].isupper() and words[-2].lower().replace("’", "'") in _ORIGIN

    def _whole_name(self, start: int, end: int) -> Name | None:
        """The name a chunk consists of, after at most a few capitalized words or an article
        ("Adm. Mike Mullen", "the World Health Organization"), or None."""
        names = [n for n in self.resolver.names_in(start, end)
                 if n.type in ("person", "organization", "unknown") or n.metonymy]
        if not names:
            return self._capitalized_name(start, end)
        if self.text[names[-1].end:end].strip():
            return None
        lead = self.text[start:names[-1].start].split()
        c = cues(self.lang)
        if len(lead) > MAX_NAME_LEAD_WORDS or any(
                (w in c.function_words or not w[:1].isupper()) and w.lower() not in _DEFINITE
                and w.rstrip(".") + "." not in c.shape.honorifics for w in lead):
            # "After meeting Obama", "In Washington": a phrase ending with a name, not a name.
            return None
        return names[-1]

    def _names_people(self, start: int, limit: int) -> bool:
        """Whether the words after an inverted verb, up to their punctuation, are a noun phrase naming
        people or a body ("said local officials", "said police", "ont indiqué des responsables"), not
        an object ("said nothing") nor a clause or an infinitive ("said officials had fled", "said to be")."""
        phrase = _PHRASE.match(self.text, start, limit)
        words = phrase.group(0).split() if phrase else []
        while len(words) > 1 and words[-1][:1].isupper():
            # The name after its title ("says spokesman P.J. Crowley") is found as a name.
            words.pop()
        words = [w.lower() for w in words]
        c = cues(self.lang)
        if not words or len(words) > MAX_INVERTED_WORDS or self.lex.clause_cue.search(phrase.group(0)) \
                or words[0] in _CONJUNCTIONS \
                or words[0] in self.lex.prepositions and not c.indefinite.match(words[0] + " "):
            return False
        while words and (c.indefinite.match(words[0] + " ") or words[0].rstrip("'’") in _DEFINITE):
            words = words[1:]
        complement = next((i for i, w in enumerate(words) if w in self.lex.chunk_prepositions
                           or w in self.lex.prepositions or w in _CONJUNCTIONS), len(words))
        words = words[:complement]
        head = (words[-1] if self.lex.head_last else words[0]) if words else ""
        return head in c.anonymous or bool(c.titles.fullmatch(head))

    def _names_someone(self, phrase: str) -> bool:
        """Whether a noun phrase holds, before its complement, a word naming a source or a function
        ("un haut diplomate européen", "un porte-parole de l'Otan"; not "une enquête indépendante")."""
        c = cues(self.lang)
        for word in phrase.lower().split()[1:]:
            if word in self.lex.chunk_prepositions or word in self.lex.prepositions:
                return False
            if word in c.anonymous or c.titles.fullmatch(word):
                return True
        return False

    def _capitalized_name(self, start: int, end: int) -> Name | None:
        """A chunk of capitalized words the names extractor left out ("Ruth Calloway"), as a name;
        one word or a function word among them ("Meanwhile", "In Washington") is no name."""
        words = list(re.finditer(r"\S+", self.text[start:end]))
        function_words = cues(self.lang).function_words
        if not 2 <= len(words) <= MAX_NAME_LEAD_WORDS or any(
                not w.group(0)[:1].isupper() or w.group(0) in function_words for w in words):
            return None
        s, e = start + words[0].start(), start + words[-1].end()
        return Name(s, e, self.text[s:e], "unknown", None)

    def _speaker_after(self, start: int, limit: int) -> Speaker | None:
        """The speaker named right after an inverted verb, up to a comma, stop phrase or sentence end."""
        skip = cues(self.lang).skip.match(self.text, start, limit)
        if skip:
            start = skip.end()
        start = self._past_incise(start, limit)
        region = self.text[start:limit]
        cut = len(region)
        end = self._sentence_end(start, limit)
        if end is not None:
            cut = end.start() - start
        for m in (re.search(r"[,;:(«“\"]", region), self.lex.speaker_stops.search(region)):
            if m and m.start() < cut:
                cut = m.start()
        for n in self.resolver.names_in(start, limit):
            if n.start < start + cut < n.end and n.type in ("person", "organization"):
                cut = n.end - start
        acronym = re.match(r"\s*\([A-ZÀ-Þ][\w.-]{1,12}\)", region[cut:])
        if acronym:
            cut += acronym.end()
        elif re.match(r"\s+(?:pour|for|of|de|des|du)\s+(?:les?\s+|la\s+|l['’]|the\s+)?[\w-]+\s*\([A-ZÀ-Þ][\w.-]{1,12}\)",
                      region[cut:]):
            # "l'Organisation internationale pour les migrations (OIM)": the name goes on to its acronym.
            cut += region[cut:].index(")") + 1
        if re.fullmatch(r"\s*(?:le|la|les|l['’]|the)?\s*", region[:cut]) or re.match(r"[a-zà-ÿ]+(?:é|ée|és|ées)\b", region.lstrip()):
            # "… dans un communiqué publié dans la nuit": a participle, not a speaker.
            return None
        return self.resolver.from_region(*self._apposition(start, start + cut, limit))

    def _past_incise(self, start: int, limit: int) -> int:
        """Past a short incise closed by a comma between an inverted verb and the speaker after it
        ("annonce, sans détour, le procureur", "said, however, the commander"), or a time expression so set
        off, however it opens ("indique, vendredi 2 juin, leur avocat"), when a noun phrase naming someone
        follows; else `start`."""
        text = self.text
        timed = self._time_expression_at(text[start:limit], 0)
        if timed is not None and not text[start:start + timed].rstrip().endswith(","):
            comma = _COMMA_NEXT.match(text, start + timed, limit)
            timed = comma.end() - start if comma else None
        if timed is not None:
            # "indique, le 2 juin, leur avocat", "said, on June 2, the mayor": the date is no speaker.
            incise_end = start + timed
        else:
            incise = _SPEAKER_INCISE.match(text, start, limit)
            if incise is None or self.lex.clause_cue.search(incise.group(0)) or self._determined(incise.start(), limit):
                # "a déclaré le porte-parole, le colonel X": a noun phrase before the comma is the speaker.
                return start
            incise_end = incise.end()
        after = _LEAD_SPACE.match(text, incise_end, limit).end()
        name = next(iter(self.resolver.names_in(after, limit)), None)
        lead = text[after:name.start].strip(" '’").lower() if name is not None else None
        if lead is not None and (not lead or lead in _DEFINITE) or self._determined(after, limit):
            return after
        return start

    def _determined(self, start: int, limit: int) -> bool:
        """Whether text[start:limit] opens on a determiner or a pronoun: a noun phrase starts there."""
        first = (self.text[start:limit].split() or [""])[0].lower().replace("’", "'")
        c = cues(self.lang)
        return first in c.shape.determiners or first.split("'")[0] in _DEFINITE or first in c.pronouns \
            or bool(c.indefinite.match(first + " "))

    def _apposition(self, start: int, end: int, limit: int) -> tuple[int, int]:
        """Widen a speaker noun phrase to the name apposed after it: "le porte-parole du
        gouvernement kényan, Joseph Mwangi," or "l'un d'eux, Peter Mwangi"."""
        if end >= limit or self.text[end:end + 1] != ",":
            return start, end
        head = self.text[start:end].split()[:1]
        described = bool(head) and bool(cues(self.lang).indefinite.match(head[0] + " ")
                                        or head[0].lower().rstrip("'’") in _DEFINITE
                                        or cues(self.lang).titles.match(self.text[start:end].strip()))
        if not described and any(n.type == "person" for n in self.resolver.names_in(start, end)):
            return start, end
        if head and head[0].lower() in self.lex.plural_determiners:
            # "Selon les rebelles de Vasko, Ali Nadir, un des fils …, aurait été tué": several sources
            # are no one person's apposition; the name opens what they say.
            return start, end
        nxt = re.match(r"\s*([^,.;:!?()]{2,60})", self.text[end + 1:limit])
        if not nxt:
            return start, end
        ns, ne = end + 1 + nxt.start(1), end + 1 + nxt.end(1)
        persons = [n for n in self.resolver.names_in(ns, ne) if n.type == "person"]
        if persons and persons[0].end >= ne - 1 and (persons[0].start == ns or described and _DEMONYM_LEAD.fullmatch(
                self.text, ns, persons[0].start)):
            return persons[0].start, persons[0].end
        return start, end

    # -- direct and partial quotes -------------------------------------------

    def _spans(self) -> list[_Span]:
        text = self.text
        spans: list[_Span] = []
        paragraphs = self.paragraphs
        marks = list(_MARKS.finditer(text))
        mi = 0
        stack: list[tuple[str, int]] = []
        outer: tuple[str, int] | None = None
        for pi, (ps, pe) in enumerate(paragraphs):
            while mi < len(marks) and marks[mi].start() < ps:
                mi += 1
            while mi < len(marks) and marks[mi].start() < pe:
                pos = marks[mi].start()
                ch = text[pos]
                mi += 1
                prev = text[pos - 1] if pos > ps else " "
                nxt = text[pos + 1] if pos + 1 < pe else " "
                top = stack[-1][0] if stack else None
                if ch == "`":
                    if nxt == "`":
                        mi += 1
                        if not stack:
                            outer = (ch, pos)
                        stack.append((ch, pos))
                    continue
                if top == "`" and ch == "'":
                    if nxt == "'":
                        mi += 1
                        stack.pop()
                        if not stack and outer is not None:
                            spans.append(_Span(outer[1] + 2, pos, outer[1], pos + 2, outer[0]))
                            outer = None
                    continue
                # A straight mark after a space opens a quote, unless a comma or a semicolon follows it ('"Il fera
                # beau ", dit-il'). A quote opened with « or “ whose own closer comes nowhere after it in the paragraph
                # closes at a straight mark after its last word; left open, it would run on to the next « … » quote.
                closes = top is not None and ch == _CLOSERS[top] and top != "`" \
                    and (ch not in "'’\"" or not _LETTER.match(nxt)) \
                    and not (ch in "'\"" and prev.isspace() and not (ch == '"' and nxt in ",;"))
                mixed = top in _MIXED_CLOSERS and ch == '"' and not prev.isspace() and not _LETTER.match(nxt) \
                    and text.find(_CLOSERS[top], pos, pe) < 0
                if closes or mixed:
                    stack.pop()
                    if not stack and outer is not None:
                        spans.append(_Span(outer[1] + 1, pos, outer[1], pos + 1, outer[0]))
                        outer = None
                    continue
                if ch in "»›”" and stack and any(_CLOSERS[o] == ch for o, _ in stack):
                    while stack and _CLOSERS[stack[-1][0]] != ch:
                        stack.pop()
                    stack.pop()
                    if not stack and outer is not None:
                        spans.append(_Span(outer[1] + 1, pos, outer[1], pos + 1, outer[0]))
                        outer = None
                    continue
                opens = ch in _OPENERS or (ch in "\"'" and not _LETTER.match(prev) and not nxt.isspace()
                                           and (ch == '"' or _LETTER.match(nxt))
                                           and not (ch == "'" and _CONTRACTION.match(text, pos + 1)))
                if opens:
                    if not stack:
                        outer = (ch, pos)
                    stack.append((ch, pos))
            if stack and outer is not None:
                nps = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else None
                if nps is not None and text[nps] == outer[0] and outer[0] in _OPENERS + '"':
                    # A quote that goes on into the next paragraph: skip the reopening mark.
                    while mi < len(marks) and marks[mi].start() <= nps:
                        mi += 1
                    stack = [(outer[0], outer[1])]
                    continue
                if self._closed_later(pi, outer[0]):
                    stack = [(outer[0], outer[1])]
                    continue
                spans.append(_Span(outer[1] + (2 if outer[0] == "`" else 1), pe, outer[1], pe, outer[0]))
                stack, outer = [], None
        out = []
        for sp in spans:
            body = self.text[sp.start:sp.end]
            # Marks around punctuation alone ('" ."', "« … »") quote no words.
            if _LETTER.search(body):
                sp.start += len(body) - len(body.lstrip())
                sp.end -= len(body) - len(body.rstrip())
                out.append(sp)
        return out

    def _closed_later(self, pi: int, opener: str) -> bool:
        """Whether a quote opened with `opener` and still open at the end of paragraph `pi` is closed in a
        following one: within MAX_OPEN_QUOTE_PARAGRAPHS, the first of its marks met is its closing one
        ("`` We will call it Vasko fever .\nWe wo n't call it port fever , '' X told", one sentence per line).
        Only marks that open and close differently tell which they are."""
        closer = _DISTINCT_CLOSERS.get(opener)
        if closer is None:
            return False
        opener = "``" if opener == "`" else opener
        text = self.text
        for ps, pe in self.paragraphs[pi + 1:pi + 1 + MAX_OPEN_QUOTE_PARAGRAPHS]:
            close = text.find(closer, ps, pe)
            reopen = text.find(opener, ps, pe)
            if close >= 0:
                return reopen < 0 or close < reopen
            if reopen >= 0:
                return False
        return False

    def _is_direct(self, span: _Span, sent: tuple[int, int]) -> bool:
        content = self.text[span.start:span.end].strip()
        if not content or not (content[0].isupper() or content[0].isdigit() or content[0] in "…."):
            return False
        before = self.text[sent[0]:span.open_at].strip()
        if not before or before[-1] in ":.!?—–-":
            return True
        if re.search(r"[.!?…]\W*$", content) or re.search(r"[.!?…]\s", content):
            return True
        after = self.text[span.close_at:span.close_at + 40]
        return bool(re.match(r"\s*[,—–-]", after)) and len(content.split()) >= 4

    def _direct_speaker(self, span: _Span) -> tuple[Speaker | None, str | None]:
        text = self.text
        para = self._paragraph_of(span.close_at if span.close_at < len(text) else span.end)
        # 1. Attribution after the closing mark: "», a déclaré X", "», écrit-il", "», X said".
        limit = min(len(text), span.close_at + ATTRIBUTION_AFTER, para[1])
        after = text[span.close_at:limit]
        lead = re.match(r"[\s,;—–-]*", after)
        if lead and lead.end() < len(after) and not re.match(r"[.!?]", after[lead.end():lead.end() + 1]) \
                and ("," in after[:lead.end()] or "—" in after[:lead.end()] or "–" in after[:lead.end()]
                     or self.lang == "en" or lead.end() == 0 or after[:1].isspace()):
            begin = span.close_at + lead.end()
            stop = self._sentence_end(begin, limit)
            end = stop.start() if stop else limit
            for v in self._verbs_in(begin, end):
                if self.lang != "en" and _QUOTED_WORDS.search(text, begin, end) and self.resolver.is_quoted(v.start):
                    # "« … », afin de « soutenir … », a déclaré X": a verb quoted in the continuation is none of
                    # its attribution.
                    continue
                gap = text[begin:v.start]
                comma = _last_clause_comma(gap)
                if self.lang != "en" and comma > 0 and not re.search(r"[«»“”\"]", _QUOTED_WORDS.sub(" ", gap)) \
                        and len(gap.split()) <= MAX_CONTINUATION_WORDS and not v.inverted \
                        and (not gap[comma + 1:].strip() or self.lex.aux_full.fullmatch(gap[comma + 1:])):
                    # "« … » provisoire du pays, a renchéri le ministre", "« … », qui doit mener à un
                    # scrutin, a déclaré un porte-parole": the quoted sentence goes on after the mark and
                    # its attribution closes it.
                    after_verb = cues(self.lang).skip.match(text, v.end, end).end()
                    next_word = (text[after_verb:end].split() or [""])[0].lower()
                    sp = self._speaker_after(v.end, end) if next_word not in self.lex.prepositions else None
                    if sp is not None and (sp.entity is not None or self._names_someone(" " + sp.text)):
                        return sp, v.form
                # An apposition set between commas does not part a speaker from its verb
                # ("», Carol Browner, energy adviser to the president, said").
                quoted = self._quoted_as(v, begin)
                # "», Doug Suttles was quoted by Reuters as saying": the passive is the verb's, not the gap's.
                subject_gap = gap[:quoted.start() - begin] if quoted is not None else gap
                if len(subject_gap.split()) > MAX_GAP_WORDS + 3 \
                        and len(_APPOSITION.sub(" ", subject_gap).split()) > MAX_GAP_WORDS + 3 \
                        and not self._titled_name_before(begin, v) \
                        or re.search(r"[«“\"]", gap):
                    break
                inv_aux = _INVERTED_PRONOUN.search(gap)
                if inv_aux and self._impersonal_passive(gap, inv_aux):
                    # "« … », est-il écrit sur un bandeau", "est-il précisé dans le communiqué": no pronoun speaks.
                    return self._speaker_after(v.end, end), v.form
                if not gap.strip() or self.lex.aux_full.fullmatch(gap) or inv_aux:
                    word = v.inverted or (inv_aux.group(1) if inv_aux else None)
                    if word:
                        pos = v.end - len(word) if v.inverted else begin + inv_aux.start(1)
                        return self._pronoun_speaker(span, word, pos), v.form
                    if v.form.endswith(("ant", "ing")):
                        # "« … », reprenant le slogan des partisans de X": a participle has no subject after it,
                        # what follows is its object; it speaks for the sentence's subject.
                        return self._subject_before(begin, v), v.form
                    return self._speaker_after(v.end, end), v.form
                # Subject before the verb: "», X said", "», il a ajouté".
                if self.lang == "en" or len(gap.split()) <= 4:
                    sp = self._subject_before(begin, v)
                    if sp is not None:
                        subject = self._subject_pronoun(begin, v.start)
                        if subject:
                            # "« … », he said": resolved again once indirect speech is known too.
                            self.pronouns[span.start] = subject[0], span.open_at
                        return sp, v.form
                break
        # 2. Announced before the opening mark: "X a déclaré : «", "Elle ajoute :" then the quote. A quote
        # going on over several paragraphs is announced in the one it opens.
        para = self._paragraph_of(span.open_at)
        sent = self._sentence_of(span.open_at)
        start = max(para[0], span.open_at - ATTRIBUTION_BEFORE, sent[0])
        before = text[start:span.open_at]
        if before.strip() and before.rstrip()[-1:] in ":,":
            verbs = self._verbs_in(start, span.open_at)
            if verbs:
                v = verbs[-1]
                if v.inverted:
                    sp = self.resolver.antecedent(v.start, fallback=Speaker(v.inverted, v.end - len(v.inverted), v.end))
                elif self._closes_quote_before(start, v):
                    # '"…", a assuré X : "…"': the verb closing the quote before announces this one too; its
                    # speaker comes after it.
                    sp = self._speaker_after(v.end, span.open_at)
                else:
                    sp = self._subject_before(start, v)
                    subject = self._subject_pronoun(start, v.start)
                    if subject:
                        # "But , he acknowledged , « … »": resolved again, where the pronoun stands, once indirect
                        # speech is known too.
                        self.pronouns[span.start] = subject
                inv_aux = _INVERTED_AUX.search(text, max(start, v.start - REFLEXIVE_CHARS), v.start)
                if sp is None and inv_aux:
                    # "…, a-t-il ajouté avant d'implorer le soutien de l'ONU : «": the pronoun on the auxiliary
                    # is the speaker, not a name after the verb.
                    word = inv_aux.group(1)
                    sp = self.resolver.antecedent(v.start, plural=word.lower() in ("ils", "elles"),
                                                  fallback=Speaker(word, inv_aux.start(1), inv_aux.end(1)))
                elif sp is None and self._agent_end(v) is not None \
                        and not (self.lang == "en" and v.lemma in self.lex.addressee_verbs and not self._passive(v)):
                    # "a déclaré le ministre : «": a French verb may go before its speaker; an English "told
                    # CNN , ``" goes before whom it was told, and no one after it speaks.
                    sp = self._speaker_after(self._agent_end(v), span.open_at)
                return sp, v.form
            if before.rstrip().endswith(":"):
                return self._anonymous_subject(start, start + before.rstrip().rfind(":")), None
        # 3. An incise inside the quote: "« Il y avait Hassan, se remémore-t-il. On discutait »".
        incise = _INCISE.search(text, span.start, span.end)
        if incise:
            word = incise.group("pronoun")
            self.pronouns[span.start] = word, span.open_at
            return self.resolver.antecedent(span.open_at, plural=word.lower() in ("ils", "elles"),
                                            fallback=Speaker(word, incise.start("pronoun"), incise.end("pronoun"))), \
                incise.group("verb")
        # 3b. An incise naming its speaker: "« Ils s'échappent, dit Omar, qui a combattu à Syrte. Ils fuient »".
        for _, v, sp in self._named_incises(span):
            return sp, v.form
        # 4. A quote paragraph announced by the previous paragraph ending with a colon.
        if text[para[0]:span.open_at].strip() == "":
            prev = self._previous_paragraph(para)
            if prev is not None and text[prev[0]:prev[1]].rstrip().endswith(":"):
                return self._announcer(prev)
        return None, None

    def _named_incises(self, span: _Span):
        """(comma, verb, speaker) of each incise naming its speaker inside a quote: "« Ils s'échappent, dit
        Omar, qui a combattu à Syrte. Ils fuient »"."""
        text = self.text
        for v in self._verbs_in(span.start, span.end):
            comma = text.rfind(",", span.start, v.start)
            aux = text[comma + 1:v.start].strip()
            if comma < 0 or v.inverted or aux and not self.lex.aux_full.fullmatch(text[comma + 1:v.start]) \
                    or not aux and v.form.lower().endswith(_PARTICIPLE_ENDINGS):
                # "Ali Tarek, considéré comme le penseur du régime de X": a participle, no incise.
                continue
            sp = self._speaker_after(v.end, span.end)
            # A determined noun phrase closed by a stop is the subject of a finite incise verb too: "…, explique
            # l'un des gardes. …", "…, renchérit un de ses collègues. …" (not "after, say, the vote of …").
            if sp is not None and (sp.entity is not None or self._names_someone(" " + sp.text)
                                   or v.form.lower() != v.lemma and self._determined(sp.start, sp.end)) \
                    and re.match(r"\s*[,.;]", text[sp.end:span.end]):
                yield comma, v, sp

    def _quoted_words(self, span: _Span) -> str:
        """A direct quote's words without the incises the writer set inside its marks, from the comma opening
        one through the comma closing it, or up to the stop closing it: "« Le pont a tenu, assure-t-il. Il
        tiendra »" and "« Le pont, explique Ana Ruiz, directrice des travaux, a tenu »" give the speaker "Le
        pont a tenu. Il tiendra" and "Le pont a tenu". Its span still runs from mark to mark."""
        text = self.text
        if text.find(",", span.start, span.end) < 0:
            return text[span.start:span.end]
        cuts = [(m.start(), self._incise_end(m.end("pronoun"), span.end, None))
                for m in _INCISE.finditer(text, span.start, span.end)
                if any(v.inverted for v in self._verbs_in(m.start(), m.end()))]
        cuts += [(comma, self._incise_end(sp.end, span.end, sp)) for comma, _, sp in self._named_incises(span)]
        if not cuts:
            return text[span.start:span.end]
        words, pos = [], span.start
        for start, end in sorted(cuts):
            if start >= pos:
                words.append(text[pos:start])
                # The incise's closing comma goes with it ("Le pont, dit-il, a tenu"), unless it sets off a
                # phrase opening on a preposition before it ("Depuis lundi, dit-il, le pont tient") or a
                # conjunction after it ("Le pont a tenu, dit-il, mais la digue a cédé").
                clause = max(span.start, *(text.rfind(c, span.start, start) + 1 for c in ",.;:!?"))
                lead = _LEAD_WORD.match(text, clause)
                pos = end if text[end:end + 1] != "," or _CONJUNCTION_AFTER.match(text, end + 1) \
                    or lead and lead.group(1).lower() in self.lex.chunk_prepositions | self.lex.prepositions \
                    else end + 1
        words.append(text[pos:span.end])
        return "".join(words)

    def _incise_end(self, end: int, limit: int, sp: Speaker | None) -> int:
        """Where an incise inside a quote ends, `end` being its verb's pronoun's or its speaker `sp`'s end:
        past the chunks between commas that describe the speaker as a source's appositions do ("…, explique
        Ana Ruiz, directrice des travaux, qui …"), and past a last short prepositional chunk the sentence ends
        on ("…, ajoute-t-elle, lors d'un point presse."); the quote resumes at any other chunk ("…,
        ajoute-t-elle, les digues cédant, …", "…, dit-elle, qui …", "…, mais …")."""
        text, c = self.text, cues(self.lang)
        person = sp is not None and any(n.type == "person" and n.end >= sp.end - 1
                                        for n in self.resolver.names_in(sp.start, sp.end))
        pos = end
        for _ in range(MAX_APPOSITIONS + 1):
            m = _INCISE_CHUNK.match(text, pos, limit)
            words = m.group(1).split() if m else []
            if not words or not (words[0][:1].islower() or words[0].isdigit()):
                break
            chunk = " ".join(words)
            low = words[0].lower().replace("’", "'")
            verbless = not self.lex.clause_markers.search(chunk)
            closing = verbless and low.split("'")[0] in self.lex.chunk_prepositions | self.lex.prepositions \
                and len(words) <= MAX_APPOSED_WORDS and _STOP_AHEAD.match(text, m.end(1), limit)
            determined = low in _DEFINITE or low.split("'")[0] in _DEFINITE or bool(c.indefinite.match(low + " "))
            describes = sp is not None and (
                low in self.lex.relative or _AGENT_PHRASE.match(chunk) or words[0].isdigit() and len(words) <= 2
                or verbless and (c.titles.match(chunk) or low.split("'")[-1] in c.anonymous or person and determined))
            if not (closing or describes):
                break
            pos = m.end(1)
        return pos

    def _attribute_going_on(self) -> None:
        """A quote without a speaker that opens a sentence going on past its close is said by whoever says
        a later quote of that sentence: "« Nous remercions » les pompiers de Tarvel et « chaque bénévole »,
        a-t-il affirmé"."""
        for i, q in enumerate(self.quotes):
            if q.kind != "direct" or q.speaker is not None:
                continue
            close = _CLOSE_AND_WORD.match(self.text, q.end)
            if close is None:
                continue
            sent = self._sentence_of(close.end())
            later = [o for o in self.quotes if close.end() <= o.start < sent[1] and o.speaker is not None]
            first = min(later, key=lambda o: o.start) if later else None
            # No one named inside the quote's own words speaks for it.
            if first is not None and (first.speaker.start is None or not q.start - 1 <= first.speaker.start <= q.end):
                self.quotes[i] = replace(q, speaker=first.speaker, verb=first.verb)
                if first.start in self.pronouns:
                    self.pronouns[q.start] = self.pronouns[first.start]

    def _titled_name_before(self, start: int, v: Verb) -> bool:
        """Whether text[start:v.start] is one subject however long: titles and bodies ending with a
        person's name right before the verb, any other person in it a possessor, with no clause of its
        own (no comma, no finite verb): "Acme Oil Chairman and Chief Executive Tom Reed said", "Governor
        X's senior aide Tom Reed told" (not "Minister X and Minister Y said", two speakers, whatever the
        first one's type)."""
        end = len(self.text[:v.start].rstrip())
        names = self.resolver.names_in(start, v.start)
        persons = [n for n in names if n.type == "person"]
        return bool(persons) and persons[-1].end == end \
            and all(_POSSESSIVE.match(self.text, n.end) for n in persons[:-1]) \
            and not any(_NAME_AND.match(self.text, n.end) for n in names) \
            and not re.search(r"[,;:!?()]", self.text[start:end]) \
            and self.lex.finite_verb.search(self.text, start, end) is None \
            and self.lex.subject_verb.search(self.text, start, end) is None

    def _capital_heading(self, span: _Span) -> bool:
        """Whether quoted words in capitals open their line, alone or after a live page's clock: a subheading
        ("«ILS ONT TOUT PRIS»" between two paragraphs, "15H06 - «EFFETS NEGATIFS» - X déclare …"), which
        echoes a quote of the body at most. A placard's capitals inside a sentence are still quoted."""
        words = self.text[span.start:span.end]
        line = self.text.rfind("\n", 0, span.open_at) + 1
        return len(re.findall(r"[A-ZÀ-Þ]", words)) > 1 and not re.search(r"[a-zß-ÿ]", words) \
            and bool(_CLOCK_OPENING.fullmatch(self.text, line, span.open_at))

    def _is_headline(self, para: tuple[int, int]) -> bool:
        """Whether a paragraph is a headline or a teaser's line (no sentence end: "«Songs of the Humpback
        Whale», cétacés cultes"): a line of a list of links, which goes on no one's quote."""
        return not _PARAGRAPH_END.search(self.text, para[0], para[1])

    def _previous_paragraph(self, para: tuple[int, int]) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.paragraph_starts, para[0])
        return self.paragraphs[i - 1] if i > 0 else None

    def _announcer(self, prev: tuple[int, int]) -> tuple[Speaker | None, str | None]:
        """Who speaks in a paragraph announced by `prev` ("des rebelles résistent :", "Elle ajoute :")."""
        sent = self._sentence_of(prev[1] - 1)
        colon = self.text.rfind(":", sent[0], prev[1])
        verbs = self._verbs_in(sent[0], colon)
        if verbs:
            v = verbs[-1]
            if v.inverted:
                return self.resolver.antecedent(v.start, fallback=Speaker(v.inverted, v.end - len(v.inverted), v.end)), v.form
            sp = self._subject_before(sent[0], v)
            if sp is None and self._agent_end(v) is not None:
                sp = self._speaker_after(self._agent_end(v), colon)
            return sp, v.form
        return self._anonymous_subject(sent[0], colon), None

    def _anonymous_subject(self, start: int, end: int) -> Speaker | None:
        """The subject of a clause with no reporting verb: an indefinite source ("des rebelles")
        or the first person or organization named."""
        c = cues(self.lang)
        chunk_start = start + self.text[start:end].rfind(",") + 1 if "," in self.text[start:end] else start
        words = list(re.finditer(r"[\w'’-]+", self.text[chunk_start:end]))
        for i, w in enumerate(words):
            if w.group(0).lower() in c.anonymous and i > 0:
                det = words[i - 1]
                first = words[i - 2] if i > 1 and c.indefinite.match(words[i - 2].group(0) + " ") else det
                lead = first.group(0).lower().replace("’", "'")
                if not (lead in c.shape.determiners or lead.split("'")[0] in _DEFINITE or lead.isdigit()
                        or number_words(self.lang).fullmatch(lead)):
                    # "a plea for volunteers :": the head has no determiner, it names no one.
                    continue
                return Speaker(self.text[chunk_start + first.start():chunk_start + w.end()],
                               chunk_start + first.start(), chunk_start + w.end(), None)
        names = [n for n in self.resolver.names_in(start, end) if n.type in ("person", "organization")]
        if names:
            return Speaker(names[0].text, names[0].start, names[0].end, names[0].entity)
        return None

    def _announced_paragraphs(self, taken: _Taken) -> list[Quote]:
        """Unquoted paragraphs announced by "X tweete :" / "Elle ajoute :", and embedded tweets."""
        out = []
        text = self.text
        for i, (ps, pe) in enumerate(self.paragraphs):
            if taken.overlaps(ps, pe):
                continue
            body = text[ps:pe]
            tweet = _TWEET.match(body) if "(@" in body else None
            if tweet:
                name = tweet.group("name").strip()
                ns = ps + tweet.start("name") + tweet.group("name").find(name)
                names = self.resolver.names_in(ns, ns + len(name))
                sp = Speaker(names[0].text, names[0].start, names[0].end, names[0].entity) if names \
                    else Speaker(name, ns, ns + len(name), None)
                bs, be = ps + tweet.start("body"), ps + tweet.end("body")
                out.append(Quote(bs, be, text[bs:be], "direct", self._lang(bs, be), "tweet", sp))
                continue
            if i == 0 or len(body) > MAX_ANNOUNCED_PARAGRAPH or _MARKS.search(body[:1]) or body.rstrip().endswith(":"):
                # A paragraph ending with a colon announces the next one ("la vidéo suivante est intitulée … :").
                continue
            prev = self.paragraphs[i - 1]
            if not text[prev[0]:prev[1]].rstrip().endswith(":") or not self._verbs_in(*self._sentence_of(prev[1] - 1)):
                continue
            sp, verb = self._announcer(prev)
            if verb is not None:
                out.append(Quote(ps, pe, body, "direct", self._lang(ps, pe), verb, sp))
        return out

    def _pronoun_speaker(self, span: _Span, word: str, pos: int) -> Speaker | None:
        """Whom the pronoun `word` at `pos`, attributing the quote `span` ("», a-t-il dit"), stands for: resolved
        now, and again once every speaker of the document is known."""
        self.pronouns[span.start] = word, span.open_at
        return self.resolver.antecedent(span.open_at, plural=word.lower() in ("ils", "elles"),
                                        fallback=Speaker(word, pos, pos + len(word)))

    def _impersonal_passive(self, gap: str, inverted: re.Match) -> bool:
        """Whether the pronoun inverted in `gap` is the impersonal "il" of a passive auxiliary ("est-il écrit")."""
        words = gap[:inverted.start()].split()
        return inverted.group(1).lower() == "il" and bool(words) and words[-1].lower() in self.lex.passive_auxiliaries

    def _closes_quote_before(self, start: int, v: Verb) -> bool:
        """Whether verb `v`, alone or after its auxiliary, comes right after a quote closed with a comma:
        '"…", a assuré X :' (not '«…», a-t-il ajouté avant d'implorer l'ONU :', whose pronoun speaks)."""
        left = self.text[start:v.start]
        comma = left.rfind(",")
        between = left[comma + 1:]
        return comma >= 0 and _closes_quote(left[:comma + 1]) and left[:comma].strip() != "" \
            and (not between.strip() or len(between.split()) == 1 and bool(self.lex.aux_full.fullmatch(between))
                 and not _INVERTED_AUX.search(between))

    def _partial_speaker(self, span: _Span, sent: tuple[int, int],
                         attributed: dict[tuple[int, int], Quote]) -> tuple[Speaker | None, str | None]:
        """The speaker of a quoted fragment: the attributed quote of the same sentence, else the
        subject of the verb that introduces it ("a réclamé une «…»", "a jugé que … «…»"), else
        the speaker of an attribution closing the clause ("«…», a estimé X")."""
        other = attributed.get(sent)
        relative = self._relative_introducer(span, sent)
        antecedent = self._subject_before(sent[0], relative) if relative is not None else None
        if antecedent is not None:
            # "X a dit … la formule de Y, qui a promis de les chasser « rue par rue »": the relative clause's
            # verb introduces the fragment; its antecedent speaks, not the sentence's speaker.
            return antecedent, relative.form
        if other is not None:
            # "« … », a-t-il dit, soulignant que la ville n'était « pas menacée »": a present participle after the
            # attributed quote speaks for the same subject, and introduces the fragment; so does a verb
            # a few words before it ("X a dit que c'était « … » et a appelé les deux camps à « … »").
            nearer = [v for v in self._verbs_in(other.end, span.open_at) if not self.resolver.is_quoted(v.start)]
            nearer = nearer[-1:] if nearer and self._introduces(nearer[-1], span) \
                else [v for v in nearer if v.form.lower().endswith(("ant", "ing"))]
            return other.speaker, nearer[-1].form if nearer else other.verb
        text = self.text
        verbs = [v for v in self._verbs_in(sent[0], sent[1]) if not (span.start < v.start < span.close_at)
                 and not re.match(r"\s+(?:par|by)\b", text[v.end:v.end + 5])]
        chosen = None
        # Inside reported speech ("a averti que … « … »"), the reporting verb speaks.
        for v in verbs:
            if v.end <= span.open_at and self._reports_that(v):
                chosen = v
        if chosen is None:
            for v in verbs:
                if self._introduces(v, span):
                    chosen = v
        if chosen is None:
            own = next((v for v in verbs if v.start == span.start), None)
            # A quoted verb speaks for its subject ("a «condamné» l'attaque"); one word alone, without
            # its auxiliary or after a passive's, is a term or a scare quote ("un état «critique»", "leur
            # «pensée»", "est de nouveau «corrigée»").
            before = text[sent[0]:span.open_at]
            if own is not None and (len(text[span.start:span.end].split()) > 1
                                    or self.lex.aux.search(before) and not self.lex.passive.search(before)):
                chosen = own
        if chosen is not None:
            agent = _AGENT_AFTER.match(text, span.close_at, sent[1]) if chosen.end <= span.open_at \
                and _PARTICIPLE_GAP.fullmatch(text, chosen.end, span.open_at) and (
                    self._passive(chosen) or not self.lex.aux.search(text[sent[0]:chosen.start])) else None
            if agent is not None and self._opens_noun_phrase(agent.end(), sent[1]) \
                    and not self.lex.reflexive_form.match(chosen.form):
                # "Des tirs qualifiés de «lâches» par les autorités de Vasko": the agent of the
                # participle that quotes the fragment speaks, not the noun it describes. A reflexive verb
                # is no such participle: in "X s'est dit «choqué» par Y", "par" tells the cause, X speaks.
                by = self._speaker_after(agent.end(), sent[1])
                if by is not None:
                    return by, chosen.form
            if chosen.inverted:
                return self.resolver.antecedent(chosen.start, fallback=Speaker(
                    chosen.inverted, chosen.end - len(chosen.inverted), chosen.end)), chosen.form
            subject = self._subject_pronoun(sent[0], chosen.start)
            if subject:
                # "Il décrit « … »": resolved again once every speaker of the document is known.
                self.pronouns[span.start] = subject
            return self._subject_before(sent[0], chosen), chosen.form
        for v in verbs:
            bare = self._bare_attribution(sent, v) if v.start >= span.close_at else None
            if v.start >= span.close_at and (re.fullmatch(r"[\s,]*,\s*(?:\S+\s+){0,2}", text[span.close_at:v.start])
                                             or bare is not None and not _LETTER.search(text, span.close_at, bare)):
                between = text[span.close_at:v.start].strip(" ,")
                inv_aux = _INVERTED_AUX.search(between + " ")
                if inv_aux and not v.inverted:
                    # "«…», a-t-il toutefois jugé": the pronoun on the auxiliary speaks.
                    pos = span.close_at + text[span.close_at:v.start].index(between) + inv_aux.start(1)
                    return self._pronoun_speaker(span, inv_aux.group(1), pos), v.form
                if re.search(r"\w", between) and not v.inverted and not self.lex.aux_full.fullmatch(" " + between + " ") \
                        and not self.lex.subordinator.match(between + " "):
                    # "«…», the report says": the subject stands before its verb (not "«…», comme dit X").
                    return self._subject_before(span.close_at, v), v.form
                return self._speaker_after(v.end, sent[1]), v.form
        return self._initial_attribution(sent), None

    def _reports_that(self, v: Verb) -> bool:
        """True when `v` takes a that-clause and one follows it ("a averti que", "warned that")."""
        after = self.text[v.end:v.end + 40]
        return "que" in v.frames and self.lex.that.match(self.text, v.end + len(after) - len(after.lstrip())) is not None

    def _relative_introducer(self, span: _Span, sent: tuple[int, int]) -> Verb | None:
        """The reporting verb of a relative clause that introduces a quoted fragment, its subject relative
        pronoun after a comma ("…, qui a promis «…»", "…, qui a souligné que … «…»"), or None."""
        text = self.text
        if not self.lex.comma_relative.search(text, sent[0], span.open_at):
            return None
        for v in reversed(self._verbs_in(sent[0], span.open_at)):
            if self.resolver.is_quoted(v.start) or v.inverted:
                continue
            if not (self._introduces(v, span) or self._reports_that(v)):
                return None
            left = text[sent[0]:v.start]
            aux = self.lex.aux.search(left + " ")
            words = left[:aux.start() if aux else len(left)].split()
            if len(words) >= 2 and words[-1].lower() in self.lex.subject_relatives and words[-2].endswith(","):
                return v
            return None
        return None

    def _introduces(self, verb: Verb, span: _Span) -> bool:
        """Whether a verb before a quoted fragment introduces it: a few words between them, no comma
        nor relative pronoun ("a appelé les deux camps à « … »")."""
        gap = self.text[verb.end:span.open_at]
        return verb.end <= span.open_at and len(gap.split()) <= PARTIAL_GAP_WORDS \
            and not re.search(r",|\b(?:qui|dont|où|which|who)\b", gap)

    def _names_a_thing(self, span: _Span) -> bool:
        """Whether a quoted fragment inside a sentence names a thing rather than quotes someone's
        words: a short capitalized title («Folklore», « Le Monde »), a name or a term a naming word
        gives ("la droite dite «républicaine»", "the so-called 'Arab Spring'", "an attempt, called the
        'top kill'"), a title a noun announces ("l'opération «Aube de l'odyssée»"), or a term the noun
        after it classes ('a "buy" rating'). A judging verb's fragment stays a quote ("a qualifié
        l'attaque de «barbare»", "what he called 'bias'")."""
        body = self.text[span.start:span.end]
        if re.search(r"[.!?]", body):
            return False
        words = len(body.split())
        if body[:1].isupper() and words <= MAX_TITLE_WORDS:
            return True
        if words > MAX_NAMED_WORDS:
            return False
        before = self.text[max(0, span.open_at - NAMING_CHARS):span.open_at]
        lead = self.lex.naming_lead.search(before)
        if lead and not (self.lex.reflexive and self.lex.reflexive.search(before, 0, lead.start())) \
                or self.lex.title_noun.search(before):
            # A reflexive clitic makes the naming word a verb: "elles se sont dites «prêtes»" speak.
            return True
        named = self.lex.naming_participle.search(before)
        if named:
            word = named.group("before").strip()
            # "des extrémistes appelés «", ", called the '": no subject of its own, so it names.
            if word == "," or word.islower() and word.lower() not in self.lex.not_namers:
                return True
        return words <= MAX_TERM_WORDS and bool(self.lex.term_noun.match(self.text, span.close_at))

    def _initial_attribution(self, sent: tuple[int, int]) -> Speaker | None:
        """"Pour Julie Marchand, experte en cybersécurité, l'attaque porte « … »", "Pour le ministre de
        l'Intérieur, …", "In the view of the UN envoy, …": the holder of the view, named or speaker-shaped."""
        if self.lex.initial is None:
            return None
        m = self.lex.initial.match(self.text, sent[0], sent[1])
        if not m:
            return None
        comma = self.text.find(",", m.end(), sent[1])
        if comma < 0 or len(self.text[m.end():comma].split()) > MAX_HOLDER_WORDS:
            # "For all his praise of the Valbrune Council plan and talk about …,": a clause, not a holder.
            return None
        start, end = self._apposition(m.end(), comma, sent[1])
        # A name counts inside the phrase or the name apposed to it ("Pour l'experte, Julie Marchand,"),
        # not in the clause after it ("For the first time, the Valbrune dam").
        if not self._holds_a_view(m.end(), comma) and not [
                n for n in self.resolver.names_in(m.end(), max(comma, end))
                if n.type in ("person", "organization") or not self.resolver.from_mentions]:
            return None
        return self.resolver.from_region(start, end)

    def _holds_a_view(self, start: int, end: int) -> bool:
        """Whether the noun phrase after an opening ("Pour le ministre de l'Intérieur", "Aux yeux de
        l'ONU", "For the ministry", "Pour lui") is shaped like a speaker though it holds no typed name: a
        pronoun, a title, a source's head, an organization's anaphor or an acronym. "Pour la première fois", "Pour 2024",
        "Pour cela", "For now" are none."""
        region = self.text[start:end].strip()
        if not region:
            return False
        c = cues(self.lang)
        if region.lower() in c.pronouns:
            # "Pour lui, « … »": the person named before.
            return True
        # The head of the phrase: first after the determiners in French, before its complement in English.
        bare = re.sub(r"^(?:(?:les|le|la|l['’]|du|des|de|d['’]|the|an|a)(?:\s+|(?<=['’])))+", "", region,
                      flags=re.IGNORECASE)
        core = re.split(r"\s+(?:of|de|du|des|d['’])\s*", bare, maxsplit=1)[0].split()
        if not core:
            return False
        head = core[-1] if c.shape.head_last else core[0]
        return bool(c.titles.match(bare) or c.titles.fullmatch(head) or head.lower() in c.anonymous
                    or c.organization_anaphor.fullmatch(region.lower().replace("’", "'"))
                    or _ACRONYM.fullmatch(head))

    # -- indirect speech -----------------------------------------------------

    def _indirect(self, taken: _Taken) -> list[Quote]:
        text = self.text
        out: list[Quote] = []

        def free(s: int, e: int) -> bool:
            return not (taken.at(s) or taken.at(e - 1))

        for v in self.verbs:
            if not v.frames or not free(v.start, v.end):
                continue
            sent = self._sentence_of(v.start)
            # The frame of a verb is in the words right after it.
            rest = text[v.end:min(sent[1], v.end + FRAME_WINDOW)]
            g = self._past_adverbials(rest)
            content_start = None
            if "que" in v.frames:
                m = self.lex.that.match(rest, g)
                if m and any(w.form.lower() != w.lemma for w in self._verbs_in(v.end + g, v.end + m.end())):
                    # "qui souhaite rester anonyme a affirmé que": the "que" is the later verb's
                    # (but "il dit souhaiter que": an infinitive's is its governing verb's).
                    continue
                relative = self.lex.relative_that.search(rest, g, m.end()) if m else None
                if relative and "".join(rest[:relative.start()].split()[-1:]).lower() not in self.lex.completive_leads:
                    # "Omar explique en deux mots ce que sont les marées d'équinoxe": what follows is no claim.
                    continue
                that = _THAT_WORD.search(m.group(0)) if m else None
                opens = m.end() if m else None
                if that and that.group(0)[:4].lower() == "that":
                    # The words after any incise the verb is set apart by ("argued, like X is doing, that").
                    between = rest[g:m.start() + that.start()].rsplit(",", 1)[-1]
                    if self.lex.subject_verb.match(" " + rest[m.end():]):
                        # A "that" right before a finite verb opens no clause: it is the demonstrative subject
                        # of what is said ("the agency said that would take weeks"), or, after the verb's
                        # object, a relative ("the council approved rules that will ban fishing"), which
                        # reports nothing, unless a verb before it shows the clause is already open ("said the
                        # rise showed costs that were …").
                        if between.strip():
                            if not self.lex.verb_cue.search(between):
                                continue
                            m = None
                        opens = m.start() + that.start() if m else None
                    elif v.lemma in self.lex.no_that and v.lemma != "tell" and self.lex.subject_verb.search(" " + between):
                        # "said it will move that tanker": the clause opened before the "that", its object.
                        m = None
                if m:
                    content_start = v.end + opens
                elif v.lemma in self.lex.no_that and not v.form.endswith("ing") \
                        and not _closes_quote(text[sent[0]:v.start]) \
                        and (re.search(r"[.!?]\W*$", text[sent[0]:sent[1]]) or sent[1] in self.run_in_ends):
                    # "The UN said 300 people had died": English drops "that", but not after
                    # an inverted attribution ('," said X') or before a preposition ("said in").
                    # A finite verb right after it is the rest of a relative clause the verb is set in,
                    # whose subject went before ("the plan which he said had been a failure", "what
                    # they said was the rebel quarter"): no clause of its own is reported.
                    nxt = re.match(r"[\w']+", rest[g:])
                    if nxt and nxt.group(0).lower() not in self.lex.prepositions and v.lemma != "tell" \
                            and not self.lex.subject_verb.match(" " + rest[g:]) \
                            and (self._bare_clause(text[sent[0]:v.start], rest[g:], v.lemma)
                                 or self._apposed_opening(sent, v)):
                        content_start = v.end + g
            if content_start is None and "inf" in v.frames:
                if _INFINITIVE_FRAME.match(rest, g):
                    # "a indiqué ne pas avoir rencontré …": a negation skipped with the adverbs is said too.
                    negation = self.lex.negation.search(rest, 0, g)
                    content_start = v.end + (negation.start() if negation else g)
            if content_start is None and ("a" in v.frames or "de" in v.frames) and rest[g:g + 1] not in ",.":
                # A call is "à"/"de"/"to" and a verb: "a appelé les habitants à limiter"; the first
                # one after the time expressions ("a demandé dans la nuit de dimanche aux habitants
                # de rester"), unless another reporting verb comes first, whose it is ("a réclamé
                # une trêve, accusant Damas d'aggraver …").
                found = (_CALL_TO if "a" in v.frames else _CALL_OF).search(rest, max(0, g - 1), CALL_WINDOW)
                if found and not self._verbs_in(v.end + g, v.end + found.start()) and (
                        self.lang == "en" or re.match(r"ne\s|n['’]", rest[found.end():])
                        or self.lex.infinitive.match(rest, found.end())):
                    # "called on X to", "called for X to": the particle is the verb's, not what it asks.
                    particle = self.lex.call_particle.match(rest, g)
                    if particle and particle.end() < found.start():
                        content_start = v.end + particle.end()
                    elif v.lemma not in self.lex.particle_calls:
                        # "called his office to ask": without its particle the verb phones, it asks nothing.
                        content_start = v.end + g
            if content_start is None:
                continue
            end = sent[1]
            for w in self._verbs_in(content_start + 1, end):
                if content_start < w.start < end:
                    coord = self.lex.coordinated.search(text, content_start, w.start)
                    if coord:
                        # "… les syndicats et a appelé …": the second verb starts its own quote.
                        end = coord.start()
                        break
            attributed_end = None
            if end == sent[1] and (cut := self._closing_attribution(content_start, end)) < end:
                attributed_end, end = end, cut
            while end > content_start and text[end - 1] in " .;!?\n,":
                end -= 1
            while content_start < end and text[content_start] in " ,;\u00a0":
                # "said that, since April, it has …": an adverbial set apart opens what is said, not its comma.
                content_start += 1
            if end - content_start < 3 or not free(content_start, end) \
                    or len(text[content_start:end].split()) < MIN_INDIRECT_WORDS:
                continue
            agent = re.match(r"\s+(?:par|by)\s", text[v.end:v.end + 5])
            if agent and not (v.lemma in self.lex.addressee_verbs and self._passive(v)
                              and content_start > v.end + agent.end()):
                # "dénoncés par les médias": a passive, whose speaker is the agent, not the subject.
                continue
            if self.lex.reflexive_form.match(v.form) and "que" in v.frames \
                    and self.lex.impersonal.search(text, max(sent[0], v.start - 8), v.start) \
                    and self.lex.that.match(text[v.end:content_start].lstrip()):
                # "Il se dit que …", "il se murmure que …": a rumour, not someone's words.
                continue
            with self.resolver.reporting(content_start, end):
                if agent:
                    # "He was told by the general that …", "Il a été informé par le préfet que …": the agent speaks.
                    that = self.lex.that.match(rest, g)
                    sp = self.resolver.from_region(v.end + agent.end(), v.end + that.start() + _THAT_WORD.search(that.group(0)).start())
                elif v.inverted:
                    sp = self.resolver.antecedent(v.start, fallback=Speaker(v.inverted, v.end - len(v.inverted), v.end))
                elif v.form.lower() == v.lemma and not self._plural_present(v):
                    # "avant de rappeler que …": an infinitive speaks for the speaker already named in its sentence.
                    sp = next((r for at, r in reversed(self.resolver.recent) if sent[0] <= at < v.start), None)
                else:
                    sp = self._subject_before(sent[0], v)
            if sp is None or sp.text.lower() in self.lex.generic:
                continue
            q = Quote(content_start, end, text[content_start:end], "indirect",
                      self._lang(content_start, end), v.form, sp)
            out.append(q)
            self.resolver.recent.append((v.start, sp))
            self.reporting.add(v.start)
            # The attribution closing the sentence is taken too: it reports this report, not another.
            taken.add(content_start, attributed_end or end)
        out.extend(self._according_to(taken))
        out.extend(self._inverted_clauses(taken))
        return out

    def _apposed_opening(self, sent: tuple[int, int], verb: Verb) -> bool:
        """Whether the comma right before `verb` closes the apposition of a name that opens its sentence
        ("Ali Tarek, head of the survey unit, said the dam, built in 1960, had held"): the name is the
        verb's subject, and the words after the verb are what it reports, not an inverted speaker."""
        comma = self.text.rfind(",", sent[0], verb.start)
        if comma < 0 or self.text[comma + 1:verb.start].strip():
            return False
        apposed = self._apposed_subject(sent[0], comma, verb, sent[1])
        return apposed is not None and not self.text[sent[0]:apposed[0].start].strip()

    def _closing_attribution(self, start: int, end: int) -> int:
        """Where what a verb reports, from `start` to the end of its sentence at `end`, stops before
        an attribution closing the sentence ("said the council had vowed to act, Reed said.",
        "told reporters the army held the capital, the AFP news agency reports.", "…, according to
        AP."): the words of whoever reports the report, not of the speaker; `end` when there is none."""
        commas = list(_CLAUSE_COMMA.finditer(self.text, start, end))
        if not commas:
            return end
        comma = commas[-1].start()
        tail = self.text[comma + 1:end]
        if _MARKS.search(tail) or self.resolver.is_quoted(comma):
            # "…, offering help, '' he said.", "…, pledging to pay any `` claim '' it receives": the
            # attribution of a quotation, or words quoted, not an attribution of the report.
            return end
        if self.lex.according.regex.match(tail.lstrip()) and len(tail.split()) <= MAX_INVERTED_WORDS:
            return comma
        for w in self._verbs_in(comma + 1, end):
            close = _SENTENCE_CLOSE.match(self.text, w.end, end)
            if w.form.endswith(("ing", "ant")) or close is None or self.text[close.end():end].strip():
                continue
            between = self.text[comma + 1:w.start]
            before = [] if self.lex.aux_full.fullmatch(between) else [b.lower() for b in between.split()]
            after = self.text[w.end:end].split()
            if not before:
                # "…, said Tom Reed.", "…, a précisé son cabinet.": a speaker follows the verb.
                closes = self.lang != "en" or bool(_CAPITAL_OR_ARTICLE.match(self.text, w.end))
            else:
                # "…, the AFP news agency reports.": a noun phrase and a finite verb, which a verb's
                # own words do not make ("…, adding Norvik Labs has been working on it", "…, the witness who
                # testified", "…, flags on the frontier post").
                closes = len(before) <= MAX_INVERTED_WORDS \
                    and (w.form.lower() != w.lemma or before[-1].endswith("s") or before[-1] in _PLURAL_SUBJECTS) \
                    and before[0] not in _CONJUNCTIONS \
                    and not any(b in self.lex.relative or b in _ATTRIBUTION_BREAKERS or b.endswith("ing")
                                or self.lex.subject_verb.match(" " + b + " ") for b in before)
                # "…, with 28 cases confirmed.": a preposition opens a phrase, not a speaker. After the
                # verb only a name, a time or a place may close the sentence, or whom it was told ("…, the
                # ministry said on Monday.", "…, he told reporters."); not a noun it qualifies ("…, the
                # first confirmed cases in Britain.").
                closes = closes and (before[0] == "as" or before[0] not in self.lex.prepositions) \
                    and not (after and after[0].islower() and after[0] not in self.lex.prepositions
                             and w.lemma not in self.lex.addressee_verbs)
            if closes and not (after and after[0].lower() in _CONJUNCTIONS):
                return comma
        return end

    def _past_adverbials(self, rest: str) -> int:
        """Where what a verb reports may start in `rest`, the words after the verb: past the
        adverbs, adverbial phrases and time expressions standing between them ("a appelé
        jeudi 5 mai dans la soirée la Tessie à …", "said earlier this week the …")."""
        gap = self.lex.gap_run.match(rest)
        g = gap.end() if gap else 0
        for _ in range(MAX_ADVERBIALS):
            end = self._time_expression_at(rest, g)
            if end is None:
                break
            gap = self.lex.gap_run.match(rest, end)
            g = gap.end() if gap else end
        return g

    def _time_expression_at(self, rest: str, pos: int) -> int | None:
        """The end of a time expression starting at `pos` in `rest` (after a comma or a word
        that leads it: "on Monday night", ", jeudi soir,"), or None. The time expression
        tagger reads only a short window, so a verb costs the same however long its sentence."""
        lead = self.lex.time_lead.match(rest, pos)
        window = rest[pos:pos + TIME_WINDOW]
        rules = time_lexicon(self.lang).pattern
        plain_window = time_plain(window)
        if not (rules.match(plain_window, lead.end() - pos) or rules.match(plain_window)):
            # No time rule starts here: most verbs are followed by no time expression.
            return None
        found = find_timexes(window, None, self.lang)
        if not found or pos + found[0].start != lead.end():
            return None
        end = pos + found[0].end
        after = rest[end:end + 12]
        if _POSSESSIVE.match(after) or self.lex.subject_verb.match(after):
            # "said Monday's attack …", "said 2019 was the worst year": the time is the subject.
            return None
        # A time expression set off by commas (", jeudi soir,", "on Tuesday, March 4,") ends with its comma.
        comma = re.match(r"\s*,", after) if "," in rest[pos:end] else None
        return end + comma.end() if comma else end

    def _bare_clause(self, before: str, after: str, lemma: str) -> bool:
        """Whether the words `after` a verb with no "that" are the clause it reports ("said 300
        people had died"), not its object ("announced a new fund") nor, after a comma, the
        speaker of an inverted attribution ("…, said Tom Reed, the radio's correspondent") nor, after a
        quotation and its speaker, when and where it was said ('…, '' she said early in the crisis')."""
        if not (_AFTER_COMMA.search(before) or _AFTER_QUOTE_SPEAKER.search(before) or lemma in self.lex.noun_object):
            return True
        return bool(self.lex.clause_cue.search(_FIRST_CHUNK.match(after).group(0)))

    def _according_to(self, taken: _Taken) -> list[Quote]:
        """"selon X, …", "…, d'après X", "according to X": the sentence minus the attribution."""
        text = self.text
        out = []
        previous_end = 0
        for m in self.lex.according.finditer(text):
            if taken.at(m.start()) or text[m.end():m.end() + 1] == "-" or m.start() < previous_end:
                # "l'après-midi" holds "après" but attributes nothing; "cité par" inside the source of
                # a "selon" ("selon des sources citées par Reuters") is part of that source.
                continue
            sent = self._sentence_of(m.start())
            if any(w.lower() in self.lex.quoted_participles for w in m.group(0).split()) \
                    and self._verbs_in(*sent):
                # "a source quoted by AFP said …", "…, a déclaré X, cité par Reuters": the participle names
                # who relayed the words of the phrase it qualifies, which speaks with a verb of its own (with
                # none, who quoted a figure is its source: "3 % of reserves (quoted by an official)").
                continue
            if any(q is not None and q.start() < m.start() for v in self._verbs_in(m.end(), sent[1])
                   for q in [self._quoted_as(v, sent[0])]):
                # "Mr Reed is quoted by AP as saying": the agent of the passive only relays what its
                # subject said (the reporting verb attributes it).
                continue
            np_start = m.end()
            while np_start < sent[1] and text[np_start] in " \u00a0":
                np_start += 1
            np_end = self._according_source_end(np_start, sent[1])
            acronym = re.match(r"\s*\([A-ZÀ-Þ][\w.-]{1,12}\)", text[np_end:sent[1]])
            if acronym:
                np_end += acronym.end()
            np_text = text[np_start:np_end].strip()
            if not np_text:
                continue
            if np_text.split()[0].lower() in ("lesquels", "lesquelles", "laquelle", "lequel", "quoi", "which"):
                # "des rumeurs selon lesquelles …": the rumours are nobody's words.
                continue
            pronoun = np_text.split()[0].lower()
            if pronoun in ("qui", "lui", "elle", "eux", "elles", "whom", "him", "her", "them"):
                # "selon lui": the last name before it in the sentence that may speak, never a place ("des
                # objectifs en Méditerranée, devenue, selon lui, …"); "selon eux", a group, not one person.
                plural = pronoun in ("eux", "elles", "them")
                # "selon elle" is no one the text calls a man.
                gender = cues(self.lang).pronoun_genders.get(pronoun)
                # A name inside quoted words is said, not a speaker ("« … Y a perdu », a dit X, selon qui …").
                names = [n for n in self.resolver.names_in(sent[0], m.start())
                         if (n.type != "place" or n.metonymy) and not (plural and n.type == "person")
                         and not self.resolver.is_quoted(n.start)
                         and (gender is None or self.resolver.gender(Speaker(n.text, n.start, n.end, n.entity))
                              in (None, gender))]
                # One person's "selon lui" is the last person named before it, a body only when none is
                # ("Nadir assimile les rebelles à une secte, qui selon lui menace …" is Nadir's).
                if not plural:
                    names = [n for n in names if n.type == "person"] or names
                sp = Speaker(names[-1].text, names[-1].start, names[-1].end, names[-1].entity) if names \
                    else self.resolver.antecedent(m.start(), plural=plural)
                cs, ce = np_start + len(np_text.split()[0]) + 1, sent[1]
            else:
                sp = self.resolver.from_region(*self._apposition(np_start, np_end, sent[1]))
                # What X says never reaches back across a sentence end the segmenter kept (a period before
                # a lower-case line: "… dans son reportage.\ndu Conseil …, selon X").
                first = self._after_sentence_end(max(sent[0], previous_end), m.start())
                lead = text[first:m.start()].strip(" ,\n")
                if len(lead.split()) >= 3 and not self.lex.clause_open.search(lead) \
                        and not (self._opening_only(first, m.start()) and self._resumed_clause(np_end, sent[1], taken)) \
                        and not self._relative_opens(lead) \
                        or previous_end > sent[0] and re.search(r"\w", lead):
                    # "45 000 selon la préfecture, 120 000 selon les syndicats": each its own.
                    cs, ce = self._past_heading(first, m.start()), m.start()
                    rest = self._past_source_appositions(max(np_end + 1, sp.end if sp is not None else 0), sent[1],
                                                         np_start, np_end)
                    if (text[rest:sent[1]].split() or [""])[0].lower() in self.lex.resuming_prepositions \
                            and not self.lex.subject_verb.search(text, rest, sent[1]):
                        # "un passeur arrêté, selon des témoins, par une patrouille": a complement resumes the
                        # clause past its source, with no verb of its own; the claim is the whole clause.
                        ce = sent[1]
                else:
                    # "Selon X, …", and after a clause's opening word ("… puisque, selon X, …", "… and,
                    # according to X, …") or a relative pronoun ("la radio qui, selon X, a annoncé …"): X says
                    # what follows. The speaker may reach past the noun
                    # phrase's period ("selon M. Frattini, …"); appositions describing X are left out.
                    cs = self._past_source_appositions(max(np_end + 1, sp.end if sp is not None else 0), sent[1],
                                                       np_start, np_end)
                    ce = sent[1]
            # Quoted words already taken (a direct quote, an indirect one) are not this clause.
            cut = False
            for a, b in (taken.spans if taken.overlaps(cs, ce) else ()):
                if a < ce and cs < b:
                    if a <= cs:
                        cs = b
                    else:
                        ce, cut = a, True
            if cut and self._only_attribution(cs, ce):
                # What is left before the words taken is their attribution ("Cité par la télévision, X,
                # porte-parole du régime, a assuré que …"): X's words are already that verb's quote.
                previous_end = np_end
                continue
            # A straight quote mark at either end is trimmed only when the claim leaves it unpaired: one
            # that closes a quote opened inside ('Ils sont "en sécurité", selon X') is part of the claim.
            while cs < ce and (text[cs] in " ,\n»”" or text[cs] == '"' and text.count('"', cs, ce) % 2):
                cs += 1
            while ce > cs and (text[ce - 1] in " ,.;\n«“" or text[ce - 1] == '"' and text.count('"', cs, ce) % 2):
                ce -= 1
            cs = self._past_conjunction(cs, ce)
            if self._attributes_a_quote(cs, ce):
                # The source's words are the sentence after the quote's attribution, if any ("«…», she
                # wrote on X. The government has not commented, according to local media").
                ends = list(_END_AND_CAPITAL.finditer(text, cs, ce))
                cs = ends[-1].end() if ends else ce
            if sp is None or sp.text.lower() in self.lex.generic or not re.search(r"\w", text[cs:ce]):
                previous_end = np_end
                continue
            previous_end = np_end
            out.append(Quote(cs, ce, text[cs:ce], "indirect", self._lang(cs, ce), m.group(0).strip(), sp))
            taken.add(cs, ce)
        return out

    def _only_attribution(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a subject, its appositions and a reporting verb ending it, with no
        other clause ("X, porte-parole du régime, a assuré que", "the ministry said that")."""
        verbs = self._verbs_in(start, end)
        if not verbs:
            return False
        after = self.text[verbs[-1].end:end].strip()
        subject = self.lex.aux.sub("", self.text[start:verbs[-1].start] + " ")
        # A verb of a relative clause ("the strike that Libya says killed …") attributes nothing here.
        return (not after or bool(self.lex.subordinator.fullmatch(after + " "))) \
            and not self.lex.clause_markers.search(subject) and not self.lex.subordinator.search(subject) \
            and not any(w.lower() in self.lex.relative for w in subject.split())

    def _attributes_a_quote(self, start: int, end: int) -> bool:
        """Whether text[start:end], right after a closed quote and its comma, is that quote's attribution
        ("«…», a-t-il ajouté, selon l'agence Norvik Presse", "\"…,\" she tells reporters, according to AFP"):
        a "selon" there says where the quote was reported, not what."""
        if not _QUOTE_AND_COMMA.search(self.text, max(0, start - 6), start):
            return False
        words = list(re.finditer(r"\S+", self.text[start:end]))[:MAX_INVERTED_WORDS]
        return bool(words) and bool(self._verbs_in(start, start + words[-1].end()))

    def _according_source_end(self, start: int, limit: int) -> int:
        """Where the source after "selon"/"according to" ends: at a comma, a bracket, a sentence's
        punctuation (not an abbreviation's or an initial's period: "Adm. Tom Reed", "the senior
        U.S. official") or a relative pronoun. A line break inside a sentence is only the wrapping of
        a printed column ("selon des\ntémoins")."""
        for m in _SOURCE_END.finditer(self.text, start, limit):
            if m.group(0) != "." or not self._abbreviation_before(m.start()):
                return m.start()
        return limit

    def _past_source_appositions(self, pos: int, limit: int, np_start: int, np_end: int) -> int:
        """Where what a source says starts, `pos` being just past the source, past up to MAX_APPOSITIONS
        chunks between commas that describe it: a relative clause ("selon la radio, qui cite …, "), a
        participle with its agent ("interviewé par l'AFP,"), a title without article ("journaliste à
        Libération,"), or after a person's name a title with its article ("Adm. Tom Reed, the
        fleet's commander,"), or with no comma before it a relative clause closed by one ("selon des
        témoins qui étaient sur place, …"). A person's name closing a relative clause is described by such
        a title too ("selon la radio, qui cite X, le porte-parole du parti, …")."""
        if self.text[pos - 1:pos] != ",":
            relative = _COMMA_CHUNK.match(self.text, pos, limit)
            words = relative.group(1).split() if relative else []
            if not words or words[0].lower() not in self.lex.relative or len(words) > MAX_APPOSED_WORDS:
                return pos
            pos = relative.start()
        c = cues(self.lang)
        person = any(n.type == "person" and n.end >= np_end - 1 for n in self.resolver.names_in(np_start, np_end))
        for _ in range(MAX_APPOSITIONS):
            m = _COMMA_CHUNK.match(self.text, pos, limit)
            words = m.group(1).split() if m else []
            if not words or len(words) > MAX_APPOSED_WORDS or not words[0][:1].islower():
                break
            chunk = " ".join(words)
            low = words[0].lower().replace("’", "'")
            determined = low in _DEFINITE or low.split("'")[0] in _DEFINITE or bool(c.indefinite.match(low + " "))
            verbless = not self.lex.clause_markers.search(chunk)
            if not (low in self.lex.relative or _AGENT_PHRASE.match(chunk)
                    or verbless and (c.titles.match(chunk) or low in c.anonymous)
                    or verbless and person and determined and (c.titles.search(chunk) or any(
                        w.lower() in c.anonymous for w in words))):
                break
            if low in self.lex.relative:
                person = any(n.type == "person" and n.end >= m.end(1) - 1
                             for n in self.resolver.names_in(m.start(1), m.end(1)))
            pos = m.end()
        return pos

    def _past_heading(self, start: int, end: int) -> int:
        """Where a clause starting at `start` begins once a live page's time heading, a bracketed stamp or
        the heading block a wire dateline closes is left out ("22 h 15 : Des « cibles civiles » …, a déclaré …")."""
        dateline = None
        for dateline in _DATELINE.finditer(self.text, start, end):
            pass
        if dateline is not None:
            start = dateline.end()
        stamp = _STAMP.match(self.text, start, end)
        if stamp:
            start = stamp.end()
        heading = _HEADING.match(self.text, start, end)
        return heading.end() if heading and heading.end() < end else start

    def _sentence_end(self, start: int, limit: int) -> re.Match | None:
        """The first sentence end in text[start:limit], past the periods of abbreviations and initials
        ("\"…,\" said Lt. Gen. Tom Reed", "\"…,\" a U.S. official noted")."""
        for m in _SENTENCE_END.finditer(self.text, start, limit):
            if m.group(0) != "." or not self._abbreviation_before(m.start()):
                return m
        return None

    def _abbreviation_before(self, period: int) -> bool:
        """Whether the period at `period` closes an abbreviation or an initial ("M.", "Adm.", "U.S.")."""
        word = self.text[max(0, period - MAX_ABBREVIATION_CHARS):period].split()[-1:]
        word = word[0].lstrip("([\"«“'") if word else ""
        return word.lower() in self.lex.abbreviations or bool(_INITIALS.fullmatch(word))

    def _after_sentence_end(self, start: int, end: int) -> int:
        """Where text[start:end] starts again after its last sentence end outside quotation marks:
        end punctuation and white space, whatever case follows, unless it closes an abbreviation."""
        found = start
        for m in _END_AND_SPACE.finditer(self.text, start, end):
            if not self.resolver.is_quoted(m.start()) and not (
                    self.text[m.start()] == "." and self._abbreviation_before(m.start())):
                found = m.end()
        return found

    def _past_conjunction(self, start: int, end: int) -> int:
        """Where what a source says starts once a conjunction opening it is left out: "et poussé …" →
        "poussé …"; a participle with its agent after it extends the source and is left out whole
        ("Selon des sources citées par Reuters, et reprises par la radio, certains pays …")."""
        m = _LEAD_CONJUNCTION.match(self.text, start, end)
        if m is None:
            return start
        comma = self.text.find(",", m.end(), end)
        if comma >= 0 and _AGENT_PHRASE.match(self.text, m.end(), comma):
            start = comma + 1
        else:
            start = m.end()
        while start < end and self.text[start].isspace():
            start += 1
        return start

    def _bare_attribution(self, sent: tuple[int, int], verb: Verb) -> int | None:
        """Where the clause ends that a subject pronoun and its verb attribute with no comma before them
        ("… the river had risen in the night he said .", "… a `` total failure '' they said , and …"): the verb
        closes the sentence or a comma follows it at once; None for another construction ("what he said")."""
        m = self.lex.bare_attribution.search(self.text, sent[0], verb.start)
        if m is None or m.group("word").lower() in self.lex.bare_attribution_blockers \
                or not _LETTER.match(m.group("word")) and self.text[sent[0]:m.start()].rstrip().endswith(",") \
                or self.text[verb.end:sent[1]].lstrip()[:1] not in ("", ",", ".", "!", "?"):
            # "… , '' he said": the comma sets the attribution apart already; "… telling them they feared for
            # their lives": words after the verb make it a clause of its own.
            return None
        return m.end("word")

    def _inverted_clauses(self, taken: _Taken) -> list[Quote]:
        """"…, a précisé l'OSDH." / "…, the army said.": a clause closed by its attribution."""
        text = self.text
        out = []
        for v in self.verbs:
            if taken.at(v.start) or v.start in self.reporting:
                continue
            sent = self._sentence_of(v.start)
            left = text[sent[0]:v.start]
            comma = self._bare_attribution(sent, v)
            comma = _last_clause_comma(left) if comma is None else comma - sent[0]
            if comma < 0 or taken.overlaps(sent[0], sent[0] + comma):
                continue
            between = left[comma + 1:]
            before_comma = sent[0] + comma
            if between.split() and between.split()[-1].lower() in _CONJUNCTIONS:
                # "…, the board deplored the delay and called for …": the verb goes on with a subject
                # and a verb of its own after the comma; the words before it are none of its report.
                continue
            if not between.strip() and v.form.lower() in self.lex.naming_participles:
                # "The broadcast, called Radio Espoir, will …": a participle naming what stands before it.
                continue
            if not between.strip() or self.lex.aux_full.fullmatch(between):
                apposed = self._apposed_subject(sent[0], before_comma, v, sent[1])
                if apposed is not None:
                    # "…, Valerie Amos, the U.N. humanitarian chief, told the Council.": the name and its
                    # apposition are the subject; the clause before them is what was said, if any.
                    if apposed[1] is not None:
                        out.append(apposed[1])
                        taken.add(apposed[1].start, apposed[1].end)
                    continue
            chunk_start = sent[0] + max(_last_clause_comma(left[:comma]), -1) + 1
            chunk_words = left[chunk_start - sent[0]:comma].split()
            if len(chunk_words) <= MAX_APPOSITION_WORDS and chunk_words \
                    and not self._incise(between, v.end) \
                    and (chunk_words[0][:1].isupper() or chunk_words[0].lower().rstrip("'’") in _DEFINITE | _INDEFINITE) \
                    and any(n.end in (before_comma, before_comma - 1)
                            for n in self.resolver.names_in(chunk_start, before_comma + 1)):
                # "Le préfet du Var, Laurent Marchetti, a appelé": an apposition, not a clause.
                continue
            resumed = self._resumed_clause(v.end, sent[1], taken)
            # "Forty trucks, she said, had crossed the bridge", "Les chars, raconte-t-il, sont entrés": the
            # subject stands before the attribution and its verb after it; the clause is both. So it is when a
            # conjunction and an auxiliary go on with the same subject ("…, he argued, and should be …").
            # A past form or a linking verb resumes it too ("…, he said, crossed the river …") when the subject holds
            # no finite verb of its own ("When the shelling began, he said, armed men …" is an opening).
            conjunction = _LEAD_CONJUNCTION.match(text, resumed[0]) if resumed is not None else None
            predicate = resumed is not None and (
                (self.lex.subject_verb.match(text, resumed[0] - 1) is not None
                 or self.lex.finite_verb.match(text, resumed[0] - 1) is not None
                 and not self.lex.finite_verb.search(text, sent[0], sent[0] + comma)
                 and not self._opening_only(sent[0], sent[0] + comma))
                and not self.lex.subject_verb.search(text, sent[0], sent[0] + comma)
                or conjunction is not None and self.lex.subject_verb.match(text, conjunction.end() - 1) is not None)
            if self._relative_opens(left[:comma]):
                # "…the dam which, he said, gave way …": the relative clause is what is reported, not
                # the sentence before its pronoun.
                continue
            # What the attribution reports, whose persons its pronoun is not: the whole clause it splits; none
            # when another clause resumes after it ("the dikes which, he said, would hold …" reports the
            # relative, and "he" may be its subject's).
            reported = (sent[0], resumed[1]) if predicate else (sent[0], sent[0] + comma) if resumed is None \
                else (sent[0], sent[0])
            if self.lang == "en" and not between.strip():
                # "…, said Ruth Calloway, a hydrologist.": the verb before its speaker, who ends the
                # sentence or is followed by an apposition (not "…, said Ruth Calloway was right").
                if v.form.lower().endswith("ing") or v.lemma == "tell":
                    # "…, saying the widely repeated figure understates …": a participle goes on with the
                    # sentence's subject, none follows it; "…, told the council.": whom the speaker told
                    # follows the verb, never the speaker.
                    continue
                sp = self._speaker_after(v.end, sent[1]) if _CAPITAL_OR_ARTICLE.match(text, v.end) \
                    or self._names_people(v.end, sent[1]) else None
                if sp is None or not _SPEAKER_CLOSES.match(text, sp.end):
                    continue
            elif self.lang == "en":
                tail = text[v.end:sent[1]]
                stop = re.search(r"[,;:.!?](?!\d)", tail)
                object_words = tail[:stop.start() if stop else None].split()
                if len(between.split()) > MAX_INVERTED_WORDS \
                        or between.split()[0].lower() in self.lex.relative | _CONJUNCTIONS \
                        or len(object_words) > 3 \
                        or self.lex.subject_verb.match(tail) \
                        or object_words and object_words[0].lower() in _OBJECT_DETERMINERS \
                        and v.lemma not in self.lex.addressee_verbs \
                        or _ANNOUNCES.match(tail):
                    # 'Asked about the crash, Mr Bush said: "…"': the verb reports what follows it, and
                    # the clause before is the frame of the question or the interview; "…, about half of
                    # what he says is required": a finite verb after it closes a relative clause; "…, but
                    # neither side has confirmed it": a conjunction opens a clause of its own, no attribution.
                    continue
                with self.resolver.reporting(*reported):
                    sp = self._subject_before(sent[0] + comma + 1, v)
            else:
                if between.strip() and not self.lex.aux_full.fullmatch(between):
                    continue
                # "…, a indiqué à l'AFP un haut responsable", "…, a dit aux journalistes le ministre": whom
                # the speaker told comes before the speaker.
                after = cues(self.lang).skip.match(text, v.end, sent[1]).end()
                next_word = (text[v.end:sent[1]].split() or [""])[0].lower()
                if next_word in self.lex.prepositions and after > v.end + len(next_word) + 1:
                    next_word = (text[after:sent[1]].split() or [""])[0].lower()
                if cues(self.lang).indefinite.match(next_word + " ") and self._names_people(v.end, sent[1]):
                    # "des responsables locaux": an indefinite article, not the preposition "des".
                    next_word = ""
                if v.form.lower().endswith("ant") or next_word in self.lex.prepositions | {"contre", "sur"}:
                    # "…, mettant en garde contre …": a participle, not an attribution.
                    continue
                if not between.strip() and v.form.lower().endswith(("é", "ée", "és", "ées")) \
                        and re.match(rf"(?:\s+[^\s,.;:!?]+){{0,{MAX_INVERTED_WORDS}}}?\s+par\s", text[v.end:sent[1]]):
                    # "…, lancé cette semaine par M. Souleiman": a past participle and its agent describe the
                    # noun before them; an attribution has its auxiliary ("…, a déclaré …").
                    continue
                tail = text[v.end:sent[1]]
                # An inverted attribution names the speaker and stops: "…, a précisé l'OSDH.", or goes on
                # with a gerund of the speaker's ("…, a rapporté un responsable en précisant que …"), a
                # relative clause or a manner of saying ("…, a dit le juge qui a requis …", "… sans préciser …").
                closing = _SPEAKER_CLAUSE.search(text, after, sent[1])
                stops = [m.start() for m in (_TAIL_STOP.search(text, after, sent[1]), _GERUND.search(text, after, sent[1]),
                                             closing) if m is not None]
                named = text[after:min(stops, default=sent[1])]
                if not re.match(r"\s+\S", tail) or len(named.split()) > MAX_INVERTED_WORDS \
                        or _RELATIVE_WORD.search(named.replace("’", "'")) or _ANNOUNCING_END.search(tail) \
                        or re.match(r"\s*(?:\w+\s+){0,3}?(?:à|de|d'|to)\s*(?:ne\b|\w+(?:er|ir|re|oir)\b)|\s*(?:avoir|être)\b",
                                    tail.replace("’", "'")):
                    continue
                with self.resolver.reporting(*reported):
                    sp = self._speaker_after(v.end, sent[1])
                if sp is not None and closing is not None and closing.start() == min(stops) and sp.entity is None \
                        and not self._names_someone(sp.text):
                    # "Le maire, élu en mars, décrit la crue qui a tout emporté": the verb's object, no one,
                    # before its relative.
                    continue
                if sp is not None and not self._agrees(between, sp):
                    # "…, ont confirmé leur retrait", "…, a dénoncé ses offres": the verb's object.
                    continue
                if sp is not None and sp.entity is None and _INDEFINITE_LEAD.match(sp.text + " ") \
                        and not self._names_someone(sp.text):
                    # "X, évoquant 24 morts, a réclamé une enquête": an indefinite object, naming no one,
                    # follows the subject's verb; an inverted speaker is someone ("a affirmé un témoin").
                    continue
            if sp is None:
                continue
            if comma < 12 and not predicate:
                continue
            cs, ce = self._past_heading(sent[0], sent[0] + comma), sent[0] + comma
            if taken.overlaps(cs, ce) or self.lex.frame_lead.match(text, cs, ce):
                # "Asked whether …, he said no", "Interrogé sur …, a répondu le ministre": the question put
                # to the speaker, not what anyone said.
                continue
            if predicate:
                ce = resumed[1]
            elif self.lang == "en" and between.strip() and self._opening_only(cs, ce):
                # "When the shelling began, he said, he fled": the clause after the attribution is reported.
                if resumed is None:
                    continue
                cs, ce = resumed
            out.append(Quote(cs, ce, text[cs:ce], "indirect", self._lang(cs, ce), v.form, sp))
            taken.add(cs, ce)
            # A pronoun closing a later sentence may take this speaker up ("…, a witness told us. …, he said").
            self.resolver.recent.append((v.start, sp))
        return out

    def _relative_opens(self, clause: str) -> bool:
        """Whether `clause` ends with a relative pronoun after its antecedent ("the dikes which", "losses
        that", "mais qui"); not a pronoun that may be another word after a function word or a preposition
        ("And that", "soon after that"): a subject relative (who, which, qui) is never another word."""
        words = _WORD.findall(clause.lower().replace("’", "'"))[-2:]
        return len(words) == 2 and words[1] in self.lex.relative \
            and (words[1] in self.lex.subject_relatives
                 or words[0] not in self.lex.prepositions | _CONJUNCTIONS | _stopwords(self.lang))

    def _incise(self, subject: str, verb_end: int) -> bool:
        """Whether `subject` and the verb ending at `verb_end` are an attribution set inside the clause
        it reports ("The ferry firm, he said, lost …", "In the west, the envoy said, there were …"): a subject
        pronoun, or a short subject whose verb a comma closes at once; not an apposition speaking
        ("Anna Berg, the firm's chief executive, told …")."""
        words = subject.split()
        return len(words) == 1 and words[0].lower() in cues(self.lang).pronouns \
            or 0 < len(words) <= MAX_INCISE_SUBJECT_WORDS and _COMMA_NEXT.match(self.text, verb_end) \
            and not self.lex.aux_full.fullmatch(subject)

    def _agrees(self, auxiliary: str, speaker: Speaker) -> bool:
        """Whether an inverted speaker agrees in number with the auxiliary before its verb ("ont annoncé
        les rebelles", "a déclaré son porte-parole"; not "ont confirmé leur retrait")."""
        words = auxiliary.lower().split()
        if not words or "-" in words[0] or not self.lex.plural_auxiliaries:
            # "a-t-on su de source proche du dossier": an impersonal subject, the source a complement.
            return True
        first = speaker.text.split()[0].lower().replace("’", "'")
        determiner = first.split("'")[0] + "'" if "'" in first else first
        if words[0] in self.lex.plural_auxiliaries:
            return determiner not in self.lex.singular_determiners
        return determiner == "de" or determiner not in self.lex.plural_determiners

    def _apposed_subject(self, start: int, comma: int, verb: Verb, limit: int) -> tuple[Name, Quote | None] | None:
        """The name that, with the apposition closed by the comma at `comma`, is the subject of `verb`
        ("Ruth Calloway, a hydrologist, said", "Jean Dupont, un porte-parole de l'ONU, a déclaré"), and
        the quote of the clause before the name when the verb closes its sentence ("Fighting went on,
        Ruth Calloway, a hydrologist, said."); None when no name is apposed."""
        region = self.text[start:comma]
        bounds = [start] + [start + m.end() for m in _CLAUSE_COMMA.finditer(region)]
        ends = [start + m.start() for m in _CLAUSE_COMMA.finditer(region)] + [comma]
        chunks = list(zip(bounds, ends))
        if len(chunks) < 2:
            return None
        named = self._apposed_to(chunks, len(chunks) - 1)
        if named is None or named.type not in ("person", "organization", "unknown"):
            return None
        k = next(j for j, (cs, ce) in enumerate(chunks) if cs <= named.start < ce)
        if not all(self._is_description(cs, ce) or self._relative_chunk(cs, ce) for cs, ce in chunks[k + 1:]):
            # "Ali Nadir, l'un des fils de Karim Nadir, a été tué …, ont affirmé des responsables":
            # a chunk with its own verb is a clause, and the subject is after the verb.
            return None
        if any(self._relative_chunk(cs, ce) for cs, ce in chunks[k + 1:]) and self.text[verb.end:limit].lstrip()[:1].isupper():
            inverted = self._speaker_after(verb.end, limit)
            if inverted is not None and _SPEAKER_CLOSES.match(self.text, inverted.end):
                # "…, Ali Nadir, who resigned in May, said Radio Kelm, citing …": a relative clause may end
                # what the name after the verb said.
                return None
        tail = self.text[verb.end:limit]
        closing = _SENTENCE_CLOSE.match(tail)
        if k == 0 or closing is None or _ANNOUNCES.match(tail):
            return named, None
        cs, ce = self._past_heading(start, chunks[k - 1][1]), chunks[k - 1][1]
        if len(self.text[cs:ce].split()) < MIN_CLOSED_CLAUSE_WORDS:
            return named, None
        return named, Quote(cs, ce, self.text[cs:ce], "indirect", self._lang(cs, ce), verb.form,
                            self.resolver.from_region(named.start, named.end))

    # -- all together --------------------------------------------------------

    def _add(self, q: Quote) -> None:
        self.quotes.append(q)
        if q.speaker is not None:
            self.resolver.recent.append((q.start, q.speaker))

    def run(self) -> list[Quote]:
        spans = self._spans()
        self.resolver.quoted = [(sp.start, sp.end) for sp in spans]
        attributed: dict[tuple[int, int], Quote] = {}
        partial_spans = []
        last_direct: Quote | None = None
        for span in spans:
            if self._capital_heading(span):
                continue
            sent = self._sentence_of(span.start)
            if not self._is_direct(span, sent):
                partial_spans.append((span, sent))
                continue
            speaker, verb = self._direct_speaker(span)
            if speaker is not None and speaker.text.lower() in self.lex.generic:
                speaker = None
            para = self._paragraph_of(span.open_at)
            if speaker is None and last_direct is not None and last_direct.speaker is not None \
                    and (self.text[para[0]:span.open_at].strip() == "" and not self._is_headline(para)
                         or para[0] <= last_direct.start) \
                    and span.open_at - last_direct.end < CONTINUATION_CHARS:
                speaker, verb = last_direct.speaker, last_direct.verb
                if last_direct.start in self.pronouns:
                    # Its speaker is the pronoun's, resolved again with it once all speakers are known.
                    self.pronouns[span.start] = self.pronouns[last_direct.start]
            q = Quote(span.start, span.end, self._quoted_words(span), "direct",
                      self._lang(span.start, span.end), verb, speaker)
            self._add(q)
            last_direct = q
            if speaker is not None:
                attributed.setdefault(sent, q)
                attributed.setdefault(self._sentence_of(span.close_at), q)
        # Fragments no verb of their sentence attributes: a "selon X" found later may.
        unattributed: list[_Span] = []
        for span, sent in partial_spans:
            if self._names_a_thing(span):
                continue
            speaker, verb = self._partial_speaker(span, sent, attributed)
            if speaker is None or speaker.text.lower() in self.lex.generic:
                unattributed.append(span)
                continue
            q = Quote(span.start, span.end, self.text[span.start:span.end], "partial",
                      self._lang(span.start, span.end), verb, speaker)
            self._add(q)
            attributed.setdefault(sent, q)
        self._attribute_going_on()
        direct = {q.start for q in self.quotes if q.kind == "direct"}
        taken = self.taken
        for sp in spans:
            if sp.start in direct:
                taken.add(sp.open_at, sp.close_at)
        marked = _Taken(len(self.text))
        for sp in spans:
            marked.add(sp.open_at, sp.close_at)
        announced = self._announced_paragraphs(marked)
        self.quotes.extend(announced)
        for q in announced:
            taken.add(q.start, q.end)
        indirect = self._indirect(taken)
        self.quotes.extend(indirect)
        self.resolver.recent.extend((q.start, q.speaker) for q in indirect if q.speaker is not None)
        self.quotes.extend(self._sourced_fragments(unattributed, indirect))
        self._resolve_pronouns_again()
        self._speak_as_reported(indirect)
        self.quotes.sort(key=lambda q: (q.start, q.end))
        return self.quotes

    def _speak_as_reported(self, indirect: list[Quote]) -> None:
        """A fragment quoted inside what an indirect quote reports is that quote's speaker's ("Il assure que
        « … »", "X said the plan was `` … ''", "Les digues « ont cédé », affirme X"): its speaker was found
        alone, before indirect speech, and could differ (a pronoun resolved otherwise, a name of the clause,
        the speaker of a quote before). Only a verb of the reported clause itself keeps its own fragment
        ("X a dit que Y, qui a promis « … »")."""
        for q in self.quotes:
            if q.kind != "partial":
                continue
            reporting = next((r for r in indirect if r.start <= q.start and q.end <= r.end and r.speaker is not None
                              and (r.verb == q.verb or not self._verb_within(q.verb, r, q))), None)
            if reporting is None or reporting.verb != q.verb and q.speaker is not None \
                    and q.speaker.text == reporting.speaker.text:
                continue
            q.speaker, q.verb = reporting.speaker, reporting.verb

    def _verb_within(self, form: str | None, reported: Quote, fragment: Quote) -> bool:
        """Whether a verb of that form stands in what `reported` reports, outside the `fragment` it holds."""
        return form is not None and any(v.form == form and not fragment.start <= v.start < fragment.end
                                        for v in self._verbs_in(reported.start, reported.end))

    def _sourced_fragments(self, spans: list[_Span], indirect: list[Quote]) -> list[Quote]:
        """Partial quotes inside what a "selon X"/"according to X" attributes: "Selon le ministre, la
        situation est «sous contrôle»" quotes «sous contrôle» from the minister."""
        sourced = [q for q in indirect if self.lex.according.regex.fullmatch(q.verb or "")]
        out = []
        for span in spans:
            q = next((q for q in sourced if q.start <= span.open_at and span.close_at <= q.end), None)
            if q is not None:
                out.append(Quote(span.start, span.end, self.text[span.start:span.end], "partial",
                                 self._lang(span.start, span.end), q.verb, q.speaker))
        return out

    def _resolve_pronouns_again(self) -> None:
        """Direct and partial quotes are attributed before indirect speech is found; a pronoun
        ("écrit-il", "he said", "il affirme") is resolved again once every speaker of the document
        is known, since the sentences before most often report what the same person said."""
        for q in self.quotes:
            if q.kind == "indirect" or q.start not in self.pronouns:
                continue
            word, at = self.pronouns[q.start]
            word = word.lower()
            found = self.resolver.antecedent(at, plural=cues(self.lang).pronouns.get(word) == "pl",
                                             settled=True, person=word in cues(self.lang).person_pronouns,
                                             thing=word in cues(self.lang).thing_pronouns,
                                             gender=cues(self.lang).pronoun_genders.get(word), pronoun=word)
            if found is not None:
                q.speaker = found

    def counts(self, taken: _Taken) -> list[Quote]:
        """"X a recensé 48 000 réfugiés": what follows a counting verb, attributed to its subject."""
        out = []
        for m in self.lex.count.finditer(self.text):
            if taken.at(m.start()):
                continue
            sent = self._sentence_of(m.start())
            verb = Verb(m.start(), m.end(), m.group(0), "count", ("count",), None)
            end = sent[1]
            while end > m.end() and self.text[end - 1] in " .;!?\n":
                end -= 1
            window = self.text[m.end():min(end, m.end() + FRAME_WINDOW)]
            if not re.search(r"\d", window) and not number_words(self.lang).search(window):
                # Only a count attributes a figure.
                continue
            sp = self._subject_before(sent[0], verb)
            if sp is None or len(sp.text.split()) > MAX_COUNT_SOURCE_WORDS:
                continue
            start = m.end() + len(self.text[m.end():end]) - len(self.text[m.end():end].lstrip())
            out.append(Quote(start, end, self.text[start:end], "indirect", self._lang(start, end), m.group(0), sp))
            taken.add(start, end)
        return out

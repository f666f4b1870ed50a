"""Timeline summarization over invented articles (every sentence and outlet here is made up)."""
from __future__ import annotations

import dataclasses
import datetime as dt

from vigie.corpus.timeline import (
    DatedSentence, TimelineEntry, extract_dated_sentences, summarize_timeline)
from vigie.ingest import make_document

D = dt.date


def s(doc, text, day, published, explicit=True, position=0, start=0, mention=-1):
    return DatedSentence(doc, start, start + len(text), text, day, published, explicit, position, mention)


# An invented story: a dam breaks in the fictional valley of Orvane on 3 March 2021.
DAM = [
    s("a1", "The Orvane dam collapsed on Wednesday, flooding three villages in the valley.", D(2021, 3, 3), D(2021, 3, 4)),
    s("a2", "Floodwater from the broken Orvane dam swept through three villages on Wednesday night.", D(2021, 3, 3), D(2021, 3, 4)),
    s("a3", "The Orvane dam collapsed on 3 March, flooding three villages in the valley.", D(2021, 3, 3), D(2021, 3, 20)),
    s("a4", "Rescue teams pulled twelve survivors from the mud in Orvane on Friday morning.", D(2021, 3, 5), D(2021, 3, 6)),
    s("a5", "On 5 March rescuers found twelve survivors under the mud of Orvane village.", D(2021, 3, 5), D(2021, 3, 21)),
    s("a6", "The regional governor resigned over the Orvane dam disaster on Monday evening.", D(2021, 3, 15), D(2021, 3, 16)),
    s("a7", "A minor football match was postponed in the capital because of heavy rain today.", D(2021, 3, 9), D(2021, 3, 9),
      explicit=False),
]


def test_days_most_referred_to_come_first_and_entries_are_in_date_order():
    entries = summarize_timeline(DAM, max_dates=2, max_sentences=1)
    assert [e.date for e in entries] == [D(2021, 3, 3), D(2021, 3, 5)]
    assert all(isinstance(e, TimelineEntry) for e in entries)


def test_a_day_next_to_a_chosen_one_gives_way_to_a_day_apart():
    # Invented: five articles on 3 March, four on 4 March (the same news, reported the day after), three on 9 March.
    said = {3: "The Orvane dam collapsed , flooding {} villages in the valley .",
            4: "Rescuers searched the flooded Orvane valley for {} missing people .",
            9: "The Orvane council voted {} new dykes below the dam in the valley ."}
    items = [s(f"d{day}-{n}", said[day].format(n + 2), D(2021, 3, day), D(2021, 3, 20))
             for day, count in ((3, 5), (4, 4), (9, 3)) for n in range(count)]
    assert [e.date.day for e in summarize_timeline(items, 2, 1)] == [3, 9]
    assert [e.date.day for e in summarize_timeline(items, 3, 1)] == [3, 4, 9]


def test_a_day_still_named_weeks_later_outranks_one_named_by_more_articles_the_next_morning():
    # Invented: three papers of 11 March name a pier's opening of 10 March; two articles of mid-April look back at the
    # night of 12 March when the Orvane dam first cracked.
    items = [s(f"p{n}", f"The new Orvane pier opened to ferries on Wednesday, {n + 2} days ahead of schedule .",
               D(2021, 3, 10), D(2021, 3, 11)) for n in range(3)]
    items += [s(f"c{n}", f"The Orvane dam first cracked on 12 March, {n + 5} weeks before the valley was evacuated .",
                D(2021, 3, 12), D(2021, 4, 14 + n)) for n in range(2)]
    assert [e.date for e in summarize_timeline(items, 1, 1)] == [D(2021, 3, 12)]


def test_a_day_named_by_articles_about_the_story_outranks_one_named_by_more_articles_about_other_news():
    # Invented: five articles on the Orvane dam's burst of 3 March, two looking back at the cracks found on 8 March,
    # and three items of other news of Saturday 6 March from the same pages.
    items = [s(f"d{n}", text, D(2021, 3, 3), D(2021, 3, 4)) for n, text in enumerate((
        "The Orvane dam burst on 3 March and its floodwater drowned six villages of the valley .",
        "Floodwater from the Orvane dam swept the valley's villages on 3 March , killing forty people .",
        "Rescuers searched the flooded Orvane valley for survivors after the dam burst on 3 March .",
        "The Orvane dam had been declared unsafe a year before it burst on 3 March , flooding the valley .",
        "Villagers of the Orvane valley fled to the hills as the dam burst on 3 March ."))]
    items += [s(f"c{n}", text, D(2021, 3, 8), D(2021, 3, 9)) for n, text in enumerate((
        "Engineers blamed cracks in the Orvane dam's wall, found on 8 March , for the flood in the valley .",
        "Inspectors of the Orvane dam reported on 8 March that its wall had split before the flood ."))]
    items += [s(f"o{n}", text, D(2021, 3, 6), D(2021, 3, 7)) for n, text in enumerate((
        "A chess festival drew forty players to the capital's old market hall on Saturday .",
        "On Saturday the city orchestra opened its spring season with a new symphony .",
        "Ticket sales for Saturday's cup final broke the stadium's record in the valley ."))]
    assert [e.date for e in summarize_timeline(items, 2, 1)] == [D(2021, 3, 3), D(2021, 3, 8)]


def test_limits_are_respected():
    entries = summarize_timeline(DAM, max_dates=3, max_sentences=2)
    assert len(entries) <= 3
    assert all(1 <= len(e.sentences) <= 2 for e in entries)
    assert [e.date for e in entries] == sorted(e.date for e in entries)


def test_no_repeated_sentence_and_copies_become_sources():
    entries = summarize_timeline(DAM, max_dates=1, max_sentences=2)
    (entry,) = entries
    # a1 and a3 say the same thing: only one of them is chosen, and the other one is its source
    assert not {DAM[0].text, DAM[2].text} <= set(entry.sentences)
    first_sources = {span.doc for span in entry.sources[entry.sentences.index(
        DAM[0].text if DAM[0].text in entry.sentences else DAM[2].text)]}
    assert {"a1", "a3"} <= first_sources
    assert len(entry.sources) == len(entry.sentences)


def test_start_and_end_bound_the_days():
    entries = summarize_timeline(DAM, max_dates=5, max_sentences=1, start=D(2021, 3, 4), end=D(2021, 3, 31))
    assert entries and all(D(2021, 3, 4) <= e.date <= D(2021, 3, 31) for e in entries)


def test_query_favours_matching_sentences():
    day = D(2021, 3, 3)
    items = [
        s("b1", "The ministers met in the capital to discuss the national budget for next year.", day, day),
        s("b2", "Thousands marched against the new pension reform in the capital streets.", day, day),
    ]
    assert summarize_timeline(items, 1, 1, query="pension")[0].sentences == [items[1].text]
    assert summarize_timeline(items, 1, 1, query=["budget"])[0].sentences == [items[0].text]


def test_boilerplate_repeated_across_distant_articles_is_never_chosen():
    teaser = "Read our guide to the ten best holiday destinations for the summer season."
    items = [s(f"c{i}", teaser, D(2021, 1, 1 + 10 * i), D(2021, 1, 1 + 10 * i), explicit=False) for i in range(3)]
    items.append(s("c9", "Police arrested two suspects after the bank robbery in the old town.", D(2021, 1, 11), D(2021, 1, 11)))
    entries = summarize_timeline(items, max_dates=3, max_sentences=1)
    assert all(teaser not in e.sentences for e in entries)
    assert [e.date for e in entries] == [D(2021, 1, 11)]


def test_fragments_and_late_undated_sentences_are_left_out():
    day = D(2021, 2, 2)
    items = [
        s("d1", "Photo: AFP", day, day, explicit=False),
        s("d2", "The river burst its banks near the station after a week of rain in the north.", day, day,
          explicit=False, position=30),
    ]
    assert summarize_timeline(items, 3, 2) == []


def test_headings_and_page_stamps_are_left_out():
    day = D(2021, 2, 3)
    items = [
        s("f1", "Floods in the north: thousands of families evacuated from the valley", day, day),
        s("f2", "Updated on 3 February 2021 at 08:56 by the regional desk staff", day, day),
        s("f3", "Thousands of families were evacuated from the northern valley on 3 February.", day, day),
    ]
    (entry,) = summarize_timeline(items, 3, 3)
    assert entry.sentences == ["Thousands of families were evacuated from the northern valley on 3 February."]


def test_sentence_opening_on_its_date_is_preferred():
    day = D(2021, 4, 9)
    plain = s("e1", "Officials said the rebels signed a ceasefire with the army after talks on 9 April.", day, day,
              mention=70)
    opening = s("e2", "On 9 April, the rebels signed a ceasefire with the army after two days of talks.", day, day,
                mention=3)
    assert summarize_timeline([plain, opening], 1, 1)[0].sentences == [opening.text]


def test_empty_and_degenerate_inputs_give_nothing():
    assert summarize_timeline([], 5, 2) == []
    assert summarize_timeline(DAM, 0, 2) == []
    assert summarize_timeline(DAM, 2, 0) == []


def test_same_input_same_output():
    assert summarize_timeline(DAM, 3, 2) == summarize_timeline(DAM, 3, 2)
    assert [e.date for e in summarize_timeline(list(reversed(DAM)), 3, 2)] == [
        e.date for e in summarize_timeline(DAM, 3, 2)]


# Invented French articles: the tagger dates the sentences, the summarizer finds the day they share.
FRENCH = [
    ("Le barrage d'Orvane a cédé mercredi, inondant trois villages de la vallée. "
     "Les secours sont arrivés dans la nuit.", "2021-03-04"),
    ("Mercredi, la rupture du barrage d'Orvane a noyé trois villages. Le préfet a ouvert une enquête.", "2021-03-04"),
    ("Le 3 mars, le barrage d'Orvane s'est effondré et l'eau a envahi trois villages de la vallée. "
     "Deux semaines plus tard, les habitants attendent toujours des aides.", "2021-03-18"),
]


def test_french_articles_are_dated_and_summarized():
    items = []
    for text, published in FRENCH:
        items.extend(extract_dated_sentences(make_document(text, published=published, lang="fr")))
    assert any(i.explicit and i.date == D(2021, 3, 3) for i in items)
    entries = summarize_timeline(items, 1, 1)
    assert [e.date for e in entries] == [D(2021, 3, 3)]
    assert "Orvane" in entries[0].sentences[0]
    span = entries[0].sources[0][0]
    assert span.end > span.start


def test_english_article_without_date_is_dated_from_its_text():
    text = ("Tuesday 2 March 2021. The Orvane dam collapsed on Wednesday after days of heavy rain in the valley, "
            "officials said.")
    items = extract_dated_sentences(make_document(text, lang="en"))
    # with no metadata date, the dateline fixes the publication day the relative "Wednesday" hangs on
    assert {i.date.year for i in items} == {2021}
    assert any(i.explicit and i.date.month in (2, 3) and "Wednesday" in i.text for i in items)


def test_readers_comments_under_an_article_give_no_dated_sentence():
    text = ("The dockers of Kestrel went on strike on Thursday , closing the port .\n"
            "At 5:14 pm on 19 Mar 2021 , kestrelfan wrote : the dockers were right to strike on Friday .\n"
            "At 4:02 pm on 19 Mar 2021 , Paul wrote : and the port reopened on Saturday .")
    items = extract_dated_sentences(make_document(text, lang="en", published="2021-03-19"))
    assert {i.date for i in items} == {D(2021, 3, 18)}
    assert all("wrote" not in i.text for i in items)


def test_page_stamps_and_datelines_are_cut_from_the_sentence_and_its_offsets():
    day = D(2021, 3, 15)
    stamped = "KESTREL | Mon Mar 15 , 2021 1:48 pm GMT KESTREL (Wirenews) - Dockers blocked the port of Kestrel on Monday ."
    item = s("f1", stamped, day, day, start=100, mention=10)
    (entry,) = summarize_timeline([item], 1, 1)
    assert entry.sentences == ["Dockers blocked the port of Kestrel on Monday ."]
    span = entry.sources[0][0]
    assert stamped[span.start - 100:span.end - 100] == entry.sentences[0]
    live = s("f2", "15h25 : Les dockers ont bloqué le port de Kestrel ce lundi matin .", day, day)
    assert summarize_timeline([live], 1, 1)[0].sentences == ["Les dockers ont bloqué le port de Kestrel ce lundi matin ."]
    for prefix in ("0 h 15 : ", "14 h 6 : ", "23 h : ", "23 heures ", "URGENT - ", "DOCKERS EN COLÈRE – "):
        item = s("f4", prefix + "Les dockers ont bloqué le port de Kestrel ce lundi matin .", day, day)
        assert summarize_timeline([item], 1, 1)[0].sentences == [item.text[len(prefix):]], prefix
    for prefix in ("KESTREL , Norland -- ", "By Jane Roe and John Doe KESTREL , Norland , March 15 -- ",
                   "Kestrel , Norland -LRB- Wirenews -RRB- -- ", "AP PORT KESTREL , Nor. -- "):
        item = s("f8", prefix + "Dockers blocked the port of Kestrel on Monday .", day, day)
        assert summarize_timeline([item], 1, 1)[0].sentences == [item.text[len(prefix):]], prefix
    for kept in ("Shares of KPC -- which runs the port -- fell 8 percent on Monday .",
                 "Three members of the Kestrel Dock Union -LRB- KDU -RRB- -- its chair and two clerks -- quit on Monday ."):
        assert summarize_timeline([s("f9", kept, day, day)], 1, 1)[0].sentences == [kept]
    for kept in ("23 heures de blocage ont paralysé le port de Kestrel ce lundi .",
                 "ONU - Le Conseil a condamné le blocage du port de Kestrel lundi ."):
        assert summarize_timeline([s("f5", kept, day, day)], 1, 1)[0].sentences == [kept]
    # a caption's photo credit glued before the sentence
    for prefix in ("Photograph: Anna Keller/AP ", "Photo : Jean Morel / AFP ", "Photograph : Reuters "):
        item = s("f6", prefix + "Dockers blocked the port of Kestrel on Monday .", day, day)
        assert summarize_timeline([item], 1, 1)[0].sentences == [item.text[len(prefix):]], prefix
    # an aside in brackets, or a dash or colon left by a heading split off, before the first words
    for prefix in ("-LRB- By Jane Roe -- The Kestrel Post -RRB- ", "(ID : nKES0312) ", "-- ", ": ",
                   "-LRB- Jane Roe - Kestrel News -RRB- KESTREL , Norland -- "):
        item = s("f10", prefix + "Dockers blocked the port of Kestrel on Monday .", day, day)
        assert summarize_timeline([item], 1, 1)[0].sentences == [item.text[len(prefix):]], prefix
    for kept in ("(Almost) all the dockers of Kestrel blocked the port on Monday .",
                 "Credit Suisse blocked the accounts of Kestrel's dockers on Monday .",
                 "Hamas/Fatah talks on the port of Kestrel resumed on Monday ."):
        assert summarize_timeline([s("f7", kept, day, day)], 1, 1)[0].sentences == [kept]
    clock_inside = s("f3", "The army attacked the port at 10:30 on Monday in 2021 , killing five dockers .", day, day)
    assert summarize_timeline([clock_inside], 1, 1)[0].sentences == [clock_inside.text]


def test_sentence_vectors_are_scikit_learns_tfidf_rows():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from vigie.corpus.timeline import _stop_word_set, _vectorize
    from vigie.corpus.words import unaccent

    items = DAM + [s("b1", "Ils ont dit : « La digue d’Orvane, c’est fini ! » 42 .", D(2021, 3, 4), D(2021, 3, 4)),
                   s("b2", "1984 , 2021 .", D(2021, 3, 4), D(2021, 3, 4))]
    mine, usable = _vectorize(items)
    reference = TfidfVectorizer(preprocessor=unaccent, token_pattern=r"(?u)\b[^\W\d_]{2,}\b",
                                stop_words=sorted(_stop_word_set()), sublinear_tf=True).fit_transform(
                                    [i.text for i in items])
    assert usable == [True] * (len(items) - 1) + [False]
    assert abs((mine @ mine.T).toarray() - (reference @ reference.T).toarray()).max() < 1e-12
    assert _vectorize([s("c1", "1984 .", D(2021, 3, 4), D(2021, 3, 4))]) == (None, [False])


def test_sentence_similarities_are_the_sparse_products_bit_for_bit():
    from vigie.corpus.timeline import _similarities, _vectorize

    vectors, _ = _vectorize(DAM + [s("b1", "Rescuers in boats reached the last flooded village of Orvane .",
                                     D(2021, 3, 4), D(2021, 3, 4))])
    everyone = list(range(vectors.shape[0]))
    for rows in (everyone, everyone[::-1], [len(everyone) - 1], everyone[1::2]):
        for index in everyone:
            expected = (vectors[rows] @ vectors[index].T).toarray().ravel()
            assert _similarities(vectors, rows, index).tobytes() == expected.tobytes()



def test_a_live_blogs_update_stamp_is_cut_from_the_sentence():
    day = D(2021, 3, 15)
    said = "Dockers blocked the port of Kestrel on Monday ."
    for stamp in ("-LRB- Update 2:17 a.m. Thursday in Kestrel , 7:17 p.m. ET Wednesday -RRB- ",
                  "-- -LRB- Updated 10:35 a.m. -LRB- 1635 in Kestrel -RRB- -RRB- ",
                  "(Update 9:45 p.m. Kestrel, 2:45 p.m. ET) ", "(Mise à jour 15h20) ",
                  "-LRB- 5:12 p.m. Sunday ET , 11:12 p.m. Sunday in Kestrel -RRB- ", "(10h05) ",
                  "-LRB- 10 p.m. Sunday ET , 4 a.m. Monday in Kestrel -RRB- "):
        item = s("u1", stamp + said, day, day, start=50)
        (entry,) = summarize_timeline([item], 1, 1)
        assert entry.sentences == [said], stamp
        assert entry.sources[0][0].start == 50 + len(stamp)
    # the word inside a sentence's own brackets is no stamp, nor a figure opening them
    assert summarize_timeline([s("u3", "(12.50 euros a tonne) was the price dockers asked on Monday .", day, day)],
                              1, 1)[0].sentences == ["(12.50 euros a tonne) was the price dockers asked on Monday ."]
    assert summarize_timeline([s("u2", "Kestrel -LRB- updated -RRB- dockers blocked the port on Monday .", day, day)],
                              1, 1)[0].sentences == ["Kestrel -LRB- updated -RRB- dockers blocked the port on Monday ."]


def test_a_live_blogs_clock_names_no_day():
    # Invented: a live blog of 2 May whose updates are dated only by their clock, and a report of 5 May.
    blog_day, news_day = D(2021, 5, 2), D(2021, 5, 5)
    updates = [s("live", f"{hour}h{10 + hour} : Les pompiers d'Orvane ont évacué {hour} familles du quartier nord.",
                 blog_day, blog_day, position=10 + hour, mention=0) for hour in range(1, 4)]
    report = s("r1", "Le 5 mai, le préfet d'Orvane a rouvert la route de la vallée aux habitants.", news_day,
               D(2021, 5, 6), mention=3)
    # deep in the page, an update dated by its clock alone is background, as any sentence naming no day
    assert [e.date for e in summarize_timeline([*updates, report], 2, 1)] == [news_day]
    # in the lead it tells the publication day's news, shown without its clock
    lead = dataclasses.replace(updates[0], position=1)
    (entry,) = summarize_timeline([lead], 2, 1)
    assert entry.date == blog_day and entry.sentences == ["Les pompiers d'Orvane ont évacué 1 familles du quartier nord."]
    # a day the update names besides its clock is its only day
    named = s("live", "14h20 : Mardi, les pompiers d'Orvane ont évacué deux familles du quartier nord.", blog_day,
              blog_day, position=20, mention=0)
    tuesday = dataclasses.replace(named, date=D(2021, 5, 4), mention=8)
    (entry,) = summarize_timeline([named, tuesday], 2, 1)
    assert entry.date == D(2021, 5, 4)


def test_a_page_stamp_inside_a_sentence_ends_the_heading_and_names_no_day():
    day = D(2021, 3, 8)
    said = "Dockers blocked the port of Kestrel on Monday ."
    for heading in ("8 March 2021 Last updated at 09:41 GMT Help ",
                    "Port strike spreads Dockers walk out in three more towns Monday 8 March 2021 13.15 GMT ",
                    "Kestrel dockers strike KESTREL | Mon Mar 8 , 2021 4:31 am EDT KESTREL -LRB- Wirenews -RRB- - ",
                    "Kestrel dockers strike Mon Mar 8 , 2021 4:31 am EDT -LRB- Wirenews -RRB- - "):
        item = s("p1", heading + said, day, day, start=40, mention=heading.index("8"))
        (entry,) = summarize_timeline([item], 1, 1)
        assert entry.sentences == [said], heading
        assert entry.sources[0][0].start == 40 + len(heading)
        # the stamp's day is the page's: deep in an article, the sentence reports nothing of that day
        assert summarize_timeline([dataclasses.replace(item, position=12)], 1, 1) == [], heading
    kept = "On 8 March 2021 at 10:30 , the army fired on the dockers of Kestrel ."
    assert summarize_timeline([s("p2", kept, day, day)], 1, 1)[0].sentences == [kept]


def test_a_sentence_trailing_off_or_asking_is_never_shown_but_its_day_counts():
    day, other = D(2021, 3, 8), D(2021, 3, 9)
    news = s("q1", "Dockers blocked the port of Kestrel on Monday , the union said .", day, day)
    unsaid = [s("q2", "Dockers blocked the port of Kestrel on Monday , saying they wou ...", day, day),
              s("q3", "Will the dockers of Kestrel block the port again after Monday ?", day, day),
              s("q4", "Le blocage du port de Kestrel lundi , et les dockers qui continuent…", day, day),
              s("q5", "Un docker a demandé lundi à Kestrel : « Qui paiera les heures perdues ? »", day, day)]
    elsewhere = [s("q6", "Trucks queued outside the port of Kestrel on Tuesday morning .", other, other),
                 s("q7", "Lorries waited for hours outside the Kestrel port gates on Tuesday .", other, other)]
    (entry,) = summarize_timeline([news, *unsaid, *elsewhere], 1, 5)
    assert entry.date == day and entry.sentences == [news.text]


def test_a_sentence_speaking_to_someone_is_never_shown():
    # Invented: an interviewer's question, a column talking to its reader, a page's invitation, in the second person
    day = D(2021, 3, 8)
    news = s("v1", "Dockers blocked the port of Kestrel on Monday , the union said .", day, day)
    spoken = [s("v2", "Minister , on Monday you said the dockers of Kestrel would be paid for the blockade .", day, day),
              s("v3", "Kestrel port blockade : your questions answered as dockers block the port on Monday .", day, day),
              s("v4", "Lundi , vous avez promis aux dockers de Kestrel que le port rouvrirait vite .", day, day)]
    quoted = s("v5", "`` You will not break us , '' a docker told the Kestrel port's owners on Monday .", day, day)
    (entry,) = summarize_timeline([news, *spoken, quoted], 1, 5)
    assert sorted(entry.sentences) == sorted([news.text, quoted.text])


def test_a_sentence_split_inside_brackets_or_before_a_comma_is_never_shown():
    day = D(2021, 3, 8)
    news = s("b1", "Dockers blocked the port of Kestrel on Monday , the union said .", day, day)
    split = [s("b2", "Dockers blocked the port on Monday , said Rep. Jane Roe -LRB- D-Nor .", day, day),
             s("b3", "L -RRB- said its port of Kestrel was blocked by dockers on Monday .", day, day),
             s("b4", "Les dockers (CGT ont bloqué le port de Kestrel lundi matin .", day, day),
             s("b6", ", chair of the Kestrel port board , wrote to the dockers on Monday .", day, day),
             s("b7", "'' , the union's chair told the dockers of Kestrel on Monday .", day, day),
             s("b8", "; les dockers de Kestrel ont voté la grève lundi matin .", day, day)]
    kept = s("b5", "Kestrel Port Co -LRB- KPC -RRB- said dockers blocked its quays on Monday .", day, day)
    (entry,) = summarize_timeline([news, *split, kept], 1, 5)
    assert sorted(entry.sentences) == sorted([news.text, kept.text])


def test_a_sentence_about_something_else_is_no_entry():
    # a7, the football match, shares no word with the dam's story told by four outlets: even with room to spare
    # it is left out
    story = [dataclasses.replace(item, doc=f"{item.doc}-{n}") for n in range(4) for item in DAM[:6]] + DAM[6:]
    days = [e.date for e in summarize_timeline(story, max_dates=10, max_sentences=2)]
    assert D(2021, 3, 3) in days and D(2021, 3, 15) in days
    assert D(2021, 3, 9) not in days


def test_a_heading_glued_before_the_sentence_is_cut_from_what_is_shown():
    # Invented: a page flattened to one line glues its heading and a caption to the lead, with no stop between them.
    day = D(2021, 3, 8)
    line = ("Kestrel port blocked by dockers The quays stood empty in the morning "
            "The dockers of Kestrel blocked the port on Monday , the union said .")
    (entry,) = summarize_timeline([s("g1", line, day, day, start=40)], 1, 1)
    assert entry.sentences == ["The dockers of Kestrel blocked the port on Monday , the union said ."]
    span = entry.sources[0][0]
    assert line[span.start - 40:span.end - 40] == entry.sentences[0]
    # a capitalized article before a name, or after a stop, glues nothing
    for kept in ("Envoys flew to The Hague on Monday to discuss the Kestrel port blockade .",
                 "The dockers of Kestrel blocked the port on Monday . The quays stood empty ."):
        assert summarize_timeline([s("g2", kept, day, day)], 1, 1)[0].sentences == [kept]


def test_a_transcripts_speaker_label_is_cut_from_what_is_shown():
    # Invented transcript lines and kickers.
    day = D(2021, 3, 8)
    for label in ("ROE : ", "JANE ROE , NEWS ANCHOR : ", "UNIDENTIFIED MALE : ", "BREAKING: "):
        item = s("l1", label + "Dockers blocked the port of Kestrel on Monday , the union said .", day, day)
        assert summarize_timeline([item], 1, 1)[0].sentences == [item.text[len(label):]], label
    for kept in ("UN : Dockers blocked the port of Kestrel on Monday , the union said .",
                 "Dockers said : Kestrel 's port stays blocked until Monday evening ."):
        assert summarize_timeline([s("l2", kept, day, day)], 1, 1)[0].sentences == [kept]


def test_page_stamps_with_the_clock_first_without_a_year_or_with_a_printed_page_end_the_heading():
    # Invented stamps of the forms pages and wires print.
    day = D(2021, 3, 8)
    said = "Dockers blocked the port of Kestrel on Monday ."
    for heading in ("Page last updated at 11:37 GMT , Monday , 8 March 2021 ",
                    "Mon , Mar 8 19:15 PM EDT KESTREL -LRB- Wirenews -RRB- - ",
                    "Monday , March 8 , 2021 ; Page A12 "):
        item = s("p3", heading + said, day, day, start=40, mention=heading.index("8"))
        (entry,) = summarize_timeline([item], 1, 1)
        assert entry.sentences == [said], heading
        assert summarize_timeline([dataclasses.replace(item, position=12)], 1, 1) == [], heading
    kept = "At 10:30 GMT on 8 March 2021 , the army fired on the dockers of Kestrel ."
    assert summarize_timeline([s("p4", kept, day, day)], 1, 1)[0].sentences == [kept]


def test_a_wires_dateline_after_a_place_in_several_words_or_a_day_without_its_year_is_cut():
    # Invented datelines.
    day = D(2021, 3, 8)
    said = "Dockers blocked the port of Kestrel on Monday ."
    for dateline in ("Port Kestrel -LRB- Wirenews -RRB- -- ", "Mar 8 -LRB- Wirenews -RRB- - ",
                     "New Kestrel , Norland (Wirenews) - "):
        item = s("w1", dateline + said, day, day)
        assert summarize_timeline([item], 1, 1)[0].sentences == [said], dateline
    kept = "Kestrel Dock Union -LRB- KDU -RRB- -- its chair and two clerks -- quit on Monday ."
    assert summarize_timeline([s("w2", kept, day, day)], 1, 1)[0].sentences == [kept]


def test_a_newspapers_dateline_after_a_heading_ends_it_and_names_no_day():
    # Invented heading and datelines.
    day = D(2021, 3, 8)
    said = "Dockers blocked the port of Kestrel on Monday ."
    for heading in ("Port Strike Spreads to the North ; Talks Stall KESTREL , March 8 -- ",
                    "PORT KESTREL , Mar. 8 -- "):
        item = s("n1", heading + said, day, day, mention=heading.index("Mar"))
        assert summarize_timeline([item], 1, 1)[0].sentences == [said], heading
        assert summarize_timeline([dataclasses.replace(item, position=12)], 1, 1) == [], heading
    kept = "Dockers walked out in KESTREL , March 8 , and blocked the port on Monday ."
    assert summarize_timeline([s("n2", kept, day, day)], 1, 1)[0].sentences == [kept]


def test_a_live_pages_clocks_and_an_escaped_bullet_are_cut_from_what_is_shown():
    # Invented entries of a live page, and a tokenized list.
    day = D(2021, 3, 8)
    said = "Dockers blocked the port of Kestrel on Monday , the union said ."
    for opening in ("NORLAND , 4:18 p.m. ET , 10:18 p.m. local : ", "KESTREL , 11:07 ET , 5:07 p.m. local : ", "\\* "):
        item = s("c1", opening + said, day, day)
        assert summarize_timeline([item], 1, 1)[0].sentences == [said], opening
    kept = "At 4:18 p.m. : dockers blocked the port of Kestrel on Monday , the union said ."
    assert summarize_timeline([s("c2", kept, day, day)], 1, 1)[0].sentences == [kept]


def test_a_chronologys_day_opening_its_entry_is_cut_from_what_is_shown():
    # Invented entries of chronologies: the timeline shows their day beside them.
    day = D(2021, 3, 8)
    for label, said in (("March 8 - ", "Dockers blocked the port of Kestrel , the union said ."),
                        ("Mar. 8 , 2021 : ", "Dockers blocked the port of Kestrel , the union said ."),
                        ("8 mars: NORLAND/KESTREL - ", "Les dockers bloquent le port de Kestrel, selon le syndicat."),
                        ("8\u00a0mars\u00a02021 ", "Grève des dockers au port de Kestrel, selon le syndicat."),
                        ("8 mars ", "Les dockers bloquent le port de Kestrel, selon le syndicat.")):
        item = s("d1", label + said, day, day, mention=0)
        assert summarize_timeline([item], 1, 1)[0].sentences == [said], label
    # a day that opens the sentence's own words, or a label naming no day the sentence is dated by, stays
    for kept, mention in (("March 8 , dockers blocked the port of Kestrel , the union said .", 0),
                          ("8 mars 2021, les dockers ont bloqué le port de Kestrel, selon le syndicat.", 0),
                          ("Update 2 - Dockers blocked the port of Kestrel on Monday , the union said .", 43)):
        assert summarize_timeline([s("d2", kept, day, day, mention=mention)], 1, 1)[0].sentences == [kept]


def test_a_day_in_a_clause_after_after_is_the_backdrop_of_the_day_the_sentence_tells():
    # invented sentences: the news is Tuesday's advance, the port's capture its backdrop
    for text, lang in (("After seizing the port on 3 March, the rebels pushed on toward the capital on Tuesday.", "en"),
                       ("Après la prise du port le 3 mars, les rebelles avançaient mardi vers la capitale.", "fr")):
        items = extract_dated_sentences(make_document(text, lang=lang, published="2021-03-12"))
        assert {(i.date, i.background) for i in items} == {(D(2021, 3, 3), True), (D(2021, 3, 9), False)}
        entries = summarize_timeline(items, max_dates=2, max_sentences=1)
        assert [e.date for e in entries] == [D(2021, 3, 9)]
    # alone, the day after "after" is the sentence's only day; "the following" is no preposition
    items = extract_dated_sentences(make_document(
        "The rebels pushed on toward the capital after seizing the port on 3 March.", lang="en", published="2021-03-12"))
    assert {(i.date, i.background) for i in items} == {(D(2021, 3, 3), False)}
    items = extract_dated_sentences(make_document(
        "The council published the following statement on 3 March after its meeting on Tuesday.", lang="en",
        published="2021-03-12"))
    assert {(i.date, i.background) for i in items} == {(D(2021, 3, 3), False), (D(2021, 3, 9), True)}


def test_a_day_in_a_clause_after_since_began_what_the_sentence_tells_and_is_never_its_news():
    # invented sentences: what goes on since the day is the news, not the day itself
    for text, lang in (("Oil has leaked into the bay since the tanker ran aground on 4 March.", "en"),
                       ("Les combats ont fait 200 morts depuis le début de l'offensive le 4 mars.", "fr")):
        items = extract_dated_sentences(make_document(text, lang=lang, published="2021-03-12"))
        assert {(i.date, i.background) for i in items} == {(D(2021, 3, 4), True)}
        assert summarize_timeline(items, max_dates=2, max_sentences=1) == []
    # "depuis" before a place is "from"; the verb after a noun ends the clause "depuis" opens
    for text in ("Le ministre a parlé depuis Paris mardi devant les députés réunis.",
                 "Les généraux au pouvoir depuis le coup d'Etat ont promis mardi des élections libres."):
        items = extract_dated_sentences(make_document(text, lang="fr", published="2021-03-12"))
        assert {(i.date, i.background) for i in items} == {(D(2021, 3, 9), False)}


def test_a_wire_stamp_line_with_its_place_and_source_is_no_entry():
    # Invented: a wire's stamp printed on a line of its own, its day in figures with a year of two digits, before the
    # dispatch; a day in figures and a clock inside a sentence's own words stay.
    day = D(2021, 5, 3)
    told = "Les dockers ont bloqué le port de Kestrel lundi matin, selon les syndicats du port."
    inside = "Le port de Kestrel a rouvert le 03/05/21 à 14h02 après un accord avec les dockers (Nord)."
    for stamp in ("03-05-21 à 14h02\nà Kestrel (Agence)", "03/05/21 14:02 Kestrel -LRB- Agence -RRB-"):
        (entry,) = summarize_timeline([s("w1", stamp, day, day), s("w2", told, day, day)], 1, 2)
        assert entry.sentences == [told], stamp
    (entry,) = summarize_timeline([s("w2", told, day, day), s("w3", inside, day, day)], 1, 2)
    assert sorted(entry.sentences) == sorted([told, inside])


def test_a_videos_title_running_time_and_day_are_cut_from_its_summary():
    # Invented: a news video's teaser, its reporter's sign-off, title and running time, then its day and summary.
    day = D(2021, 3, 8)
    summary = "Dockers blocked the port of Kestrel for a second day , demanding the release of their leaders ."
    teaser = "Jane Roe , Wirenews Dockers block Kestrel port -LRB- 1:46 -RRB- Mar. 8 - " + summary
    item = s("v1", teaser, day, day, start=10, mention=teaser.index("1:46"))
    (entry,) = summarize_timeline([item], 1, 1)
    assert entry.sentences == [summary]
    assert entry.sources[0][0].start == 10 + teaser.index(summary)
    # a clock in brackets inside a sentence's own words is no running time
    own = "The rally opened on the main square -LRB- 10:30 -RRB- and the dockers marched to the port of Kestrel ."
    (entry,) = summarize_timeline([s("v2", own, day, day)], 1, 1)
    assert entry.sentences == [own]


def test_a_sentence_naming_its_day_alone_is_shown_before_one_naming_several():
    # Invented: the most central sentence of 3 March also names the day of a warning before it; it still counts for
    # both days, but the day is told by a sentence naming that day alone.
    both = "The Orvane dam collapsed on 3 March and flooded three villages , two days after a warning on 1 March ."
    items = [
        s("b1", both, D(2021, 3, 3), D(2021, 3, 20), mention=28),
        s("b1", both, D(2021, 3, 1), D(2021, 3, 20), mention=93),
        s("b2", "The Orvane dam collapsed on Wednesday and flooded the valley .", D(2021, 3, 3), D(2021, 3, 4),
          mention=42),
        s("b3", "Three villages were flooded when the dam broke on Wednesday .", D(2021, 3, 3), D(2021, 3, 4),
          mention=45),
    ]
    (entry,) = summarize_timeline(items, 1, 1)
    assert entry.date == D(2021, 3, 3)
    assert entry.sentences[0] != both

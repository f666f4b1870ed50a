"""Readers' comments under scraped articles (invented article and comments)."""
from __future__ import annotations

from vigie.ingest import make_document
from vigie.nlp.comments import article_only, comments_start
from vigie.pipeline import analyze

ARTICLE = ("Les dockers de Kestrel ont bloqué le port lundi, a indiqué le syndicat.\n"
           "Selon la préfecture, 300 camions sont à l'arrêt.\n")
COMMENTS = ("Le 18 mars 2021 à 14h05, kestrelfan a écrit : « Bravo aux dockers », 5000 emplois en jeu.\n"
            "At 4:02 pm on 19 Mar 2021 , Paul wrote : Mme Abadie a déclaré que tout ira bien.")


def test_comments_begin_at_the_first_header_that_opens_a_line():
    assert comments_start(ARTICLE + COMMENTS) == len(ARTICLE)
    assert comments_start(ARTICLE) is None
    # a newspaper naming its writer in several words is no comment
    assert comments_start("In a letter sent at 10:30 on Monday , the union wrote : the port stays shut .") is None


def test_the_extractors_read_the_article_and_the_text_keeps_everything():
    doc = make_document(ARTICLE + COMMENTS, lang="fr", published="2021-03-18")
    analysis = analyze(doc)
    assert analysis.doc.text == ARTICLE + COMMENTS.strip()
    cut = len(ARTICLE)
    for found in (analysis.quotes, analysis.figures, analysis.timexes, analysis.mentions):
        assert all(item.start < cut for item in found)
    assert [f.value for f in analysis.figures] == [300]
    assert "Abadie" not in {e.name for e in analysis.entities}


def test_blanking_keeps_offsets_and_lines():
    doc = make_document(ARTICLE + COMMENTS, lang="fr")
    article = article_only(doc)
    assert len(article.text) == len(doc.text) and article.text.count("\n") == doc.text.count("\n")
    assert article.text.startswith(ARTICLE) and not article.text[len(ARTICLE):].strip()
    assert article_only(make_document(ARTICLE, lang="fr")).text == ARTICLE.strip()



def test_the_newspaper_s_links_to_its_other_articles_reach_no_extractor():
    links = ("» Les dockers de Marvane menacent de bloquer le port\n"
             "» REPORTAGE - Trois jours sur les quais de Kestrel\n")
    text = ARTICLE + links + "« Le port rouvrira jeudi », a promis le préfet.\n») ajoute-t-il, sans plus.\n" + links
    doc = make_document(text, lang="fr", published="2021-03-18")
    article = article_only(doc)
    assert len(article.text) == len(doc.text) and article.text.count("\n") == doc.text.count("\n")
    assert "Marvane" not in article.text and "REPORTAGE" not in article.text
    assert "a promis le préfet" in article.text and "») ajoute-t-il" in article.text
    analysis = analyze(doc)
    assert not any("Marvane" in e.name for e in analysis.entities)
    assert not any("Marvane" in event.text or "REPORTAGE" in event.text for event in analysis.events)
    assert [q.speaker.text for q in analysis.quotes] == ["le syndicat", "la préfecture", "le préfet"]

# Invented blog pages: a post, its closing byline, then comments a blog stamps before or after their text.
POST = ("The port of Kestrel stayed shut on Monday , the union said .\n"
        "Dockers will meet the port authority on Friday .\n")
STAMPED_AFTER = ("Shame on the port authority , the dockers are right .\n"
                 "March 18 , 2021 at 4:02 pm | Report abuse | They should have struck last year .\n"
                 "March 18 , 2021 at 5:10 pm | Reply The mayor said nothing , as usual .\n")
SIGNED = ("Shame on the authority , 5000 jobs are at stake Posted by : kestrelfan | March 18 , 2021 4:02 PM | "
          "Report abuse The mayor said nothing . Posted by : paul | March 18 , 2021 5:10 PM | Report abuse\n")
BYLINE = "By Jane Doe | March 18 , 2021 ; 3:26 PM ET"


def test_comments_a_blog_stamps_begin_at_the_first_stamp_line_or_after_the_posts_byline():
    assert comments_start(POST + STAMPED_AFTER) == len(POST) + STAMPED_AFTER.index("March 18")
    assert comments_start(POST + SIGNED) == len(POST)
    assert comments_start(POST + BYLINE + " " + SIGNED) == len(POST) + len(BYLINE)
    # one stamped line alone may be the article's update; a byline without comments ends nothing
    assert comments_start(POST + "March 18 , 2021 at 4:02 pm | Updated with the union's statement .\n") is None
    assert comments_start(POST + BYLINE) is None


def test_stamped_comments_reach_no_extractor():
    doc = make_document(POST + BYLINE + " " + SIGNED, lang="en", published="2021-03-18")
    analysis = analyze(doc)
    cut = len(POST) + len(BYLINE)
    for found in (analysis.quotes, analysis.figures, analysis.timexes, analysis.mentions):
        assert all(item.start < cut for item in found)
    assert 5000 not in [f.value for f in analysis.figures]


def test_comments_a_blog_stamps_with_a_bare_clock_begin_at_the_first_stamp_line():
    # Invented: a French blog's comments, each after its reader's name and a stamp with no "à" before the clock.
    article = "Les dockers de Kestrel ont bloqué le port lundi, a indiqué le syndicat.\n"
    comments = ("kestrelfan | 18 mars 2021 14h05 | Bravo aux dockers, 5000 emplois en jeu.\n"
                "Paul en réponse au commentaire de kestrelfan | 18 mars 2021 16h12 | Le maire n'a rien dit.\n")
    assert comments_start(article + comments) == len(article)


# Invented newspaper page: the article, its block of links to related articles, then readers' comments with no
# header, written as readers write (no capital, '!!', no space after a comma, a left-out apostrophe).
PAPER = ("Les dockers de Kestrel ont bloqué le port lundi, a indiqué le syndicat.\n"
         "Selon la préfecture, 300 camions sont à l'arrêt.\n")
LINKS = "» Le port de Kestrel paralysé par la grève\n» DOSSIER - Les ports en crise\n"
UNHEADED = ("Bravo aux dockers, il était temps !\n"
            "encore une grève payée par nous,les contribuables!! 5000 emplois en jeu.\n"
            "Vous oubliez de dire que l armée a tiré sur 90 innocents...\n")


def test_comments_without_a_header_begin_after_the_related_links_or_at_the_first_marked_line():
    assert comments_start(PAPER + LINKS + UNHEADED) == len(PAPER + LINKS)
    # no links: the comments begin at the first line bearing a mark of a reader's writing
    assert comments_start(PAPER + UNHEADED) == len(PAPER) + UNHEADED.index("encore")
    doc = make_document(PAPER + LINKS + UNHEADED, lang="fr", published="2021-03-18")
    figures = analyze(doc).figures
    assert [f.value for f in figures] == [300]


def test_unheaded_comments_never_take_in_the_article_above_them():
    # lines of the article bearing one mark each: paragraphs glued by the scraper, a line continuing the one before
    glued = ("Le port rouvrira jeudi.Les syndicats se réuniront mercredi avec la direction\n"
             "et les camions attendent.Ils repartiront lundi.\n")
    assert comments_start(PAPER + glued + UNHEADED) == len(PAPER + glued) + UNHEADED.index("encore")
    assert comments_start(PAPER + glued) is None
    # the posts an article quotes, even written in haste, and the lines a colon introduces
    tweets = ("Sur Twitter, les habitants réagissent.\n"
              "@kestrel_news: ILS ONT FERMÉ LE PORT ENCORE!! pas de travail,pas de salaire #Kestrel\n"
              "Un docker ajoute :\n"
              "on nous a rien dit,rien du tout!!! et la mairie se tait...\n")
    assert comments_start(PAPER + tweets) is None
    assert comments_start(PAPER + tweets + UNHEADED) == len(PAPER + tweets) + UNHEADED.index("encore")


# Invented page: a news site's note on the comments it publishes opens them, even on the byline's line.
NEWS = ("VASKO , May 3 -LRB- Wire -RRB- - Flood waters cut the main road to Vasko on Monday , officials said .\n"
        "Some 200 homes were evacuated , the mayor said .\n"
        "-LRB- Reporting by Ann Lee -RRB- ")
POLICY = ("We welcome comments that stay on topic .\n"
          "Views expressed in the comments are the readers' own .\n"
          "The mayor knew for years , 5000 homes are at risk !\n")


def test_comments_begin_at_the_site_s_note_on_them():
    assert comments_start(NEWS + POLICY) == len(NEWS)
    figures = analyze(make_document(NEWS + POLICY, lang="en", published="2024-05-03")).figures
    assert [f.value for f in figures] == [200]


def test_a_note_on_comments_in_a_page_s_first_line_opens_no_comments():
    assert comments_start("We welcome comments on this blog about flood defences .\n" + NEWS) is None

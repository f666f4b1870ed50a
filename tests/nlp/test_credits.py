"""Photo credits opening a caption's text (invented captions and credits)."""
from __future__ import annotations

from vigie.nlp.credits import credit_opening


def test_brackets_holding_a_credit_open_no_sentence():
    said = "Dockers blocked the port of Kestrel on Monday ."
    for credit in ("-LRB- Wire Photo\\/Jane Roe -RRB- -LRB- Jane Roe - AP -RRB- ", "(AP Photo/Jane Roe, Pool) ",
                   "-LRB- Video by AP -RRB- ", "(AP video) ", "(Kestrel Photos via Getty Images) ",
                   "(By Jane Roe -- Associated Press) ", "(Vidéo AFP) "):
        assert credit_opening(credit + said) == len(credit), credit
    # a place, an editor's word or a clause in brackets is no credit
    for text in ("(Kestrel) Les dockers ont bloqué le port lundi .", "(Updated) " + said,
                 "(Dockers say the strike will last) A union leader spoke on Monday ."):
        assert credit_opening(text) == 0, text


def test_a_credit_to_the_press_association_opens_a_caption():
    # Invented caption: the Press Association, written "PA" or "PA Wire", is an agency as AP is
    text = "Photograph : PA Two pupils of a Valbrune school have caught the flu ."
    assert text[credit_opening(text):].startswith("Two pupils")
    text = "Photograph: PA Wire The school will stay closed until Monday."
    assert text[credit_opening(text):].startswith("The school")


def test_an_article_opening_the_sentence_after_a_credit_is_no_part_of_its_names():
    # Invented captions: the credit's last name is no agency, and "The" opens the sentence after it
    for text in ("Photograph : Jane Roe\\/Kestrel Pictures The port of Kestrel was blocked on Monday .",
                 "Photograph: Jane Roe/Norland Features/Rex Features The port was blocked on Monday."):
        assert text[credit_opening(text):].startswith("The port"), text
    # a part of the credit may open on it
    text = "Photograph: Jane Roe/The Herald/AP Dockers blocked the port on Monday."
    assert text[credit_opening(text):].startswith("Dockers")


def test_the_word_opening_the_sentence_after_a_credit_is_no_part_of_its_names():
    # Invented captions: a common word or an acronym before a word in lower case opens the sentence glued after the
    # credit, for a sentence opens in capitals
    for text, opening in (("AP Photo\\/Jane Roe Officials said the port would reopen on Monday .", "Officials"),
                          ("Photograph : Jane Roe\\/Kestrel Features KPC has shut its refinery .", "KPC"),
                          ("AP Photo/Norland Shipping KPC has begun work on a second well.", "KPC"),
                          ("Photograph: John Doe/Rex Features Last night's vote was delayed.", "Last night")):
        assert text[credit_opening(text):].startswith(opening), text
    # a name's last word that no dictionary knows, or a link after the name, keeps the name whole
    for text, opening in (("Reuters\\/Jane Quendrax nowhere is the port open .", "nowhere"),
                          ("Photograph: Jane Roe for the Kestrel Herald Dockers blocked the port.", "for the")):
        assert text[credit_opening(text):].startswith(opening), text


def test_a_photographers_initial_and_a_caption_cue_with_its_colon_open_a_credit():
    # Invented captions: an initial inside the photographer's name, and a photo cue with its colon before a name and
    # the sentence it is glued to, opening on an article or on a common word before a word in lower case
    for text, opening in (("Photograph : Jane Q. Roe\\/AP The port of Kestrel was blocked on Monday .", "The port"),
                          ("Photo: Jane Roe The dockers of Kestrel blocked the port on Monday.", "The dockers"),
                          ("Picture : Jane Roe Dockers blocked the port of Kestrel on Monday .", "Dockers")):
        assert text[credit_opening(text):].startswith(opening), text
    # a caption's own words after the cue, or a cue without its colon, open no credit
    for text in ("Photo : A Kestrel docker walks past the closed gates of the port .",
                 "Video Shows Dockers blocking the port of Kestrel on Monday ."):
        assert credit_opening(text) == 0, text

"""Language per document and per paragraph, restricted to the configured languages."""
from vigie.ingest import make_document
from vigie.nlp.language import detect


def test_english_tweet_inside_a_french_article():
    text = ("Le président a publié un message sur les réseaux sociaux jeudi soir, appelant au calme dans la "
            "région après une semaine de combats. (Article inventé.)\n\n"
            "We are watching the situation very closely and we call on every party to stop the fighting now.\n\n"
            "Ce message a été salué par plusieurs capitales européennes, qui réclament un cessez-le-feu.")
    doc = make_document(text)
    assert doc.lang == "fr"
    assert doc.paragraph_langs == ["fr", "en", "fr"]


def test_short_text_takes_the_default():
    assert detect("OK", default="fr") == "fr"


def test_only_configured_languages(monkeypatch):
    monkeypatch.setenv("VIGIE_LANGUAGES", "fr,en")
    assert detect("Der Bundestag hat heute über das neue Gesetz zur Energiewende abgestimmt.") in ("fr", "en")

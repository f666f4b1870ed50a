"""Rebuild crawl.warc.gz, a two-page crawl of invented articles (run with the project's Python)."""
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent
PAGES = {
    "https://vaucluse-matin.example/orange-commercants": ("2025-03-12T08:00:00Z", """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>À Orange, les commerçants face à l'eau - Vaucluse Matin (fictif)</title>
<meta property="article:published_time" content="2025-03-12T07:00:00+01:00"></head>
<body><article>
<h1>À Orange, les commerçants face à l'eau</h1>
<p><em>Article inventé pour les exemples de vigie.</em></p>
<p>Dans le centre d'Orange, une trentaine de commerces ont été inondés dans la nuit de mardi à mercredi. Les pompiers ont secouru douze personnes bloquées dans leurs logements.</p>
<p>« Nous avons perdu tout notre stock », raconte Nadia Cherif, fleuriste rue de la République. La chambre de commerce a promis une aide d'urgence aux commerçants sinistrés.</p>
</article></body></html>
"""),
    "https://port-review.example/dockers-vote": ("2025-04-13T20:00:00Z", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Marseille dockers vote to end strike - Port Review (invented)</title>
<meta property="article:published_time" content="2025-04-13T19:00:00+02:00"></head>
<body><article>
<h1>Marseille dockers vote to end strike</h1>
<p><em>Invented article for vigie's examples.</em></p>
<p>Dock workers in Marseille voted on Sunday to end a six-day strike after management agreed on Saturday to postpone a contested reform of working hours until September.</p>
<p>"This is a victory for every worker in this port," union secretary Karim Benali said. The port authority said it would take at least a week to clear the backlog of 52 ships.</p>
</article></body></html>
"""),
}

with open(HERE / "crawl.warc.gz", "wb") as out:
    writer = WARCWriter(out, gzip=True)
    for url, (when, page) in PAGES.items():
        body = page.encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                           warc_headers_dict={"WARC-Date": when})
        writer.write_record(record)

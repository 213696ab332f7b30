"""A made-up news page for the HTML tests: a body of five paragraphs inside the furniture news sites share."""

PARAGRAPHS = [
    "The harbour board of Port Ellery voted on Tuesday to close the old ferry terminal at the end of March, ending "
    "more than sixty years of crossings from the east quay to the islands of the outer bay.",
    "Board chair Miriam Okafor said the decision followed two years of falling passenger numbers and a survey that "
    "found the terminal's pilings in worse condition than engineers had expected when they first inspected them.",
    "Islanders who rely on the service for hospital visits and school runs packed the public gallery, and several "
    "speakers asked the board to delay the vote until a replacement landing on the west quay was ready.",
    "The board agreed to fund a temporary pontoon and a shuttle bus between the two quays while the new landing is "
    "built, a project it expects to cost about four million pounds and to finish by the autumn of next year.",
    "Ferry operator Bayline said its timetable would not change, although crossings would take about ten minutes "
    "longer while boats use the temporary pontoon, and it promised to publish revised times within a fortnight.",
]


def news_page(**overrides) -> str:
    parts = {
        "lang": "en-GB",
        "head": """
    <meta property="og:title" content="Old ferry terminal to close after 60 years | The Bay Courier">
    <meta property="og:site_name" content="The Bay Courier">
    <meta property="og:url" content="https://www.baycourier.example/news/ferry-terminal-to-close">
    <meta property="og:locale" content="en_GB">
    <meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
    <meta property="article:modified_time" content="2024-03-07T16:02:00+00:00">
    <link rel="canonical" href="/news/ferry-terminal-to-close">
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Old ferry terminal to close after 60 years",
      "author": [{"@type": "Person", "name": "Tom Reilly"}, {"@type": "Person", "name": "Ana Costa"}],
      "datePublished": "2024-03-05T09:30:00+00:00", "dateModified": "2024-03-07T16:02:00+00:00",
      "publisher": {"@type": "Organization", "name": "The Bay Courier"}}</script>""",
    }
    parts.update(overrides)
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[:2])
    rest = "\n".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[2:])
    return f"""<!DOCTYPE html>
<html lang="{parts['lang']}">
<head><meta charset="utf-8"><title>Old ferry terminal to close after 60 years - The Bay Courier</title>{parts['head']}
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main>
<article>
  <h1>Old ferry terminal to close after 60 years</h1>
  <div class="byline">By Tom Reilly and Ana Costa</div>
  <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
  <figure><img src="/img/terminal.jpg" alt="The terminal"><figcaption>Photo: Harbour Archive</figcaption></figure>
  <div class="article-body">
{body}
<p>Read more: Island school to get new boat next year</p>
{rest}
<p>Follow us on Twitter and Facebook for the latest news from the bay.</p>
  </div>
  <aside class="related-links"><h3>Related stories</h3><ul>
    <li><a href="/news/a">Island school to get new boat next year</a></li>
    <li><a href="/news/b">Council approves harbour car park</a></li>
    <li><a href="/news/c">Storm damages west quay wall</a></li></ul></aside>
</article>
</main>
<footer><p>© 2024 The Bay Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""

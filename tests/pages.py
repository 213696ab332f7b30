"""News pages, as sites serve them, for the tests of HTML and WARC input."""

BODY = [
    "The central bank kept its main interest rate at 4.5 percent on Thursday, saying that inflation had eased "
    "for a third month in a row but that wages were still rising faster than it would like.",
    "Governor Andrew Bailey told reporters in London that the committee had voted seven to two to hold rates, "
    "with two members preferring a cut of a quarter point.",
    "Markets had expected the decision. The pound rose slightly against the dollar after the announcement, and "
    "shares of the largest lenders were little changed by the close of trading.",
]


def news_page(title: str = "Bank of England holds rates as inflation eases", paragraphs: list[str] = BODY,
              published: str | None = "2024-05-09", author: str | None = "Jane Smith",
              url: str = "https://news.example.com/business/rates-held", site: str = "Example News",
              lang: str = "en", charset: str = "utf-8") -> str:
    """An article page: head metadata, a site menu, the article with a byline, related links and a footer."""
    date = (f'<meta property="article:published_time" content="{published}T09:30:00Z">' if published else "")
    byline = f'<meta name="author" content="{author}"><p class="byline">By {author}</p>' if author else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{title} | {site}</title>'
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'
            f'<link rel="canonical" href="{url}">{date}</head><body>'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li></ul></nav>'
            f'<main><article><h1>{title}</h1>{byline}{body}</article>'
            '<aside><h2>Related</h2><ul><li><a href="/a">Markets slip</a></li></ul></aside></main>'
            '<footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>')


INDEX_PAGE = ('<!DOCTYPE html><html lang="en"><head><title>Business | Example News</title></head><body>'
              '<nav><a href="/">Home</a></nav><ul><li><a href="/a">Markets slip</a></li>'
              '<li><a href="/b">Rates held</a></li></ul></body></html>')

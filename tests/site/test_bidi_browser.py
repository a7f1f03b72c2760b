"""Mixed-direction text in Urdu, in Chromium: English names, numbers and words inside right-to-left sentences keep
their own order, and the sentence keeps its order around them (<bdi>, dir="auto", dir on other-language items).

Each check lists the words of one element as they stand on the screen, from left to right (each word's box from
a DOM Range), and compares that with the order a reader expects to see.
"""

import pytest

from tests.browser_support import needs_chromium

pytestmark = [pytest.mark.browser, needs_chromium]
PHONE = {"width": 360, "height": 640}

# Every word (a run of non-space characters) of the element's text, with the box it is drawn in.
WORD_BOXES = """
(element) => {
  const words = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.checkVisibility()) continue;
    for (const match of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const box = range.getBoundingClientRect();
      if (box.width > 0) words.push({text: match[0], x: box.left, y: box.top + box.height / 2});
    }
  }
  return words;
}
"""


def left_to_right(element):
    """The element's words as they stand on screen: line by line from the top, each line from left to right."""
    words = element.evaluate(WORD_BOXES)
    lines = []
    for word in sorted(words, key=lambda w: w["y"]):
        if lines and abs(lines[-1][0]["y"] - word["y"]) < 6:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [[w["text"] for w in sorted(line, key=lambda w: w["x"])] for line in lines]


@pytest.fixture
def urdu_home(demo_site, browser):
    base_url, _, _ = demo_site
    page = browser.new_page(viewport=PHONE)
    assert page.goto(base_url + "/ur/").status == 200
    assert page.evaluate("document.documentElement.dir") == "rtl"
    yield page
    page.close()


def read_right_to_left(element):
    """The words in the order an Urdu reader meets them: lines from the top, each from the right."""
    return [word for line in left_to_right(element) for word in reversed(line)]


def test_the_urdu_crisis_bars_text_line_reads_in_order(urdu_home):
    """ "SHOUT لکھ کر 85258 پر ٹیکسٹ کریں" (text SHOUT to 85258): read from the right, SHOUT comes first and 85258
    after "لکھ کر", however the words wrap on a phone."""
    number = urdu_home.locator(".app-crisis a[href^='sms:'] .app-crisis__number").first
    assert read_right_to_left(number) == ["SHOUT", "لکھ", "کر", "85258", "پر", "ٹیکسٹ", "کریں"]


def test_the_urdu_crisis_bars_numbers_and_names_read_in_order(urdu_home):
    calls = urdu_home.locator(".app-crisis a[href^='tel:']")
    assert calls.count() >= 3
    for call in calls.all():
        number = call.locator(".app-phone")
        groups = number.inner_text().split()
        assert left_to_right(number) == [groups], groups  # digits in the order they are dialled
        name = call.locator(".app-crisis__short, .app-crisis__name:not(.app-crisis__name--long)").first
        words = name.inner_text().split()
        seen = [word for line in left_to_right(name) for word in line]
        if all(word.isascii() for word in words):  # an English name: left to right, as written
            assert seen == words, (words, seen)
        elif not any(word.isascii() for word in words):  # an Urdu name: right to left
            assert seen == list(reversed(words)), (words, seen)


def test_english_titles_and_summaries_on_urdu_pages_read_left_to_right(demo_site, browser):
    """English titles and summaries on an Urdu listing (the resources only for professionals, which are not
    translated, in the Urdu resource library): each line left to right, the full stop at the end (without
    isolation, "their families." showed as "families. their"). Then a service card's call button on the Urdu
    Find local help."""
    base_url, page_urls, _ = demo_site
    page = browser.new_page(viewport=PHONE)
    assert page.goto(base_url + page_urls["ur"]["ResourceIndexPage"]).status == 200
    english = page.locator(".nhsuk-card .nhsuk-card__heading[lang=en], .nhsuk-card .nhsuk-card__description[lang=en]")
    assert english.count() >= 4
    for element in english.all()[:20]:
        words = element.inner_text().split()
        assert [word for line in left_to_right(element) for word in line] == words, words
    assert any(element.inner_text().endswith(".") for element in english.all())
    assert page.goto(base_url + page_urls["ur"]["DirectoryIndexPage"]).status == 200
    # The card's call button: the Urdu word, then the number read left to right, digits in dialling order.
    button = page.locator(".app-service-card .app-call[href^='tel:']").first
    number = button.locator(".app-phone").inner_text().split()
    [line] = left_to_right(button)
    assert line[: len(number)] == number and line[len(number) :], line  # the number left of the Urdu word
    page.close()

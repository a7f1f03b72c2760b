"""The demo site in real headless Chromium (Debian's package): layout on a phone, accessibility, privacy.

These start their own server with the demo content (see demo_server.py) and stop it afterwards.
"""

from urllib.parse import urlsplit

import pytest

from tests.browser_support import needs_chromium, wait_until, wcag_violations

pytestmark = [pytest.mark.browser, needs_chromium]
PAGE_TYPES = [
    "HomePage",
    "GuidancePage",
    "ResourceIndexPage",
    "ResourcePage",
    "LeafletIndexPage",
    "LeafletPage",
    "DirectoryIndexPage",
    "ServicePage",
    "NewsIndexPage",
    "NewsPage",
    "EventIndexPage",
    "EventPage",
    "FeedbackFormPage",
    "SupportNetworkMapPage",
    "GapMapPage",
]
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}




@pytest.fixture(scope="module")
def site(demo_site):
    """The shared demo server, where every page type has an Urdu copy (tests/demo_server.py)."""
    base_url, page_urls, _workdir = demo_site
    return base_url, page_urls


def url_for(site, page_type, language="en"):
    base_url, page_urls = site
    assert page_type in page_urls.get(language, {}), f"the demo has no {page_type} in {language}"
    return base_url + page_urls[language][page_type]


#: Where a phone's first screen must show the page's own heading from: its first line, well above the fold.
HEADING_BY = 450
TAP = 44  # px, the smallest tap target for an urgent number


def assert_urgent_numbers_on_the_first_screen(page):
    """Every number in the crisis bar is on the first screen, at least 44 x 44 px, as is "More numbers"."""
    calls = page.locator(".app-crisis a[href^='tel:'], .app-crisis a[href^='sms:']")
    assert calls.count() >= 4
    for call in [*calls.all(), page.locator(".app-crisis__more")]:
        box = call.bounding_box()
        assert call.is_visible() and box is not None, call.inner_text()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], call.inner_text()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], call.inner_text()
        assert box["width"] >= TAP and box["height"] >= TAP, (call.inner_text(), box)


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_a_phone_shows_the_urgent_numbers_and_the_pages_heading_without_scrolling(site, browser, page_type, language):
    page = browser.new_page(viewport=PHONE)
    response = page.goto(url_for(site, page_type, language))
    assert response.status == 200
    assert_urgent_numbers_on_the_first_screen(page)
    heading = page.locator("main h1").bounding_box()
    assert heading["y"] < HEADING_BY, f"the heading starts {heading['y']:.0f} px down"
    # Only help for right now in the bar: the trusts' advice lines are on the crisis page instead.
    assert "PALS" not in page.locator(".app-crisis").inner_text()
    # "Listen to this page" and the draft-translation notice come after the heading.
    for later in page.locator("main .app-audio, main .app-draft-translation").all():
        assert later.bounding_box()["y"] > heading["y"] + heading["height"]
    # Nothing wider than the screen: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.close()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_phone_shows_the_search_results_count_and_the_first_result_first(site, browser, language):
    base_url, _ = site
    page = browser.new_page(viewport=PHONE)
    page.goto(base_url + ("" if language == "en" else f"/{language}") + "/search/?q=respite")
    assert_urgent_numbers_on_the_first_screen(page)
    count = page.locator("main [role=status].app-meta").bounding_box()
    first = page.locator("main .nhsuk-card__link").first.bounding_box()
    assert count["y"] + count["height"] <= PHONE["height"]
    assert first["y"] + first["height"] <= PHONE["height"], (
        f"the first result ends {first['y'] + first['height']:.0f} px down"
    )
    # The filters are folded behind "Filter results", and open with a tap.
    facets = page.locator(".app-search-filters nav a").first
    assert not facets.is_visible()
    page.locator(".app-search-filters__toggle").click()
    assert facets.is_visible()
    page.close()


def test_the_menu_and_the_filters_fold_on_a_phone_and_show_open_on_a_wide_screen_without_javascript(site, browser):
    base_url, _ = site
    for viewport, folded in ((PHONE, True), (DESKTOP, False)):
        context = browser.new_context(java_script_enabled=False, viewport=viewport)
        page = context.new_page()
        page.goto(base_url + "/search/?q=respite")
        menu_links = page.locator(".app-nav a")
        filters = page.locator(".app-search-filters nav a")
        assert menu_links.first.is_visible() is not folded
        assert filters.first.is_visible() is not folded
        assert page.locator(".app-nav__toggle").is_visible() is folded
        assert page.locator(".app-search-filters__toggle").is_visible() is folded
        if folded:
            page.locator(".app-nav__toggle").click()
            assert all(link.is_visible() for link in menu_links.all())
        else:
            # The wide menu is one row or two under the header, not a list down the page.
            assert page.locator(".app-nav").bounding_box()["height"] < 120
        context.close()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_header_search_button_lines_up_with_its_box(site, browser, language):
    base_url, _ = site
    for viewport in (PHONE, DESKTOP):
        page = browser.new_page(viewport=viewport)
        page.goto(base_url + ("/" if language == "en" else f"/{language}/"))
        field = page.locator("#header-search").bounding_box()
        button = page.locator(".app-header__search button").bounding_box()
        assert abs(field["y"] - button["y"]) <= 1 and abs(field["height"] - button["height"]) <= 1, (field, button)
        assert button["width"] >= TAP and button["height"] >= TAP
        page.close()


@pytest.mark.parametrize(
    ("path", "language"), [("/no-such-page/", "en"), ("/go/no-such-link/", "en"), ("/ur/no-such-page/", "ur")]
)
def test_a_mistyped_address_shows_the_sites_own_404_page_while_developing(site, browser, path, language):
    """The demo server runs the dev settings (DEBUG on): carers_site/dev/not_found.py shows templates/404.html."""
    base_url, _ = site
    page = browser.new_page(viewport=PHONE)
    assert page.goto(base_url + path).status == 404
    assert page.evaluate("document.documentElement.lang") == language
    assert page.locator("main h1").bounding_box()["y"] < HEADING_BY
    assert_urgent_numbers_on_the_first_screen(page)
    assert page.locator("#header-search").is_visible()
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_accessibility_violations(site, browser, page_type, language, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(url_for(site, page_type, language))
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        language,
        "rtl" if language == "ur" else "ltr",
    ]
    violations_found = wcag_violations(page)
    violations = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})" for v in violations_found
    ]
    assert violations == []
    page.close()


def test_pages_request_nothing_from_other_hosts(site, browser):
    base_url, _ = site
    page = browser.new_page(viewport=DESKTOP)
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
    for page_type in PAGE_TYPES:
        page.goto(url_for(site, page_type))
    assert hosts == {"127.0.0.1"}
    page.close()


def test_search_and_filters_work_with_javascript_off(site, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(url_for(site, "HomePage"))
    page.fill("#home-search", "respite")
    page.click("main button[type=submit]")
    assert "/search/" in page.url
    assert page.locator("main .nhsuk-card__link").count() >= 1

    page.goto(url_for(site, "DirectoryIndexPage"))
    page.select_option("#filter-area", "havering")
    page.click("main form button[type=submit]")
    assert "area=havering" in page.url
    assert page.locator("main .nhsuk-card").count() >= 1
    context.close()


def test_keyboard_users_can_skip_to_the_content(site, browser):
    page = browser.new_page(viewport=DESKTOP)
    page.goto(url_for(site, "GuidancePage"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    style = page.evaluate(
        "(({boxShadow, outlineStyle}) => [boxShadow, outlineStyle])(getComputedStyle(document.activeElement))"
    )
    assert style != ["none", "none"]  # a visible focus indicator
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#maincontent"
    page.close()


SEARCHES = ["/search/?q=respite", "/search/?q=who+can+I+call+at+night", "/search/?q=IG11&audience=adult-carers"]


@pytest.mark.parametrize("path", SEARCHES)
def test_search_pages_have_no_accessibility_violations(site, browser, path):
    base_url, _ = site
    page = browser.new_page(viewport=PHONE)
    assert page.goto(base_url + path).status == 200
    assert page.locator("main .nhsuk-card__link").count() >= 1
    violations_found = wcag_violations(page)
    assert [v["id"] for v in violations_found] == []
    page.close()


def test_search_suggestions_appear_as_you_type(site, browser):
    base_url, _ = site
    page = browser.new_page(viewport=DESKTOP)
    page.goto(base_url + "/")
    with page.expect_response(lambda response: "/search/suggest/" in response.url):
        page.fill("#header-search", "carer")
    wait_until(page, "document.querySelectorAll('datalist option').length > 0")
    options = page.eval_on_selector_all("datalist option", "els => els.map(e => e.value)")
    assert any("arer" in option for option in options)
    page.close()


URDU_CRISIS_PAGE = "/ur/crisis/"


def test_the_urdu_crisis_page_reads_right_to_left_with_numbers_left_to_right(site, browser):
    base_url, _ = site
    page = browser.new_page(viewport=PHONE)
    assert page.goto(base_url + URDU_CRISIS_PAGE).status == 200
    assert page.evaluate("document.documentElement.dir") == "rtl"
    heading = page.locator("main h1").bounding_box()
    # Right to left: the heading starts at the right-hand edge of the screen.
    assert heading["x"] + heading["width"] > PHONE["width"] - 40
    calls = page.locator(".app-crisis a[href^='tel:']")
    assert calls.count() >= 3
    for index in range(calls.count()):
        call = calls.nth(index)
        href = call.get_attribute("href")
        assert href.startswith("tel:") and href[4:].lstrip("+").isdigit(), href
        number = call.locator(".app-phone")
        assert number.evaluate("el => getComputedStyle(el).direction") == "ltr"
        # The digits read in the same order as the number dialled.
        digits = "".join(ch for ch in number.inner_text() if ch.isdigit())
        assert digits and (href.endswith(digits) or href.endswith(digits[1:])), (href, digits)
    page.close()


def test_the_urdu_crisis_page_audio_plays_from_the_keyboard(site, browser):
    base_url, _ = site
    page = browser.new_page(viewport=DESKTOP)
    page.goto(base_url + URDU_CRISIS_PAGE)
    audio = page.locator(".app-audio audio")
    assert audio.count() == 1
    # "Listen to this page" is one line under the heading; the player opens from it.
    assert page.locator(".app-audio").bounding_box()["y"] > page.locator("main h1").bounding_box()["y"]
    assert not audio.is_visible()
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('app-audio__summary')"):
            break
    else:
        pytest.fail("'Listen to this page' cannot be reached with the Tab key")
    page.keyboard.press("Enter")
    assert audio.is_visible()
    assert "Computer" in page.locator(".app-audio").inner_text() or page.locator(".app-audio__voice").count() == 1
    source = page.locator(".app-audio audio source").get_attribute("src")
    assert page.request.get(base_url + source).headers["content-type"] in ("audio/mpeg", "audio/mp3")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.tagName") == "AUDIO":
            break
    else:
        pytest.fail("the audio player cannot be reached with the Tab key")
    page.keyboard.press("Space")
    wait_until(
        page,
        "(() => { const a = document.querySelector('.app-audio audio'); return !a.paused && a.currentTime > 0.2; })()",
        timeout=15000,
    )
    page.keyboard.press("Space")
    assert page.evaluate("document.querySelector('.app-audio audio').paused")
    page.close()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_crisis_numbers_come_within_the_first_few_tab_presses(site, browser, language):
    page = browser.new_page(viewport=PHONE)
    page.goto(url_for(site, "GuidancePage", language))
    for _ in range(3):
        page.keyboard.press("Tab")
        if (page.evaluate("document.activeElement.getAttribute('href') || ''")).startswith("tel:"):
            break
    else:
        pytest.fail("no crisis number in the first three Tab presses")
    style = page.evaluate(
        "(({boxShadow, outlineStyle, backgroundColor}) => [boxShadow, outlineStyle, backgroundColor])"
        "(getComputedStyle(document.activeElement))"
    )
    assert style[:2] != ["none", "none"] or style[2] != "rgba(0, 0, 0, 0)"  # a visible focus indicator
    page.close()


@pytest.mark.parametrize(
    "page_type", ["GuidancePage", "ServicePage", "LeafletPage", "SupportNetworkMapPage", "GapMapPage"]
)
def test_pages_print_with_their_address_and_the_crisis_numbers(site, browser, page_type):
    page = browser.new_page(viewport=DESKTOP)
    url = url_for(site, page_type)
    page.goto(url)
    page.emulate_media(media="print")
    assert not page.locator(".app-nav").is_visible()
    assert not page.locator("search.app-header__search").is_visible()
    assert page.locator(".app-crisis a[href^='tel:']").first.is_visible()
    address = page.locator(".app-print-url")
    base_url, _ = site
    assert address.is_visible() and f"{base_url}/go/" in address.inner_text()  # the page's short link
    assert len(page.pdf(format="A4")) > 1000  # Chromium's own print to PDF succeeds
    page.emulate_media(media="screen")
    assert not address.is_visible()
    page.close()


HUB_BOROUGHS = ["Barking and Dagenham", "Havering", "Redbridge", "Waltham Forest", "Bexley", "Bromley", "Greenwich"]
KEEP_HUB_BOROUGHS = """(hub) => {
  const table = document.querySelector(".app-gap-map__table");
  const heads = [...table.tHead.rows[0].cells];
  const others = heads.map((th, i) => i).filter((i) => i > 0 && i < heads.length - 3);
  const drop = others.filter((i) => !hub.includes(heads[i].textContent.trim())).reverse();
  for (const row of table.rows) for (const i of drop) row.cells[i] && row.cells[i].remove();
}"""


def test_the_gap_map_table_scrolls_on_a_phone_and_prints_across_landscape_paper(site, browser):
    import io

    from pypdf import PdfReader

    page = browser.new_page(viewport=PHONE)
    page.goto(url_for(site, "GapMapPage"))
    region = page.locator("[role=region].app-gap-map__scroll")
    # Wider than the phone, so it scrolls inside its region; the page itself does not scroll sideways.
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    region.focus()
    page.keyboard.press("ArrowRight" if page.evaluate("document.dir") != "rtl" else "ArrowLeft")
    wait_until(page, "Math.abs(document.querySelector('.app-gap-map__scroll').scrollLeft) > 0")
    # The interventions column stays in view while the boroughs scroll past.
    first = page.locator(".app-gap-map__table tbody th").first.bounding_box()
    assert first["x"] >= 0 and first["x"] + first["width"] <= PHONE["width"]
    page.close()

    page = browser.new_page(viewport=DESKTOP)
    page.goto(url_for(site, "GapMapPage"))
    region = page.locator("[role=region].app-gap-map__scroll")
    box = region.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= DESKTOP["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
    # The Carers Hub's seven boroughs and the three totals fit without scrolling (any other borough's column is
    # taken out first: a commissioner choosing more boroughs gets a table that scrolls inside its box).
    page.evaluate(KEEP_HUB_BOROUGHS, HUB_BOROUGHS)
    assert region.evaluate("el => el.scrollWidth <= el.clientWidth"), region.evaluate(
        "el => [el.scrollWidth, el.clientWidth]"
    )
    page.close()

    page = browser.new_page(viewport=DESKTOP)
    page.goto(url_for(site, "GapMapPage"))
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    box = pdf.pages[0].mediabox
    assert box.width > box.height  # landscape
    text = "".join(sheet.extract_text() for sheet in pdf.pages)
    assert "Gap" in text and "/services/" not in text  # the counts print without a web address after each
    page.close()

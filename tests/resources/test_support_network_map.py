"""The support-network map: families type answers and print them; nothing they type leaves their browser.

The first tests read the page's HTML. The browser tests run the demo site in real headless Chromium (Debian's
package) and watch every request the page makes while someone fills it in and prints it.
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from pypdf import PdfReader

from resources.models import SupportNetworkMapPage
from tests.browser_support import needs_chromium, wcag_violations

PRIVACY = "What you type here stays on this device. It is not sent to us or saved anywhere."
QUESTIONS = [
    {"question": "Who matters most to you?", "hint": "Family, friends or neighbours."},
    {"question": "Who would you want with you in an emergency?", "hint": ""},
]


@pytest.fixture
def network_map(home):
    page = SupportNetworkMapPage(
        title="Map your support network",
        slug="support-network-map",
        summary="Four questions about the people who help you.",
        questions=[{"type": "question", "value": question} for question in QUESTIONS],
        body=[{"type": "paragraph", "value": "<p>For staff: fill in the map together.</p>"}],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def map_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, soup.select_one("[data-network-map]")


@pytest.mark.django_db
def test_each_question_has_a_label_tied_to_its_box_and_its_hint(client, network_map):
    soup, article = map_html(client, network_map)
    boxes = article.select("textarea")
    assert len(boxes) == 2
    for number, (box, question) in enumerate(zip(boxes, QUESTIONS, strict=True), start=1):
        label = soup.select(f"label[for='{box['id']}']")
        assert len(label) == 1
        assert label[0].get_text(" ", strip=True) == f"{number}. {question['question']}"
        assert "nhsuk-textarea" in box["class"]
        assert box.find_parent(class_="nhsuk-form-group") is not None
        if question["hint"]:
            hint = soup.find(id=box["aria-describedby"])
            assert "nhsuk-hint" in hint["class"] and hint.get_text(strip=True) == question["hint"]
        else:
            assert not box.has_attr("aria-describedby")  # nothing to point at
    # Labels, not headings: the page's headings stay in order (h1, then the h2s after the questions).
    assert not article.select(".app-network-map__questions h2, .app-network-map__questions h3")


@pytest.mark.django_db
def test_there_is_no_form_that_could_send_the_answers(client, network_map):
    soup, article = map_html(client, network_map)
    assert article.find("form") is None
    for box in article.select("textarea"):
        assert box.find_parent("form") is None and not box.has_attr("form")
        assert not box.has_attr("name")  # even inside a form, a box without a name is never sent
    for button in article.select("button"):
        assert button["type"] == "button"
        assert not button.has_attr("formaction") and not button.has_attr("form")
    assert not article.select("[action], input[type=submit], form[method]")
    assert not soup.select("form[method=post] textarea, form[method=POST] textarea")


@pytest.mark.django_db
def test_the_page_says_plainly_that_answers_stay_on_the_device(client, network_map):
    soup, article = map_html(client, network_map)
    privacy = article.select_one(".app-network-map__privacy").get_text(" ", strip=True)
    assert PRIVACY in privacy
    assert "Print it or save it as a PDF before you close the page." in privacy
    # Near the top: before the first question.
    text = article.get_text(" ", strip=True)
    assert text.index(PRIVACY) < text.index(QUESTIONS[0]["question"])


@pytest.mark.django_db
def test_buttons_wait_for_the_script_and_there_is_advice_without_it(client, network_map):
    soup, article = map_html(client, network_map)
    tools = article.select_one("[data-network-map-tools]")
    assert tools.has_attr("hidden")  # the script shows them: they do nothing without it
    labels = [button.get_text(strip=True) for button in tools.select("button")]
    assert labels == ["Print", "Save as PDF", "Print a blank copy to fill in by hand", "Clear my answers"]
    pdf_button = tools.find("button", string="Save as PDF")
    note = soup.find(id=pdf_button["aria-describedby"]).get_text()
    assert "choose “Save as PDF”" in note
    assert "use your browser's Print option" in article.select_one("[data-network-map-no-script]").get_text()
    script = soup.select_one("script[src$='js/support_network_map.js']")
    assert script is not None and script.has_attr("defer")
    assert not [tag for tag in soup.select("script") if not tag.has_attr("src")]  # no inline scripts
    assert not [tag for tag in soup.find_all(True) if any(name.startswith("on") for name in tag.attrs)]


@pytest.mark.django_db
def test_the_body_comes_after_the_questions(client, network_map):
    _, article = map_html(client, network_map)
    text = article.get_text(" ", strip=True)
    assert text.index(QUESTIONS[-1]["question"]) < text.index("For staff: fill in the map together.")


@pytest.mark.django_db
def test_the_demo_has_the_map_under_its_guidance_page(client, demo):
    page = SupportNetworkMapPage.objects.get(locale__language_code="en")
    assert page.get_parent().slug == "mapping-your-support-network"
    assert page.live and len(page.questions) == 4
    assert all(block.value["question"].endswith("?") and block.value["hint"] for block in page.questions)
    assert "For staff" in str(page.body)
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "0 things added" in out.getvalue()
    assert SupportNetworkMapPage.objects.filter(locale__language_code="en").count() == 1
    assert client.get(page.url).status_code == 200


# --- In a real browser -----------------------------------------------------------------------------------

PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
# window.print() would open a dialog that blocks the test: count the calls instead.
STUB_PRINT = "window.print = () => { window.printCalls = (window.printCalls || 0) + 1; };"
SECRET = "Aunt Zainab (my aunt), 07700 900123"
LONG_ANSWER = "\n".join(f"Line {number}: someone who helps, number {number}" for number in range(1, 31))


@pytest.fixture(scope="module")
def map_url(demo_site):
    base_url, page_urls, _workdir = demo_site
    return base_url + page_urls["en"]["SupportNetworkMapPage"]



@pytest.fixture
def page(browser, map_url):
    context = browser.new_context(viewport=DESKTOP)
    context.add_init_script(STUB_PRINT)
    page = context.new_page()
    page.goto(map_url)
    page.wait_for_load_state("networkidle")
    yield page
    context.close()


def type_answer(page, number, text):
    page.click(f"#network-map-answer-{number}")
    page.keyboard.type(text)


def printed_answers(page):
    """What each question shows on paper (print media must be on)."""
    return [
        (
            question.locator("[data-network-map-printed]").inner_text()
            if question.locator("[data-network-map-printed]").is_visible()
            else None,
            question.locator("[data-network-map-lines] span").count()
            if question.locator("[data-network-map-lines]").is_visible()
            else 0,
        )
        for question in page.locator("[data-network-map-question]").all()
    ]


@pytest.mark.browser
@needs_chromium
def test_nothing_typed_is_sent_or_stored(page):
    requests = []
    page.on("request", lambda request: requests.append((request.method, request.url, request.post_data)))
    type_answer(page, 1, SECRET)
    type_answer(page, 2, LONG_ANSWER)
    page.click("button:text-is('Print')")
    page.click("button:text-is('Save as PDF')")
    page.click("button:text-is('Print a blank copy to fill in by hand')")
    page.once("dialog", lambda dialog: dialog.dismiss())  # "Clear all your answers?" No.
    page.click("button:text-is('Clear my answers')")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.wait_for_timeout(1000)  # time for anything sent late, such as a beacon
    assert page.evaluate("window.printCalls") == 3
    assert page.input_value("#network-map-answer-1") == SECRET
    assert requests == []  # not one request since the page loaded
    # Nor kept in the browser.
    assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
    assert not [cookie for cookie in page.context.cookies() if "Zainab" in cookie["value"]]

    # Printing for real (Chromium's print to PDF) may fetch print-only pictures, but never sends the answers.
    page.pdf(format="A4")
    page.wait_for_timeout(500)
    for method, url, post_data in requests:
        assert method == "GET" and not post_data
        assert "Zainab" not in url and "900123" not in url


@pytest.mark.browser
@needs_chromium
def test_the_printout_has_every_answer_in_full_lines_for_the_rest_and_the_date(page):
    type_answer(page, 1, SECRET)
    type_answer(page, 2, LONG_ANSWER)
    page.click("button:text-is('Print')")
    assert page.evaluate("window.printCalls") == 1
    page.emulate_media(media="print")
    for box in page.locator("textarea").all():
        assert not box.is_visible()  # a printed text box would cut the answer off
    assert printed_answers(page) == [(SECRET, 0), (LONG_ANSWER, 0), (None, 5), (None, 5)]
    printed_on = page.locator("[data-network-map-date-printed]")
    today = page.evaluate("new Date().toISOString().slice(0, 10)")
    assert printed_on.is_visible() and printed_on.locator("time").get_attribute("datetime") == today
    assert printed_on.inner_text().startswith("Printed on ") and today[:4] in printed_on.inner_text()
    assert not page.locator("[data-network-map-tools]").is_visible()
    assert not page.locator(".app-network-map__privacy").is_visible()
    # The site's print stylesheet still works: crisis numbers on, navigation off.
    assert page.locator(".app-crisis a[href^='tel:']").first.is_visible()
    assert not page.locator(".app-nav").is_visible()

    # Chromium's real printout: the last line of the long answer is on paper.
    page.emulate_media(media="screen")
    text = "".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    assert "Line 30: someone who helps, number 30" in text and "Aunt Zainab" in text


@pytest.mark.browser
@needs_chromium
def test_the_browsers_own_print_also_writes_the_answers_out(page):
    type_answer(page, 3, "My neighbour Sam")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # as Ctrl+P or the browser menu does
    page.emulate_media(media="print")
    assert printed_answers(page) == [(None, 5), (None, 5), ("My neighbour Sam", 0), (None, 5)]


@pytest.mark.browser
@needs_chromium
def test_a_blank_copy_has_only_ruled_lines_and_keeps_the_answers_on_screen(page):
    type_answer(page, 1, SECRET)
    page.click("button:text-is('Print a blank copy to fill in by hand')")
    assert page.evaluate("window.printCalls") == 1
    page.emulate_media(media="print")
    assert printed_answers(page) == [(None, 5)] * 4
    assert "Zainab" not in page.locator("main").inner_text()
    assert page.locator("[data-network-map-date-blank]").is_visible()  # a line to write the date on
    assert not page.locator("[data-network-map-date-printed]").is_visible()
    page.emulate_media(media="screen")
    assert page.input_value("#network-map-answer-1") == SECRET
    # After the blank copy, printing again prints the answers.
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert printed_answers(page)[0] == (SECRET, 0)


@pytest.mark.browser
@needs_chromium
def test_clearing_asks_first(page):
    type_answer(page, 1, SECRET)
    type_answer(page, 4, "Feed the cat")
    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.click("button:text-is('Clear my answers')")
    assert questions == ["Clear all your answers? You cannot get them back."]
    assert page.input_value("#network-map-answer-4") == "Feed the cat"
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("button:text-is('Clear my answers')")
    assert [page.input_value(f"#network-map-answer-{n}") for n in range(1, 5)] == [""] * 4
    assert page.locator("[role=status]").filter(has_text="Your answers have been cleared.").is_visible()
    assert page.evaluate("document.activeElement.id") == "network-map-answer-1"


@pytest.mark.browser
@needs_chromium
def test_leaving_with_answers_asks_first(page):
    dialogs = []

    def answer(dialog):
        dialogs.append(dialog.type)
        dialog.accept()  # "Leave page"

    page.on("dialog", answer)
    page.reload()
    assert dialogs == []  # nothing typed, nothing to lose
    type_answer(page, 2, "Ring me every evening")
    page.reload()
    assert dialogs == ["beforeunload"]
    assert page.input_value("#network-map-answer-2") == ""  # the answer is gone, as the page warns


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_no_accessibility_violations_with_the_buttons_showing(browser, map_url, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(map_url)
    assert page.locator("button:text-is('Save as PDF')").is_visible()
    page.click("button:text-is('Clear my answers')")
    assert page.locator("[role=status]").filter(has_text="There is nothing to clear.").is_visible()
    violations_found = wcag_violations(page)
    violations = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
        for v in violations_found
    ]
    assert violations == []
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.close()


@pytest.mark.browser
@needs_chromium
def test_without_javascript_the_boxes_work_and_print_as_they_are(browser, map_url):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(map_url)
    assert not page.locator("[data-network-map-tools]").is_visible()
    assert page.locator("[data-network-map-no-script]").is_visible()
    page.fill("#network-map-answer-1", SECRET)
    page.emulate_media(media="print")
    assert page.locator("#network-map-answer-1").is_visible()  # nothing copies it out, so the box is printed
    assert printed_answers(page) == [(None, 0)] * 4
    assert page.locator("[data-network-map-date-blank]").is_visible()
    context.close()

"""Pictures for the demo pages, drawn with Pillow (no file to download, the same bytes every time).

Each is a flat drawing in NHS.UK colours. What a picture shows is said in the page's text as well, and in the
picture's alt text (site/dev/demo/content.py), so nothing is only in the picture.
"""

import io

from PIL import Image, ImageDraw

SCALE = 2  # drawn at twice the size, then scaled down, for smooth edges
WIDTH, HEIGHT = 960, 540

SKY = "#dbe9f6"
GRASS = "#a6d49f"
PATH = "#e8edee"
SUN = "#ffb81c"
TRUNK = "#7a5c3e"
LEAVES = "#007f3b"
WALL = "#f0f4f5"
ROOF = "#425563"
DOOR = "#005eb8"
WINDOW = "#fff9c4"
OUTLINE = "#212b32"
SKIN = ("#8d5524", "#f1c27d", "#c68642")
CLOTHES = ("#330072", "#ae2573", "#005eb8")
BENCH = "#7a5c3e"
CUP = "#ffffff"


def _person_sitting(draw, x, y, skin, clothes, s):
    """A person sitting side-on, facing left; (x, y) is the seat under them."""
    draw.ellipse((x - 28 * s, y - 170 * s, x + 28 * s, y - 114 * s), fill=skin, outline=OUTLINE, width=2 * s)
    draw.rounded_rectangle((x - 32 * s, y - 112 * s, x + 30 * s, y), radius=18 * s, fill=clothes)
    draw.rounded_rectangle((x - 84 * s, y - 22 * s, x + 10 * s, y + 2 * s), radius=10 * s, fill=clothes)
    draw.rounded_rectangle((x - 86 * s, y - 10 * s, x - 62 * s, y + 78 * s), radius=10 * s, fill=clothes)
    draw.ellipse((x - 104 * s, y + 66 * s, x - 58 * s, y + 86 * s), fill=OUTLINE)


def taking_a_break():
    """A carer on a park bench with a hot drink, in the sun, while a sitter keeps the person they care for
    company at home (the house on the left, the two of them in its window)."""
    s = SCALE
    picture = Image.new("RGB", (WIDTH * s, HEIGHT * s), SKY)
    draw = ImageDraw.Draw(picture)
    ground = 380 * s
    draw.rectangle((0, ground, WIDTH * s, HEIGHT * s), fill=GRASS)
    draw.polygon([(300 * s, HEIGHT * s), (420 * s, ground), (470 * s, ground), (520 * s, HEIGHT * s)], fill=PATH)
    draw.ellipse((820 * s, 40 * s, 910 * s, 130 * s), fill=SUN)

    # The house, with the person cared for and a sitter in the window.
    draw.rectangle((60 * s, 200 * s, 360 * s, ground), fill=WALL, outline=OUTLINE, width=3 * s)
    draw.polygon([(40 * s, 205 * s), (210 * s, 90 * s), (380 * s, 205 * s)], fill=ROOF)
    draw.rectangle((90 * s, 230 * s, 250 * s, 330 * s), fill=WINDOW, outline=OUTLINE, width=3 * s)
    for head_x, skin, clothes in ((135, SKIN[1], CLOTHES[1]), (205, SKIN[0], CLOTHES[2])):
        draw.ellipse(((head_x - 20) * s, 250 * s, (head_x + 20) * s, 290 * s), fill=skin, outline=OUTLINE, width=2 * s)
        draw.rounded_rectangle(((head_x - 28) * s, 292 * s, (head_x + 28) * s, 330 * s), radius=12 * s, fill=clothes)
    draw.rectangle((280 * s, 270 * s, 330 * s, ground), fill=DOOR, outline=OUTLINE, width=3 * s)

    # The park: a tree, and the carer on a bench with a cup of tea.
    draw.rectangle((700 * s, 200 * s, 730 * s, ground + 10 * s), fill=TRUNK)
    draw.ellipse((610 * s, 90 * s, 820 * s, 250 * s), fill=LEAVES)
    seat = 420 * s
    draw.rectangle((560 * s, seat - 70 * s, 820 * s, seat - 52 * s), fill=BENCH)
    draw.rectangle((560 * s, seat, 820 * s, seat + 16 * s), fill=BENCH)
    for leg_x in (580, 790):
        draw.rectangle((leg_x * s, seat + 16 * s, (leg_x + 14) * s, seat + 84 * s), fill=BENCH)
    _person_sitting(draw, 720 * s, seat, SKIN[2], CLOTHES[0], s)
    draw.rounded_rectangle((650 * s, seat - 72 * s, 706 * s, seat - 54 * s), radius=9 * s, fill=CLOTHES[0])
    draw.rounded_rectangle((636 * s, seat - 78 * s, 662 * s, seat - 46 * s), radius=4 * s, fill=CUP, outline=OUTLINE,
                           width=2 * s)
    for steam_x in (642, 654):
        draw.arc((steam_x * s, seat - 112 * s, (steam_x + 10) * s, seat - 84 * s), 90, 270, fill=OUTLINE, width=2 * s)


    picture = picture.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


#: name -> (file name, function returning PNG bytes)
PICTURES = {
    "taking-a-break": ("taking-a-break.png", taking_a_break),
}

"""Welsh (cy) and Urdu (ur) translations of part of the demo, loaded by ``load_demo`` through wagtail-localize.

DRAFTS. These were written for the demo by someone who is not a native speaker of either language. Nothing
here has been checked by a native speaker: every page made from them is left with "translation checked by a
native speaker" unticked, so the site tells readers it is a draft. A reviewer should correct the text in
wagtail-localize's translation editor (or by PO export/import) and then tick the box on each page.

What is translated: the home page, "Advice for carers" (the parent of the carer's assessment page), the crisis
page, "Carer's assessment", the leaflets index and the leaflet "A brief guide for carers"; and the snippets
carers see: crisis lines (name, description, hours), audiences and care areas.

Each language is a dict keyed by the English text exactly as wagtail-localize extracts it (a rich-text paragraph
or list item keeps its inline tags: ``<strong>``, and links as ``<a id="a1">``). Keep phone numbers, links and
tags as they are in the English. When the English demo content changes, add the new text here:
tests/dev/test_demo_translations.py fails for any segment that has no translation, and load_demo falls back to
the English for it (with a warning) rather than stopping.
"""

LANGUAGES = ("cy", "ur")

#: Text that is the same in every language: phone and text numbers, the word to text, a service's own name.
SAME_IN_EVERY_LANGUAGE = frozenset(
    {
        "999",
        "111",
        "116 123",
        "85258",
        "SHOUT",
        "0800 1111",
        "0800 783 1853",
        "020 3871 5654",
        "NELFT PALS",
        "Shout",
    }
)

#: Fields kept as in English: slugs, so /cy/crisis/ and /ur/crisis/ are the crisis page in each language.
KEPT_FIELDS = frozenset({"slug"})


WELSH = {
    # --- Home page ---------------------------------------------------------------------------------------------
    "Help for unpaid carers": "Help i ofalwyr di-dâl",
    "If you look after someone, find help near you, plain advice and someone to talk to, day or night.": (
        "Os ydych chi'n gofalu am rywun, dewch o hyd i help yn agos atoch, cyngor clir a rhywun i siarad â nhw, "
        "ddydd neu nos."
    ),
    "I look after someone": "Rwy'n gofalu am rywun",
    "For anyone who cares for a partner, relative or friend.": (
        "I unrhyw un sy'n gofalu am bartner, perthynas neu ffrind."
    ),
    "I am a young carer": "Rwy'n ofalwr ifanc",
    "Help if you are under 18, or 16 to 25, and care for someone at home.": (
        "Help os ydych chi o dan 18 oed, neu rhwng 16 a 25 oed, ac yn gofalu am rywun gartref."
    ),
    "I care for my child": "Rwy'n gofalu am fy mhlentyn",
    "Support for parents of a child who is ill or disabled.": "Cymorth i rieni plentyn sy'n sâl neu'n anabl.",
    "I study and care": "Rwy'n astudio ac yn gofalu",
    "Contacts at colleges and universities for students who care.": (
        "Pobl i gysylltu â nhw mewn colegau a phrifysgolion, i fyfyrwyr sy'n gofalu."
    ),
    "I work and care": "Rwy'n gweithio ac yn gofalu",
    "Money, your rights at work and groups outside working hours.": (
        "Arian, eich hawliau yn y gwaith, a grwpiau y tu allan i oriau gwaith."
    ),
    "I work with carers": "Rwy'n gweithio gyda gofalwyr",
    "Guidance, toolkits and good practice for staff.": "Canllawiau, pecynnau cymorth ac arfer da i staff.",
    # --- Advice for carers (the section the carer's assessment page is in) -------------------------------------
    "Advice for carers": "Cyngor i ofalwyr",
    "Plain answers to the questions carers ask most.": "Atebion clir i'r cwestiynau mae gofalwyr yn eu gofyn amlaf.",
    "Start with the question closest to yours. Each page tells you what to do next and who can help.": (
        "Dechreuwch gyda'r cwestiwn sydd agosaf at eich un chi. Mae pob tudalen yn dweud beth i'w wneud nesaf a "
        "phwy all helpu."
    ),
    # --- What to do in a crisis --------------------------------------------------------------------------------
    "What to do in a crisis": "Beth i'w wneud mewn argyfwng",
    "Who to call right now if someone is in danger or you cannot cope, day or night.": (
        "Pwy i'w ffonio nawr os yw rhywun mewn perygl neu os na allwch chi ymdopi, ddydd neu nos."
    ),
    "Who to call now": "Pwy i'w ffonio nawr",
    "If someone's life is in danger": "Os yw bywyd rhywun mewn perygl",
    "Call <strong>999</strong> if someone is badly hurt, has taken an overdose, or you think they might die. "
    "Stay with them if it is safe to do so.": (
        "Ffoniwch <strong>999</strong> os yw rhywun wedi'i anafu'n ddrwg, wedi cymryd gorddos, neu os ydych chi'n "
        "meddwl y gallai farw. Arhoswch gyda nhw os yw'n ddiogel i chi wneud hynny."
    ),
    "If you are in danger yourself, get somewhere safe first. Then call.": (
        "Os ydych chi eich hun mewn perygl, ewch i rywle diogel yn gyntaf. Yna ffoniwch."
    ),
    "If it is urgent but not life-threatening": "Os yw'n fater brys ond nad yw bywyd mewn perygl",
    "Call <strong>NHS 111</strong> and choose the mental health option (option 2 in England). "
    "You can call at any time, day or night.": (
        "Ffoniwch <strong>NHS 111</strong> a dewiswch yr opsiwn iechyd meddwl (opsiwn 2 yn Lloegr). Gallwch "
        "ffonio unrhyw bryd, ddydd neu nos."
    ),
    "If the person has a care plan with a crisis number, call that first. That team knows them.": (
        "Os oes gan y person gynllun gofal gyda rhif argyfwng, ffoniwch hwnnw yn gyntaf. Mae'r tîm hwnnw'n eu "
        "hadnabod."
    ),
    "If you need to talk": "Os oes angen i chi siarad",
    "Call Samaritans free on <strong>116 123</strong>, at any time.": (
        "Ffoniwch y Samariaid am ddim ar <strong>116 123</strong>, unrhyw bryd."
    ),
    "If you cannot talk out loud, text SHOUT to <strong>85258</strong>.": (
        "Os na allwch chi siarad yn uchel, tecstiwch SHOUT i <strong>85258</strong>."
    ),
    "If you are under 19, call Childline free on <strong>0800 1111</strong>.": (
        "Os ydych chi o dan 19 oed, ffoniwch Childline am ddim ar <strong>0800 1111</strong>."
    ),
    "Make a crisis plan before you need one": "Gwnewch gynllun argyfwng cyn bod ei angen arnoch chi",
    "A crisis plan says what to do and who to call when things go wrong. Ask the team who look after the person "
    "to write one with you both. It should include:": (
        "Mae cynllun argyfwng yn dweud beth i'w wneud a phwy i'w ffonio pan fydd pethau'n mynd o chwith. Gofynnwch "
        "i'r tîm sy'n gofalu am y person ysgrifennu un gyda'r ddau ohonoch chi. Dylai gynnwys:"
    ),
    "the team's crisis number, and when it is answered": "rhif argyfwng y tîm, a pha bryd mae'n cael ei ateb",
    "who to call at night and at weekends": "pwy i'w ffonio yn y nos ac ar benwythnosau",
    "the early signs that things are getting worse": "yr arwyddion cynnar bod pethau'n gwaethygu",
    "who can look after children or pets": "pwy all ofalu am blant neu anifeiliaid anwes",
    "the medicines the person takes": "y meddyginiaethau mae'r person yn eu cymryd",
    "Keep it close": "Cadwch ef wrth law",
    "Save the plan on your phone and put a copy by the front door. Give one to a friend or relative you trust.": (
        "Cadwch y cynllun ar eich ffôn a rhowch gopi wrth y drws ffrynt. Rhowch un i ffrind neu berthynas rydych "
        "chi'n ymddiried ynddyn nhw."
    ),
    "What if the person will not accept help?": "Beth os nad yw'r person yn fodlon derbyn help?",
    "If their life is at risk, call 999 anyway. If not, call 111 or their care team for advice on what to do next.": (
        "Os yw eu bywyd mewn perygl, ffoniwch 999 beth bynnag. Os nad yw, ffoniwch 111 neu eu tîm gofal i gael "
        "cyngor ar beth i'w wneud nesaf."
    ),
    "What if the person I care for is suicidal?": (
        "Beth os yw'r person rydw i'n gofalu amdano yn meddwl am hunanladdiad?"
    ),
    "Take it seriously, and ask them how they feel. If they have hurt themselves, or you think they are about to, "
    "call 999. If not, call their care team's crisis number, or NHS 111 and choose option 2.": (
        "Cymerwch hyn o ddifrif, a gofynnwch iddyn nhw sut maen nhw'n teimlo. Os ydyn nhw wedi niweidio eu hunain, "
        "neu os ydych chi'n meddwl eu bod ar fin gwneud hynny, ffoniwch 999. Os nad ydyn nhw, ffoniwch rif argyfwng "
        "eu tîm gofal, neu NHS 111 a dewiswch opsiwn 2."
    ),
    "What if I cannot get through to their team at night or out of hours?": (
        "Beth os na allaf gael gafael ar eu tîm yn y nos neu y tu allan i oriau arferol?"
    ),
    "Call NHS 111 and choose option 2. If someone is in danger, call 999.": (
        "Ffoniwch NHS 111 a dewiswch opsiwn 2. Os yw rhywun mewn perygl, ffoniwch 999."
    ),
    "After a crisis": "Ar ôl argyfwng",
    "A crisis is frightening. Once things are calmer, look after yourself too. Talk to someone about how you feel. "
    "A local carers' service can listen and help you plan for next time.": (
        "Mae argyfwng yn codi ofn. Pan fydd pethau'n dawelach, gofalwch amdanoch chi'ch hun hefyd. Siaradwch â "
        "rhywun am sut rydych chi'n teimlo. Gall gwasanaeth gofalwyr lleol wrando a'ch helpu i gynllunio ar gyfer "
        "y tro nesaf."
    ),
    # --- Carer's assessment ------------------------------------------------------------------------------------
    "Carer's assessment: what it is and how to get one": "Asesiad gofalwr: beth ydyw a sut i gael un",
    "A free talk with your council about what you need. Anyone who looks after another adult can ask for one.": (
        "Sgwrs am ddim gyda'ch cyngor am yr hyn sydd ei angen arnoch chi. Gall unrhyw un sy'n gofalu am oedolyn "
        "arall ofyn am un."
    ),
    "A carer's assessment is a chance to talk about you. It looks at how caring affects your life, your health "
    "and your plans. It is not a test of how well you care.": (
        "Mae asesiad gofalwr yn gyfle i siarad amdanoch chi. Mae'n edrych ar sut mae gofalu yn effeithio ar eich "
        "bywyd, eich iechyd a'ch cynlluniau. Nid prawf yw e o ba mor dda rydych chi'n gofalu."
    ),
    "It is free. Your income and savings do not matter. You can have one even if the person you care for gets "
    "no help, or does not want help.": (
        "Mae am ddim. Does dim ots beth yw eich incwm a'ch cynilion. Gallwch chi gael un hyd yn oed os nad yw'r "
        "person rydych chi'n gofalu amdano yn cael help, neu os nad yw eisiau help."
    ),
    "Who can ask for one": "Pwy all ofyn am un",
    "You look after someone aged 18 or over: ask adult social care at the council.": (
        "Rydych chi'n gofalu am rywun 18 oed neu'n hŷn: gofynnwch i'r gwasanaeth gofal cymdeithasol i oedolion yn "
        "y cyngor."
    ),
    "You look after a disabled child: ask children's services at the council.": (
        "Rydych chi'n gofalu am blentyn anabl: gofynnwch i'r gwasanaethau plant yn y cyngor."
    ),
    "You are under 18 and help look after someone: ask children's services, your school or a young carers' "
    "service.": (
        "Rydych chi o dan 18 oed ac yn helpu i ofalu am rywun: gofynnwch i'r gwasanaethau plant, eich ysgol neu "
        "wasanaeth gofalwyr ifanc."
    ),
    "You are a young carer nearing 18: ask for a transition assessment, so support carries on.": (
        "Rydych chi'n ofalwr ifanc sydd bron yn 18 oed: gofynnwch am asesiad pontio, er mwyn i'r cymorth barhau."
    ),
    "How to get one": "Sut i gael un",
    "Phone or email adult social care at the council where the person you care for lives. "
    'Say: "I am a carer and I would like a carer\'s assessment."': (
        "Ffoniwch neu e-bostiwch y gwasanaeth gofal cymdeithasol i oedolion yn y cyngor lle mae'r person rydych "
        'chi\'n gofalu amdano yn byw. Dywedwch: "Rwy\'n ofalwr a hoffwn gael asesiad gofalwr."'
    ),
    "Or ask a carers' service, your GP or the person's care team to refer you.": (
        "Neu gofynnwch i wasanaeth gofalwyr, eich meddyg teulu neu dîm gofal y person eich atgyfeirio."
    ),
    "The council will set a time. It may be face to face, by phone or online.": (
        "Bydd y cyngor yn trefnu amser. Gall fod wyneb yn wyneb, dros y ffôn neu ar-lein."
    ),
    "Before the day, write down what is hard and what would help.": (
        "Cyn y diwrnod, ysgrifennwch beth sy'n anodd a beth fyddai'n helpu."
    ),
    "Which council to ask": "Pa gyngor i'w holi",
    "Ask the council for the area where the person you care for lives. If you are not sure which council that is, "
    'use <a id="a1">Find your local council</a> on GOV.UK. Type in their postcode and it takes you to the '
    "council's website.": (
        "Gofynnwch i'r cyngor ar gyfer yr ardal lle mae'r person rydych chi'n gofalu amdano yn byw. Os nad ydych "
        "chi'n siŵr pa gyngor yw hwnnw, defnyddiwch <a id=\"a1\">Dod o hyd i'ch cyngor lleol</a> ar GOV.UK. "
        "Teipiwch eu cod post a bydd yn mynd â chi i wefan y cyngor."
    ),
    "What they will ask you": "Beth fyddan nhw'n ei ofyn i chi",
    "What you do for the person, and for how many hours": "Beth rydych chi'n ei wneud i'r person, ac am faint o oriau",
    "How caring affects your health, sleep and mood": (
        "Sut mae gofalu yn effeithio ar eich iechyd, eich cwsg a'ch hwyliau"
    ),
    "Whether you can work, study, or see friends and family": (
        "A allwch chi weithio, astudio, neu weld ffrindiau a theulu"
    ),
    "What would happen if you could not care for a while": "Beth fyddai'n digwydd pe na allech chi ofalu am gyfnod",
    "What you would like to change": "Beth hoffech chi ei newid",
    "Will I get support? The rules in plain words": "A gaf i gymorth? Y rheolau mewn geiriau syml",
    "In England, a law called the Care Act 2014 sets the rules. The council must help you if all three of these "
    "are true:": (
        "Yn Lloegr, mae deddf o'r enw Deddf Gofal 2014 (Care Act 2014) yn gosod y rheolau. Rhaid i'r cyngor eich "
        "helpu os yw'r tri pheth hyn i gyd yn wir:"
    ),
    "Your needs come from caring for someone who needs that care.": (
        "Mae eich anghenion yn dod o ofalu am rywun sydd angen y gofal hwnnw."
    ),
    "Because of caring, your physical or mental health is at risk of getting worse, or you cannot do some everyday "
    "things. These include looking after your home, working or studying, seeing people who matter to you, or "
    "having time to rest.": (
        "Oherwydd eich bod yn gofalu, mae perygl i'ch iechyd corfforol neu feddyliol waethygu, neu allwch chi ddim "
        "gwneud rhai pethau bob dydd. Mae'r rhain yn cynnwys gofalu am eich cartref, gweithio neu astudio, gweld "
        "pobl sy'n bwysig i chi, neu gael amser i orffwys."
    ),
    "As a result, your wellbeing is likely to be badly affected.": (
        "O ganlyniad, mae'n debygol y bydd hyn yn effeithio'n ddrwg ar eich llesiant."
    ),
    "If you qualify, you and the council agree a support plan. It may include a personal budget. You can take it "
    "as a direct payment and choose how to spend it, for example on a break.": (
        "Os ydych chi'n gymwys, byddwch chi a'r cyngor yn cytuno ar gynllun cymorth. Gall gynnwys cyllideb "
        "bersonol. Gallwch ei chael fel taliad uniongyrchol a dewis sut i'w gwario, er enghraifft ar seibiant."
    ),
    "If you do not qualify": "Os nad ydych chi'n gymwys",
    "The council should still give you information and advice. Ask what other help there is nearby, such as "
    "groups and carers' services.": (
        "Dylai'r cyngor roi gwybodaeth a chyngor i chi o hyd. Gofynnwch pa help arall sydd gerllaw, fel grwpiau a "
        "gwasanaethau gofalwyr."
    ),
    "Will the person I care for hear what I say?": (
        "A fydd y person rydw i'n gofalu amdano yn clywed beth rydw i'n ei ddweud?"
    ),
    "You can ask to talk in private. Tell the assessor what you are happy to share.": (
        "Gallwch ofyn am gael siarad yn breifat. Dywedwch wrth yr aseswr beth rydych chi'n fodlon ei rannu."
    ),
    "The person I care for is coming out of hospital. Who will help?": (
        "Mae'r person rydw i'n gofalu amdano yn dod allan o'r ysbyty. Pwy fydd yn helpu?"
    ),
    "Tell the ward staff that you are a carer before the person leaves hospital. Ask to be involved in planning "
    "their discharge, and ask the council for a carer's assessment, so that help is in place when they come home.": (
        "Dywedwch wrth staff y ward eich bod chi'n ofalwr cyn i'r person adael yr ysbyty. Gofynnwch am gael bod yn "
        "rhan o'r gwaith o gynllunio eu rhyddhau, a gofynnwch i'r cyngor am asesiad gofalwr, fel bod help yn ei le "
        "pan fyddan nhw'n dod adref."
    ),
    "Can I have another assessment later?": "A gaf i asesiad arall yn nes ymlaen?",
    "Yes. Ask for a review if things change, for example if the person gets worse.": (
        "Cewch. Gofynnwch am adolygiad os bydd pethau'n newid, er enghraifft os bydd y person yn gwaethygu."
    ),
    "If things feel too much right now": "Os yw pethau'n teimlo'n ormod ar hyn o bryd",
    # --- Leaflets and "A brief guide for carers" ---------------------------------------------------------------
    "Leaflets": "Taflenni",
    "Leaflets to read online, print or download.": "Taflenni i'w darllen ar-lein, eu hargraffu neu eu lawrlwytho.",
    "A brief guide for carers": "Canllaw byr i ofalwyr",
    "What to expect from mental health services when you look after someone who uses them.": (
        "Beth i'w ddisgwyl gan wasanaethau iechyd meddwl pan fyddwch chi'n gofalu am rywun sy'n eu defnyddio."
    ),
    "This guide is for you if someone you look after uses mental health services. It explains what to expect, "
    "what you can ask for, and who to call.": (
        "Mae'r canllaw hwn i chi os yw rhywun rydych chi'n gofalu amdano yn defnyddio gwasanaethau iechyd meddwl. "
        "Mae'n esbonio beth i'w ddisgwyl, beth gallwch chi ofyn amdano, a phwy i'w ffonio."
    ),
    "You are a carer": "Rydych chi'n ofalwr",
    "If you help a relative, partner or friend who could not manage without you, you are a carer. You do not have "
    "to live with them, and you do not have to use the word carer.": (
        "Os ydych chi'n helpu perthynas, partner neu ffrind na allai ymdopi hebddoch chi, rydych chi'n ofalwr. Does "
        "dim rhaid i chi fyw gyda nhw, a does dim rhaid i chi ddefnyddio'r gair gofalwr."
    ),
    "Being part of the care plan": "Bod yn rhan o'r cynllun gofal",
    "The person you care for should have a care plan and a named worker. Ask to go to care plan meetings. The "
    "person needs to agree to this.": (
        "Dylai fod gan y person rydych chi'n gofalu amdano gynllun gofal a gweithiwr penodol. Gofynnwch am gael mynd "
        "i gyfarfodydd y cynllun gofal. Mae angen i'r person gytuno i hyn."
    ),
    "Staff need the person's agreement before they share private details with you. But they can always listen to "
    "you, and give you general information about the illness and about services.": (
        "Mae angen i'r staff gael caniatâd y person cyn rhannu manylion preifat gyda chi. Ond gallan nhw wrando "
        "arnoch chi bob amser, a rhoi gwybodaeth gyffredinol i chi am y salwch ac am wasanaethau."
    ),
    "Tell staff what you have noticed. You often see the early signs that the person is getting unwell before "
    "anyone else does.": (
        "Dywedwch wrth y staff beth rydych chi wedi sylwi arno. Yn aml, chi sy'n gweld gyntaf yr arwyddion cynnar "
        "bod y person yn mynd yn sâl."
    ),
    "Your own assessment": "Eich asesiad eich hun",
    "You can ask the council for a free carer's assessment. It looks at your needs, not the person's. It can lead "
    "to support such as a break, training or someone to talk to.": (
        "Gallwch ofyn i'r cyngor am asesiad gofalwr am ddim. Mae'n edrych ar eich anghenion chi, nid anghenion y "
        "person. Gall arwain at gymorth fel seibiant, hyfforddiant neu rywun i siarad â nhw."
    ),
    "In a crisis": "Mewn argyfwng",
    "Ask for a crisis plan that says who to call, day and night. Keep it somewhere easy to find.": (
        "Gofynnwch am gynllun argyfwng sy'n dweud pwy i'w ffonio, ddydd a nos. Cadwch ef yn rhywle hawdd dod o hyd "
        "iddo."
    ),
    "If someone's life is at risk, call <strong>999</strong>.": (
        "Os yw bywyd rhywun mewn perygl, ffoniwch <strong>999</strong>."
    ),
    "For urgent mental health help, call <strong>NHS 111</strong> and choose option 2.": (
        "I gael help brys gydag iechyd meddwl, ffoniwch <strong>NHS 111</strong> a dewiswch opsiwn 2."
    ),
    "To talk to someone at any time, call Samaritans on <strong>116 123</strong>.": (
        "I siarad â rhywun unrhyw bryd, ffoniwch y Samariaid ar <strong>116 123</strong>."
    ),
    "Questions or worries": "Cwestiynau neu bryderon",
    "If you are unhappy with care, or do not know who to ask, call the Patient Advice and Liaison Service (PALS). "
    "It is free.": (
        "Os nad ydych chi'n hapus gyda'r gofal, neu os nad ydych chi'n gwybod pwy i'w holi, ffoniwch y Gwasanaeth "
        "Cyngor a Chyswllt i Gleifion (PALS). Mae am ddim."
    ),
    "Freephone for patients, carers and families.": "Rhif ffôn am ddim i gleifion, gofalwyr a theuluoedd.",
    "Looking after yourself": "Gofalu amdanoch chi'ch hun",
    "Caring is hard work. Local carers' services offer advice, groups and breaks. Find one in your borough in our "
    "directory. Tell your GP that you are a carer too.": (
        "Mae gofalu yn waith caled. Mae gwasanaethau gofalwyr lleol yn cynnig cyngor, grwpiau a seibiannau. Dewch "
        "o hyd i un yn eich bwrdeistref yn ein cyfeiriadur. Dywedwch wrth eich meddyg teulu eich bod chi'n ofalwr "
        "hefyd."
    ),
    # --- Crisis lines (name, description, hours) ---------------------------------------------------------------
    "Emergency services": "Gwasanaethau brys",
    "Call if someone's life is at risk or they are badly hurt.": (
        "Ffoniwch os yw bywyd rhywun mewn perygl neu os yw wedi'i anafu'n ddrwg."
    ),
    "NHS 111, option 2 (urgent mental health help)": "NHS 111, opsiwn 2 (help brys gydag iechyd meddwl)",
    "Emergency": "Argyfwng",
    "Mental health, option 2": "Iechyd meddwl, opsiwn 2",
    "Urgent mental health help that is not a 999 emergency. Choose option 2.": (
        "Help brys gydag iechyd meddwl pan nad yw'n argyfwng 999. Dewiswch opsiwn 2."
    ),
    "Samaritans": "Y Samariaid",
    "Talk to someone about anything, day or night. Free to call.": (
        "Siaradwch â rhywun am unrhyw beth, ddydd neu nos. Mae'n rhad ac am ddim i ffonio."
    ),
    "Shout text line": "Llinell decstio Shout",
    "Text SHOUT if you cannot talk out loud. Free, day or night.": (
        "Tecstiwch SHOUT os na allwch chi siarad yn uchel. Am ddim, ddydd neu nos."
    ),
    "Childline": "Childline",
    "For children and young people under 19. Free and private.": (
        "I blant a phobl ifanc o dan 19 oed. Am ddim ac yn breifat."
    ),
    "NELFT PALS (freephone)": "NELFT PALS (rhadffôn)",
    "Worries about NELFT mental health care. Not for emergencies.": (
        "Pryderon am ofal iechyd meddwl NELFT. Nid ar gyfer argyfyngau."
    ),
    "Oxleas Patient Experience team": "Tîm Profiad Cleifion Oxleas",
    "Worries about Oxleas care for you or your family. Not for emergencies.": (
        "Pryderon am ofal Oxleas i chi neu i'ch teulu. Nid ar gyfer argyfyngau."
    ),
    "Mon-Fri 9am-5pm": "Llun-Gwener 9am-5pm",
    # --- Audiences ---------------------------------------------------------------------------------------------
    "Adult carers": "Gofalwyr sy'n oedolion",
    "You are 18 or over and look after another adult, such as a partner, parent or friend.": (
        "Rydych chi'n 18 oed neu'n hŷn ac yn gofalu am oedolyn arall, fel partner, rhiant neu ffrind."
    ),
    "Young carers (under 18)": "Gofalwyr ifanc (o dan 18)",
    "You are under 18 and help look after someone in your family.": (
        "Rydych chi o dan 18 oed ac yn helpu i ofalu am rywun yn eich teulu."
    ),
    "Young adult carers (16 to 25)": "Gofalwyr sy'n oedolion ifanc (16 i 25)",
    "You are aged 16 to 25 and look after someone, often while you study or start work.": (
        "Rydych chi rhwng 16 a 25 oed ac yn gofalu am rywun, yn aml wrth astudio neu ddechrau gweithio."
    ),
    "Student carers": "Gofalwyr sy'n fyfyrwyr",
    "You are at college or university and care for someone at the same time.": (
        "Rydych chi yn y coleg neu yn y brifysgol ac yn gofalu am rywun ar yr un pryd."
    ),
    "Parent carers": "Rhieni sy'n ofalwyr",
    "You look after your own child who is ill or disabled.": (
        "Rydych chi'n gofalu am eich plentyn eich hun sy'n sâl neu'n anabl."
    ),
    "Sibling carers": "Brodyr a chwiorydd sy'n ofalwyr",
    "You help look after a brother or sister who is ill or disabled.": (
        "Rydych chi'n helpu i ofalu am frawd neu chwaer sy'n sâl neu'n anabl."
    ),
    "Older carers": "Gofalwyr hŷn",
    "You are 65 or over and look after someone, often a partner of a similar age.": (
        "Rydych chi'n 65 oed neu'n hŷn ac yn gofalu am rywun, yn aml partner o oedran tebyg."
    ),
    "Working carers": "Gofalwyr sy'n gweithio",
    "You have a paid job and care for someone as well.": (
        "Mae gennych chi swydd â thâl ac rydych chi'n gofalu am rywun hefyd."
    ),
    "Families and support network": "Teuluoedd a rhwydwaith cymorth",
    "Family, friends and neighbours who matter to someone, whether or not they say they are carers.": (
        "Teulu, ffrindiau a chymdogion sy'n bwysig i rywun, p'un a ydyn nhw'n galw eu hunain yn ofalwyr ai peidio."
    ),
    "Professionals": "Gweithwyr proffesiynol",
    "Health, social care, education and voluntary sector staff who work with carers.": (
        "Staff iechyd, gofal cymdeithasol, addysg a'r sector gwirfoddol sy'n gweithio gyda gofalwyr."
    ),
    # --- Care areas --------------------------------------------------------------------------------------------
    "Mental health": "Iechyd meddwl",
    "Dementia": "Dementia",
    "Learning disability": "Anabledd dysgu",
    "Physical illness and disability": "Salwch corfforol ac anabledd",
    "Drug use (substance misuse)": "Defnyddio cyffuriau (camddefnyddio sylweddau)",
    "Alcohol use (alcohol misuse)": "Yfed alcohol (camddefnyddio alcohol)",
    "End of life": "Diwedd oes",
    "Autism": "Awtistiaeth",
    "Long-term conditions": "Cyflyrau hirdymor",
    "Special educational needs": "Anghenion addysgol arbennig",
    "Primary care": "Gofal sylfaenol",
    "Secondary care": "Gofal eilaidd",
    "Acute care": "Gofal acíwt",
    "Specialist services": "Gwasanaethau arbenigol",
    "Hospital": "Ysbyty",
    "Day centre": "Canolfan ddydd",
    "Rehab centre": "Canolfan adsefydlu",
    "Care homes": "Cartrefi gofal",
}


# Urdu uses "کیئرر" (carer), the word UK services use, with "دیکھ بھال" (looking after) where a verb is needed.
# Where the reader speaks of themself, both forms are given, e.g. کرتا/کرتی (said by a man/by a woman).
# Services' own names stay in English letters, often with the Urdu spelling too, so callers recognise them.
URDU = {
    # --- Home page ---------------------------------------------------------------------------------------------
    "Help for unpaid carers": "بلا معاوضہ دیکھ بھال کرنے والوں (کیئررز) کے لیے مدد",
    "If you look after someone, find help near you, plain advice and someone to talk to, day or night.": (
        "اگر آپ کسی کی دیکھ بھال کرتے ہیں تو یہاں اپنے قریب مدد، آسان مشورہ اور بات کرنے کے لیے کوئی نہ کوئی تلاش "
        "کریں، دن ہو یا رات۔"
    ),
    "I look after someone": "میں کسی کی دیکھ بھال کرتا/کرتی ہوں",
    "For anyone who cares for a partner, relative or friend.": (
        "ہر اس شخص کے لیے جو اپنے جیون ساتھی، کسی رشتہ دار یا دوست کی دیکھ بھال کرتا ہے۔"
    ),
    "I am a young carer": "میں کم عمر کیئرر ہوں",
    "Help if you are under 18, or 16 to 25, and care for someone at home.": (
        "اگر آپ کی عمر 18 سال سے کم ہے، یا 16 سے 25 سال کے درمیان ہے، اور آپ گھر پر کسی کی دیکھ بھال کرتے ہیں تو "
        "آپ کے لیے مدد۔"
    ),
    "I care for my child": "میں اپنے بچے کی دیکھ بھال کرتا/کرتی ہوں",
    "Support for parents of a child who is ill or disabled.": "ان والدین کے لیے مدد جن کا بچہ بیمار یا معذور ہے۔",
    "I study and care": "میں پڑھائی بھی کرتا/کرتی ہوں اور دیکھ بھال بھی",
    "Contacts at colleges and universities for students who care.": (
        "کالجوں اور یونیورسٹیوں میں رابطے، ان طلبہ کے لیے جو کسی کی دیکھ بھال کرتے ہیں۔"
    ),
    "I work and care": "میں نوکری بھی کرتا/کرتی ہوں اور دیکھ بھال بھی",
    "Money, your rights at work and groups outside working hours.": (
        "پیسے، کام پر آپ کے حقوق، اور کام کے اوقات کے بعد ملنے والے گروپ۔"
    ),
    "I work with carers": "میں کیئررز کے ساتھ کام کرتا/کرتی ہوں",
    "Guidance, toolkits and good practice for staff.": "عملے کے لیے رہنمائی، ٹول کٹس اور کام کے اچھے طریقے۔",
    # --- Advice for carers -------------------------------------------------------------------------------------
    "Advice for carers": "کیئررز کے لیے مشورے",
    "Plain answers to the questions carers ask most.": "ان سوالوں کے آسان جواب جو کیئررز سب سے زیادہ پوچھتے ہیں۔",
    "Start with the question closest to yours. Each page tells you what to do next and who can help.": (
        "وہ سوال چنیں جو آپ کے سوال سے سب سے زیادہ ملتا ہو۔ ہر صفحہ بتاتا ہے کہ آگے کیا کرنا ہے اور کون مدد کر سکتا "
        "ہے۔"
    ),
    # --- What to do in a crisis --------------------------------------------------------------------------------
    "What to do in a crisis": "بحران (ایمرجنسی) میں کیا کریں",
    "Who to call right now if someone is in danger or you cannot cope, day or night.": (
        "اگر کسی کی جان خطرے میں ہو یا آپ سے حالات سنبھالے نہ جا رہے ہوں تو ابھی کس کو فون کریں، دن ہو یا رات۔"
    ),
    "Who to call now": "ابھی کس کو فون کریں",
    "If someone's life is in danger": "اگر کسی کی جان خطرے میں ہو",
    "Call <strong>999</strong> if someone is badly hurt, has taken an overdose, or you think they might die. "
    "Stay with them if it is safe to do so.": (
        "اگر کسی کو شدید چوٹ لگی ہو، اس نے دوا کی بہت زیادہ مقدار (اوور ڈوز) لے لی ہو، یا آپ کو لگے کہ اس کی جان جا "
        "سکتی ہے تو <strong>999</strong> پر فون کریں۔ اگر آپ کے لیے محفوظ ہو تو اس کے پاس رہیں۔"
    ),
    "If you are in danger yourself, get somewhere safe first. Then call.": (
        "اگر آپ خود خطرے میں ہیں تو پہلے کسی محفوظ جگہ پر جائیں۔ پھر فون کریں۔"
    ),
    "If it is urgent but not life-threatening": "اگر معاملہ فوری ہو لیکن جان کو خطرہ نہ ہو",
    "Call <strong>NHS 111</strong> and choose the mental health option (option 2 in England). "
    "You can call at any time, day or night.": (
        "<strong>NHS 111</strong> پر فون کریں اور ذہنی صحت والا آپشن چنیں (انگلینڈ میں آپشن 2)۔ آپ دن ہو یا رات، "
        "کسی بھی وقت فون کر سکتے ہیں۔"
    ),
    "If the person has a care plan with a crisis number, call that first. That team knows them.": (
        "اگر اس شخص کے کیئر پلان میں بحران کے وقت کے لیے کوئی نمبر ہے تو پہلے اسی پر فون کریں۔ وہ ٹیم اسے جانتی ہے۔"
    ),
    "If you need to talk": "اگر آپ کو کسی سے بات کرنی ہو",
    "Call Samaritans free on <strong>116 123</strong>, at any time.": (
        "کسی بھی وقت Samaritans (سماریٹنز) کو <strong>116 123</strong> پر مفت فون کریں۔"
    ),
    "If you cannot talk out loud, text SHOUT to <strong>85258</strong>.": (
        "اگر آپ اونچی آواز میں بات نہیں کر سکتے تو SHOUT لکھ کر <strong>85258</strong> پر ٹیکسٹ کریں۔"
    ),
    "If you are under 19, call Childline free on <strong>0800 1111</strong>.": (
        "اگر آپ کی عمر 19 سال سے کم ہے تو Childline (چائلڈ لائن) کو <strong>0800 1111</strong> پر مفت فون کریں۔"
    ),
    "Make a crisis plan before you need one": "ضرورت پڑنے سے پہلے بحران کا منصوبہ بنا لیں",
    "A crisis plan says what to do and who to call when things go wrong. Ask the team who look after the person "
    "to write one with you both. It should include:": (
        "بحران کا منصوبہ بتاتا ہے کہ حالات بگڑنے پر کیا کرنا ہے اور کس کو فون کرنا ہے۔ جو ٹیم اس شخص کی دیکھ بھال "
        "کرتی ہے، اس سے کہیں کہ آپ دونوں کے ساتھ مل کر یہ منصوبہ لکھے۔ اس میں یہ باتیں ہونی چاہئیں:"
    ),
    "the team's crisis number, and when it is answered": "ٹیم کا بحران والا نمبر، اور یہ کہ اس پر کب جواب ملتا ہے",
    "who to call at night and at weekends": "رات کو اور ہفتے کے آخر میں کس کو فون کرنا ہے",
    "the early signs that things are getting worse": "وہ ابتدائی نشانیاں جن سے پتا چلے کہ حالات خراب ہو رہے ہیں",
    "who can look after children or pets": "بچوں یا پالتو جانوروں کا خیال کون رکھ سکتا ہے",
    "the medicines the person takes": "وہ دوائیں جو یہ شخص لیتا ہے",
    "Keep it close": "اسے اپنے پاس رکھیں",
    "Save the plan on your phone and put a copy by the front door. Give one to a friend or relative you trust.": (
        "منصوبہ اپنے فون میں محفوظ کریں اور ایک کاپی گھر کے سامنے والے دروازے کے پاس رکھیں۔ ایک کاپی کسی ایسے دوست "
        "یا رشتہ دار کو دیں جس پر آپ بھروسہ کرتے ہیں۔"
    ),
    "What if the person will not accept help?": "اگر وہ شخص مدد لینے سے انکار کرے تو کیا کریں؟",
    "If their life is at risk, call 999 anyway. If not, call 111 or their care team for advice on what to do next.": (
        "اگر اس کی جان خطرے میں ہو تو پھر بھی 999 پر فون کریں۔ اگر ایسا نہیں ہے تو آگے کیا کرنا ہے، اس بارے میں "
        "مشورے کے لیے 111 یا اس کی کیئر ٹیم کو فون کریں۔"
    ),
    "What if the person I care for is suicidal?": (
        "اگر جس شخص کی میں دیکھ بھال کرتا/کرتی ہوں وہ خودکشی کے بارے میں سوچ رہا ہو تو کیا کروں؟"
    ),
    "Take it seriously, and ask them how they feel. If they have hurt themselves, or you think they are about to, "
    "call 999. If not, call their care team's crisis number, or NHS 111 and choose option 2.": (
        "اسے سنجیدگی سے لیں اور ان سے پوچھیں کہ وہ کیسا محسوس کر رہے ہیں۔ اگر انہوں نے خود کو نقصان پہنچایا ہے، یا "
        "آپ کو لگتا ہے کہ وہ ایسا کرنے والے ہیں، تو 999 پر فون کریں۔ اگر ایسا نہیں ہے تو ان کی کیئر ٹیم کے بحران والے "
        "نمبر پر، یا NHS 111 پر فون کریں اور آپشن 2 چنیں۔"
    ),
    "What if I cannot get through to their team at night or out of hours?": (
        "اگر رات کو یا دفتری اوقات کے بعد اس کی ٹیم سے رابطہ نہ ہو سکے تو کیا کریں؟"
    ),
    "Call NHS 111 and choose option 2. If someone is in danger, call 999.": (
        "NHS 111 پر فون کریں اور آپشن 2 چنیں۔ اگر کسی کی جان خطرے میں ہو تو 999 پر فون کریں۔"
    ),
    "After a crisis": "بحران کے بعد",
    "A crisis is frightening. Once things are calmer, look after yourself too. Talk to someone about how you feel. "
    "A local carers' service can listen and help you plan for next time.": (
        "بحران بہت ڈراؤنا ہوتا ہے۔ جب حالات کچھ پرسکون ہو جائیں تو اپنا بھی خیال رکھیں۔ اپنے احساسات کے بارے میں کسی "
        "سے بات کریں۔ کیئررز کے لیے مقامی سروس آپ کی بات سن سکتی ہے اور اگلی بار کے لیے منصوبہ بنانے میں مدد کر "
        "سکتی ہے۔"
    ),
    # --- Carer's assessment ------------------------------------------------------------------------------------
    "Carer's assessment: what it is and how to get one": (
        "کیئرر کا جائزہ (carer's assessment): یہ کیا ہے اور کیسے ملتا ہے"
    ),
    "A free talk with your council about what you need. Anyone who looks after another adult can ask for one.": (
        "آپ کی ضرورتوں کے بارے میں اپنی کونسل کے ساتھ مفت بات چیت۔ جو بھی کسی دوسرے بالغ شخص کی دیکھ بھال کرتا ہے وہ "
        "اس کے لیے کہہ سکتا ہے۔"
    ),
    "A carer's assessment is a chance to talk about you. It looks at how caring affects your life, your health "
    "and your plans. It is not a test of how well you care.": (
        "کیئرر کا جائزہ آپ کے بارے میں بات کرنے کا موقع ہے۔ اس میں دیکھا جاتا ہے کہ دیکھ بھال کا کام آپ کی زندگی، "
        "آپ کی صحت اور آپ کے منصوبوں پر کیسے اثر ڈالتا ہے۔ یہ اس بات کا امتحان نہیں کہ آپ کتنی اچھی دیکھ بھال کرتے "
        "ہیں۔"
    ),
    "It is free. Your income and savings do not matter. You can have one even if the person you care for gets "
    "no help, or does not want help.": (
        "یہ مفت ہے۔ آپ کی آمدنی اور بچت سے کوئی فرق نہیں پڑتا۔ آپ یہ جائزہ لے سکتے ہیں چاہے جس شخص کی آپ دیکھ بھال "
        "کرتے ہیں اسے کوئی مدد نہ مل رہی ہو، یا وہ مدد نہ چاہتا ہو۔"
    ),
    "Who can ask for one": "کون اس کے لیے کہہ سکتا ہے",
    "You look after someone aged 18 or over: ask adult social care at the council.": (
        "آپ 18 سال یا اس سے زیادہ عمر کے کسی شخص کی دیکھ بھال کرتے ہیں: کونسل میں بالغوں کی سوشل کیئر (adult "
        "social care) سے پوچھیں۔"
    ),
    "You look after a disabled child: ask children's services at the council.": (
        "آپ کسی معذور بچے کی دیکھ بھال کرتے ہیں: کونسل میں بچوں کی سروسز (children's services) سے پوچھیں۔"
    ),
    "You are under 18 and help look after someone: ask children's services, your school or a young carers' "
    "service.": (
        "آپ کی عمر 18 سال سے کم ہے اور آپ کسی کی دیکھ بھال میں مدد کرتے ہیں: بچوں کی سروسز، اپنے اسکول یا کم عمر "
        "کیئررز کی کسی سروس سے پوچھیں۔"
    ),
    "You are a young carer nearing 18: ask for a transition assessment, so support carries on.": (
        "آپ کم عمر کیئرر ہیں اور جلد 18 سال کے ہونے والے ہیں: ٹرانزیشن اسیسمنٹ (transition assessment) کے لیے "
        "کہیں تاکہ آپ کو ملنے والی مدد جاری رہے۔"
    ),
    "How to get one": "یہ جائزہ کیسے حاصل کریں",
    "Phone or email adult social care at the council where the person you care for lives. "
    'Say: "I am a carer and I would like a carer\'s assessment."': (
        "جس شخص کی آپ دیکھ بھال کرتے ہیں، وہ جس کونسل کے علاقے میں رہتا ہے اس کی بالغوں کی سوشل کیئر کو فون یا ای "
        'میل کریں۔ کہیں: "میں کیئرر ہوں اور مجھے کیئرر کا جائزہ (carer\'s assessment) چاہیے۔"'
    ),
    "Or ask a carers' service, your GP or the person's care team to refer you.": (
        "یا کیئررز کی کسی سروس، اپنے جی پی (GP) یا اس شخص کی کیئر ٹیم سے کہیں کہ وہ آپ کو ریفر کریں۔"
    ),
    "The council will set a time. It may be face to face, by phone or online.": (
        "کونسل ایک وقت طے کرے گی۔ یہ ملاقات آمنے سامنے، فون پر یا آن لائن ہو سکتی ہے۔"
    ),
    "Before the day, write down what is hard and what would help.": (
        "اس دن سے پہلے لکھ لیں کہ کیا مشکل ہے اور کس چیز سے مدد ملے گی۔"
    ),
    "Which council to ask": "کس کونسل سے پوچھیں",
    "Ask the council for the area where the person you care for lives. If you are not sure which council that is, "
    'use <a id="a1">Find your local council</a> on GOV.UK. Type in their postcode and it takes you to the '
    "council's website.": (
        "اس علاقے کی کونسل سے پوچھیں جہاں وہ شخص رہتا ہے جس کی آپ دیکھ بھال کرتے ہیں۔ اگر آپ کو یقین نہیں کہ وہ "
        'کون سی کونسل ہے تو GOV.UK پر <a id="a1">اپنی مقامی کونسل تلاش کریں</a> (Find your local council) استعمال '
        "کریں۔ ان کا پوسٹ کوڈ لکھیں اور یہ آپ کو کونسل کی ویب سائٹ پر لے جائے گا۔"
    ),
    "What they will ask you": "وہ آپ سے کیا پوچھیں گے",
    "What you do for the person, and for how many hours": "آپ اس شخص کے لیے کیا کرتے ہیں، اور کتنے گھنٹے",
    "How caring affects your health, sleep and mood": "دیکھ بھال کا کام آپ کی صحت، نیند اور مزاج پر کیسے اثر ڈالتا ہے",
    "Whether you can work, study, or see friends and family": (
        "کیا آپ کام کر سکتے ہیں، پڑھ سکتے ہیں، یا دوستوں اور گھر والوں سے مل سکتے ہیں"
    ),
    "What would happen if you could not care for a while": "اگر آپ کچھ عرصہ دیکھ بھال نہ کر سکیں تو کیا ہوگا",
    "What you would like to change": "آپ کیا بدلنا چاہیں گے",
    "Will I get support? The rules in plain words": "کیا مجھے مدد ملے گی؟ آسان الفاظ میں قواعد",
    "In England, a law called the Care Act 2014 sets the rules. The council must help you if all three of these "
    "are true:": (
        "انگلینڈ میں کیئر ایکٹ 2014 (Care Act 2014) نام کا قانون یہ قواعد طے کرتا ہے۔ اگر یہ تینوں باتیں درست ہوں تو "
        "کونسل کو آپ کی مدد کرنی ہوگی:"
    ),
    "Your needs come from caring for someone who needs that care.": (
        "آپ کی ضرورتیں کسی ایسے شخص کی دیکھ بھال کی وجہ سے ہیں جسے اس دیکھ بھال کی ضرورت ہے۔"
    ),
    "Because of caring, your physical or mental health is at risk of getting worse, or you cannot do some everyday "
    "things. These include looking after your home, working or studying, seeing people who matter to you, or "
    "having time to rest.": (
        "دیکھ بھال کی وجہ سے آپ کی جسمانی یا ذہنی صحت خراب ہونے کا خطرہ ہے، یا آپ روزمرہ کے کچھ کام نہیں کر پاتے۔ "
        "ان میں اپنے گھر کا خیال رکھنا، کام یا پڑھائی کرنا، اپنے پیاروں سے ملنا، یا آرام کے لیے وقت نکالنا شامل ہیں۔"
    ),
    "As a result, your wellbeing is likely to be badly affected.": (
        "اس کے نتیجے میں آپ کی خیریت اور سکون پر برا اثر پڑنے کا امکان ہے۔"
    ),
    "If you qualify, you and the council agree a support plan. It may include a personal budget. You can take it "
    "as a direct payment and choose how to spend it, for example on a break.": (
        "اگر آپ اہل ہیں تو آپ اور کونسل مل کر مدد کا ایک منصوبہ طے کریں گے۔ اس میں ذاتی بجٹ بھی ہو سکتا ہے۔ آپ یہ "
        "رقم براہ راست ادائیگی (direct payment) کے طور پر لے سکتے ہیں اور خود طے کر سکتے ہیں کہ اسے کیسے خرچ کرنا "
        "ہے، مثلاً کچھ دن کے آرام (بریک) پر۔"
    ),
    "If you do not qualify": "اگر آپ اہل نہیں ہیں",
    "The council should still give you information and advice. Ask what other help there is nearby, such as "
    "groups and carers' services.": (
        "کونسل کو پھر بھی آپ کو معلومات اور مشورہ دینا چاہیے۔ پوچھیں کہ آس پاس اور کون سی مدد موجود ہے، جیسے گروپ "
        "اور کیئررز کی سروسز۔"
    ),
    "Will the person I care for hear what I say?": "جس شخص کی میں دیکھ بھال کرتا/کرتی ہوں، کیا وہ میری باتیں سنے گا؟",
    "You can ask to talk in private. Tell the assessor what you are happy to share.": (
        "آپ اکیلے میں بات کرنے کے لیے کہہ سکتے ہیں۔ جائزہ لینے والے کو بتائیں کہ آپ کون سی باتیں بتانا چاہتے ہیں۔"
    ),
    "The person I care for is coming out of hospital. Who will help?": (
        "جس شخص کی میں دیکھ بھال کرتا/کرتی ہوں وہ ہسپتال سے گھر آ رہا ہے۔ مدد کون کرے گا؟"
    ),
    "Tell the ward staff that you are a carer before the person leaves hospital. Ask to be involved in planning "
    "their discharge, and ask the council for a carer's assessment, so that help is in place when they come home.": (
        "اس شخص کے ہسپتال سے جانے سے پہلے وارڈ کے عملے کو بتائیں کہ آپ کیئرر ہیں۔ کہیں کہ ہسپتال سے چھٹی (ڈسچارج) کی "
        "منصوبہ بندی میں آپ کو شامل کیا جائے، اور کونسل سے کیئرر کے جائزے کے لیے کہیں، تاکہ ان کے گھر آنے تک مدد کا "
        "انتظام ہو جائے۔"
    ),
    "Can I have another assessment later?": "کیا بعد میں میرا دوبارہ جائزہ ہو سکتا ہے؟",
    "Yes. Ask for a review if things change, for example if the person gets worse.": (
        "جی ہاں۔ اگر حالات بدل جائیں، مثلاً اس شخص کی طبیعت زیادہ خراب ہو جائے، تو نظرثانی (ریویو) کے لیے کہیں۔"
    ),
    "If things feel too much right now": "اگر اس وقت سب کچھ بہت بھاری لگ رہا ہو",
    # --- Leaflets and "A brief guide for carers" ---------------------------------------------------------------
    "Leaflets": "کتابچے",
    "Leaflets to read online, print or download.": (
        "کتابچے جنہیں آپ آن لائن پڑھ سکتے ہیں، پرنٹ کر سکتے ہیں یا ڈاؤن لوڈ کر سکتے ہیں۔"
    ),
    "A brief guide for carers": "کیئررز کے لیے مختصر رہنمائی",
    "What to expect from mental health services when you look after someone who uses them.": (
        "جب آپ کسی ایسے شخص کی دیکھ بھال کرتے ہیں جو ذہنی صحت کی سروسز استعمال کرتا ہے تو ان سروسز سے کیا توقع رکھیں۔"
    ),
    "This guide is for you if someone you look after uses mental health services. It explains what to expect, "
    "what you can ask for, and who to call.": (
        "یہ رہنمائی آپ کے لیے ہے اگر جس شخص کی آپ دیکھ بھال کرتے ہیں وہ ذہنی صحت کی سروسز استعمال کرتا ہے۔ اس میں "
        "بتایا گیا ہے کہ کیا توقع رکھیں، آپ کیا مانگ سکتے ہیں، اور کس کو فون کریں۔"
    ),
    "You are a carer": "آپ کیئرر ہیں",
    "If you help a relative, partner or friend who could not manage without you, you are a carer. You do not have "
    "to live with them, and you do not have to use the word carer.": (
        "اگر آپ کسی ایسے رشتہ دار، جیون ساتھی یا دوست کی مدد کرتے ہیں جو آپ کے بغیر گزارا نہیں کر سکتا تو آپ کیئرر "
        "ہیں۔ یہ ضروری نہیں کہ آپ اس کے ساتھ رہتے ہوں، اور یہ بھی ضروری نہیں کہ آپ اپنے لیے کیئرر کا لفظ استعمال کریں۔"
    ),
    "Being part of the care plan": "کیئر پلان کا حصہ بننا",
    "The person you care for should have a care plan and a named worker. Ask to go to care plan meetings. The "
    "person needs to agree to this.": (
        "جس شخص کی آپ دیکھ بھال کرتے ہیں اس کا ایک کیئر پلان اور ایک مقررہ کارکن (named worker) ہونا چاہیے۔ کیئر "
        "پلان کی میٹنگز میں شامل ہونے کے لیے کہیں۔ اس کے لیے اس شخص کی رضامندی ضروری ہے۔"
    ),
    "Staff need the person's agreement before they share private details with you. But they can always listen to "
    "you, and give you general information about the illness and about services.": (
        "آپ کو ذاتی تفصیلات بتانے سے پہلے عملے کو اس شخص کی رضامندی چاہیے۔ لیکن وہ ہمیشہ آپ کی بات سن سکتے ہیں، اور "
        "آپ کو بیماری اور سروسز کے بارے میں عام معلومات دے سکتے ہیں۔"
    ),
    "Tell staff what you have noticed. You often see the early signs that the person is getting unwell before "
    "anyone else does.": (
        "عملے کو بتائیں کہ آپ نے کیا دیکھا ہے۔ اکثر آپ ہی سب سے پہلے وہ ابتدائی نشانیاں دیکھتے ہیں کہ اس شخص کی "
        "طبیعت خراب ہو رہی ہے۔"
    ),
    "Your own assessment": "آپ کا اپنا جائزہ",
    "You can ask the council for a free carer's assessment. It looks at your needs, not the person's. It can lead "
    "to support such as a break, training or someone to talk to.": (
        "آپ کونسل سے کیئرر کے مفت جائزے کے لیے کہہ سکتے ہیں۔ اس میں آپ کی ضرورتیں دیکھی جاتی ہیں، اس شخص کی نہیں۔ "
        "اس سے آپ کو مدد مل سکتی ہے، جیسے کچھ دن کا آرام، تربیت یا بات کرنے کے لیے کوئی۔"
    ),
    "In a crisis": "بحران میں",
    "Ask for a crisis plan that says who to call, day and night. Keep it somewhere easy to find.": (
        "بحران کا ایسا منصوبہ مانگیں جس میں لکھا ہو کہ دن اور رات میں کس کو فون کرنا ہے۔ اسے ایسی جگہ رکھیں جہاں "
        "آسانی سے مل جائے۔"
    ),
    "If someone's life is at risk, call <strong>999</strong>.": (
        "اگر کسی کی جان خطرے میں ہو تو <strong>999</strong> پر فون کریں۔"
    ),
    "For urgent mental health help, call <strong>NHS 111</strong> and choose option 2.": (
        "ذہنی صحت کی فوری مدد کے لیے <strong>NHS 111</strong> پر فون کریں اور آپشن 2 چنیں۔"
    ),
    "To talk to someone at any time, call Samaritans on <strong>116 123</strong>.": (
        "کسی بھی وقت کسی سے بات کرنے کے لیے Samaritans (سماریٹنز) کو <strong>116 123</strong> پر فون کریں۔"
    ),
    "Questions or worries": "سوالات یا پریشانیاں",
    "If you are unhappy with care, or do not know who to ask, call the Patient Advice and Liaison Service (PALS). "
    "It is free.": (
        "اگر آپ دیکھ بھال سے مطمئن نہیں ہیں، یا آپ کو معلوم نہیں کہ کس سے پوچھیں، تو مریضوں کے مشورے اور رابطے کی "
        "سروس (PALS) کو فون کریں۔ یہ مفت ہے۔"
    ),
    "Freephone for patients, carers and families.": "مریضوں، کیئررز اور خاندانوں کے لیے مفت فون نمبر۔",
    "Looking after yourself": "اپنا خیال رکھنا",
    "Caring is hard work. Local carers' services offer advice, groups and breaks. Find one in your borough in our "
    "directory. Tell your GP that you are a carer too.": (
        "دیکھ بھال کرنا محنت کا کام ہے۔ کیئررز کی مقامی سروسز مشورہ، گروپ اور آرام کا وقفہ دیتی ہیں۔ ہماری ڈائریکٹری "
        "میں اپنے بورو (علاقے) کی کوئی سروس تلاش کریں۔ اپنے جی پی (GP) کو بھی بتائیں کہ آپ کیئرر ہیں۔"
    ),
    # --- Crisis lines (name, description, hours) ---------------------------------------------------------------
    "Emergency services": "ایمرجنسی سروسز",
    "Call if someone's life is at risk or they are badly hurt.": (
        "اگر کسی کی جان خطرے میں ہو یا اسے شدید چوٹ لگی ہو تو فون کریں۔"
    ),
    "NHS 111, option 2 (urgent mental health help)": "NHS 111، آپشن 2 (ذہنی صحت کی فوری مدد)",
    "Emergency": "ایمرجنسی",
    "Mental health, option 2": "ذہنی صحت، آپشن 2",
    "Urgent mental health help that is not a 999 emergency. Choose option 2.": (
        "ذہنی صحت کی فوری مدد، جب معاملہ 999 والی ایمرجنسی نہ ہو۔ آپشن 2 چنیں۔"
    ),
    "Samaritans": "سماریٹنز (Samaritans)",
    "Talk to someone about anything, day or night. Free to call.": (
        "دن ہو یا رات، کسی بھی بات پر کسی سے بات کریں۔ فون کرنا مفت ہے۔"
    ),
    "Shout text line": "شاؤٹ (Shout) ٹیکسٹ لائن",
    "Text SHOUT if you cannot talk out loud. Free, day or night.": (
        "اگر آپ اونچی آواز میں بات نہیں کر سکتے تو SHOUT لکھ کر ٹیکسٹ کریں۔ مفت، دن ہو یا رات۔"
    ),
    "Childline": "چائلڈ لائن (Childline)",
    "For children and young people under 19. Free and private.": (
        "19 سال سے کم عمر بچوں اور نوجوانوں کے لیے۔ مفت اور رازدارانہ۔"
    ),
    "NELFT PALS (freephone)": "NELFT PALS (مفت فون)",
    "Worries about NELFT mental health care. Not for emergencies.": (
        "NELFT کی ذہنی صحت کی دیکھ بھال کے بارے میں پریشانیاں۔ ایمرجنسی کے لیے نہیں۔"
    ),
    "Oxleas Patient Experience team": "Oxleas کی پیشنٹ ایکسپیرینس ٹیم (Patient Experience team)",
    "Worries about Oxleas care for you or your family. Not for emergencies.": (
        "Oxleas میں آپ کی یا آپ کے خاندان کی دیکھ بھال کے بارے میں پریشانیاں۔ ایمرجنسی کے لیے نہیں۔"
    ),
    "Mon-Fri 9am-5pm": "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
    # --- Audiences ---------------------------------------------------------------------------------------------
    "Adult carers": "بالغ کیئررز",
    "You are 18 or over and look after another adult, such as a partner, parent or friend.": (
        "آپ کی عمر 18 سال یا اس سے زیادہ ہے اور آپ کسی دوسرے بالغ کی دیکھ بھال کرتے ہیں، جیسے جیون ساتھی، ماں یا "
        "باپ، یا دوست۔"
    ),
    "Young carers (under 18)": "کم عمر کیئررز (18 سال سے کم)",
    "You are under 18 and help look after someone in your family.": (
        "آپ کی عمر 18 سال سے کم ہے اور آپ اپنے خاندان میں کسی کی دیکھ بھال میں مدد کرتے ہیں۔"
    ),
    "Young adult carers (16 to 25)": "نوجوان کیئررز (16 سے 25 سال)",
    "You are aged 16 to 25 and look after someone, often while you study or start work.": (
        "آپ کی عمر 16 سے 25 سال ہے اور آپ کسی کی دیکھ بھال کرتے ہیں، اکثر پڑھائی کے ساتھ یا نوکری شروع کرتے وقت۔"
    ),
    "Student carers": "طالب علم کیئررز",
    "You are at college or university and care for someone at the same time.": (
        "آپ کالج یا یونیورسٹی میں پڑھتے ہیں اور ساتھ ساتھ کسی کی دیکھ بھال بھی کرتے ہیں۔"
    ),
    "Parent carers": "والدین کیئررز",
    "You look after your own child who is ill or disabled.": (
        "آپ اپنے اس بچے کی دیکھ بھال کرتے ہیں جو بیمار یا معذور ہے۔"
    ),
    "Sibling carers": "بہن بھائی کیئررز",
    "You help look after a brother or sister who is ill or disabled.": (
        "آپ اپنے کسی بیمار یا معذور بھائی یا بہن کی دیکھ بھال میں مدد کرتے ہیں۔"
    ),
    "Older carers": "بزرگ کیئررز",
    "You are 65 or over and look after someone, often a partner of a similar age.": (
        "آپ کی عمر 65 سال یا اس سے زیادہ ہے اور آپ کسی کی دیکھ بھال کرتے ہیں، اکثر اپنی ہی عمر کے جیون ساتھی کی۔"
    ),
    "Working carers": "ملازمت پیشہ کیئررز",
    "You have a paid job and care for someone as well.": (
        "آپ تنخواہ والی نوکری کرتے ہیں اور ساتھ ہی کسی کی دیکھ بھال بھی کرتے ہیں۔"
    ),
    "Families and support network": "خاندان اور مدد کرنے والے لوگ",
    "Family, friends and neighbours who matter to someone, whether or not they say they are carers.": (
        "خاندان کے لوگ، دوست اور پڑوسی جو کسی کے لیے اہم ہیں، چاہے وہ خود کو کیئرر کہیں یا نہ کہیں۔"
    ),
    "Professionals": "پیشہ ور افراد",
    "Health, social care, education and voluntary sector staff who work with carers.": (
        "صحت، سوشل کیئر، تعلیم اور رضاکار تنظیموں کا عملہ جو کیئررز کے ساتھ کام کرتا ہے۔"
    ),
    # --- Care areas --------------------------------------------------------------------------------------------
    "Mental health": "ذہنی صحت",
    "Dementia": "ڈیمنشیا (یادداشت کی بیماری)",
    "Learning disability": "سیکھنے کی معذوری",
    "Physical illness and disability": "جسمانی بیماری اور معذوری",
    "Drug use (substance misuse)": "منشیات کا استعمال",
    "Alcohol use (alcohol misuse)": "شراب نوشی",
    "End of life": "زندگی کا آخری مرحلہ",
    "Autism": "آٹزم",
    "Long-term conditions": "طویل مدتی بیماریاں",
    "Special educational needs": "خصوصی تعلیمی ضروریات",
    "Primary care": "بنیادی طبی دیکھ بھال (جی پی وغیرہ)",
    "Secondary care": "ہسپتال اور ماہرین کی دیکھ بھال",
    "Acute care": "شدید بیماری میں فوری دیکھ بھال",
    "Specialist services": "ماہر سروسز",
    "Hospital": "ہسپتال",
    "Day centre": "ڈے سینٹر",
    "Rehab centre": "بحالی مرکز",
    "Care homes": "کیئر ہوم",
}

TRANSLATIONS = {"cy": WELSH, "ur": URDU}


def translate(text, language, field=""):
    """The draft translation of one piece of English text, or None if there is none yet.

    ``field`` is wagtail-localize's path for the text (e.g. "slug" or "body.<block id>"); slugs stay in English.
    """
    if field in KEPT_FIELDS or text in SAME_IN_EVERY_LANGUAGE:
        return text
    return TRANSLATIONS[language].get(text)

"""Welsh (cy) and Urdu (ur) translations of part of the demo, loaded by ``load_demo`` through wagtail-localize.

DRAFTS. These were written for the demo by someone who is not a native speaker of either language. Nothing
here has been checked by a native speaker: every page made from them is left with "translation checked by a
native speaker" unticked, so the site tells readers it is a draft. A reviewer should correct the text in
wagtail-localize's translation editor (or by PO export/import) and then tick the box on each page.

What is translated: the home page, "Advice for carers" (the parent of the advice pages), the crisis page,
"Carer's assessment", "Taking a break from caring", "Money for carers", "Young carers", "Are you a carer?",
"Mapping your support network" and its "Fill in your support network map", the leaflets index and the leaflet
"A brief guide for carers", and the index pages of Find local help, the resource library, news and events; and
the snippets carers see: crisis lines (name, description, hours), audiences and care areas.

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
        "020 8554 2888",
        "0808 808 7777",
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
        "Os oes gan y person gynllun gofal gyda rhif argyfwng, ffoniwch hwnnw yn gyntaf. Mae'r tîm hwnnw'n eu hadnabod."
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
    "You are under 18 and help look after someone: ask children's services, your school or a young carers' service.": (
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
        "chi'n gofalu amdano yn byw. Dywedwch: \"Rwy'n ofalwr a hoffwn gael asesiad gofalwr.\""
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
    # --- Are you a carer? --------------------------------------------------------------------------------------
    "Are you a carer?": "Ydych chi'n ofalwr?",
    "If you help someone who could not manage without you, you are a carer. Find out what that means and where to "
    "get help.": (
        "Os ydych chi'n helpu rhywun na allai ymdopi hebddoch chi, rydych chi'n ofalwr. Dysgwch beth mae hynny'n ei "
        "olygu a ble i gael help."
    ),
    "You are a carer if you help someone who could not cope without you. They might be ill, disabled or frail. They "
    "might have a mental health problem, or a problem with drink or drugs.": (
        "Rydych chi'n ofalwr os ydych chi'n helpu rhywun na allai ymdopi hebddoch chi. Efallai eu bod yn sâl, yn "
        "anabl neu'n fregus. Efallai bod ganddyn nhw broblem iechyd meddwl, neu broblem gydag alcohol neu gyffuriau."
    ),
    "You are not paid for this help. You might be their partner, child, parent, friend or neighbour. You do not "
    "have to live with them.": (
        "Dydych chi ddim yn cael eich talu am yr help hwn. Efallai mai chi yw eu partner, eu plentyn, eu rhiant, eu "
        "ffrind neu eu cymydog. Does dim rhaid i chi fyw gyda nhw."
    ),
    "What caring can look like": "Sut gall gofalu edrych",
    "Shopping, cooking or cleaning for someone": "Siopa, coginio neu lanhau i rywun",
    "Helping them wash, dress or take their medicine": "Eu helpu i ymolchi, gwisgo neu gymryd eu moddion",
    "Keeping them company and checking they are safe": "Cadw cwmni iddyn nhw a gwneud yn siŵr eu bod yn ddiogel",
    "Calming them when they are anxious or unwell": "Eu tawelu pan fyddan nhw'n bryderus neu'n sâl",
    "Sorting out bills, letters and appointments": "Delio â biliau, llythyrau ac apwyntiadau",
    "Looking after brothers or sisters because a parent is ill": (
        "Gofalu am frodyr neu chwiorydd oherwydd bod rhiant yn sâl"
    ),
    "It might take a few hours a week. It might take all day and all night.": (
        "Gall gymryd ychydig oriau'r wythnos. Gall gymryd drwy'r dydd a drwy'r nos."
    ),
    "Carers come in all ages": "Mae gofalwyr o bob oed",
    "<strong>Adult carers</strong> look after another adult, such as a partner, parent or friend.": (
        "Mae <strong>gofalwyr sy'n oedolion</strong> yn gofalu am oedolyn arall, fel partner, rhiant neu ffrind."
    ),
    "<strong>Parent carers</strong> look after their own child who is ill or disabled.": (
        "Mae <strong>rhieni sy'n gofalu</strong> yn gofalu am eu plentyn eu hunain sy'n sâl neu'n anabl."
    ),
    "<strong>Young carers</strong> are under 18 and help look after someone in their family.": (
        "Mae <strong>gofalwyr ifanc</strong> o dan 18 oed ac yn helpu i ofalu am rywun yn eu teulu."
    ),
    "<strong>Young adult carers</strong> are aged 16 to 25.": (
        "Mae <strong>gofalwyr sy'n oedolion ifanc</strong> rhwng 16 a 25 oed."
    ),
    "You do not have to call yourself a carer": "Does dim rhaid i chi alw eich hun yn ofalwr",
    'Lots of people say, "I\'m just his wife" or "I\'m only doing what any son would do". That is fine. You do not '
    "need to use the word carer. What matters is that you get support too.": (
        'Mae llawer o bobl yn dweud, "Dim ond ei wraig ydw i" neu "Dim ond gwneud beth fyddai unrhyw fab yn ei wneud '
        "ydw i\". Mae hynny'n iawn. Does dim rhaid i chi ddefnyddio'r gair gofalwr. Beth sy'n bwysig yw eich bod "
        "chi'n cael cymorth hefyd."
    ),
    "Why it helps to tell people": "Pam mae'n helpu i ddweud wrth bobl",
    "When people know you are a carer, they can help you. For example:": (
        "Pan fydd pobl yn gwybod eich bod chi'n ofalwr, gallan nhw eich helpu. Er enghraifft:"
    ),
    "Your GP practice can note it on your record. They may offer you a health check or a flu jab.": (
        "Gall eich meddygfa nodi hyn ar eich cofnod. Efallai y byddan nhw'n cynnig archwiliad iechyd neu frechlyn "
        "ffliw i chi."
    ),
    "Your council can give you a free carer's assessment.": "Gall eich cyngor roi asesiad gofalwr am ddim i chi.",
    "The team looking after the person you care for can include you in plans.": (
        "Gall y tîm sy'n gofalu am y person rydych chi'n gofalu amdano eich cynnwys yn y cynlluniau."
    ),
    "A local carers' service can give you advice, a break or someone to talk to.": (
        "Gall gwasanaeth gofalwyr lleol roi cyngor, seibiant neu rywun i siarad â nhw i chi."
    ),
    "Do I have to live with the person?": "Oes rhaid i mi fyw gyda'r person?",
    "No. Many carers live down the road or further away and still do a lot.": (
        "Nac oes. Mae llawer o ofalwyr yn byw i lawr y ffordd neu'n bellach i ffwrdd, ac yn dal i wneud llawer."
    ),
    "Can I be a carer if I work full time?": "Ydw i'n gallu bod yn ofalwr os ydw i'n gweithio'n llawn amser?",
    "Yes. Lots of carers have jobs. You may have rights at work, such as asking for flexible hours.": (
        "Ydych. Mae gan lawer o ofalwyr swyddi. Efallai bod gennych chi hawliau yn y gwaith, fel gofyn am oriau hyblyg."
    ),
    "Am I a carer if I am just helping out?": "Ydw i'n ofalwr os mai dim ond helpu ydw i?",
    "Yes, if the person could not manage without your help. Many people care for years before they see themselves "
    "as a carer.": (
        "Ydych, os na allai'r person ymdopi heb eich help. Mae llawer o bobl yn gofalu am flynyddoedd cyn iddyn nhw "
        "weld eu hunain fel gofalwr."
    ),
    "Is there an age limit?": "Oes terfyn oed?",
    "No. Carers can be children, teenagers, adults or people in their nineties.": (
        "Nac oes. Gall gofalwyr fod yn blant, yn bobl ifanc yn eu harddegau, yn oedolion neu'n bobl yn eu nawdegau."
    ),
    "What to do next": "Beth i'w wneud nesaf",
    "Tell your GP practice that you are a carer.": "Dywedwch wrth eich meddygfa eich bod chi'n ofalwr.",
    'Look up carers\' services in your borough in <a id="a1">our directory</a>.': (
        'Chwiliwch am wasanaethau gofalwyr yn eich bwrdeistref yn <a id="a1">ein cyfeiriadur</a>.'
    ),
    'Ask your council for a <a id="a1">carer\'s assessment</a>.': (
        'Gofynnwch i\'ch cyngor am <a id="a1">asesiad gofalwr</a>.'
    ),
    'If things feel urgent, go to our page on <a id="a1">what to do in a crisis</a>.': (
        "Os yw pethau'n teimlo'n frys, ewch i'n tudalen ar <a id=\"a1\">beth i'w wneud mewn argyfwng</a>."
    ),
    # --- Mapping your support network --------------------------------------------------------------------------
    "Mapping your support network": "Mapio eich rhwydwaith cymorth",
    "Four questions that help the person you care for say who matters to them, and how those people can help, "
    "including in an emergency.": (
        "Pedwar cwestiwn sy'n helpu'r person rydych chi'n gofalu amdano i ddweud pwy sy'n bwysig iddo, a sut gall y "
        "bobl hynny helpu, gan gynnwys mewn argyfwng."
    ),
    "Nobody should have to cope alone. A support network is everyone who helps a person: family, partners, "
    "friends, neighbours, carers and workers.": (
        "Ddylai neb orfod ymdopi ar ei ben ei hun. Rhwydwaith cymorth yw pawb sy'n helpu person: teulu, partneriaid, "
        "ffrindiau, cymdogion, gofalwyr a gweithwyr."
    ),
    "Not everyone calls themselves a carer, and that is fine. This exercise is about the people who matter, "
    "whatever you call them.": (
        "Dydy pawb ddim yn galw eu hunain yn ofalwr, ac mae hynny'n iawn. Mae'r ymarfer hwn am y bobl sy'n bwysig, "
        "beth bynnag rydych chi'n eu galw."
    ),
    "How to use this page": "Sut i ddefnyddio'r dudalen hon",
    "Sit down together at a calm time. The person who is unwell answers the questions. You can help if they want "
    "you to.": (
        "Eisteddwch gyda'ch gilydd ar amser tawel. Y person sy'n sâl sy'n ateb y cwestiynau. Gallwch chi helpu os "
        "ydyn nhw eisiau i chi wneud hynny."
    ),
    "You can type your answers on screen in “Fill in your support network map”, listed under “More on this”, and "
    "then print them or save them as a PDF. Nothing you type there is sent to us or saved. If you prefer paper, "
    "print this page and write under each question.": (
        "Gallwch deipio eich atebion ar y sgrin yn “Llenwi eich map rhwydwaith cymorth”, sydd o dan “Rhagor am hyn”, "
        "ac yna eu hargraffu neu eu cadw fel PDF. Does dim byd rydych chi'n ei deipio yno yn cael ei anfon atom ni "
        "na'i gadw. Os yw'n well gennych chi bapur, argraffwch y dudalen hon ac ysgrifennwch o dan bob cwestiwn."
    ),
    "The four questions": "Y pedwar cwestiwn",
    "<strong>1. Who matters most to you?</strong> Write the names of the people who are most important in your life.": (
        "<strong>1. Pwy sydd bwysicaf i chi?</strong> Ysgrifennwch enwau'r bobl sydd bwysicaf yn eich bywyd."
    ),
    "Your answer: ______________________________": "Eich ateb: ______________________________",
    "<strong>2. How would you like them to help you while things are hard?</strong> For example, ring you each "
    "day, come to appointments or help with shopping.": (
        "<strong>2. Sut hoffech chi iddyn nhw eich helpu tra bod pethau'n anodd?</strong> Er enghraifft, eich "
        "ffonio bob dydd, dod i apwyntiadau neu helpu gyda siopa."
    ),
    "<strong>3. Who would you want by your side in an emergency?</strong> You can name the same people as in "
    "question 1, or other people.": (
        "<strong>3. Pwy fyddech chi eisiau wrth eich ochr mewn argyfwng?</strong> Gallwch enwi'r un bobl ag yng "
        "nghwestiwn 1, neu bobl eraill."
    ),
    "<strong>4. In an emergency, what would you like them to do?</strong> It could be something small, like "
    "feeding the cat. It could be talking to your nurse or doctor. Or it could be simply staying with you.": (
        "<strong>4. Mewn argyfwng, beth hoffech chi iddyn nhw ei wneud?</strong> Gall fod yn rhywbeth bach, fel "
        "bwydo'r gath. Gall fod yn siarad â'ch nyrs neu'ch meddyg. Neu gall fod yn aros gyda chi, dim mwy."
    ),
    "Share it with the care team": "Rhannwch ef gyda'r tîm gofal",
    "Give a copy to the team who look after you. Then they know who to contact, and who they may share "
    "information with. They can invite these people to meetings.": (
        "Rhowch gopi i'r tîm sy'n gofalu amdanoch chi. Wedyn byddan nhw'n gwybod pwy i gysylltu â nhw, a gyda phwy "
        "y gallan nhw rannu gwybodaeth. Gallan nhw wahodd y bobl hyn i gyfarfodydd."
    ),
    "Come back to it": "Dewch yn ôl ato",
    "People move, friendships change and needs change too. Look at your answers again every few months, after a "
    "stay in hospital, or when something big changes.": (
        "Mae pobl yn symud, mae cyfeillgarwch yn newid ac mae anghenion yn newid hefyd. Edrychwch ar eich atebion "
        "eto bob ychydig fisoedd, ar ôl cyfnod yn yr ysbyty, neu pan fydd rhywbeth mawr yn newid."
    ),
    "If you cannot think of anyone, that is OK. Tell the care team. They can help you build a network, for "
    "example through a group or a befriending service.": (
        "Os na allwch chi feddwl am neb, mae hynny'n iawn. Dywedwch wrth y tîm gofal. Gallan nhw eich helpu i greu "
        "rhwydwaith, er enghraifft drwy grŵp neu wasanaeth cyfeillio."
    ),
    "Do we have to share this?": "Oes rhaid i ni rannu hwn?",
    "No. It belongs to you. You choose who sees it.": "Nac oes. Chi biau fe. Chi sy'n dewis pwy sy'n ei weld.",
    "What if we disagree about who to include?": "Beth os ydyn ni'n anghytuno am bwy i'w gynnwys?",
    "That happens a lot. The wishes of the person who is unwell come first. A meeting with the care team can help "
    "you talk it through. Some trusts have family therapists who can help too.": (
        "Mae hynny'n digwydd yn aml. Dymuniadau'r person sy'n sâl sy'n dod gyntaf. Gall cyfarfod gyda'r tîm gofal "
        "eich helpu i siarad am y peth. Mae gan rai ymddiriedolaethau therapyddion teulu sy'n gallu helpu hefyd."
    ),
    # --- Fill in your support network map (a child of "Mapping your support network") --------------------------
    "Fill in your support network map": "Llenwi eich map rhwydwaith cymorth",
    "Answer four short questions about the people who help you. Then print your answers or save them as a PDF to "
    "share with your care team.": (
        "Atebwch bedwar cwestiwn byr am y bobl sy'n eich helpu. Yna argraffwch eich atebion neu eu cadw fel PDF i'w "
        "rhannu gyda'ch tîm gofal."
    ),
    "Who are the people who matter most to you?": "Pwy yw'r bobl sydd bwysicaf i chi?",
    "Family, a partner, friends, neighbours, people from your faith group, or anyone else. Write their names and "
    "who they are to you.": (
        "Teulu, partner, ffrindiau, cymdogion, pobl o'ch grŵp ffydd, neu unrhyw un arall. Ysgrifennwch eu henwau a "
        "phwy ydyn nhw i chi."
    ),
    "How would you like these people to help you while things are hard?": (
        "Sut hoffech chi i'r bobl hyn eich helpu tra bod pethau'n anodd?"
    ),
    "For example: ring you every day, come to appointments with you, or help with shopping and money.": (
        "Er enghraifft: eich ffonio bob dydd, dod i apwyntiadau gyda chi, neu helpu gyda siopa ac arian."
    ),
    "If there is an emergency, who would you want with you?": "Os bydd argyfwng, pwy fyddech chi eisiau gyda chi?",
    "These can be people from your first answer, or other people.": (
        "Gall y rhain fod yn bobl o'ch ateb cyntaf, neu bobl eraill."
    ),
    "In an emergency, what would you like them to do?": "Mewn argyfwng, beth hoffech chi iddyn nhw ei wneud?",
    "Small things count. For example: take care of your pet, talk to your doctor or nurse for you, or simply stay "
    "with you.": (
        "Mae pethau bach yn cyfrif. Er enghraifft: gofalu am eich anifail anwes, siarad â'ch meddyg neu'ch nyrs ar "
        "eich rhan, neu aros gyda chi, dim mwy."
    ),
    "Some people find it hard to think of anyone at first. That is OK. The people around you change over time, so "
    "fill in the map again every few months, or when something big changes.": (
        "Mae rhai pobl yn ei chael hi'n anodd meddwl am neb ar y dechrau. Mae hynny'n iawn. Mae'r bobl o'ch cwmpas yn "
        "newid dros amser, felly llenwch y map eto bob ychydig fisoedd, neu pan fydd rhywbeth mawr yn newid."
    ),
    'To read why a support network matters and how to share your map, go back to <a id="a1">Mapping your support '
    "network</a>.": (
        "I ddarllen pam mae rhwydwaith cymorth yn bwysig a sut i rannu eich map, ewch yn ôl i "
        '<a id="a1">Mapio eich rhwydwaith cymorth</a>.'
    ),
    "For staff: using the map with a family": "I staff: defnyddio'r map gyda theulu",
    "Fill in the map together with the person you support, at a calm time. They decide who is on it. Their wishes "
    "can change, so ask again at reviews.": (
        "Llenwch y map gyda'r person rydych chi'n ei gefnogi, ar amser tawel. Nhw sy'n penderfynu pwy sydd arno. Gall "
        "eu dymuniadau newid, felly gofynnwch eto mewn adolygiadau."
    ),
    "With their agreement, you can then:": "Gyda'u caniatâd, gallwch chi wedyn:",
    "write to or ring the people they name and invite them to a meeting": (
        "ysgrifennu at y bobl maen nhw'n eu henwi, neu eu ffonio, a'u gwahodd i gyfarfod"
    ),
    "tell them how your service works, such as opening hours and who to call, and give them general information "
    "about the illness or diagnosis": (
        "dweud wrthyn nhw sut mae eich gwasanaeth yn gweithio, fel oriau agor a phwy i'w ffonio, a rhoi gwybodaeth "
        "gyffredinol iddyn nhw am y salwch neu'r diagnosis"
    ),
    "offer them sessions to learn about the illness and how to help": (
        "cynnig sesiynau iddyn nhw i ddysgu am y salwch a sut i helpu"
    ),
    "keep in touch with them throughout, for example at care plan reviews, by phone and at meetings": (
        "cadw mewn cysylltiad â nhw drwy'r amser, er enghraifft mewn adolygiadau o'r cynllun gofal, dros y ffôn ac "
        "mewn cyfarfodydd"
    ),
    "hold regular meetings with the person and their network together, to sort out anything that gets in the way "
    "of their care": (
        "cynnal cyfarfodydd rheolaidd gyda'r person a'i rwydwaith gyda'i gilydd, i ddatrys unrhyw beth sy'n rhwystro "
        "eu gofal"
    ),
    "When it is not simple": "Pan nad yw'n syml",
    "If the person wants support but their relationships are strained and the support is not working, ask a "
    "family therapy service for advice, or refer them.": (
        "Os yw'r person eisiau cymorth ond bod ei berthnasoedd dan straen a'r cymorth ddim yn gweithio, gofynnwch i "
        "wasanaeth therapi teulu am gyngor, neu atgyfeiriwch nhw."
    ),
    "If there is nobody on the map, help the person build a network, for example through a peer group or a "
    "befriending service, and then involve those people.": (
        "Os nad oes neb ar y map, helpwch y person i greu rhwydwaith, er enghraifft drwy grŵp cymheiriaid neu "
        "wasanaeth cyfeillio, ac yna cynnwys y bobl hynny."
    ),
    "Working with a family can be hard at times. Talk it through in supervision.": (
        "Gall gweithio gyda theulu fod yn anodd weithiau. Siaradwch am y peth mewn goruchwyliaeth."
    ),
    # --- Index pages in the menu: Find local help, the resource library, news, events ---------------------------
    "Find local help": "Dod o hyd i help lleol",
    "Services for carers near you. Enter your postcode or choose your borough to see what is local.": (
        "Gwasanaethau i ofalwyr yn agos atoch chi. Rhowch eich cod post neu dewiswch eich bwrdeistref i weld beth "
        "sy'n lleol."
    ),
    "Resource library for professionals": "Llyfrgell adnoddau i weithwyr proffesiynol",
    "Guidance, toolkits and good practice for staff who work with carers.": (
        "Canllawiau, pecynnau cymorth ac arfer da i staff sy'n gweithio gyda gofalwyr."
    ),
    "News": "Newyddion",
    "What is new for carers in north east and south east London.": (
        "Beth sy'n newydd i ofalwyr yng ngogledd-ddwyrain a de-ddwyrain Llundain."
    ),
    "Events and support groups": "Digwyddiadau a grwpiau cymorth",
    "Support groups, drop-ins and events for carers.": (
        "Grwpiau cymorth, sesiynau galw heibio a digwyddiadau i ofalwyr."
    ),
    # --- Taking a break from caring ----------------------------------------------------------------------------
    "Taking a break from caring": "Cymryd seibiant o ofalu",
    "Everyone needs time off. Find out about respite, short breaks and sitting services, and how to arrange them.": (
        "Mae angen amser i ffwrdd ar bawb. Dysgwch am ofal seibiant, seibiannau byr a gwasanaethau eistedd, a sut i'w "
        "trefnu."
    ),
    "Caring without a rest wears you down. If you need a break from looking after someone, you are not alone. "
    "A break lets you sleep, see friends, go to the doctor or just do something for you. Taking a break is not "
    "letting the person down. It helps you keep going.": (
        "Mae gofalu heb orffwys yn eich blino chi. Os oes angen seibiant arnoch chi o ofalu am rywun, dydych chi "
        "ddim ar eich pen eich hun. Mae seibiant yn gadael i chi gysgu, gweld ffrindiau, mynd at y meddyg neu wneud "
        "rhywbeth i chi'ch hun. Dydy cymryd seibiant ddim yn siomi'r person. Mae'n eich helpu i ddal ati."
    ),
    "A drawing. At home, a sitter keeps the person who is cared for company. The carer sits on a park bench in the "
    "sun with a hot drink.": (
        "Llun. Gartref, mae rhywun yn eistedd gyda'r person sy'n cael gofal ac yn cadw cwmni iddo. Mae'r gofalwr yn "
        "eistedd ar fainc yn y parc, yn yr haul, gyda diod boeth."
    ),
    "A sitting service gives you a few hours to yourself while someone stays with the person you care for.": (
        "Mae gwasanaeth eistedd yn rhoi ychydig oriau i chi'ch hun tra bod rhywun yn aros gyda'r person rydych chi'n "
        "gofalu amdano."
    ),
    "Kinds of break": "Mathau o seibiant",
    "<strong>Sitting service:</strong> someone stays with the person for a few hours while you go out.": (
        "<strong>Gwasanaeth eistedd:</strong> mae rhywun yn aros gyda'r person am ychydig oriau tra byddwch chi'n "
        "mynd allan."
    ),
    "<strong>Day centre or day activities:</strong> the person spends the day somewhere safe with things to do.": (
        "<strong>Canolfan ddydd neu weithgareddau dydd:</strong> mae'r person yn treulio'r diwrnod yn rhywle diogel "
        "gyda phethau i'w gwneud."
    ),
    "<strong>Short stay in a care home:</strong> the person stays for a few nights or weeks.": (
        "<strong>Arhosiad byr mewn cartref gofal:</strong> mae'r person yn aros am ychydig nosweithiau neu wythnosau."
    ),
    "<strong>Replacement care at home:</strong> a paid carer stays with the person while you go away.": (
        "<strong>Gofal yn eich lle gartref:</strong> mae gofalwr cyflogedig yn aros gyda'r person tra byddwch chi i "
        "ffwrdd."
    ),
    "<strong>Breaks for young carers:</strong> clubs, trips and activities with other young carers.": (
        "<strong>Seibiannau i ofalwyr ifanc:</strong> clybiau, tripiau a gweithgareddau gyda gofalwyr ifanc eraill."
    ),
    "People use different words for this. Respite, short break and replacement care all mean time away while "
    "someone else takes over.": (
        "Mae pobl yn defnyddio geiriau gwahanol am hyn. Mae gofal seibiant, seibiant byr a gofal yn eich lle i gyd yn "
        "golygu amser i ffwrdd tra bod rhywun arall yn cymryd drosodd."
    ),
    "How to get a break": "Sut i gael seibiant",
    'Ask your council for a <a id="a1">carer\'s assessment</a>. Breaks are one of the things they can arrange.': (
        "Gofynnwch i'ch cyngor am <a id=\"a1\">asesiad gofalwr</a>. Mae seibiannau yn un o'r pethau gallan nhw eu "
        "trefnu."
    ),
    "If you qualify, you may get a direct payment to arrange your own break.": (
        "Os ydych chi'n gymwys, efallai y cewch chi daliad uniongyrchol i drefnu eich seibiant eich hun."
    ),
    "Ask a local carers' service what breaks they run or know about.": (
        "Holwch wasanaeth gofalwyr lleol pa seibiannau maen nhw'n eu cynnal neu'n gwybod amdanyn nhw."
    ),
    "Ask family or friends to take turns. Even an hour helps.": (
        "Gofynnwch i deulu neu ffrindiau gymryd eu tro. Mae hyd yn oed awr yn helpu."
    ),
    "Plan ahead": "Cynlluniwch ymlaen llaw",
    "Breaks work best when they are planned. Talk with the person you care for about who they would like to help. "
    "Try a short break first, so you both get used to it.": (
        "Mae seibiannau'n gweithio orau pan fyddan nhw wedi'u cynllunio. Siaradwch â'r person rydych chi'n gofalu "
        "amdano am bwy hoffen nhw i helpu. Rhowch gynnig ar seibiant byr yn gyntaf, er mwyn i'r ddau ohonoch chi ddod "
        "i arfer."
    ),
    "Caring for someone with a mental health problem?": "Ydych chi'n gofalu am rywun â phroblem iechyd meddwl?",
    "You need breaks too. Ask the person's care team to include breaks in the care plan. Carers Trust's guide "
    "Making Respite Real in Mental Health explains how.": (
        "Mae angen seibiannau arnoch chi hefyd. Gofynnwch i dîm gofal y person gynnwys seibiannau yn y cynllun gofal. "
        "Mae canllaw Carers Trust, Making Respite Real in Mental Health, yn esbonio sut."
    ),
    "If you suddenly cannot care": "Os na allwch chi ofalu yn sydyn",
    "If you fall ill or have an emergency, the person may need someone else straight away. Make an emergency plan "
    "now. Write down who to call, what the person needs and what medicines they take. Give a copy to someone you "
    "trust, and ask your council about emergency cover.": (
        "Os byddwch chi'n mynd yn sâl neu'n cael argyfwng, efallai y bydd angen rhywun arall ar y person ar unwaith. "
        "Gwnewch gynllun argyfwng nawr. Ysgrifennwch pwy i'w ffonio, beth sydd ei angen ar y person a pha "
        "feddyginiaethau mae'n eu cymryd. Rhowch gopi i rywun rydych chi'n ymddiried ynddo, a holwch eich cyngor am "
        "ofal mewn argyfwng."
    ),
    "Do I have to pay for a break?": "Oes rhaid i mi dalu am seibiant?",
    "It depends. After an assessment, the council may pay some or all of the cost. Some charities offer free or "
    "low-cost breaks.": (
        "Mae'n dibynnu. Ar ôl asesiad, efallai y bydd y cyngor yn talu rhan o'r gost neu'r cyfan. Mae rhai elusennau'n "
        "cynnig seibiannau am ddim neu am bris isel."
    ),
    "What if the person does not want anyone else to help?": "Beth os nad yw'r person eisiau i neb arall helpu?",
    "That is common. Start small, with someone they already know, or a short visit while you stay at home. Talk "
    "about what worries them.": (
        "Mae hynny'n gyffredin. Dechreuwch yn fach, gyda rhywun maen nhw'n ei adnabod yn barod, neu ymweliad byr tra "
        "byddwch chi'n aros gartref. Siaradwch am beth sy'n eu poeni."
    ),
    # --- Money for carers --------------------------------------------------------------------------------------
    "Money for carers: Carer's Allowance and other help": "Arian i ofalwyr: Lwfans Gofalwr a help arall",
    "Carer's Allowance is money for people who care for at least 35 hours a week. Find out if you can get it, and "
    "what else might help.": (
        "Arian i bobl sy'n gofalu am o leiaf 35 awr yr wythnos yw Lwfans Gofalwr (Carer's Allowance). Dysgwch a "
        "allwch chi ei gael, a beth arall allai helpu."
    ),
    "Caring can cost money. You may work fewer hours, or spend more on heating, travel and food. There is "
    "financial help, but you often have to ask for it. Many carers miss out on money they could get.": (
        "Gall gofalu gostio arian. Efallai eich bod yn gweithio llai o oriau, neu'n gwario mwy ar wresogi, teithio a "
        "bwyd. Mae help ariannol ar gael, ond yn aml mae'n rhaid i chi ofyn amdano. Mae llawer o ofalwyr yn colli "
        "arian y gallen nhw ei gael."
    ),
    "Carer's Allowance": "Lwfans Gofalwr",
    "Carer's Allowance is a weekly payment from the government. You may be able to get it if:": (
        "Taliad wythnosol gan y llywodraeth yw Lwfans Gofalwr. Efallai y gallwch chi ei gael:"
    ),
    "you care for someone for at least 35 hours a week": "os ydych chi'n gofalu am rywun am o leiaf 35 awr yr wythnos",
    "they get certain disability benefits, such as the daily living part of Personal Independence Payment, "
    "Attendance Allowance, or the middle or highest care rate of Disability Living Allowance": (
        "os ydyn nhw'n cael rhai budd-daliadau anabledd, fel elfen bywyd bob dydd y Taliad Annibyniaeth Personol "
        "(PIP), Lwfans Gweini, neu gyfradd ganol neu uchaf yr elfen ofal o'r Lwfans Byw i'r Anabl"
    ),
    "you are 16 or over": "os ydych chi'n 16 oed neu'n hŷn",
    "you are not in full-time education": "os nad ydych chi mewn addysg amser llawn",
    "you earn less than a set amount each week": "os ydych chi'n ennill llai na swm penodol bob wythnos",
    "You do not need to live with the person. Time spent shopping, cooking or keeping them company counts towards "
    "the 35 hours.": (
        "Does dim rhaid i chi fyw gyda'r person. Mae amser yn siopa, yn coginio neu'n cadw cwmni iddyn nhw yn cyfrif "
        "tuag at y 35 awr."
    ),
    "Check the current amounts": "Gwiriwch y symiau presennol",
    'How much you get each week, and how much you can earn, change each April. Check them on <a id="a1">GOV.UK</a> '
    "before you apply.": (
        "Mae faint rydych chi'n ei gael bob wythnos, a faint gallwch chi ei ennill, yn newid bob mis Ebrill. "
        'Gwiriwch nhw ar <a id="a1">GOV.UK</a> cyn i chi wneud cais.'
    ),
    "Claiming can change the benefits of the person you care for. Get advice first.": (
        "Gall hawlio newid budd-daliadau'r person rydych chi'n gofalu amdano. Gofynnwch am gyngor yn gyntaf."
    ),
    "If you live in Scotland": "Os ydych chi'n byw yn yr Alban",
    'In Scotland, Carer Support Payment has replaced Carer\'s Allowance. Check <a id="a1">mygov.scot</a> for '
    "details.": (
        "Yn yr Alban, mae Carer Support Payment wedi cymryd lle Lwfans Gofalwr. Edrychwch ar "
        '<a id="a1">mygov.scot</a> am fanylion.'
    ),
    "Other help to check": "Help arall i'w wirio",
    "<strong>Carer's Credit</strong> protects your State Pension if you care for 20 hours a week or more. "
    'See <a id="a1">GOV.UK</a>.': (
        "Mae <strong>Credyd Gofalwr</strong> yn diogelu eich Pensiwn y Wladwriaeth os ydych chi'n gofalu am 20 awr "
        'yr wythnos neu fwy. Gweler <a id="a1">GOV.UK</a>.'
    ),
    "<strong>Universal Credit</strong> can include extra money if you are a carer.": (
        "Gall <strong>Credyd Cynhwysol</strong> gynnwys arian ychwanegol os ydych chi'n ofalwr."
    ),
    "<strong>Council Tax</strong> may be lower in some cases. Ask your council.": (
        "Gall <strong>Treth y Cyngor</strong> fod yn is mewn rhai achosion. Holwch eich cyngor."
    ),
    "<strong>Grants</strong> from charities or your local carers' service.": (
        "<strong>Grantiau</strong> gan elusennau neu eich gwasanaeth gofalwyr lleol."
    ),
    "<strong>A direct payment</strong> after a carer's assessment, to pay for things such as a break.": (
        "<strong>Taliad uniongyrchol</strong> ar ôl asesiad gofalwr, i dalu am bethau fel seibiant."
    ),
    "Get free advice": "Cael cyngor am ddim",
    "Benefit rules are hard to follow. A local carers' service or Carers UK can check what you can get and help "
    "you claim.": (
        "Mae rheolau budd-daliadau yn anodd eu dilyn. Gall gwasanaeth gofalwyr lleol neu Carers UK wirio beth gallwch "
        "chi ei gael a'ch helpu i hawlio."
    ),
    "Carers UK Helpline": "Llinell Gymorth Carers UK",
    "Free advice on money and benefits.": "Cyngor am ddim ar arian a budd-daliadau.",
    "Can I get paid for looking after someone?": "A gaf i fy nhalu am ofalu am rywun?",
    "Not with a wage. Carer's Allowance is the main payment for carers, and it is paid to you, in your own name. "
    "A benefits adviser can check what else you could get.": (
        "Ddim fel cyflog. Lwfans Gofalwr yw'r prif daliad i ofalwyr, ac mae'n cael ei dalu i chi, yn eich enw eich "
        "hun. Gall cynghorydd budd-daliadau wirio beth arall gallech chi ei gael."
    ),
    "Can two people get Carer's Allowance for the same person?": (
        "A all dau berson gael Lwfans Gofalwr am ofalu am yr un person?"
    ),
    "No. Only one carer can claim for each person, even if you share the caring.": (
        "Na. Dim ond un gofalwr all hawlio am bob person, hyd yn oed os ydych chi'n rhannu'r gofalu."
    ),
    "I care for two people. Can I add up the hours?": "Rwy'n gofalu am ddau berson. A gaf i adio'r oriau at ei gilydd?",
    "No. You need to spend at least 35 hours a week caring for one of them.": (
        "Na. Mae angen i chi dreulio o leiaf 35 awr yr wythnos yn gofalu am un ohonyn nhw."
    ),
    # --- Young carers ------------------------------------------------------------------------------------------
    "Young carers: help if you look after someone at home": (
        "Gofalwyr ifanc: help os ydych chi'n gofalu am rywun gartref"
    ),
    "If you are under 18 and help look after someone in your family, you are a young carer. You can get support.": (
        "Os ydych chi o dan 18 oed ac yn helpu i ofalu am rywun yn eich teulu, rydych chi'n ofalwr ifanc. Gallwch chi "
        "gael cymorth."
    ),
    "You are a young carer if you are under 18 and you help look after someone in your family. It might be your "
    "mum, dad, brother, sister or grandparent. They might be ill or disabled, have a mental health problem, or have "
    "a problem with drink or drugs.": (
        "Rydych chi'n ofalwr ifanc os ydych chi o dan 18 oed ac yn helpu i ofalu am rywun yn eich teulu. Efallai mai "
        "eich mam, eich tad, eich brawd, eich chwaer neu eich mam-gu neu dad-cu yw e. Efallai eu bod yn sâl neu'n "
        "anabl, bod ganddyn nhw broblem iechyd meddwl, neu broblem gydag alcohol neu gyffuriau."
    ),
    "You might cook, clean, help them get dressed or give them medicine. You might look after younger children. "
    "You might worry about home a lot, even at school.": (
        "Efallai eich bod chi'n coginio, yn glanhau, yn eu helpu i wisgo neu'n rhoi moddion iddyn nhw. Efallai eich "
        "bod chi'n gofalu am blant iau. Efallai eich bod chi'n poeni llawer am adref, hyd yn oed yn yr ysgol."
    ),
    "You are not in trouble": "Dydych chi ddim mewn trwbl",
    "It is not your fault that someone at home is unwell. Asking for help is a good thing to do. Support is there "
    "to make life easier for you and your family.": (
        "Nid eich bai chi yw bod rhywun gartref yn sâl. Mae gofyn am help yn beth da i'w wneud. Mae cymorth yno i "
        "wneud bywyd yn haws i chi a'ch teulu."
    ),
    "You have a right to support": "Mae gennych chi hawl i gael cymorth",
    "The council must check whether you need support. This is called a young carer's needs assessment. A worker "
    "will ask what you do at home, how you feel and what would help.": (
        "Rhaid i'r cyngor wirio a oes angen cymorth arnoch chi. Yr enw ar hyn yw asesiad o anghenion gofalwr ifanc. "
        "Bydd gweithiwr yn gofyn beth rydych chi'n ei wneud gartref, sut rydych chi'n teimlo a beth fyddai'n helpu."
    ),
    "A teacher, your GP or a young carers' service can help you ask for one.": (
        "Gall athro, eich meddyg teulu neu wasanaeth gofalwyr ifanc eich helpu i ofyn am un."
    ),
    "What help can look like": "Pa fath o help sydd ar gael",
    "Clubs, trips and days out, so you get a break": "Clybiau, tripiau a diwrnodau allan, er mwyn i chi gael seibiant",
    "Someone to talk to who understands": "Rhywun sy'n deall i siarad â nhw",
    "Help at school, such as time to phone home or more time for homework": (
        "Help yn yr ysgol, fel amser i ffonio adref neu fwy o amser i wneud gwaith cartref"
    ),
    "More help for the person you care for, so you do not have to do so much": (
        "Mwy o help i'r person rydych chi'n gofalu amdano, fel nad oes rhaid i chi wneud cymaint"
    ),
    "Tell someone at school": "Dywedwch wrth rywun yn yr ysgol",
    "You do not have to tell everyone. But it helps if one teacher you trust knows. They can explain if you are "
    "late or tired, and help you get support.": (
        "Does dim rhaid i chi ddweud wrth bawb. Ond mae'n helpu os yw un athro rydych chi'n ymddiried ynddo yn "
        "gwybod. Gall esbonio os ydych chi'n hwyr neu wedi blino, a'ch helpu i gael cymorth."
    ),
    "If you are 16 to 25": "Os ydych chi rhwng 16 a 25 oed",
    "You are a young adult carer. Before you turn 18, ask for a transition assessment, so your support carries on "
    "into adult services.": (
        "Rydych chi'n ofalwr sy'n oedolyn ifanc. Cyn i chi droi'n 18 oed, gofynnwch am asesiad pontio, er mwyn i'ch "
        "cymorth barhau yn y gwasanaethau i oedolion."
    ),
    "Going to college or university? Many have a named contact for student carers. Ask them about help with "
    "deadlines, money and timetables.": (
        "Ydych chi'n mynd i'r coleg neu'r brifysgol? Mae gan lawer ohonyn nhw berson cyswllt penodol i fyfyrwyr sy'n "
        "gofalu. Holwch nhw am help gyda dyddiadau cau, arian ac amserlenni."
    ),
    "Talk to someone now": "Siaradwch â rhywun nawr",
    "Call Childline free on <strong>0800 1111</strong>, day or night. If you would rather text, send SHOUT to "
    "<strong>85258</strong>.": (
        "Ffoniwch Childline am ddim ar <strong>0800 1111</strong>, ddydd neu nos. Os byddai'n well gennych chi "
        "decstio, anfonwch SHOUT i <strong>85258</strong>."
    ),
    "Indigo (formerly Redbridge Young Carers)": "Indigo (Redbridge Young Carers gynt)",
    "Support and activities for young carers in Redbridge.": "Cymorth a gweithgareddau i ofalwyr ifanc yn Redbridge.",
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
        "وہ سوال چنیں جو آپ کے سوال سے سب سے زیادہ ملتا ہو۔ ہر صفحہ بتاتا ہے کہ آگے کیا کرنا ہے اور کون مدد کر سکتا ہے۔"
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
    "You are under 18 and help look after someone: ask children's services, your school or a young carers' service.": (
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
    # --- Are you a carer? --------------------------------------------------------------------------------------
    "Are you a carer?": "کیا آپ کیئرر ہیں؟",
    "If you help someone who could not manage without you, you are a carer. Find out what that means and where to "
    "get help.": (
        "اگر آپ کسی ایسے شخص کی مدد کرتے ہیں جو آپ کے بغیر گزارا نہیں کر سکتا تو آپ کیئرر ہیں۔ جانیں کہ اس کا کیا "
        "مطلب ہے اور مدد کہاں سے ملتی ہے۔"
    ),
    "You are a carer if you help someone who could not cope without you. They might be ill, disabled or frail. They "
    "might have a mental health problem, or a problem with drink or drugs.": (
        "اگر آپ کسی ایسے شخص کی مدد کرتے ہیں جو آپ کے بغیر سنبھل نہیں سکتا تو آپ کیئرر ہیں۔ ہو سکتا ہے وہ بیمار، "
        "معذور یا کمزور ہو۔ ہو سکتا ہے اسے ذہنی صحت کا مسئلہ ہو، یا شراب یا منشیات کا مسئلہ ہو۔"
    ),
    "You are not paid for this help. You might be their partner, child, parent, friend or neighbour. You do not "
    "have to live with them.": (
        "اس مدد کے آپ کو پیسے نہیں ملتے۔ آپ ان کے جیون ساتھی، بچے، ماں یا باپ، دوست یا پڑوسی ہو سکتے ہیں۔ ضروری نہیں "
        "کہ آپ ان کے ساتھ رہتے ہوں۔"
    ),
    "What caring can look like": "دیکھ بھال کیسی ہو سکتی ہے",
    "Shopping, cooking or cleaning for someone": "کسی کے لیے خریداری، کھانا پکانا یا صفائی کرنا",
    "Helping them wash, dress or take their medicine": "نہانے، کپڑے پہننے یا دوا لینے میں ان کی مدد کرنا",
    "Keeping them company and checking they are safe": "ان کے پاس رہنا اور دیکھنا کہ وہ محفوظ ہیں",
    "Calming them when they are anxious or unwell": "جب وہ پریشان یا بیمار ہوں تو انہیں تسلی دینا",
    "Sorting out bills, letters and appointments": "بل، خطوط اور اپائنٹمنٹس سنبھالنا",
    "Looking after brothers or sisters because a parent is ill": (
        "بھائی بہنوں کا خیال رکھنا کیونکہ ماں یا باپ بیمار ہیں"
    ),
    "It might take a few hours a week. It might take all day and all night.": (
        "اس میں ہفتے میں چند گھنٹے لگ سکتے ہیں۔ یا سارا دن اور ساری رات بھی لگ سکتی ہے۔"
    ),
    "Carers come in all ages": "کیئررز ہر عمر کے ہوتے ہیں",
    "<strong>Adult carers</strong> look after another adult, such as a partner, parent or friend.": (
        "<strong>بالغ کیئررز</strong> کسی دوسرے بالغ کی دیکھ بھال کرتے ہیں، جیسے جیون ساتھی، ماں یا باپ، یا دوست۔"
    ),
    "<strong>Parent carers</strong> look after their own child who is ill or disabled.": (
        "<strong>والدین کیئررز</strong> اپنے اس بچے کی دیکھ بھال کرتے ہیں جو بیمار یا معذور ہے۔"
    ),
    "<strong>Young carers</strong> are under 18 and help look after someone in their family.": (
        "<strong>کم عمر کیئررز</strong> کی عمر 18 سال سے کم ہوتی ہے اور وہ اپنے خاندان میں کسی کی دیکھ بھال میں مدد "
        "کرتے ہیں۔"
    ),
    "<strong>Young adult carers</strong> are aged 16 to 25.": (
        "<strong>نوجوان کیئررز</strong> کی عمر 16 سے 25 سال ہوتی ہے۔"
    ),
    "You do not have to call yourself a carer": "آپ کو خود کو کیئرر کہنا ضروری نہیں",
    'Lots of people say, "I\'m just his wife" or "I\'m only doing what any son would do". That is fine. You do not '
    "need to use the word carer. What matters is that you get support too.": (
        'بہت سے لوگ کہتے ہیں، "میں تو بس ان کی بیوی ہوں" یا "میں وہی کر رہا ہوں جو کوئی بھی بیٹا کرتا"۔ یہ ٹھیک ہے۔ '
        "آپ کو کیئرر کا لفظ استعمال کرنے کی ضرورت نہیں۔ اصل بات یہ ہے کہ آپ کو بھی مدد ملے۔"
    ),
    "Why it helps to tell people": "لوگوں کو بتانے کا فائدہ کیوں ہے",
    "When people know you are a carer, they can help you. For example:": (
        "جب لوگوں کو پتا ہو کہ آپ کیئرر ہیں تو وہ آپ کی مدد کر سکتے ہیں۔ مثال کے طور پر:"
    ),
    "Your GP practice can note it on your record. They may offer you a health check or a flu jab.": (
        "آپ کے جی پی (GP) کا کلینک اسے آپ کے ریکارڈ میں لکھ سکتا ہے۔ وہ آپ کو صحت کا معائنہ یا فلو کا ٹیکا دے سکتے ہیں۔"
    ),
    "Your council can give you a free carer's assessment.": "آپ کی کونسل آپ کو کیئرر کا مفت جائزہ دے سکتی ہے۔",
    "The team looking after the person you care for can include you in plans.": (
        "جس شخص کی آپ دیکھ بھال کرتے ہیں اس کی ٹیم آپ کو منصوبوں میں شامل کر سکتی ہے۔"
    ),
    "A local carers' service can give you advice, a break or someone to talk to.": (
        "کیئررز کی مقامی سروس آپ کو مشورہ، وقفہ یا بات کرنے کے لیے کوئی دے سکتی ہے۔"
    ),
    "Do I have to live with the person?": "کیا مجھے اس شخص کے ساتھ رہنا ضروری ہے؟",
    "No. Many carers live down the road or further away and still do a lot.": (
        "نہیں۔ بہت سے کیئررز قریب کی گلی میں یا اس سے دور رہتے ہیں اور پھر بھی بہت کچھ کرتے ہیں۔"
    ),
    "Can I be a carer if I work full time?": "کیا میں کُل وقتی نوکری کے ساتھ کیئرر ہو سکتا ہوں؟",
    "Yes. Lots of carers have jobs. You may have rights at work, such as asking for flexible hours.": (
        "جی ہاں۔ بہت سے کیئررز نوکری کرتے ہیں۔ کام پر آپ کے کچھ حقوق ہو سکتے ہیں، جیسے لچکدار اوقات کی درخواست کرنا۔"
    ),
    "Am I a carer if I am just helping out?": "اگر میں صرف ہاتھ بٹا رہا ہوں تو کیا میں کیئرر ہوں؟",
    "Yes, if the person could not manage without your help. Many people care for years before they see themselves "
    "as a carer.": (
        "جی ہاں، اگر وہ شخص آپ کی مدد کے بغیر گزارا نہیں کر سکتا۔ بہت سے لوگ برسوں دیکھ بھال کرتے ہیں اس سے پہلے کہ "
        "وہ خود کو کیئرر سمجھیں۔"
    ),
    "Is there an age limit?": "کیا عمر کی کوئی حد ہے؟",
    "No. Carers can be children, teenagers, adults or people in their nineties.": (
        "نہیں۔ کیئررز بچے، نوعمر، بالغ یا نوّے سال سے زیادہ عمر کے لوگ بھی ہو سکتے ہیں۔"
    ),
    "What to do next": "آگے کیا کریں",
    "Tell your GP practice that you are a carer.": "اپنے جی پی (GP) کے کلینک کو بتائیں کہ آپ کیئرر ہیں۔",
    'Look up carers\' services in your borough in <a id="a1">our directory</a>.': (
        'ہماری <a id="a1">ڈائریکٹری</a> میں اپنے بورو (علاقے) کی کیئررز سروسز تلاش کریں۔'
    ),
    'Ask your council for a <a id="a1">carer\'s assessment</a>.': (
        'اپنی کونسل سے <a id="a1">کیئرر کے جائزے</a> کے لیے کہیں۔'
    ),
    'If things feel urgent, go to our page on <a id="a1">what to do in a crisis</a>.': (
        'اگر معاملہ فوری لگے تو ہمارا صفحہ <a id="a1">بحران میں کیا کریں</a> دیکھیں۔'
    ),
    # --- Mapping your support network --------------------------------------------------------------------------
    "Mapping your support network": "اپنے مدد کرنے والوں کا نقشہ بنانا",
    "Four questions that help the person you care for say who matters to them, and how those people can help, "
    "including in an emergency.": (
        "چار سوال جن سے وہ شخص، جس کی آپ دیکھ بھال کرتے ہیں، بتا سکتا ہے کہ اس کے لیے کون اہم ہے اور وہ لوگ کیسے مدد "
        "کر سکتے ہیں، ہنگامی صورت میں بھی۔"
    ),
    "Nobody should have to cope alone. A support network is everyone who helps a person: family, partners, "
    "friends, neighbours, carers and workers.": (
        "کسی کو بھی اکیلے سب کچھ نہیں سنبھالنا چاہیے۔ مدد کرنے والوں کا حلقہ (سپورٹ نیٹ ورک) وہ سب لوگ ہیں جو کسی "
        "کی مدد کرتے ہیں: خاندان، جیون ساتھی، دوست، پڑوسی، کیئررز اور کارکن۔"
    ),
    "Not everyone calls themselves a carer, and that is fine. This exercise is about the people who matter, "
    "whatever you call them.": (
        "ہر کوئی خود کو کیئرر نہیں کہتا، اور یہ ٹھیک ہے۔ یہ مشق ان لوگوں کے بارے میں ہے جو اہم ہیں، آپ انہیں جو بھی "
        "کہیں۔"
    ),
    "How to use this page": "یہ صفحہ کیسے استعمال کریں",
    "Sit down together at a calm time. The person who is unwell answers the questions. You can help if they want "
    "you to.": (
        "کسی پرسکون وقت میں مل کر بیٹھیں۔ جو شخص بیمار ہے وہ سوالوں کے جواب دے۔ اگر وہ چاہے تو آپ مدد کر سکتے ہیں۔"
    ),
    "You can type your answers on screen in “Fill in your support network map”, listed under “More on this”, and "
    "then print them or save them as a PDF. Nothing you type there is sent to us or saved. If you prefer paper, "
    "print this page and write under each question.": (
        "آپ اپنے جواب اسکرین پر “اپنا سپورٹ نیٹ ورک نقشہ بھریں” میں لکھ سکتے ہیں، جو “اس بارے میں مزید” کے نیچے ہے، "
        "اور پھر انہیں پرنٹ کر سکتے ہیں یا PDF کے طور پر محفوظ کر سکتے ہیں۔ آپ وہاں جو لکھتے ہیں وہ نہ ہمیں بھیجا "
        "جاتا ہے نہ محفوظ ہوتا ہے۔ اگر آپ کاغذ پسند کرتے ہیں تو یہ صفحہ پرنٹ کریں اور ہر سوال کے نیچے لکھیں۔"
    ),
    "The four questions": "چار سوال",
    "<strong>1. Who matters most to you?</strong> Write the names of the people who are most important in your life.": (
        "<strong>1. آپ کے لیے سب سے اہم کون ہے؟</strong> ان لوگوں کے نام لکھیں جو آپ کی زندگی میں سب سے اہم ہیں۔"
    ),
    "Your answer: ______________________________": "آپ کا جواب: ______________________________",
    "<strong>2. How would you like them to help you while things are hard?</strong> For example, ring you each "
    "day, come to appointments or help with shopping.": (
        "<strong>2. مشکل وقت میں آپ چاہیں گے کہ وہ آپ کی کیسے مدد کریں؟</strong> مثال کے طور پر، روز آپ کو فون "
        "کریں، اپائنٹمنٹس پر ساتھ آئیں یا خریداری میں مدد کریں۔"
    ),
    "<strong>3. Who would you want by your side in an emergency?</strong> You can name the same people as in "
    "question 1, or other people.": (
        "<strong>3. ہنگامی صورت میں آپ کس کو اپنے ساتھ چاہیں گے؟</strong> آپ وہی لوگ لکھ سکتے ہیں جو سوال 1 میں "
        "لکھے، یا دوسرے لوگ۔"
    ),
    "<strong>4. In an emergency, what would you like them to do?</strong> It could be something small, like "
    "feeding the cat. It could be talking to your nurse or doctor. Or it could be simply staying with you.": (
        "<strong>4. ہنگامی صورت میں آپ چاہیں گے کہ وہ کیا کریں؟</strong> یہ کوئی چھوٹی بات ہو سکتی ہے، جیسے بلی کو "
        "کھانا دینا۔ یہ آپ کی نرس یا ڈاکٹر سے بات کرنا ہو سکتا ہے۔ یا بس آپ کے پاس رہنا۔"
    ),
    "Share it with the care team": "اسے کیئر ٹیم کے ساتھ شیئر کریں",
    "Give a copy to the team who look after you. Then they know who to contact, and who they may share "
    "information with. They can invite these people to meetings.": (
        "ایک کاپی اس ٹیم کو دیں جو آپ کی دیکھ بھال کرتی ہے۔ پھر انہیں پتا ہوگا کہ کس سے رابطہ کرنا ہے، اور کس کے "
        "ساتھ معلومات شیئر کر سکتے ہیں۔ وہ ان لوگوں کو میٹنگز میں بلا سکتے ہیں۔"
    ),
    "Come back to it": "اسے دوبارہ دیکھیں",
    "People move, friendships change and needs change too. Look at your answers again every few months, after a "
    "stay in hospital, or when something big changes.": (
        "لوگ جگہ بدلتے ہیں، دوستیاں بدلتی ہیں اور ضرورتیں بھی بدلتی ہیں۔ ہر چند مہینے بعد، ہسپتال میں رہنے کے بعد، "
        "یا جب کوئی بڑی تبدیلی آئے تو اپنے جواب دوبارہ دیکھیں۔"
    ),
    "If you cannot think of anyone, that is OK. Tell the care team. They can help you build a network, for "
    "example through a group or a befriending service.": (
        "اگر آپ کو کوئی یاد نہ آئے تو کوئی بات نہیں۔ کیئر ٹیم کو بتائیں۔ وہ آپ کو مدد کرنے والوں کا حلقہ بنانے میں "
        "مدد دے سکتے ہیں، مثلاً کسی گروپ یا دوستی کی سروس (befriending service) کے ذریعے۔"
    ),
    "Do we have to share this?": "کیا ہمیں یہ شیئر کرنا ضروری ہے؟",
    "No. It belongs to you. You choose who sees it.": "نہیں۔ یہ آپ کا ہے۔ آپ طے کرتے ہیں کہ اسے کون دیکھے۔",
    "What if we disagree about who to include?": "اگر ہم اس پر متفق نہ ہوں کہ کس کو شامل کریں تو کیا کریں؟",
    "That happens a lot. The wishes of the person who is unwell come first. A meeting with the care team can help "
    "you talk it through. Some trusts have family therapists who can help too.": (
        "ایسا اکثر ہوتا ہے۔ بیمار شخص کی خواہش سب سے پہلے ہے۔ کیئر ٹیم کے ساتھ میٹنگ سے آپ کو اس پر بات کرنے میں مدد "
        "مل سکتی ہے۔ کچھ ٹرسٹس میں فیملی تھراپسٹ بھی ہوتے ہیں جو مدد کر سکتے ہیں۔"
    ),
    # --- Fill in your support network map (a child of "Mapping your support network") --------------------------
    "Fill in your support network map": "اپنا سپورٹ نیٹ ورک نقشہ بھریں",
    "Answer four short questions about the people who help you. Then print your answers or save them as a PDF to "
    "share with your care team.": (
        "ان لوگوں کے بارے میں چار مختصر سوالوں کے جواب دیں جو آپ کی مدد کرتے ہیں۔ پھر اپنے جواب پرنٹ کریں یا PDF کے "
        "طور پر محفوظ کریں تاکہ اپنی کیئر ٹیم کو دے سکیں۔"
    ),
    "Who are the people who matter most to you?": "آپ کے لیے سب سے اہم لوگ کون ہیں؟",
    "Family, a partner, friends, neighbours, people from your faith group, or anyone else. Write their names and "
    "who they are to you.": (
        "خاندان، جیون ساتھی، دوست، پڑوسی، آپ کی مذہبی جماعت کے لوگ، یا کوئی اور۔ ان کے نام لکھیں اور یہ کہ وہ آپ "
        "کے کیا لگتے ہیں۔"
    ),
    "How would you like these people to help you while things are hard?": (
        "مشکل وقت میں آپ چاہیں گے کہ یہ لوگ آپ کی کیسے مدد کریں؟"
    ),
    "For example: ring you every day, come to appointments with you, or help with shopping and money.": (
        "مثال کے طور پر: روز آپ کو فون کریں، اپائنٹمنٹس پر آپ کے ساتھ آئیں، یا خریداری اور پیسوں میں مدد کریں۔"
    ),
    "If there is an emergency, who would you want with you?": "اگر کوئی ہنگامی صورت ہو تو آپ کس کو اپنے ساتھ چاہیں گے؟",
    "These can be people from your first answer, or other people.": (
        "یہ آپ کے پہلے جواب والے لوگ ہو سکتے ہیں، یا دوسرے لوگ۔"
    ),
    "In an emergency, what would you like them to do?": "ہنگامی صورت میں آپ چاہیں گے کہ وہ کیا کریں؟",
    "Small things count. For example: take care of your pet, talk to your doctor or nurse for you, or simply stay "
    "with you.": (
        "چھوٹی باتیں بھی اہم ہیں۔ مثال کے طور پر: آپ کے پالتو جانور کا خیال رکھیں، آپ کی طرف سے آپ کے ڈاکٹر یا نرس "
        "سے بات کریں، یا بس آپ کے پاس رہیں۔"
    ),
    "Some people find it hard to think of anyone at first. That is OK. The people around you change over time, so "
    "fill in the map again every few months, or when something big changes.": (
        "کچھ لوگوں کو شروع میں کوئی یاد نہیں آتا۔ کوئی بات نہیں۔ آپ کے آس پاس کے لوگ وقت کے ساتھ بدلتے ہیں، اس لیے "
        "ہر چند مہینے بعد، یا جب کوئی بڑی تبدیلی آئے، نقشہ دوبارہ بھریں۔"
    ),
    'To read why a support network matters and how to share your map, go back to <a id="a1">Mapping your support '
    "network</a>.": (
        "یہ پڑھنے کے لیے کہ مدد کرنے والوں کا حلقہ کیوں اہم ہے اور اپنا نقشہ کیسے شیئر کریں، واپس "
        '<a id="a1">اپنے مدد کرنے والوں کا نقشہ بنانا</a> پر جائیں۔'
    ),
    "For staff: using the map with a family": "عملے کے لیے: کسی خاندان کے ساتھ نقشہ استعمال کرنا",
    "Fill in the map together with the person you support, at a calm time. They decide who is on it. Their wishes "
    "can change, so ask again at reviews.": (
        "جس شخص کی آپ مدد کرتے ہیں اس کے ساتھ مل کر، کسی پرسکون وقت میں، نقشہ بھریں۔ وہ خود طے کرتا ہے کہ اس میں کون "
        "ہو۔ اس کی خواہش بدل سکتی ہے، اس لیے ریویو کے وقت دوبارہ پوچھیں۔"
    ),
    "With their agreement, you can then:": "ان کی رضامندی سے، پھر آپ یہ کر سکتے ہیں:",
    "write to or ring the people they name and invite them to a meeting": (
        "جن لوگوں کے وہ نام بتائیں انہیں خط لکھیں یا فون کریں اور میٹنگ میں بلائیں"
    ),
    "tell them how your service works, such as opening hours and who to call, and give them general information "
    "about the illness or diagnosis": (
        "انہیں بتائیں کہ آپ کی سروس کیسے کام کرتی ہے، جیسے کھلنے کے اوقات اور کس کو فون کریں، اور انہیں بیماری یا "
        "تشخیص کے بارے میں عام معلومات دیں"
    ),
    "offer them sessions to learn about the illness and how to help": (
        "انہیں بیماری کے بارے میں اور مدد کرنے کا طریقہ سیکھنے کے لیے سیشن پیش کریں"
    ),
    "keep in touch with them throughout, for example at care plan reviews, by phone and at meetings": (
        "پورے عرصے ان سے رابطے میں رہیں، مثلاً کیئر پلان کے ریویو میں، فون پر اور میٹنگز میں"
    ),
    "hold regular meetings with the person and their network together, to sort out anything that gets in the way "
    "of their care": (
        "اس شخص اور اس کے حلقے کے ساتھ مل کر باقاعدہ میٹنگز کریں، تاکہ دیکھ بھال میں آنے والی کسی بھی رکاوٹ کو دور "
        "کیا جا سکے"
    ),
    "When it is not simple": "جب معاملہ آسان نہ ہو",
    "If the person wants support but their relationships are strained and the support is not working, ask a "
    "family therapy service for advice, or refer them.": (
        "اگر وہ شخص مدد چاہتا ہے لیکن اس کے رشتوں میں تناؤ ہے اور مدد کام نہیں کر رہی، تو فیملی تھراپی سروس سے مشورہ "
        "لیں، یا اسے وہاں ریفر کریں۔"
    ),
    "If there is nobody on the map, help the person build a network, for example through a peer group or a "
    "befriending service, and then involve those people.": (
        "اگر نقشے پر کوئی نہیں ہے تو اس شخص کو حلقہ بنانے میں مدد دیں، مثلاً ہم تجربہ لوگوں کے گروپ یا دوستی کی سروس "
        "(befriending service) کے ذریعے، اور پھر ان لوگوں کو شامل کریں۔"
    ),
    "Working with a family can be hard at times. Talk it through in supervision.": (
        "کسی خاندان کے ساتھ کام کرنا کبھی کبھی مشکل ہوتا ہے۔ سپرویژن میں اس پر بات کریں۔"
    ),
    # --- Index pages in the menu: Find local help, the resource library, news, events ---------------------------
    "Find local help": "مقامی مدد تلاش کریں",
    "Services for carers near you. Enter your postcode or choose your borough to see what is local.": (
        "آپ کے قریب کیئررز کے لیے سروسز۔ اپنا پوسٹ کوڈ لکھیں یا اپنا بورو (علاقہ) چنیں تاکہ مقامی سروسز دیکھ سکیں۔"
    ),
    "Resource library for professionals": "پیشہ ور افراد کے لیے معلوماتی لائبریری",
    "Guidance, toolkits and good practice for staff who work with carers.": (
        "کیئررز کے ساتھ کام کرنے والے عملے کے لیے رہنمائی، ٹول کٹس اور اچھے طریقے۔"
    ),
    "News": "خبریں",
    "What is new for carers in north east and south east London.": (
        "شمال مشرقی اور جنوب مشرقی لندن میں کیئررز کے لیے نئی باتیں۔"
    ),
    "Events and support groups": "تقریبات اور سپورٹ گروپس",
    "Support groups, drop-ins and events for carers.": "کیئررز کے لیے سپورٹ گروپس، ڈراپ اِن ملاقاتیں اور تقریبات۔",
    # --- Taking a break from caring ----------------------------------------------------------------------------
    "Taking a break from caring": "دیکھ بھال سے وقفہ لینا",
    "Everyone needs time off. Find out about respite, short breaks and sitting services, and how to arrange them.": (
        "ہر ایک کو آرام کا وقت چاہیے۔ ریسپائٹ (respite)، مختصر وقفوں اور سٹنگ سروس کے بارے میں جانیں، اور یہ کہ "
        "انہیں کیسے حاصل کریں۔"
    ),
    "Caring without a rest wears you down. If you need a break from looking after someone, you are not alone. "
    "A break lets you sleep, see friends, go to the doctor or just do something for you. Taking a break is not "
    "letting the person down. It helps you keep going.": (
        "آرام کے بغیر دیکھ بھال کرنا آپ کو تھکا دیتا ہے۔ اگر آپ کو کسی کی دیکھ بھال سے وقفہ چاہیے تو آپ اکیلے نہیں "
        "ہیں۔ وقفے میں آپ سو سکتے ہیں، دوستوں سے مل سکتے ہیں، ڈاکٹر کے پاس جا سکتے ہیں یا بس اپنے لیے کچھ کر سکتے "
        "ہیں۔ وقفہ لینے کا مطلب اس شخص کو مایوس کرنا نہیں۔ اس سے آپ کو آگے چلتے رہنے میں مدد ملتی ہے۔"
    ),
    "A drawing. At home, a sitter keeps the person who is cared for company. The carer sits on a park bench in the "
    "sun with a hot drink.": (
        "ایک تصویر۔ گھر پر ایک سٹر (sitter) اس شخص کے ساتھ بیٹھا ہے جس کی دیکھ بھال ہوتی ہے۔ کیئرر دھوپ میں پارک "
        "کے ایک بینچ پر گرم مشروب کے ساتھ بیٹھا ہے۔"
    ),
    "A sitting service gives you a few hours to yourself while someone stays with the person you care for.": (
        "سٹنگ سروس سے آپ کو اپنے لیے چند گھنٹے مل جاتے ہیں، جبکہ کوئی اور اس شخص کے پاس رہتا ہے جس کی آپ دیکھ بھال "
        "کرتے ہیں۔"
    ),
    "Kinds of break": "وقفے کی قسمیں",
    "<strong>Sitting service:</strong> someone stays with the person for a few hours while you go out.": (
        "<strong>سٹنگ سروس:</strong> جب آپ باہر جاتے ہیں تو کوئی چند گھنٹے اس شخص کے پاس رہتا ہے۔"
    ),
    "<strong>Day centre or day activities:</strong> the person spends the day somewhere safe with things to do.": (
        "<strong>ڈے سینٹر یا دن کی سرگرمیاں:</strong> وہ شخص دن کسی محفوظ جگہ گزارتا ہے جہاں کرنے کو کام ہوتے ہیں۔"
    ),
    "<strong>Short stay in a care home:</strong> the person stays for a few nights or weeks.": (
        "<strong>کیئر ہوم میں مختصر قیام:</strong> وہ شخص چند راتیں یا چند ہفتے وہاں رہتا ہے۔"
    ),
    "<strong>Replacement care at home:</strong> a paid carer stays with the person while you go away.": (
        "<strong>گھر پر متبادل دیکھ بھال:</strong> جب آپ کہیں جاتے ہیں تو ایک تنخواہ دار کیئرر اس شخص کے پاس رہتا ہے۔"
    ),
    "<strong>Breaks for young carers:</strong> clubs, trips and activities with other young carers.": (
        "<strong>کم عمر کیئررز کے لیے وقفے:</strong> دوسرے کم عمر کیئررز کے ساتھ کلب، سیر اور سرگرمیاں۔"
    ),
    "People use different words for this. Respite, short break and replacement care all mean time away while "
    "someone else takes over.": (
        "لوگ اس کے لیے مختلف الفاظ استعمال کرتے ہیں۔ ریسپائٹ، مختصر وقفہ اور متبادل دیکھ بھال، سب کا مطلب ہے کہ آپ "
        "کچھ وقت دور رہیں اور اس دوران کوئی اور دیکھ بھال سنبھالے۔"
    ),
    "How to get a break": "وقفہ کیسے حاصل کریں",
    'Ask your council for a <a id="a1">carer\'s assessment</a>. Breaks are one of the things they can arrange.': (
        'اپنی کونسل سے <a id="a1">کیئرر کے جائزے</a> کے لیے کہیں۔ وقفے ان چیزوں میں سے ہیں جن کا وہ انتظام کر سکتے ہیں۔'
    ),
    "If you qualify, you may get a direct payment to arrange your own break.": (
        "اگر آپ اہل ہیں تو آپ کو براہ راست ادائیگی (direct payment) مل سکتی ہے تاکہ آپ خود اپنے وقفے کا انتظام کریں۔"
    ),
    "Ask a local carers' service what breaks they run or know about.": (
        "کیئررز کی مقامی سروس سے پوچھیں کہ وہ کون سے وقفے چلاتے ہیں یا کن کے بارے میں جانتے ہیں۔"
    ),
    "Ask family or friends to take turns. Even an hour helps.": (
        "خاندان یا دوستوں سے کہیں کہ باری باری مدد کریں۔ ایک گھنٹہ بھی فائدہ دیتا ہے۔"
    ),
    "Plan ahead": "پہلے سے منصوبہ بنائیں",
    "Breaks work best when they are planned. Talk with the person you care for about who they would like to help. "
    "Try a short break first, so you both get used to it.": (
        "وقفے اس وقت بہتر کام کرتے ہیں جب ان کا پہلے سے منصوبہ ہو۔ جس شخص کی آپ دیکھ بھال کرتے ہیں اس سے بات کریں "
        "کہ وہ کس سے مدد لینا پسند کرے گا۔ پہلے ایک مختصر وقفہ آزمائیں، تاکہ آپ دونوں اس کے عادی ہو جائیں۔"
    ),
    "Caring for someone with a mental health problem?": (
        "کیا آپ کسی ایسے شخص کی دیکھ بھال کرتے ہیں جسے ذہنی صحت کا مسئلہ ہے؟"
    ),
    "You need breaks too. Ask the person's care team to include breaks in the care plan. Carers Trust's guide "
    "Making Respite Real in Mental Health explains how.": (
        "آپ کو بھی وقفوں کی ضرورت ہے۔ اس شخص کی کیئر ٹیم سے کہیں کہ کیئر پلان میں وقفے شامل کرے۔ Carers Trust کی گائیڈ "
        "Making Respite Real in Mental Health اس کا طریقہ بتاتی ہے۔"
    ),
    "If you suddenly cannot care": "اگر آپ اچانک دیکھ بھال نہ کر سکیں",
    "If you fall ill or have an emergency, the person may need someone else straight away. Make an emergency plan "
    "now. Write down who to call, what the person needs and what medicines they take. Give a copy to someone you "
    "trust, and ask your council about emergency cover.": (
        "اگر آپ بیمار ہو جائیں یا کوئی ہنگامی صورت ہو تو اس شخص کو فوراً کسی اور کی ضرورت ہو سکتی ہے۔ ابھی ایک ہنگامی "
        "منصوبہ بنائیں۔ لکھ لیں کہ کس کو فون کرنا ہے، اس شخص کو کیا چاہیے اور وہ کون سی دوائیں لیتا ہے۔ ایک کاپی کسی "
        "ایسے شخص کو دیں جس پر آپ بھروسا کرتے ہیں، اور اپنی کونسل سے ہنگامی دیکھ بھال کے بارے میں پوچھیں۔"
    ),
    "Do I have to pay for a break?": "کیا مجھے وقفے کے لیے پیسے دینے ہوں گے؟",
    "It depends. After an assessment, the council may pay some or all of the cost. Some charities offer free or "
    "low-cost breaks.": (
        "یہ حالات پر منحصر ہے۔ جائزے کے بعد کونسل کچھ یا پورا خرچ دے سکتی ہے۔ کچھ خیراتی ادارے مفت یا کم خرچ وقفے "
        "دیتے ہیں۔"
    ),
    "What if the person does not want anyone else to help?": "اگر وہ شخص کسی اور سے مدد نہ لینا چاہے تو کیا کریں؟",
    "That is common. Start small, with someone they already know, or a short visit while you stay at home. Talk "
    "about what worries them.": (
        "ایسا اکثر ہوتا ہے۔ چھوٹے قدم سے شروع کریں، کسی ایسے شخص کے ساتھ جسے وہ پہلے سے جانتے ہیں، یا ایک مختصر ملاقات "
        "جبکہ آپ گھر پر ہی رہیں۔ ان سے بات کریں کہ انہیں کس بات کی فکر ہے۔"
    ),
    # --- Money for carers --------------------------------------------------------------------------------------
    "Money for carers: Carer's Allowance and other help": "کیئررز کے لیے رقم: کیئررز الاؤنس اور دوسری مدد",
    "Carer's Allowance is money for people who care for at least 35 hours a week. Find out if you can get it, and "
    "what else might help.": (
        "کیئررز الاؤنس (Carer's Allowance) ان لوگوں کے لیے رقم ہے جو ہفتے میں کم از کم 35 گھنٹے دیکھ بھال کرتے ہیں۔ "
        "جانیں کہ کیا آپ اسے لے سکتے ہیں، اور کس چیز سے مزید مدد مل سکتی ہے۔"
    ),
    "Caring can cost money. You may work fewer hours, or spend more on heating, travel and food. There is "
    "financial help, but you often have to ask for it. Many carers miss out on money they could get.": (
        "دیکھ بھال پر پیسے خرچ ہو سکتے ہیں۔ ہو سکتا ہے آپ کم گھنٹے کام کریں، یا ہیٹنگ، سفر اور کھانے پر زیادہ خرچ "
        "کریں۔ مالی مدد موجود ہے، لیکن اکثر آپ کو خود مانگنی پڑتی ہے۔ بہت سے کیئررز وہ رقم نہیں لے پاتے جو انہیں مل "
        "سکتی تھی۔"
    ),
    "Carer's Allowance": "کیئررز الاؤنس (Carer's Allowance)",
    "Carer's Allowance is a weekly payment from the government. You may be able to get it if:": (
        "کیئررز الاؤنس حکومت کی طرف سے ہفتہ وار ادائیگی ہے۔ آپ اسے لے سکتے ہیں اگر:"
    ),
    "you care for someone for at least 35 hours a week": "آپ ہفتے میں کم از کم 35 گھنٹے کسی کی دیکھ بھال کرتے ہیں",
    "they get certain disability benefits, such as the daily living part of Personal Independence Payment, "
    "Attendance Allowance, or the middle or highest care rate of Disability Living Allowance": (
        "اس شخص کو معذوری کے کچھ خاص بینیفٹس ملتے ہیں، جیسے Personal Independence Payment (PIP) کا روزمرہ زندگی "
        "والا حصہ، Attendance Allowance، یا Disability Living Allowance کا درمیانہ یا سب سے اونچا کیئر ریٹ"
    ),
    "you are 16 or over": "آپ کی عمر 16 سال یا اس سے زیادہ ہے",
    "you are not in full-time education": "آپ کُل وقتی تعلیم میں نہیں ہیں",
    "you earn less than a set amount each week": "آپ ہر ہفتے ایک مقررہ رقم سے کم کماتے ہیں",
    "You do not need to live with the person. Time spent shopping, cooking or keeping them company counts towards "
    "the 35 hours.": (
        "ضروری نہیں کہ آپ اس شخص کے ساتھ رہتے ہوں۔ خریداری، کھانا پکانے یا ان کے پاس بیٹھنے میں لگا وقت بھی 35 "
        "گھنٹوں میں گنا جاتا ہے۔"
    ),
    "Check the current amounts": "موجودہ رقمیں چیک کریں",
    'How much you get each week, and how much you can earn, change each April. Check them on <a id="a1">GOV.UK</a> '
    "before you apply.": (
        "آپ کو ہر ہفتے کتنا ملتا ہے، اور آپ کتنا کما سکتے ہیں، یہ ہر سال اپریل میں بدلتا ہے۔ درخواست دینے سے پہلے "
        'انہیں <a id="a1">GOV.UK</a> پر چیک کریں۔'
    ),
    "Claiming can change the benefits of the person you care for. Get advice first.": (
        "درخواست دینے سے اس شخص کے بینیفٹس بدل سکتے ہیں جس کی آپ دیکھ بھال کرتے ہیں۔ پہلے مشورہ لیں۔"
    ),
    "If you live in Scotland": "اگر آپ اسکاٹ لینڈ میں رہتے ہیں",
    'In Scotland, Carer Support Payment has replaced Carer\'s Allowance. Check <a id="a1">mygov.scot</a> for '
    "details.": (
        "اسکاٹ لینڈ میں کیئررز الاؤنس کی جگہ اب Carer Support Payment ہے۔ تفصیل کے لیے "
        '<a id="a1">mygov.scot</a> دیکھیں۔'
    ),
    "Other help to check": "دوسری مدد جو چیک کرنی چاہیے",
    "<strong>Carer's Credit</strong> protects your State Pension if you care for 20 hours a week or more. "
    'See <a id="a1">GOV.UK</a>.': (
        "<strong>کیئررز کریڈٹ (Carer's Credit)</strong> آپ کی سرکاری پنشن (State Pension) کو محفوظ رکھتا ہے اگر آپ "
        'ہفتے میں 20 گھنٹے یا اس سے زیادہ دیکھ بھال کرتے ہیں۔ <a id="a1">GOV.UK</a> دیکھیں۔'
    ),
    "<strong>Universal Credit</strong> can include extra money if you are a carer.": (
        "<strong>یونیورسل کریڈٹ (Universal Credit)</strong> میں کیئرر ہونے کی وجہ سے اضافی رقم شامل ہو سکتی ہے۔"
    ),
    "<strong>Council Tax</strong> may be lower in some cases. Ask your council.": (
        "<strong>کونسل ٹیکس</strong> کچھ صورتوں میں کم ہو سکتا ہے۔ اپنی کونسل سے پوچھیں۔"
    ),
    "<strong>Grants</strong> from charities or your local carers' service.": (
        "خیراتی اداروں یا کیئررز کی مقامی سروس سے <strong>گرانٹس</strong>۔"
    ),
    "<strong>A direct payment</strong> after a carer's assessment, to pay for things such as a break.": (
        "کیئرر کے جائزے کے بعد <strong>براہ راست ادائیگی (direct payment)</strong>، تاکہ آپ وقفے جیسی چیزوں کا "
        "خرچ دے سکیں۔"
    ),
    "Get free advice": "مفت مشورہ لیں",
    "Benefit rules are hard to follow. A local carers' service or Carers UK can check what you can get and help "
    "you claim.": (
        "بینیفٹس کے قوانین سمجھنا مشکل ہے۔ کیئررز کی مقامی سروس یا Carers UK دیکھ سکتے ہیں کہ آپ کو کیا مل سکتا ہے، "
        "اور درخواست دینے میں آپ کی مدد کر سکتے ہیں۔"
    ),
    "Carers UK Helpline": "Carers UK ہیلپ لائن",
    "Free advice on money and benefits.": "رقم اور بینیفٹس کے بارے میں مفت مشورہ۔",
    "Can I get paid for looking after someone?": "کیا مجھے کسی کی دیکھ بھال کے پیسے مل سکتے ہیں؟",
    "Not with a wage. Carer's Allowance is the main payment for carers, and it is paid to you, in your own name. "
    "A benefits adviser can check what else you could get.": (
        "تنخواہ کی صورت میں نہیں۔ کیئررز الاؤنس کیئررز کے لیے بنیادی ادائیگی ہے، اور یہ آپ کو آپ کے اپنے نام پر ملتی "
        "ہے۔ بینیفٹس کا مشیر دیکھ سکتا ہے کہ آپ کو اور کیا مل سکتا ہے۔"
    ),
    "Can two people get Carer's Allowance for the same person?": (
        "کیا ایک ہی شخص کی دیکھ بھال کے لیے دو لوگ کیئررز الاؤنس لے سکتے ہیں؟"
    ),
    "No. Only one carer can claim for each person, even if you share the caring.": (
        "نہیں۔ ہر شخص کے لیے صرف ایک کیئرر درخواست دے سکتا ہے، چاہے آپ دیکھ بھال آپس میں بانٹتے ہوں۔"
    ),
    "I care for two people. Can I add up the hours?": (
        "میں دو لوگوں کی دیکھ بھال کرتا ہوں۔ کیا میں دونوں کے گھنٹے جوڑ سکتا ہوں؟"
    ),
    "No. You need to spend at least 35 hours a week caring for one of them.": (
        "نہیں۔ آپ کو ان میں سے ایک کی دیکھ بھال پر ہفتے میں کم از کم 35 گھنٹے لگانے ہوں گے۔"
    ),
    # --- Young carers ------------------------------------------------------------------------------------------
    "Young carers: help if you look after someone at home": (
        "کم عمر کیئررز: اگر آپ گھر پر کسی کی دیکھ بھال کرتے ہیں تو مدد"
    ),
    "If you are under 18 and help look after someone in your family, you are a young carer. You can get support.": (
        "اگر آپ کی عمر 18 سال سے کم ہے اور آپ اپنے خاندان میں کسی کی دیکھ بھال میں مدد کرتے ہیں تو آپ کم عمر کیئرر "
        "ہیں۔ آپ کو مدد مل سکتی ہے۔"
    ),
    "You are a young carer if you are under 18 and you help look after someone in your family. It might be your "
    "mum, dad, brother, sister or grandparent. They might be ill or disabled, have a mental health problem, or have "
    "a problem with drink or drugs.": (
        "اگر آپ کی عمر 18 سال سے کم ہے اور آپ اپنے خاندان میں کسی کی دیکھ بھال میں مدد کرتے ہیں تو آپ کم عمر کیئرر "
        "ہیں۔ یہ آپ کی امی، ابو، بھائی، بہن، دادا دادی یا نانا نانی ہو سکتے ہیں۔ ہو سکتا ہے وہ بیمار یا معذور ہوں، "
        "انہیں ذہنی صحت کا مسئلہ ہو، یا شراب یا منشیات کا مسئلہ ہو۔"
    ),
    "You might cook, clean, help them get dressed or give them medicine. You might look after younger children. "
    "You might worry about home a lot, even at school.": (
        "ہو سکتا ہے آپ کھانا پکاتے ہوں، صفائی کرتے ہوں، انہیں کپڑے پہننے میں مدد دیتے ہوں یا دوا دیتے ہوں۔ ہو سکتا ہے "
        "آپ چھوٹے بچوں کا خیال رکھتے ہوں۔ ہو سکتا ہے آپ کو اسکول میں بھی گھر کی بہت فکر رہتی ہو۔"
    ),
    "You are not in trouble": "آپ کسی مشکل میں نہیں ہیں",
    "It is not your fault that someone at home is unwell. Asking for help is a good thing to do. Support is there "
    "to make life easier for you and your family.": (
        "گھر میں کسی کا بیمار ہونا آپ کا قصور نہیں۔ مدد مانگنا اچھی بات ہے۔ مدد اس لیے ہے کہ آپ اور آپ کے خاندان کی "
        "زندگی آسان ہو۔"
    ),
    "You have a right to support": "مدد لینا آپ کا حق ہے",
    "The council must check whether you need support. This is called a young carer's needs assessment. A worker "
    "will ask what you do at home, how you feel and what would help.": (
        "کونسل کو دیکھنا ہوگا کہ کیا آپ کو مدد کی ضرورت ہے۔ اسے کم عمر کیئرر کی ضروریات کا جائزہ کہتے ہیں۔ ایک کارکن "
        "پوچھے گا کہ آپ گھر پر کیا کرتے ہیں، آپ کیسا محسوس کرتے ہیں اور کس چیز سے مدد ملے گی۔"
    ),
    "A teacher, your GP or a young carers' service can help you ask for one.": (
        "کوئی استاد، آپ کا جی پی (GP) یا کم عمر کیئررز کی سروس اس کے لیے کہنے میں آپ کی مدد کر سکتی ہے۔"
    ),
    "What help can look like": "مدد کس طرح کی ہو سکتی ہے",
    "Clubs, trips and days out, so you get a break": "کلب، سیر اور تفریح کے دن، تاکہ آپ کو وقفہ ملے",
    "Someone to talk to who understands": "بات کرنے کے لیے کوئی جو آپ کو سمجھے",
    "Help at school, such as time to phone home or more time for homework": (
        "اسکول میں مدد، جیسے گھر فون کرنے کا وقت یا ہوم ورک کے لیے زیادہ وقت"
    ),
    "More help for the person you care for, so you do not have to do so much": (
        "جس شخص کی آپ دیکھ بھال کرتے ہیں اس کے لیے زیادہ مدد، تاکہ آپ کو اتنا زیادہ نہ کرنا پڑے"
    ),
    "Tell someone at school": "اسکول میں کسی کو بتائیں",
    "You do not have to tell everyone. But it helps if one teacher you trust knows. They can explain if you are "
    "late or tired, and help you get support.": (
        "آپ کو سب کو بتانے کی ضرورت نہیں۔ لیکن اگر ایک ایسے استاد کو پتا ہو جس پر آپ بھروسا کرتے ہیں تو فائدہ ہوتا "
        "ہے۔ اگر آپ دیر سے آئیں یا تھکے ہوں تو وہ بات سمجھا سکتے ہیں، اور مدد لینے میں آپ کا ساتھ دے سکتے ہیں۔"
    ),
    "If you are 16 to 25": "اگر آپ کی عمر 16 سے 25 سال ہے",
    "You are a young adult carer. Before you turn 18, ask for a transition assessment, so your support carries on "
    "into adult services.": (
        "آپ نوجوان کیئرر ہیں۔ 18 سال کا ہونے سے پہلے ٹرانزیشن اسیسمنٹ (transition assessment) کے لیے کہیں، تاکہ "
        "بالغوں کی سروسز میں بھی آپ کی مدد جاری رہے۔"
    ),
    "Going to college or university? Many have a named contact for student carers. Ask them about help with "
    "deadlines, money and timetables.": (
        "کیا آپ کالج یا یونیورسٹی جا رہے ہیں؟ بہت سی جگہوں پر طالب علم کیئررز کے لیے ایک مقررہ رابطہ شخص ہوتا ہے۔ "
        "ان سے ڈیڈ لائن، پیسوں اور ٹائم ٹیبل میں مدد کے بارے میں پوچھیں۔"
    ),
    "Talk to someone now": "ابھی کسی سے بات کریں",
    "Call Childline free on <strong>0800 1111</strong>, day or night. If you would rather text, send SHOUT to "
    "<strong>85258</strong>.": (
        "Childline (چائلڈ لائن) کو <strong>0800 1111</strong> پر مفت فون کریں، دن ہو یا رات۔ اگر آپ میسج کرنا "
        "چاہیں تو SHOUT لکھ کر <strong>85258</strong> پر بھیجیں۔"
    ),
    "Indigo (formerly Redbridge Young Carers)": "Indigo (پہلے Redbridge Young Carers)",
    "Support and activities for young carers in Redbridge.": "Redbridge میں کم عمر کیئررز کے لیے مدد اور سرگرمیاں۔",
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

"""Welsh drafts of the demo pages and snippets (see __init__.py): not yet checked by a native speaker."""

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
    # --- Feedback form, news, events and the resource library's items -----------------------------------------
    "Tell us what you think": "Dywedwch wrthon ni beth rydych chi'n ei feddwl",
    "Your views help us make this site better for carers. You do not have to give your name.": "Mae eich barn yn ein helpu i wneud y wefan hon yn well i ofalwyr. Does dim rhaid i chi roi eich enw.",
    'We cannot give advice through this form. If you need help, <a id="a1">find local help</a>, or see <a id="a2">what to do in a crisis</a>.': 'Allwn ni ddim rhoi cyngor drwy\'r ffurflen hon. Os oes angen help arnoch chi, <a id="a1">dewch o hyd i help lleol</a>, neu edrychwch ar <a id="a2">beth i\'w wneud mewn argyfwng</a>.',
    "Thank you. We read every message. We cannot reply unless you give an email address.": "Diolch. Rydyn ni'n darllen pob neges. Allwn ni ddim ateb oni bai eich bod chi'n rhoi cyfeiriad e-bost.",
    "Carers Week: what happens and how to take part": "Wythnos Gofalwyr (Carers Week): beth sy'n digwydd a sut i gymryd rhan",
    "Carers Week comes once a year. It is a good time to ask for support, and to help a friend who cares.": "Mae Wythnos Gofalwyr yn dod unwaith y flwyddyn. Mae'n amser da i ofyn am gymorth, ac i helpu ffrind sy'n gofalu.",
    "Carers Week is a week each year to thank unpaid carers, and to help people who look after someone see that they are carers too.": "Wythnos bob blwyddyn yw Wythnos Gofalwyr, i ddiolch i ofalwyr di-dâl, ac i helpu pobl sy'n gofalu am rywun i weld eu bod nhw'n ofalwyr hefyd.",
    "Many local carers' services and NHS teams hold stalls, drop-ins and coffee mornings during the week. Look on <a id=\"a1\">our events page</a>, or call your local carers' service to ask what is on.": 'Mae llawer o wasanaethau gofalwyr lleol a thimau NHS yn cynnal stondinau, sesiynau galw heibio a boreau coffi yn ystod yr wythnos. Edrychwch ar <a id="a1">ein tudalen digwyddiadau</a>, neu ffoniwch eich gwasanaeth gofalwyr lleol i ofyn beth sydd ymlaen.',
    "If you know someone who cares for a relative or friend, tell them about this site. It could be the first step to getting help.": "Os ydych chi'n adnabod rhywun sy'n gofalu am berthynas neu ffrind, dywedwch wrthyn nhw am y wefan hon. Gallai fod y cam cyntaf at gael help.",
    "A new evening group for working carers": "Grŵp gyda'r nos newydd i ofalwyr sy'n gweithio",
    "Daytime groups are hard to reach if you work. Now there is an evening group once a month in Barking.": "Mae'n anodd mynd i grwpiau yn ystod y dydd os ydych chi'n gweithio. Nawr mae grŵp gyda'r nos unwaith y mis yn Barking.",
    "Carers told us that most support groups meet in the day. If you have a job, you cannot go.": "Dywedodd gofalwyr wrthon ni fod y rhan fwyaf o grwpiau cymorth yn cwrdd yn ystod y dydd. Os oes gennych chi swydd, allwch chi ddim mynd.",
    "So there is now an evening group once a month in Barking, on a Thursday from 6:30pm to 8pm.": "Felly nawr mae grŵp gyda'r nos unwaith y mis yn Barking, ar nos Iau o 6:30pm tan 8pm.",
    'Come for a cup of tea, meet other carers and get advice. You do not need to stay for the whole evening. See <a id="a1">our events page</a> for the next date and how to book.': 'Dewch am baned, i gwrdd â gofalwyr eraill ac i gael cyngor. Does dim rhaid i chi aros am y noson gyfan. Edrychwch ar <a id="a1">ein tudalen digwyddiadau</a> i weld y dyddiad nesaf a sut i archebu lle.',
    "Help to keep warm and well in cold weather": "Help i gadw'n gynnes ac yn iach mewn tywydd oer",
    "Cold weather is hard on the people we look after, and on carers too. Here is where to get help with heating and staying well.": "Mae tywydd oer yn galed ar y bobl rydyn ni'n gofalu amdanyn nhw, ac ar ofalwyr hefyd. Dyma ble i gael help gyda gwresogi ac aros yn iach.",
    "A cold home can make many health problems worse. If the person you look after is older, disabled or has a long-term illness, keeping warm really matters.": "Gall cartref oer wneud llawer o broblemau iechyd yn waeth. Os yw'r person rydych chi'n gofalu amdano yn hŷn, yn anabl neu â salwch hirdymor, mae cadw'n gynnes yn bwysig iawn.",
    "If you are struggling to pay for heating, talk to your energy supplier. Ask to join their Priority Services Register. It is free, and it tells them that someone in your home needs extra care, for example if the power goes off.": "Os ydych chi'n cael trafferth talu am wresogi, siaradwch â'ch cyflenwr ynni. Gofynnwch am gael ymuno â'u Cofrestr Gwasanaethau Blaenoriaeth (Priority Services Register). Mae am ddim, ac mae'n dweud wrthyn nhw fod angen gofal ychwanegol ar rywun yn eich cartref, er enghraifft os bydd y trydan yn diffodd.",
    "A local carers' service can check that you get all the money you are entitled to, such as Carer's Allowance or help with council tax. You can find one near you in <a id=\"a1\">our directory</a>.": "Gall gwasanaeth gofalwyr lleol wirio eich bod chi'n cael yr holl arian mae gennych chi hawl iddo, fel Lwfans Gofalwr (Carer's Allowance) neu help gyda Threth y Cyngor. Gallwch ddod o hyd i un yn agos atoch chi yn <a id=\"a1\">ein cyfeiriadur</a>.",
    "If you are worried about someone's health in the cold, call NHS 111. In an emergency, call 999.": "Os ydych chi'n poeni am iechyd rhywun yn yr oerfel, ffoniwch NHS 111. Mewn argyfwng, ffoniwch 999.",
    "Evening group for working carers": "Grŵp gyda'r nos i ofalwyr sy'n gweithio",
    "A monthly group after work. Meet other carers who have a job, get advice and have a cup of tea.": "Grŵp misol ar ôl gwaith. Dewch i gwrdd â gofalwyr eraill sydd â swydd, i gael cyngor ac i gael paned.",
    "Community room near Barking station (we send the address when you book)": "Ystafell gymunedol ger gorsaf Barking (byddwn ni'n anfon y cyfeiriad pan fyddwch chi'n archebu lle)",
    "Email carers-directory@example.org or call 020 7946 0101. Tell us if you need step-free access or an interpreter.": "E-bostiwch carers-directory@example.org neu ffoniwch 020 7946 0101. Dywedwch wrthon ni os oes angen mynediad heb risiau neu gyfieithydd arnoch chi.",
    "Most support groups meet in the day, when people with jobs cannot go. This one starts at 6:30pm, so you can come straight from work.": "Mae'r rhan fwyaf o grwpiau cymorth yn cwrdd yn ystod y dydd, pan na all pobl sydd â swyddi fynd. Mae'r grŵp hwn yn dechrau am 6:30pm, felly gallwch chi ddod yn syth o'r gwaith.",
    "A carers' support worker will be there. Ask about carers' assessments, your rights at work, breaks and money. Or just listen: you do not have to talk.": "Bydd gweithiwr cymorth i ofalwyr yno. Holwch am asesiadau gofalwyr, eich hawliau yn y gwaith, seibiannau ac arian. Neu dim ond gwrando: does dim rhaid i chi siarad.",
    "Carers' coffee morning in Hornchurch": "Bore coffi i ofalwyr yn Hornchurch",
    "Tea, cake and a friendly chat with other carers. You can bring the person you look after.": "Te, cacen a sgwrs gyfeillgar gyda gofalwyr eraill. Gallwch chi ddod â'r person rydych chi'n gofalu amdano.",
    "Church hall in Hornchurch, RM11 (we send the address when you book)": "Neuadd eglwys yn Hornchurch, RM11 (byddwn ni'n anfon y cyfeiriad pan fyddwch chi'n archebu lle)",
    "You do not need to book. Just turn up.": "Does dim angen archebu lle. Dewch draw.",
    "Come along for a drink and a chat with people who understand what caring is like.": "Dewch draw am ddiod a sgwrs gyda phobl sy'n deall sut beth yw gofalu.",
    "You are welcome to bring the person you look after. There is a quiet corner if they need a rest.": "Mae croeso i chi ddod â'r person rydych chi'n gofalu amdano. Mae cornel dawel os oes angen gorffwys arnyn nhw.",
    "Saturday family day for parent carers": "Diwrnod i'r teulu ar ddydd Sadwrn i rieni sy'n ofalwyr",
    "A day out for families who look after a disabled child, with activities for brothers and sisters.": "Diwrnod allan i deuluoedd sy'n gofalu am blentyn anabl, gyda gweithgareddau i frodyr a chwiorydd.",
    "Community centre in Ilford, IG1 (we send the address when you book)": "Canolfan gymunedol yn Ilford, IG1 (byddwn ni'n anfon y cyfeiriad pan fyddwch chi'n archebu lle)",
    "Free, with lunch": "Am ddim, gyda chinio",
    "Book by email at carers-directory@example.org. Tell us about any needs your children have.": "Archebwch le drwy e-bostio carers-directory@example.org. Dywedwch wrthon ni am unrhyw anghenion sydd gan eich plant.",
    "Meet other families, get advice from local services and have lunch together.": "Dewch i gwrdd â theuluoedd eraill, i gael cyngor gan wasanaethau lleol ac i gael cinio gyda'ch gilydd.",
    "There are activities for disabled children and for their brothers and sisters, run by trained staff.": "Mae gweithgareddau i blant anabl ac i'w brodyr a'u chwiorydd, yn cael eu cynnal gan staff sydd wedi'u hyfforddi.",
    "Online: your rights at work as a carer": "Ar-lein: eich hawliau yn y gwaith fel gofalwr",
    "A short talk on your rights at work, such as carer's leave and asking to work flexibly.": "Sgwrs fer am eich hawliau yn y gwaith, fel absenoldeb gofalwr a gofyn am gael gweithio'n hyblyg.",
    "Email carers-directory@example.org and we will send you a link to join.": "E-bostiwch carers-directory@example.org a byddwn ni'n anfon dolen atoch chi i ymuno.",
    "Find out what you can ask your employer for, and how to ask. There is time for questions at the end.": "Dysgwch beth gallwch chi ofyn amdano gan eich cyflogwr, a sut i ofyn. Bydd amser i ofyn cwestiynau ar y diwedd.",
    "You can join on a phone, tablet or computer. You can keep your camera off.": "Gallwch chi ymuno ar ffôn, ar lechen neu ar gyfrifiadur. Gallwch chi gadw eich camera i ffwrdd.",
    "Young carers' Sunday fun day": "Diwrnod hwyl ar ddydd Sul i ofalwyr ifanc",
    "Games, crafts and lunch for young carers aged 8 to 17. A day just for you.": "Gemau, crefftau a chinio i ofalwyr ifanc rhwng 8 a 17 oed. Diwrnod i chi yn unig.",
    "Youth centre in Walthamstow, E17 (we send the address when you book)": "Canolfan ieuenctid yn Walthamstow, E17 (byddwn ni'n anfon y cyfeiriad pan fyddwch chi'n archebu lle)",
    "Ask a parent, carer or teacher to book your place by emailing carers-directory@example.org.": "Gofynnwch i riant, i ofalwr neu i athro archebu lle i chi drwy e-bostio carers-directory@example.org.",
    "Have fun, try new things and meet other young people who help look after someone at home.": "Cewch hwyl, rhowch gynnig ar bethau newydd a dewch i gwrdd â phobl ifanc eraill sy'n helpu i ofalu am rywun gartref.",
    "Youth workers will be there if you want to talk about anything.": "Bydd gweithwyr ieuenctid yno os ydych chi eisiau siarad am unrhyw beth.",
    "Caring for someone with dementia: a workshop": "Gofalu am rywun â dementia: gweithdy",
    "Practical tips for day-to-day life and for looking after yourself, from a dementia nurse.": "Awgrymiadau ymarferol ar gyfer bywyd bob dydd ac ar gyfer gofalu amdanoch chi'ch hun, gan nyrs dementia.",
    "Library meeting room in Bexleyheath, DA6 (we send the address when you book)": "Ystafell gyfarfod yn y llyfrgell yn Bexleyheath, DA6 (byddwn ni'n anfon y cyfeiriad pan fyddwch chi'n archebu lle)",
    "Places are limited. Email carers-directory@example.org to book.": "Mae nifer y lleoedd yn gyfyngedig. E-bostiwch carers-directory@example.org i archebu lle.",
    "A dementia nurse explains how the illness changes over time and how to make daily life easier.": "Mae nyrs dementia yn esbonio sut mae'r salwch yn newid dros amser a sut i wneud bywyd bob dydd yn haws.",
    "You will also hear about local help, such as day centres, sitting services and carers' breaks.": "Byddwch chi hefyd yn clywed am help lleol, fel canolfannau dydd, gwasanaethau eistedd a seibiannau i ofalwyr.",
    "Carers Week information fair": "Ffair wybodaeth Wythnos Gofalwyr (Carers Week)",
    "Meet local carers' services, NHS teams and charities in one place during Carers Week.": "Dewch i gwrdd â gwasanaethau gofalwyr lleol, timau NHS ac elusennau mewn un lle yn ystod Wythnos Gofalwyr.",
    "Town hall in Romford, RM1 (we send directions when you book)": "Neuadd y dref yn Romford, RM1 (byddwn ni'n anfon cyfarwyddiadau pan fyddwch chi'n archebu lle)",
    "You do not need to book.": "Does dim angen archebu lle.",
    "Carers Week comes once a year. This fair brings local help together so you can find out what is there for you.": "Mae Wythnos Gofalwyr yn dod unwaith y flwyddyn. Mae'r ffair hon yn dod â help lleol at ei gilydd, er mwyn i chi ddysgu beth sydd ar gael i chi.",
    "Drop in at any time. Bring a friend who looks after someone: they may not know they are a carer.": "Galwch heibio unrhyw bryd. Dewch â ffrind sy'n gofalu am rywun: efallai nad ydyn nhw'n gwybod eu bod nhw'n ofalwr.",
    "Working with carers of people with mental health issues": "Gweithio gyda gofalwyr pobl â phroblemau iechyd meddwl",
    "Why carers of people with mental health problems need support, and how staff can work with them.": "Pam mae angen cymorth ar ofalwyr pobl â phroblemau iechyd meddwl, a sut gall staff weithio gyda nhw.",
    "Families and friends of people with mental health problems meet many staff: GPs, nurses, psychiatrists, social workers and voluntary sector workers. Each of those meetings is a chance to notice the carer and offer help.": "Mae teuluoedd a ffrindiau pobl â phroblemau iechyd meddwl yn cwrdd â llawer o staff: meddygon teulu, nyrsys, seiciatryddion, gweithwyr cymdeithasol a gweithwyr yn y sector gwirfoddol. Mae pob un o'r cyfarfodydd hynny yn gyfle i sylwi ar y gofalwr a chynnig help.",
    "Carers often know the person best. They spot early signs of relapse and can say what has helped before. Treating them as partners makes care safer.": "Yn aml, gofalwyr sy'n adnabod y person orau. Maen nhw'n sylwi ar arwyddion cynnar o ailwaelu, a gallan nhw ddweud beth sydd wedi helpu o'r blaen. Mae eu trin fel partneriaid yn gwneud gofal yn fwy diogel.",
    "The hard parts are real: confidentiality, disagreements about treatment, and the needs of the carer and the patient pulling in different directions. Staff need support and clear local guidance to handle them well.": "Mae'r rhannau anodd yn rhai go iawn: cyfrinachedd, anghytuno am driniaeth, ac anghenion y gofalwr a'r claf yn tynnu i gyfeiriadau gwahanol. Mae angen cymorth a chanllawiau lleol clir ar staff i ddelio â nhw'n dda.",
    'Carers Trust publishes the full guide. Search for its title on <a id="a1">carers.org</a>.': 'Mae Carers Trust yn cyhoeddi\'r canllaw llawn. Chwiliwch am ei deitl ar <a id="a1">carers.org</a>.',
    "Making Respite Real in Mental Health": "Making Respite Real in Mental Health",
    "A short guide on why carers of people with mental health problems need breaks, and how to plan them.": "Canllaw byr ar pam mae angen seibiannau ar ofalwyr pobl â phroblemau iechyd meddwl, a sut i'w cynllunio.",
    "Carers of people with mental health problems need breaks as much as any other carer. Yet many carers, patients and staff do not know that breaks are possible, or how to arrange one.": "Mae angen seibiannau ar ofalwyr pobl â phroblemau iechyd meddwl gymaint ag unrhyw ofalwr arall. Ond dydy llawer o ofalwyr, cleifion a staff ddim yn gwybod bod seibiant yn bosibl, na sut i drefnu un.",
    "This guide explains what a break can look like, why it should be planned into care, and how to ask for one. It is written for carers, patients and professionals alike.": "Mae'r canllaw hwn yn esbonio sut gall seibiant edrych, pam y dylid ei gynnwys wrth gynllunio gofal, a sut i ofyn am un. Mae wedi'i ysgrifennu ar gyfer gofalwyr, cleifion a gweithwyr proffesiynol fel ei gilydd.",
    "Triangle of Care in Wales: carers of people with dementia in hospital": "Triangle of Care (Triongl Gofal) yng Nghymru: gofalwyr pobl â dementia yn yr ysbyty",
    "The Triangle of Care standards adapted for carers of people with dementia in Welsh hospitals.": "Safonau Triangle of Care, wedi'u haddasu ar gyfer gofalwyr pobl â dementia mewn ysbytai yng Nghymru.",
    "The Triangle of Care is a way of working where the patient, the carer and staff act as partners. This Wales edition applies it to people with dementia on acute hospital wards.": "Ffordd o weithio yw Triangle of Care, lle mae'r claf, y gofalwr a'r staff yn gweithredu fel partneriaid. Mae'r fersiwn hwn ar gyfer Cymru yn ei gymhwyso i bobl â dementia ar wardiau acíwt mewn ysbytai.",
    "Carers Trust Wales and the Royal College of Nursing wrote it together, with funding from the RCN Foundation. It builds on the dementia edition that carers, people with dementia and staff designed together.": "Ysgrifennodd Carers Trust Wales a'r Royal College of Nursing y canllaw gyda'i gilydd, gydag arian gan yr RCN Foundation. Mae'n adeiladu ar y fersiwn dementia a gafodd ei gynllunio ar y cyd gan ofalwyr, pobl â dementia a staff.",
    "Health boards in Wales can use it to make carers welcome, involved and supported wherever the person is treated. The guide is available in English and in Welsh.": "Gall byrddau iechyd yng Nghymru ei ddefnyddio i wneud yn siŵr bod croeso i ofalwyr, a'u bod yn cael eu cynnwys a'u cefnogi, lle bynnag mae'r person yn cael triniaeth. Mae'r canllaw ar gael yn Saesneg ac yn Gymraeg.",
    "Carers Partnership Manager": "Rheolwr Partneriaeth Gofalwyr",
    "Ask for the Carers Partnership Manager.": "Gofynnwch am y Rheolwr Partneriaeth Gofalwyr (Carers Partnership Manager).",
    "Universities supporting students with caring responsibilities": "Prifysgolion sy'n cefnogi myfyrwyr sydd â chyfrifoldebau gofalu",
    "UK universities with named contacts and support for students who look after someone.": "Prifysgolion yn y DU sydd ag enwau pobl i gysylltu â nhw, a chymorth i fyfyrwyr sy'n gofalu am rywun.",
    "Some universities have set up support for students who care. This list gives their lead contacts, so a young adult carer, a parent or a support worker can call someone by name.": "Mae rhai prifysgolion wedi sefydlu cymorth i fyfyrwyr sy'n gofalu. Mae'r rhestr hon yn rhoi enwau eu prif bobl gyswllt, fel y gall gofalwr sy'n oedolyn ifanc, rhiant neu weithiwr cymorth ffonio rhywun wrth ei enw.",
    "The support varies. It includes taster days and residentials for young carers, help before and after you apply, one-to-one advice, hardship funds and help with fees or housing.": "Mae'r cymorth yn amrywio. Mae'n cynnwys diwrnodau blasu a chyrsiau preswyl i ofalwyr ifanc, help cyn ac ar ôl i chi wneud cais, cyngor un i un, cronfeydd caledi a help gyda ffioedd neu lety.",
    "The list is not complete, and Carers Trust has not checked what each university offers. Call the contact to ask what is available now.": "Dydy'r rhestr ddim yn gyflawn, a dydy Carers Trust ddim wedi gwirio beth mae pob prifysgol yn ei gynnig. Ffoniwch y person cyswllt i ofyn beth sydd ar gael nawr.",
    "Jane Patel": "Jane Patel",
    "Lead contact for student carers": "Prif berson cyswllt i ofalwyr sy'n fyfyrwyr",
    "Carole East": "Carole East",
    "Emma Szembek": "Emma Szembek",
    "Daisy Throup": "Daisy Throup",
    "Dr Terri Sandison": "Dr Terri Sandison",
    "Joanne Gale-Chambers": "Joanne Gale-Chambers",
    "Anna Herbert": "Anna Herbert",
    "Vanesa Emslie": "Vanesa Emslie",
    "Melissa Page": "Melissa Page",
    "Ryan Ward": "Ryan Ward",
    "Robin Kerr": "Robin Kerr",
    "Lynette Granger": "Lynette Granger",
    "Jessica Nightingale": "Jessica Nightingale",
    "Contact for student carers": "Person cyswllt i ofalwyr sy'n fyfyrwyr",
    "Student Carers in Higher Education": "Student Carers in Higher Education",
    "A guide for universities on helping students who care to get in, stay on and do well.": "Canllaw i brifysgolion ar helpu myfyrwyr sy'n gofalu i gael lle, i aros ar eu cwrs ac i wneud yn dda.",
    "Moving to university, keeping up and moving on afterwards can all be harder when you look after someone.": "Gall symud i'r brifysgol, dal i fyny â'r gwaith a symud ymlaen wedyn i gyd fod yn anoddach pan fyddwch chi'n gofalu am rywun.",
    "Carers Trust wrote this guide with the National Union of Students and the national network of universities that support young adult carers. It gathers good practice and suggests what universities can do at each stage of student life.": "Ysgrifennodd Carers Trust y canllaw hwn gyda'r National Union of Students a'r rhwydwaith cenedlaethol o brifysgolion sy'n cefnogi gofalwyr sy'n oedolion ifanc. Mae'n casglu arfer da ac yn awgrymu beth gall prifysgolion ei wneud ym mhob cam o fywyd myfyriwr.",
    'Search for its title on <a id="a1">carers.org</a> to read the full guide.': 'Chwiliwch am ei deitl ar <a id="a1">carers.org</a> i ddarllen y canllaw llawn.',
    "Student Carers in Further Education": "Student Carers in Further Education",
    "A practical guide for colleges and carers' services on supporting students who care.": "Canllaw ymarferol i golegau a gwasanaethau gofalwyr ar gefnogi myfyrwyr sy'n gofalu.",
    "Students who care may need small changes to stay in college, such as keeping their phone on in case of an emergency at home.": "Efallai y bydd angen newidiadau bach ar fyfyrwyr sy'n gofalu er mwyn aros yn y coleg, fel cadw eu ffôn ymlaen rhag ofn bod argyfwng gartref.",
    "Carers Trust and NIACE wrote this guide for college managers and staff, and for carers' services that support young and young adult carers. It explains who student carers are, how caring can affect learning, and what colleges can do to help them succeed.": "Ysgrifennodd Carers Trust a NIACE y canllaw hwn ar gyfer rheolwyr a staff colegau, ac ar gyfer gwasanaethau gofalwyr sy'n cefnogi gofalwyr ifanc a gofalwyr sy'n oedolion ifanc. Mae'n esbonio pwy yw gofalwyr sy'n fyfyrwyr, sut gall gofalu effeithio ar ddysgu, a beth gall colegau ei wneud i'w helpu i lwyddo.",
    "Time to Think About You": "Time to Think About You",
    "A poster and prompt cards that help carers notice their own health and ask their GP for support.": "Poster a chardiau atgoffa sy'n helpu gofalwyr i sylwi ar eu hiechyd eu hunain ac i ofyn i'w meddyg teulu am gymorth.",
    "Many carers do not see themselves as carers, so they miss out on help. Time to Think About You encourages them to think about their own health and to ask their GP practice and local carers' service for support.": "Dydy llawer o ofalwyr ddim yn gweld eu hunain fel gofalwyr, felly maen nhw'n colli'r cyfle i gael help. Mae Time to Think About You yn eu hannog i feddwl am eu hiechyd eu hunain ac i ofyn i'w meddygfa a'u gwasanaeth gofalwyr lleol am gymorth.",
    "Carers Trust made it with the Health Innovation Network in south London and with carers. Put the poster up where carers will see it, and hand out the prompt cards.": "Lluniodd Carers Trust y deunydd hwn gyda'r Health Innovation Network yn ne Llundain a gyda gofalwyr. Rhowch y poster i fyny lle bydd gofalwyr yn ei weld, a rhannwch y cardiau atgoffa.",
    "DISC: dementia support for carers in Black, Asian and minority ethnic communities": "DISC: cymorth dementia i ofalwyr mewn cymunedau Du, Asiaidd ac Ethnig Lleiafrifol",
    "How a Birmingham service helps families from many cultures who look after someone with dementia.": "Sut mae gwasanaeth yn Birmingham yn helpu teuluoedd o lawer o ddiwylliannau sy'n gofalu am rywun â dementia.",
    "The Dementia Information and Support for Carers (DISC) service is hosted by Sandwell Crossroads. It supports carers of people with dementia across Birmingham, focusing on Black, Asian and minority ethnic communities.": "Sandwell Crossroads sy'n cynnal y gwasanaeth Dementia Information and Support for Carers (DISC). Mae'n cefnogi gofalwyr pobl â dementia ar draws Birmingham, gan ganolbwyntio ar gymunedau Du, Asiaidd ac Ethnig Lleiafrifol.",
    "It recruits staff from local communities who speak carers' languages and understand their culture. Carers get one-to-one help, weekly groups, and referrals to other local services.": "Mae'n recriwtio staff o gymunedau lleol sy'n siarad ieithoedd y gofalwyr ac yn deall eu diwylliant. Mae gofalwyr yn cael help un i un, grwpiau wythnosol, ac atgyfeiriadau at wasanaethau lleol eraill.",
    "Help covers respite, benefits and carers' rights, continence, changes in behaviour, finding day centres or care homes, the Mental Capacity Act and lasting power of attorney. Carers also volunteer to support other carers.": "Mae'r help yn cynnwys gofal seibiant, budd-daliadau a hawliau gofalwyr, ymataliaeth, newidiadau mewn ymddygiad, dod o hyd i ganolfannau dydd neu gartrefi gofal, y Ddeddf Galluedd Meddyliol (Mental Capacity Act) ac atwrneiaeth arhosol (lasting power of attorney). Mae gofalwyr hefyd yn gwirfoddoli i gefnogi gofalwyr eraill.",
    'Carers Trust describes DISC among its examples of good practice on <a id="a1">carers.org</a>.': 'Mae Carers Trust yn disgrifio DISC ymhlith ei enghreifftiau o arfer da ar <a id="a1">carers.org</a>.',
    # --- Find local help: the services, and contacts in the resource library -----------------------------------
    "Free": "Am ddim",
    "Triangle of Care in Wales": "Triangle of Care (Triongl Gofal) yng Nghymru",
    "Carers Trust Wales": "Carers Trust Wales",
    "University of Birmingham": "University of Birmingham",
    "Student Support contact for students with caring responsibilities": "Person cyswllt Cymorth i Fyfyrwyr (Student Support) i fyfyrwyr sydd â chyfrifoldebau gofalu",
    "University of Nottingham": "University of Nottingham",
    "University of Winchester": "University of Winchester",
    "York St John University": "York St John University",
    "HE Guidance Officer": "Swyddog Cyfarwyddyd Addysg Uwch (HE Guidance Officer)",
    "De Montfort University": "De Montfort University",
    "Sheffield Hallam University": "Sheffield Hallam University",
    "University of Manchester": "University of Manchester",
    "Patient Advice and Liaison Service (PALS)": "Gwasanaeth Cyngor a Chyswllt i Gleifion (PALS)",
    "A free phone line for questions, worries or complaints about NELFT care, for patients, carers and families.": "Llinell ffôn am ddim ar gyfer cwestiynau, pryderon neu gwynion am ofal NELFT, i gleifion, gofalwyr a theuluoedd.",
    "PALS is there when you are not sure who to ask, or when something about care has gone wrong. Carers can call too, not just patients.": "Mae PALS yno pan nad ydych chi'n siŵr pwy i'w holi, neu pan fydd rhywbeth wedi mynd o chwith gyda'r gofal. Gall gofalwyr ffonio hefyd, nid cleifion yn unig.",
    "They can explain how services work, pass on your concerns and help put things right. If you want to make a formal complaint, they can tell you how.": "Gallan nhw esbonio sut mae gwasanaethau'n gweithio, rhannu eich pryderon a helpu i unioni pethau. Os ydych chi eisiau gwneud cwyn ffurfiol, gallan nhw ddweud wrthych chi sut.",
    "Call the freephone number yourself. You do not need a referral.": "Ffoniwch y rhif rhadffôn eich hun. Does dim angen atgyfeiriad arnoch chi.",
    "Carers support service, Barking and Dagenham": "Gwasanaeth cymorth i ofalwyr, Barking and Dagenham",
    "Carers support workers for people who look after someone using mental health services.": "Gweithwyr cymorth i ofalwyr ar gyfer pobl sy'n gofalu am rywun sy'n defnyddio gwasanaethau iechyd meddwl.",
    "If the person you look after uses NELFT mental health services in Barking and Dagenham, this team can support you as well.": "Os yw'r person rydych chi'n gofalu amdano yn defnyddio gwasanaethau iechyd meddwl NELFT yn Barking and Dagenham, gall y tîm hwn eich cefnogi chi hefyd.",
    "A carers support worker can talk through how you are coping, explain the care plan and help you ask for a carer's assessment.": "Gall gweithiwr cymorth i ofalwyr siarad â chi am sut rydych chi'n ymdopi, esbonio'r cynllun gofal a'ch helpu i ofyn am asesiad gofalwr.",
    "Call the team, or ask the staff caring for your relative to put you in touch.": "Ffoniwch y tîm, neu gofynnwch i'r staff sy'n gofalu am eich perthynas eich rhoi mewn cysylltiad.",
    "User and Carer Involvement team": "Tîm Cynnwys Defnyddwyr a Gofalwyr",
    "Find out about the trust's services for carers and how to have your say about them.": "Dysgwch am wasanaethau'r ymddiriedolaeth i ofalwyr a sut i ddweud eich dweud amdanyn nhw.",
    "This team helps carers and patients shape the trust's services. They can tell you about carers' groups, training and ways to give feedback.": "Mae'r tîm hwn yn helpu gofalwyr a chleifion i lunio gwasanaethau'r ymddiriedolaeth. Gallan nhw ddweud wrthych chi am grwpiau gofalwyr, hyfforddiant a ffyrdd o roi adborth.",
    "Call them if you want to share your experience or join a group that helps plan services.": "Ffoniwch nhw os ydych chi eisiau rhannu eich profiad neu ymuno â grŵp sy'n helpu i gynllunio gwasanaethau.",
    "Call the team yourself.": "Ffoniwch y tîm eich hun.",
    "Admiral Nursing Service, Redbridge": "Gwasanaeth Nyrsio Admiral, Redbridge",
    "Specialist dementia nurses who support families looking after someone with dementia in Redbridge.": "Nyrsys dementia arbenigol sy'n cefnogi teuluoedd sy'n gofalu am rywun â dementia yn Redbridge.",
    "An Admiral Nurse is a specialist dementia nurse. They focus on the family, not just the person with the diagnosis.": "Nyrs dementia arbenigol yw Admiral Nurse. Maen nhw'n canolbwyntio ar y teulu, nid dim ond ar y person sydd wedi cael y diagnosis.",
    "They can help you understand changes in the person you care for, plan ahead and cope with the stress of caring.": "Gallan nhw eich helpu i ddeall newidiadau yn y person rydych chi'n gofalu amdano, i gynllunio ymlaen llaw ac i ymdopi â straen gofalu.",
    "Ask the memory service or your GP, or call PALS on 0800 783 1853 to be put in touch.": "Gofynnwch i'r gwasanaeth cof neu i'ch meddyg teulu, neu ffoniwch PALS ar 0800 783 1853 i gael eich rhoi mewn cysylltiad.",
    "Interpreting and language support": "Cyfieithu a chymorth iaith",
    "Free interpreters so you and the person you care for understand care plans and meetings.": "Cyfieithwyr am ddim, er mwyn i chi a'r person rydych chi'n gofalu amdano ddeall cynlluniau gofal a chyfarfodydd.",
    "If English is not your first language, you can ask for an interpreter at appointments and care plan meetings. It is free.": "Os nad Saesneg yw eich iaith gyntaf, gallwch ofyn am gyfieithydd mewn apwyntiadau a chyfarfodydd cynllun gofal. Mae am ddim.",
    "Interpreters speaking Polish, Urdu, Bengali, Punjabi, Gujarati, Somali, Turkish, Romanian and Lithuanian can be booked, and many other languages too.": "Mae'n bosibl trefnu cyfieithwyr sy'n siarad Pwyleg, Wrdw, Bengaleg, Pwnjabeg, Gwjarati, Somalieg, Tyrceg, Rwmaneg a Lithwaneg, a llawer o ieithoedd eraill hefyd.",
    "If reading is hard, ask for information in another way, such as a recording.": "Os yw darllen yn anodd, gofynnwch am wybodaeth mewn ffordd arall, fel recordiad.",
    "Tell staff which language you speak when the appointment is booked.": "Dywedwch wrth y staff pa iaith rydych chi'n ei siarad pan fydd yr apwyntiad yn cael ei drefnu.",
    "Ask the team that cares for your relative, or call PALS, and say which language you need.": "Gofynnwch i'r tîm sy'n gofalu am eich perthynas, neu ffoniwch PALS, a dywedwch pa iaith sydd ei hangen arnoch chi.",
    "Carers' assessments, Barking and Dagenham Council": "Asesiadau gofalwyr, Barking and Dagenham Council",
    "Ask the council for a free carer's assessment to find out what support you can get.": "Gofynnwch i'r cyngor am asesiad gofalwr am ddim, i weld pa gymorth gallwch chi ei gael.",
    "A social worker from the council will talk with you about your caring and your own needs. The assessment is free.": "Bydd gweithiwr cymdeithasol o'r cyngor yn siarad â chi am eich gofalu a'ch anghenion eich hun. Mae'r asesiad am ddim.",
    "If you qualify, you agree a support plan. This can include a personal budget or a direct payment, for example to pay for a break.": "Os ydych chi'n gymwys, byddwch chi'n cytuno ar gynllun cymorth. Gall gynnwys cyllideb bersonol neu daliad uniongyrchol, er enghraifft i dalu am seibiant.",
    "If you do not qualify, the council should still give you information and advice.": "Os nad ydych chi'n gymwys, dylai'r cyngor roi gwybodaeth a chyngor i chi o hyd.",
    "Ask through the council's care and support website, or ask a carers' service to refer you.": "Gofynnwch drwy wefan gofal a chymorth y cyngor, neu gofynnwch i wasanaeth gofalwyr eich atgyfeirio.",
    "Carers of Barking and Dagenham": "Carers of Barking and Dagenham",
    "Advice, groups and support for carers of any age in Barking and Dagenham, whatever your situation.": "Cyngor, grwpiau a chymorth i ofalwyr o unrhyw oed yn Barking and Dagenham, beth bynnag yw eich sefyllfa.",
    "Any carer in the borough can use this service. You do not need an assessment first.": "Gall unrhyw ofalwr yn y fwrdeistref ddefnyddio'r gwasanaeth hwn. Does dim angen asesiad arnoch chi yn gyntaf.",
    "They help with many things, from speaking up for you to questions about work. They also support young carers.": "Maen nhw'n helpu gyda llawer o bethau, o siarad ar eich rhan i gwestiynau am waith. Maen nhw hefyd yn cefnogi gofalwyr ifanc.",
    "Call them yourself. You do not need a referral.": "Ffoniwch nhw eich hun. Does dim angen atgyfeiriad arnoch chi.",
    "Memory Lane": "Memory Lane",
    "Support for people with dementia and the family members who look after them.": "Cymorth i bobl â dementia ac i aelodau'r teulu sy'n gofalu amdanyn nhw.",
    "Memory Lane is run by Carers of Barking and Dagenham. It helps people with memory problems keep living in their own homes for longer.": "Carers of Barking and Dagenham sy'n rhedeg Memory Lane. Mae'n helpu pobl sydd â phroblemau cof i aros yn byw yn eu cartrefi eu hunain am fwy o amser.",
    "Carers get support too, so you are not coping alone.": "Mae gofalwyr yn cael cymorth hefyd, felly dydych chi ddim yn ymdopi ar eich pen eich hun.",
    "Call Carers of Barking and Dagenham and ask about Memory Lane.": "Ffoniwch Carers of Barking and Dagenham a holwch am Memory Lane.",
    "Redbridge Carers Support Service": "Redbridge Carers Support Service",
    "Information and support for adults who look after someone in Redbridge.": "Gwybodaeth a chymorth i oedolion sy'n gofalu am rywun yn Redbridge.",
    "If you care for someone who lives in Redbridge, call for advice about services, money and your rights.": "Os ydych chi'n gofalu am rywun sy'n byw yn Redbridge, ffoniwch i gael cyngor am wasanaethau, arian a'ch hawliau.",
    "Ask what groups and activities are running now, and how to get a carer's assessment.": "Holwch pa grwpiau a gweithgareddau sy'n cael eu cynnal nawr, a sut i gael asesiad gofalwr.",
    "Waltham Forest Carers Association": "Waltham Forest Carers Association",
    "A local carers' group in Waltham Forest that supports carers and speaks up for them.": "Grŵp gofalwyr lleol yn Waltham Forest sy'n cefnogi gofalwyr ac yn siarad ar eu rhan.",
    "Carers in Waltham Forest can get in touch to meet other carers and find out what help is out there.": "Gall gofalwyr yn Waltham Forest gysylltu i gwrdd â gofalwyr eraill a dysgu pa help sydd ar gael.",
    "The group also passes carers' views on to the NHS and the council.": "Mae'r grŵp hefyd yn rhannu barn gofalwyr â'r NHS a'r cyngor.",
    "Call them yourself.": "Ffoniwch nhw eich hun.",
    "Indigo young carers": "Gofalwyr ifanc Indigo",
    "Support, activities and someone to talk to for young carers in Redbridge.": "Cymorth, gweithgareddau a rhywun i siarad â nhw, i ofalwyr ifanc yn Redbridge.",
    "Indigo used to be called Redbridge Young Carers. It is for children and teenagers who help look after someone at home.": "Redbridge Young Carers oedd hen enw Indigo. Mae ar gyfer plant a phobl ifanc yn eu harddegau sy'n helpu i ofalu am rywun gartref.",
    "Young carers can take a break, have fun and meet others who understand what it is like.": "Gall gofalwyr ifanc gael seibiant, cael hwyl a chwrdd ag eraill sy'n deall sut beth yw e.",
    "A young carer, a parent, a teacher or a social worker can call.": "Gall gofalwr ifanc, rhiant, athro neu weithiwr cymdeithasol ffonio.",
    "Rethink Carers (Redbridge)": "Rethink Carers (Redbridge)",
    "Support for people in Redbridge who care for someone with a serious mental illness.": "Cymorth i bobl yn Redbridge sy'n gofalu am rywun â salwch meddwl difrifol.",
    "Caring for someone with a mental illness, such as schizophrenia or bipolar disorder, can be lonely and confusing. This service is for you, the carer.": "Gall gofalu am rywun â salwch meddwl, fel sgitsoffrenia neu anhwylder deubegynol, wneud i chi deimlo'n unig ac yn ddryslyd. Mae'r gwasanaeth hwn i chi, y gofalwr.",
    "Call to find out about support groups, information on mental illness and help to deal with services.": "Ffoniwch i ddysgu am grwpiau cymorth, gwybodaeth am salwch meddwl a help i ddelio â gwasanaethau.",
    "Rethink (Havering)": "Rethink (Havering)",
    "Rethink's local service for people affected by mental illness in Havering.": "Gwasanaeth lleol Rethink i bobl yn Havering y mae salwch meddwl yn effeithio arnyn nhw.",
    "Rethink supports people affected by severe mental illness, and their families.": "Mae Rethink yn cefnogi pobl y mae salwch meddwl difrifol yn effeithio arnyn nhw, a'u teuluoedd.",
    "Call to ask what is running in Havering now and whether it suits you.": "Ffoniwch i holi beth sy'n cael ei gynnal yn Havering nawr ac a yw'n addas i chi.",
    "Havering Mind": "Havering Mind",
    "The local Mind in Havering, for people with mental health problems and those close to them.": "Y Mind lleol yn Havering, i bobl â phroblemau iechyd meddwl a'r rhai sy'n agos atyn nhw.",
    "Havering Mind offers support to people in Havering who have mental health problems.": "Mae Havering Mind yn cynnig cymorth i bobl yn Havering sydd â phroblemau iechyd meddwl.",
    "If you care for someone, call to ask what they offer for families and how you can help the person get support.": "Os ydych chi'n gofalu am rywun, ffoniwch i holi beth maen nhw'n ei gynnig i deuluoedd a sut gallwch chi helpu'r person i gael cymorth.",
    "One Stop Mental Health Service": "One Stop Mental Health Service",
    "A local mental health service in north east London listed for carers and service users.": "Gwasanaeth iechyd meddwl lleol yng ngogledd-ddwyrain Llundain, sydd wedi'i restru ar gyfer gofalwyr a defnyddwyr gwasanaeth.",
    "The trust lists this service for both carers and people who use mental health services.": "Mae'r ymddiriedolaeth yn rhestru'r gwasanaeth hwn ar gyfer gofalwyr ac ar gyfer pobl sy'n defnyddio gwasanaethau iechyd meddwl.",
    "Call to find out what they offer and whether it is right for you or the person you care for.": "Ffoniwch i ddysgu beth maen nhw'n ei gynnig ac a yw'n addas i chi neu i'r person rydych chi'n gofalu amdano.",
    "Black Peoples Mental Health Association": "Black Peoples Mental Health Association",
    "A user-led group for Black people who use mental health services, and their families.": "Grŵp dan arweiniad defnyddwyr ar gyfer pobl Ddu sy'n defnyddio gwasanaethau iechyd meddwl, a'u teuluoedd.",
    "Some families feel services do not understand their culture. A group led by people with shared experience can help.": "Mae rhai teuluoedd yn teimlo nad yw gwasanaethau'n deall eu diwylliant. Gall grŵp sy'n cael ei arwain gan bobl sydd â phrofiad tebyg helpu.",
    "Call to ask how they can support you and the person you care for.": "Ffoniwch i holi sut gallan nhw eich cefnogi chi a'r person rydych chi'n gofalu amdano.",
    "QALB": "QALB",
    "A service user organisation in north east London, listed by the mental health trust.": "Sefydliad defnyddwyr gwasanaeth yng ngogledd-ddwyrain Llundain, sydd wedi'i restru gan yr ymddiriedolaeth iechyd meddwl.",
    "QALB is one of the user organisations the trust works with.": "Mae QALB yn un o'r sefydliadau defnyddwyr mae'r ymddiriedolaeth yn gweithio gyda nhw.",
    "Call to ask what they offer, and whether family members and carers can take part.": "Ffoniwch i holi beth maen nhw'n ei gynnig, ac a all aelodau'r teulu a gofalwyr gymryd rhan.",
    "PSS Together": "PSS Together",
    "PSS Together is one of the user organisations the trust works with.": "Mae PSS Together yn un o'r sefydliadau defnyddwyr mae'r ymddiriedolaeth yn gweithio gyda nhw.",
    "Call to ask what they offer and how families can be involved.": "Ffoniwch i holi beth maen nhw'n ei gynnig a sut gall teuluoedd fod yn rhan ohono.",
    "Waltham Forest Voluntary Action": "Waltham Forest Voluntary Action",
    "Can point you to local community groups and volunteering in Waltham Forest.": "Gallan nhw eich cyfeirio at grwpiau cymunedol lleol a gwaith gwirfoddol yn Waltham Forest.",
    "This organisation supports local charities and community groups in Waltham Forest.": "Mae'r sefydliad hwn yn cefnogi elusennau lleol a grwpiau cymunedol yn Waltham Forest.",
    "If you want to find a group near you, or to volunteer now that your caring has ended, they can point you the right way.": "Os ydych chi eisiau dod o hyd i grŵp yn agos atoch chi, neu wirfoddoli nawr bod eich cyfnod gofalu wedi dod i ben, gallan nhw eich rhoi ar ben ffordd.",
    "HUBB": "HUBB",
    "HUBB is one of the user organisations the trust works with.": "Mae HUBB yn un o'r sefydliadau defnyddwyr mae'r ymddiriedolaeth yn gweithio gyda nhw.",
    "Call to ask what they offer and whether carers can take part.": "Ffoniwch i holi beth maen nhw'n ei gynnig ac a all gofalwyr gymryd rhan.",
    "Runup": "Runup",
    "Runup is one of the user organisations the trust works with.": "Mae Runup yn un o'r sefydliadau defnyddwyr mae'r ymddiriedolaeth yn gweithio gyda nhw.",
    "Concern for Mental Health": "Concern for Mental Health",
    "Concern for Mental Health is one of the user organisations the trust works with.": "Mae Concern for Mental Health yn un o'r sefydliadau defnyddwyr mae'r ymddiriedolaeth yn gweithio gyda nhw.",
    "Call to ask what they offer and how families can get involved.": "Ffoniwch i holi beth maen nhw'n ei gynnig a sut gall teuluoedd gymryd rhan.",
    "Support for carers and families, Oxleas": "Cymorth i ofalwyr a theuluoedd, Oxleas",
    "Carers' groups, training and carers' assessments for families of people using Oxleas services.": "Grwpiau gofalwyr, hyfforddiant ac asesiadau gofalwyr i deuluoedd pobl sy'n defnyddio gwasanaethau Oxleas.",
    "Oxleas wants families and friends to be part of care, whether or not you call yourself a carer.": "Mae Oxleas eisiau i deuluoedd a ffrindiau fod yn rhan o'r gofal, p'un a ydych chi'n galw eich hun yn ofalwr ai peidio.",
    "Ask the team that looks after your relative about carers' groups, training and a carer's assessment.": "Gofynnwch i'r tîm sy'n gofalu am eich perthynas am grwpiau gofalwyr, hyfforddiant ac asesiad gofalwr.",
    "The Patient Experience team can help if you are not sure who to ask, or want to give feedback.": "Gall y Tîm Profiad Cleifion helpu os nad ydych chi'n siŵr pwy i'w holi, neu os ydych chi eisiau rhoi adborth.",
    "Ask the team that cares for your relative, or call Patient Experience.": "Gofynnwch i'r tîm sy'n gofalu am eich perthynas, neu ffoniwch y Tîm Profiad Cleifion.",
    "Family Consultation Service, Oxleas": "Gwasanaeth Ymgynghori â Theuluoedd (Family Consultation Service), Oxleas",
    "Family therapy for patients and their families when relationships are under strain.": "Therapi teulu i gleifion a'u teuluoedd pan fydd perthnasoedd dan straen.",
    "Sometimes illness puts a lot of strain on a family. Family therapists can meet with you all together.": "Weithiau mae salwch yn rhoi llawer o straen ar deulu. Gall therapyddion teulu gwrdd â chi i gyd gyda'ch gilydd.",
    "They help everyone talk, understand each other and find ways to support the person who is unwell.": "Maen nhw'n helpu pawb i siarad, i ddeall ei gilydd ac i ddod o hyd i ffyrdd o gefnogi'r person sy'n sâl.",
    "The team caring for your relative can refer you. Ask them about family work.": "Gall y tîm sy'n gofalu am eich perthynas eich atgyfeirio. Holwch nhw am waith gyda theuluoedd.",
    "Find a local carers' service": "Dod o hyd i wasanaeth gofalwyr lleol",
    "Carers Trust can tell you about your local carers' centre or service, anywhere in the UK.": "Gall Carers Trust ddweud wrthych chi am eich canolfan neu wasanaeth gofalwyr lleol, unrhyw le yn y DU.",
    "Carers Trust works with local carers' services and carers' centres across the UK. Many offer advice, breaks, groups and support for young carers.": "Mae Carers Trust yn gweithio gyda gwasanaethau gofalwyr lleol a chanolfannau gofalwyr ledled y DU. Mae llawer ohonyn nhw'n cynnig cyngor, seibiannau, grwpiau a chymorth i ofalwyr ifanc.",
    "If you are not sure where to start, they can help you find help near home.": "Os nad ydych chi'n siŵr ble i ddechrau, gallan nhw eich helpu i ddod o hyd i help yn agos at adref.",
    "Use the website to search for your nearest service, or call.": "Defnyddiwch y wefan i chwilio am y gwasanaeth agosaf atoch chi, neu ffoniwch.",
    "Help to find carers' services in Wales, in English or Welsh.": "Help i ddod o hyd i wasanaethau gofalwyr yng Nghymru, yn Saesneg neu yn Gymraeg.",
    "Carers Trust Wales works with local carers' services across Wales.": "Mae Carers Trust Wales yn gweithio gyda gwasanaethau gofalwyr lleol ledled Cymru.",
    "It also helps hospitals support carers of people with dementia through the Triangle of Care.": "Mae hefyd yn helpu ysbytai i gefnogi gofalwyr pobl â dementia drwy Triangle of Care (Triongl Gofal).",
    "Use the website to find your nearest carers' service in Wales.": "Defnyddiwch y wefan i ddod o hyd i'r gwasanaeth gofalwyr agosaf atoch chi yng Nghymru.",
    "Free advice on money, benefits, rights at work and getting support as a carer.": "Cyngor am ddim ar arian, budd-daliadau, hawliau yn y gwaith a chael cymorth fel gofalwr.",
    "The helpline is a free phone line. It can check which benefits you might get, including Carer's Allowance.": "Llinell ffôn am ddim yw'r llinell gymorth. Gall wirio pa fudd-daliadau y gallech chi eu cael, gan gynnwys Lwfans Gofalwr (Carer's Allowance).",
    "They can also explain your rights at work and how to ask your council for help.": "Gallan nhw hefyd esbonio eich hawliau yn y gwaith a sut i ofyn i'ch cyngor am help.",
    "Call the helpline yourself.": "Ffoniwch y llinell gymorth eich hun.",
    "Mind information": "Gwybodaeth gan Mind",
    "Clear information about mental health problems, treatments and where to get help.": "Gwybodaeth glir am broblemau iechyd meddwl, triniaethau a ble i gael help.",
    "Mind explains mental health problems in plain words, for people who are unwell and those around them.": "Mae Mind yn esbonio problemau iechyd meddwl mewn geiriau syml, i bobl sy'n sâl a'r bobl o'u cwmpas.",
    "It can also point you to your local Mind.": "Gall hefyd eich cyfeirio at eich Mind lleol.",
    "Call or visit the website.": "Ffoniwch neu ewch i'r wefan.",
    "Rethink Mental Illness advice": "Cyngor gan Rethink Mental Illness",
    "Advice for people living with severe mental illness and the people who care for them.": "Cyngor i bobl sy'n byw gyda salwch meddwl difrifol a'r bobl sy'n gofalu amdanyn nhw.",
    "Rethink has information and advice for families on illnesses such as schizophrenia and bipolar disorder, and on the law.": "Mae gan Rethink wybodaeth a chyngor i deuluoedd am salwch fel sgitsoffrenia ac anhwylder deubegynol, ac am y gyfraith.",
    "Carers can find out about their rights and about sharing information with the care team.": "Gall gofalwyr ddysgu am eu hawliau ac am rannu gwybodaeth â'r tîm gofal.",
    "YoungMinds advice for parents": "Cyngor YoungMinds i rieni",
    "Advice for parents and carers worried about a child or young person's mental health.": "Cyngor i rieni a gofalwyr sy'n poeni am iechyd meddwl plentyn neu berson ifanc.",
    "If you are worried about your child's mood or behaviour, YoungMinds explains what might be going on.": "Os ydych chi'n poeni am hwyliau neu ymddygiad eich plentyn, mae YoungMinds yn esbonio beth allai fod yn digwydd.",
    "It also tells you how to get help from your GP, school or children's mental health services.": "Mae hefyd yn dweud wrthych chi sut i gael help gan eich meddyg teulu, yr ysgol neu wasanaethau iechyd meddwl plant.",
    "Visit the website.": "Ewch i'r wefan.",
    "Student carer support, University of Birmingham": "Cymorth i ofalwyr sy'n fyfyrwyr, University of Birmingham",
    "A lead contact for students who care, and events for young adult carers thinking about university.": "Prif berson cyswllt i fyfyrwyr sy'n gofalu, a digwyddiadau i ofalwyr sy'n oedolion ifanc ac sy'n ystyried mynd i'r brifysgol.",
    "If you care for someone and study at Birmingham, or want to, there is a named person you can talk to.": "Os ydych chi'n gofalu am rywun ac yn astudio yn Birmingham, neu eisiau gwneud hynny, mae person penodol y gallwch chi siarad â nhw.",
    "The university has run days for young adult carers to find out about student life.": "Mae'r brifysgol wedi cynnal diwrnodau i ofalwyr sy'n oedolion ifanc gael dysgu am fywyd myfyriwr.",
    "Call the lead contact yourself.": "Ffoniwch y prif berson cyswllt eich hun.",
    "Student carer support, University of Nottingham": "Cymorth i ofalwyr sy'n fyfyrwyr, University of Nottingham",
    "A named Student Support contact for students with caring responsibilities, plus taster days.": "Person cyswllt penodol yn y tîm Cymorth i Fyfyrwyr (Student Support) i fyfyrwyr sydd â chyfrifoldebau gofalu, a diwrnodau blasu hefyd.",
    "The Student Support Team has a contact just for students who care. You can get in touch directly.": "Mae gan y Tîm Cymorth i Fyfyrwyr (Student Support Team) berson cyswllt ar gyfer myfyrwyr sy'n gofalu yn unig. Gallwch chi gysylltu'n uniongyrchol.",
    "The university also invites groups of young carers from across the Midlands to try out university life.": "Mae'r brifysgol hefyd yn gwahodd grwpiau o ofalwyr ifanc o bob rhan o Ganolbarth Lloegr i roi cynnig ar fywyd prifysgol.",
    "Email or call Student Support yourself.": "E-bostiwch neu ffoniwch y tîm Cymorth i Fyfyrwyr (Student Support) eich hun.",
    "Student carer support, University of Winchester": "Cymorth i ofalwyr sy'n fyfyrwyr, University of Winchester",
    "Taster days, a yearly residential and help with fees for young people who care.": "Diwrnodau blasu, cwrs preswyl bob blwyddyn a help gyda ffioedd i bobl ifanc sy'n gofalu.",
    "Each year there is a residential, and there are taster days, for young people in Hampshire aged 14 and over who care for someone.": "Bob blwyddyn mae cwrs preswyl, ac mae diwrnodau blasu, i bobl ifanc yn Hampshire sy'n 14 oed neu'n hŷn ac sy'n gofalu am rywun.",
    "Carers can get extra help when they apply, and a discount on postgraduate fees.": "Gall gofalwyr gael help ychwanegol pan fyddan nhw'n gwneud cais, a gostyngiad ar ffioedd ôl-raddedig.",
    "Call a lead contact yourself.": "Ffoniwch un o'r prif bobl gyswllt eich hun.",
    "Student carer support, York St John University": "Cymorth i ofalwyr sy'n fyfyrwyr, York St John University",
    "Named contacts for students who care, with help from the local carers' centre.": "Pobl benodol i gysylltu â nhw, i fyfyrwyr sy'n gofalu, gyda help gan y ganolfan gofalwyr leol.",
    "York St John and York Carers Centre work together to help students who look after someone.": "Mae York St John a York Carers Centre yn gweithio gyda'i gilydd i helpu myfyrwyr sy'n gofalu am rywun.",
    "Look out for the carers' stall at the Freshers' Fair, and at other stalls during the year.": "Chwiliwch am stondin y gofalwyr yn Ffair y Glas (Freshers' Fair), ac mewn stondinau eraill yn ystod y flwyddyn.",
    "Student carer support, De Montfort University": "Cymorth i ofalwyr sy'n fyfyrwyr, De Montfort University",
    "Guidance officers for student carers, experience days and help with accommodation.": "Swyddogion cyfarwyddyd i ofalwyr sy'n fyfyrwyr, diwrnodau profiad a help gyda llety.",
    "DMU has staff whose job includes helping students who care. Get in touch before or after you start.": "Mae gan DMU staff sydd â swydd sy'n cynnwys helpu myfyrwyr sy'n gofalu. Cysylltwch â nhw cyn neu ar ôl i chi ddechrau.",
    "There are experience days for student carers. Student carers are a priority for some free accommodation scholarships.": "Mae diwrnodau profiad i ofalwyr sy'n fyfyrwyr. Mae gofalwyr sy'n fyfyrwyr yn cael blaenoriaeth ar gyfer rhai ysgoloriaethau llety am ddim.",
    "Email or call a guidance officer yourself.": "E-bostiwch neu ffoniwch swyddog cyfarwyddyd eich hun.",
    "Student carer support, Sheffield Hallam University": "Cymorth i ofalwyr sy'n fyfyrwyr, Sheffield Hallam University",
    "Advice in person for students who care, a support fund and extra help before you start.": "Cyngor wyneb yn wyneb i fyfyrwyr sy'n gofalu, cronfa gymorth a help ychwanegol cyn i chi ddechrau.",
    "Lead contacts can meet you one to one to talk about your caring and university life. They can refer you to local carers' organisations.": "Gall y prif bobl gyswllt gwrdd â chi un i un i siarad am eich gofalu a bywyd prifysgol. Gallan nhw eich atgyfeirio at sefydliadau gofalwyr lleol.",
    "If caring brings extra costs or a sudden money problem, you can apply to the Student Support Fund.": "Os yw gofalu yn dod â chostau ychwanegol neu broblem arian sydyn, gallwch chi wneud cais i'r Student Support Fund (Cronfa Cymorth i Fyfyrwyr).",
    "Before you start, the Compact scheme gives extra support to people, such as carers, who face barriers to university.": "Cyn i chi ddechrau, mae cynllun Compact yn rhoi cymorth ychwanegol i bobl, fel gofalwyr, sy'n wynebu rhwystrau rhag mynd i'r brifysgol.",
    "Call the lead contacts yourself.": "Ffoniwch y prif bobl gyswllt eich hun.",
    "Student carer support, University of Manchester": "Cymorth i ofalwyr sy'n fyfyrwyr, University of Manchester",
    "A web page and a named contact for students who look after someone.": "Tudalen we a pherson cyswllt penodol i fyfyrwyr sy'n gofalu am rywun.",
    "The university has a web page for student carers and a contact you can call.": "Mae gan y brifysgol dudalen we i ofalwyr sy'n fyfyrwyr a pherson cyswllt y gallwch chi ei ffonio.",
    "Call to find out what support you can get while you study.": "Ffoniwch i ddysgu pa gymorth gallwch chi ei gael tra byddwch chi'n astudio.",
    "Call the contact yourself.": "Ffoniwch y person cyswllt eich hun.",
    # --- Easy read: the section and its five pages ---------------------------------------------------------------
    "Easy read": "Hawdd ei ddeall",
    "Easy read pages for carers. They use short sentences and everyday words.": "Tudalennau hawdd eu deall i ofalwyr. Maen nhw'n defnyddio brawddegau byr a geiriau bob dydd.",
    "These pages are in <strong>easy read</strong>.": "Mae'r tudalennau hyn yn <strong>hawdd eu deall</strong>.",
    "They use short sentences and everyday words.": "Maen nhw'n defnyddio brawddegau byr a geiriau bob dydd.",
    "Each page is about 1 thing.": "Mae pob tudalen yn sôn am 1 peth.",
    "What can I read about?": "Beth alla i ddarllen amdano?",
    '<a id="a1">What to do in a crisis</a>': '<a id="a1">Beth i\'w wneud mewn argyfwng</a>',
    '<a id="a1">Carer\'s assessment</a>': '<a id="a1">Asesiad gofalwr</a>',
    '<a id="a1">Taking a break from caring</a>': '<a id="a1">Cymryd seibiant o ofalu</a>',
    '<a id="a1">Money for carers</a>': '<a id="a1">Arian i ofalwyr</a>',
    '<a id="a1">Young carers</a>': '<a id="a1">Gofalwyr ifanc</a>',
    "Where is the longer page?": "Ble mae'r dudalen hirach?",
    "Each easy read page has a longer page with more detail.": "Mae gan bob tudalen hawdd ei deall dudalen hirach gyda mwy o fanylion.",
    "Look for <strong>Other formats and languages</strong> near the top of the page.": "Chwiliwch am <strong>Fformatau ac ieithoedd eraill</strong> ger brig y dudalen.",
    "Do you need help now?": "Oes angen help arnoch chi nawr?",
    "If someone could die, phone <strong>999</strong>.": "Os gallai rhywun farw, ffoniwch <strong>999</strong>.",
    "If it is urgent but not that serious, phone <strong>111</strong>.": "Os yw'n fater brys ond ddim mor ddifrifol â hynny, ffoniwch <strong>111</strong>.",
    "What to do in a crisis (easy read)": "Beth i'w wneud mewn argyfwng (hawdd ei ddeall)",
    "Who to phone if someone is in danger. Who to phone if you cannot cope.": "Pwy i'w ffonio os yw rhywun mewn perygl. Pwy i'w ffonio os na allwch chi ymdopi.",
    "A <strong>crisis</strong> is when someone is in danger.": "Mae <strong>argyfwng</strong> yn golygu bod rhywun mewn perygl.",
    "It can also be when you cannot cope.": "Gall hefyd olygu na allwch chi ymdopi.",
    "This page tells you who to phone.": "Mae'r dudalen hon yn dweud wrthych chi pwy i'w ffonio.",
    "Is someone's life in danger?": "Ydy bywyd rhywun mewn perygl?",
    "Phone <strong>999</strong> straight away.": "Ffoniwch <strong>999</strong> ar unwaith.",
    "For example, the person is badly hurt.": "Er enghraifft, mae'r person wedi'i anafu'n ddrwg.",
    "Or they have taken too many pills.": "Neu maen nhw wedi cymryd gormod o dabledi.",
    "Stay with them if it is safe.": "Arhoswch gyda nhw os yw'n ddiogel.",
    "Are you in danger too? Get to a safe place first.": "Ydych chi mewn perygl hefyd? Ewch i le diogel yn gyntaf.",
    "Then phone 999.": "Yna ffoniwch 999.",
    "Is it urgent but not life or death?": "Ydy e'n fater brys, ond ddim yn fater o fyw neu farw?",
    "Phone <strong>NHS 111</strong>.": "Ffoniwch <strong>NHS 111</strong>.",
    "In England, choose <strong>option 2</strong> for mental health.": "Yn Lloegr, dewiswch <strong>opsiwn 2</strong> ar gyfer iechyd meddwl.",
    "You can phone at any time, day or night.": "Gallwch chi ffonio unrhyw bryd, ddydd neu nos.",
    "Does the person have a care plan?": "Oes gan y person gynllun gofal?",
    "The plan may have a crisis phone number. Phone that number first.": "Efallai bod rhif ffôn argyfwng yn y cynllun. Ffoniwch y rhif hwnnw yn gyntaf.",
    "That team knows the person.": "Mae'r tîm hwnnw'n adnabod y person.",
    "Do you need to talk to someone?": "Oes angen i chi siarad â rhywun?",
    "Phone <strong>Samaritans</strong> on <strong>116 123</strong>. It is free. They answer at any time.": "Ffoniwch <strong>Samaritans</strong> (y Samariaid) ar <strong>116 123</strong>. Mae am ddim. Maen nhw'n ateb unrhyw bryd.",
    "Cannot talk out loud? Text the word SHOUT to <strong>85258</strong>.": "Allwch chi ddim siarad yn uchel? Tecstiwch y gair SHOUT i <strong>85258</strong>.",
    "Are you under 19? Phone <strong>Childline</strong> on <strong>0800 1111</strong>. It is free.": "Ydych chi o dan 19 oed? Ffoniwch <strong>Childline</strong> ar <strong>0800 1111</strong>. Mae am ddim.",
    "What if the person says no to help?": "Beth os yw'r person yn gwrthod help?",
    "Is their life in danger? Phone 999 anyway.": "Ydy eu bywyd mewn perygl? Ffoniwch 999 beth bynnag.",
    "If not, phone 111 or their care team.": "Os nad yw, ffoniwch 111 neu eu tîm gofal.",
    "Does the person talk about ending their life? Take it seriously.": "Ydy'r person yn siarad am ddod â'u bywyd i ben? Cymerwch hyn o ddifrif.",
    "Ask them how they feel.": "Gofynnwch iddyn nhw sut maen nhw'n teimlo.",
    "What is a crisis plan?": "Beth yw cynllun argyfwng?",
    "A <strong>crisis plan</strong> says what to do when things go wrong.": "Mae <strong>cynllun argyfwng</strong> yn dweud beth i'w wneud pan fydd pethau'n mynd o chwith.",
    "Make the plan before you need it.": "Gwnewch y cynllun cyn bod ei angen arnoch chi.",
    "Ask the person's care team to write it with you both.": "Gofynnwch i dîm gofal y person ei ysgrifennu gyda'r ddau ohonoch chi.",
    "The plan should say:": "Dylai'r cynllun ddweud:",
    "the team's crisis phone number": "rhif ffôn argyfwng y tîm",
    "when someone answers that number": "pryd mae rhywun yn ateb y rhif hwnnw",
    "who to phone at night and at weekends": "pwy i'w ffonio yn y nos ac ar benwythnosau",
    "signs that things are getting worse": "arwyddion bod pethau'n gwaethygu",
    "which medicines the person takes": "pa feddyginiaethau mae'r person yn eu cymryd",
    "Keep the plan close": "Cadwch y cynllun wrth law",
    "Save the plan on your phone.": "Cadwch y cynllun ar eich ffôn.",
    "Put a copy by your front door.": "Rhowch gopi wrth eich drws ffrynt.",
    "Give a copy to someone you trust.": "Rhowch gopi i rywun rydych chi'n ymddiried ynddo.",
    "What about after a crisis?": "Beth am ar ôl argyfwng?",
    "A crisis can be very scary.": "Gall argyfwng fod yn frawychus iawn.",
    "When things are calm, look after yourself too.": "Pan fydd pethau'n dawel, gofalwch amdanoch chi'ch hun hefyd.",
    "Talk to someone about how you feel.": "Siaradwch â rhywun am sut rydych chi'n teimlo.",
    "A carers' service can listen. They can help you plan for next time.": "Gall gwasanaeth gofalwyr wrando. Gallan nhw eich helpu i gynllunio ar gyfer y tro nesaf.",
    '<a id="a1">Find a carers\' service near you</a>.': '<a id="a1">Dewch o hyd i wasanaeth gofalwyr yn agos atoch chi</a>.',
    "Who can help?": "Pwy all helpu?",
    "Emergency: phone <strong>999</strong>": "Argyfwng: ffoniwch <strong>999</strong>",
    "NHS 111: phone <strong>111</strong>, then choose option 2": "NHS 111: ffoniwch <strong>111</strong>, yna dewiswch opsiwn 2",
    "Samaritans: phone <strong>116 123</strong>": "Samaritans (y Samariaid): ffoniwch <strong>116 123</strong>",
    "Shout: text SHOUT to <strong>85258</strong>": "Shout: tecstiwch SHOUT i <strong>85258</strong>",
    "Childline, if you are under 19: phone <strong>0800 1111</strong>": "Childline, os ydych chi o dan 19 oed: ffoniwch <strong>0800 1111</strong>",
    "Words to know": "Geiriau i'w gwybod",
    "<strong>Care team</strong>: the doctors, nurses and workers who look after the person.": "<strong>Tîm gofal</strong>: y meddygon, y nyrsys a'r gweithwyr sy'n gofalu am y person.",
    "<strong>Care plan</strong>: a written plan for the person's care.": "<strong>Cynllun gofal</strong>: cynllun ysgrifenedig ar gyfer gofal y person.",
    "Carer's assessment (easy read)": "Asesiad gofalwr (hawdd ei ddeall)",
    "A free talk with your council about what you need as a carer.": "Sgwrs am ddim gyda'ch cyngor am yr hyn sydd ei angen arnoch chi fel gofalwr.",
    "A <strong>carer's assessment</strong> is a talk with your council.": "Mae <strong>asesiad gofalwr</strong> (carer's assessment) yn sgwrs gyda'ch cyngor.",
    "The talk is about you.": "Mae'r sgwrs amdanoch chi.",
    "It looks at how caring affects your life and your health.": "Mae'n edrych ar sut mae gofalu yn effeithio ar eich bywyd a'ch iechyd.",
    "It is not a test of how well you care.": "Nid prawf yw e o ba mor dda rydych chi'n gofalu.",
    "Does it cost money?": "Ydy e'n costio arian?",
    "No. It is free.": "Nac ydy. Mae am ddim.",
    "Your money and savings do not matter.": "Does dim ots am eich arian a'ch cynilion.",
    "You can have one even if the person you care for gets no help.": "Gallwch chi gael un hyd yn oed os nad yw'r person rydych chi'n gofalu amdano yn cael help.",
    "You can have one even if they do not want help.": "Gallwch chi gael un hyd yn oed os nad ydyn nhw eisiau help.",
    "Who can ask for one?": "Pwy all ofyn am un?",
    "Do you look after an adult? Ask <strong>adult social care</strong> at the council.": "Ydych chi'n gofalu am oedolyn? Gofynnwch i'r gwasanaeth <strong>gofal cymdeithasol i oedolion</strong> (adult social care) yn y cyngor.",
    "Do you look after a disabled child? Ask children's services at the council.": "Ydych chi'n gofalu am blentyn anabl? Gofynnwch i'r gwasanaethau plant yn y cyngor.",
    "Are you under 18? Ask children's services, your school or a young carers' service.": "Ydych chi o dan 18 oed? Gofynnwch i'r gwasanaethau plant, eich ysgol neu wasanaeth gofalwyr ifanc.",
    "Are you nearly 18? Ask for a transition assessment. Then your help carries on.": "Ydych chi bron yn 18 oed? Gofynnwch am asesiad pontio (transition assessment). Yna bydd eich help yn parhau.",
    "How do I ask for one?": "Sut ydw i'n gofyn am un?",
    "Find the council where the person you care for lives.": "Dewch o hyd i'r cyngor lle mae'r person rydych chi'n gofalu amdano yn byw.",
    "Phone or email their adult social care team.": "Ffoniwch neu e-bostiwch eu tîm gofal cymdeithasol i oedolion.",
    'Say: "I am a carer. I would like a carer\'s assessment."': 'Dywedwch: "Rwy\'n ofalwr. Hoffwn gael asesiad gofalwr."',
    "The council will give you a time to talk.": "Bydd y cyngor yn rhoi amser i chi siarad.",
    "You can talk face to face, on the phone or online.": "Gallwch chi siarad wyneb yn wyneb, ar y ffôn neu ar-lein.",
    "A carers' service, your doctor or the person's care team can ask for you.": "Gall gwasanaeth gofalwyr, eich meddyg neu dîm gofal y person ofyn ar eich rhan.",
    "Not sure which council?": "Ddim yn siŵr pa gyngor?",
    'Go to <a id="a1">Find your local council</a> on GOV.UK.': 'Ewch i <a id="a1">Dod o hyd i\'ch cyngor lleol</a> ar GOV.UK.',
    "Type in the postcode of the person you care for.": "Teipiwch god post y person rydych chi'n gofalu amdano.",
    "How do I get ready?": "Sut ydw i'n paratoi?",
    "Before the talk, write down what is hard for you.": "Cyn y sgwrs, ysgrifennwch beth sy'n anodd i chi.",
    "Write down what would help.": "Ysgrifennwch beth fyddai'n helpu.",
    "They will ask you about:": "Byddan nhw'n gofyn i chi am:",
    "what you do for the person": "beth rydych chi'n ei wneud i'r person",
    "how many hours you spend caring": "faint o oriau rydych chi'n eu treulio yn gofalu",
    "how caring affects your health, sleep and mood": "sut mae gofalu yn effeithio ar eich iechyd, eich cwsg a'ch hwyliau",
    "if you can work, study or see friends": "a allwch chi weithio, astudio neu weld ffrindiau",
    "what would happen if you could not care for a while": "beth fyddai'n digwydd pe na allech chi ofalu am gyfnod",
    "what you would like to change": "beth hoffech chi ei newid",
    "You can ask to talk in private.": "Gallwch chi ofyn am gael siarad yn breifat.",
    "Will I get help?": "A gaf i help?",
    "In England, a law called the <strong>Care Act 2014</strong> has the rules.": "Yn Lloegr, mae deddf o'r enw <strong>Deddf Gofal 2014</strong> (Care Act 2014) yn gosod y rheolau.",
    "The council must help you if all 3 of these are true:": "Rhaid i'r cyngor eich helpu os yw'r 3 pheth hyn i gyd yn wir:",
    "Your needs come from caring for someone.": "Mae eich anghenion yn dod o ofalu am rywun.",
    "Caring puts your health at risk. Or it stops you doing everyday things.": "Mae gofalu yn rhoi eich iechyd mewn perygl. Neu mae'n eich atal rhag gwneud pethau bob dydd.",
    "Because of this, your wellbeing is likely to suffer a lot.": "Oherwydd hyn, mae'n debygol y bydd eich llesiant yn dioddef yn fawr.",
    "Everyday things include looking after your home, working, seeing people and resting.": "Mae pethau bob dydd yn cynnwys gofalu am eich cartref, gweithio, gweld pobl a gorffwys.",
    "If you can get help, you and the council make a <strong>support plan</strong>.": "Os gallwch chi gael help, byddwch chi a'r cyngor yn gwneud <strong>cynllun cymorth</strong>.",
    "You may get money to choose your own support. For example, a break.": "Efallai y cewch chi arian i ddewis eich cymorth eich hun. Er enghraifft, seibiant.",
    "What if I cannot get help?": "Beth os na alla i gael help?",
    "The council should still give you information and advice.": "Dylai'r cyngor roi gwybodaeth a chyngor i chi o hyd.",
    "Ask them about groups and carers' services near you.": "Holwch nhw am grwpiau a gwasanaethau gofalwyr yn agos atoch chi.",
    "Is the person coming home from hospital?": "Ydy'r person yn dod adref o'r ysbyty?",
    "Tell the ward staff that you are a carer.": "Dywedwch wrth staff y ward eich bod chi'n ofalwr.",
    "Do this before the person leaves hospital.": "Gwnewch hyn cyn i'r person adael yr ysbyty.",
    "Ask to help plan for them coming home.": "Gofynnwch am gael helpu i gynllunio ar gyfer pan fyddan nhw'n dod adref.",
    "Ask the council for a carer's assessment too.": "Gofynnwch i'r cyngor am asesiad gofalwr hefyd.",
    "Can I have another one later?": "A gaf i un arall yn nes ymlaen?",
    "Yes. Things can change.": "Cewch. Gall pethau newid.",
    "For example, the person you care for gets worse.": "Er enghraifft, mae'r person rydych chi'n gofalu amdano yn gwaethygu.",
    "Then ask the council for a <strong>review</strong>.": "Yna gofynnwch i'r cyngor am <strong>adolygiad</strong>.",
    "<strong>Council</strong>: the local government for your area.": "<strong>Cyngor</strong>: y llywodraeth leol ar gyfer eich ardal.",
    "<strong>Assessment</strong>: a talk to find out what help you need.": "<strong>Asesiad</strong>: sgwrs i weld pa help sydd ei angen arnoch chi.",
    "<strong>Direct payment</strong>: money from the council. You choose how to spend it on your support.": "<strong>Taliad uniongyrchol</strong>: arian gan y cyngor. Rydych chi'n dewis sut i'w wario ar eich cymorth.",
    "Taking a break from caring (easy read)": "Cymryd seibiant o ofalu (hawdd ei ddeall)",
    "Everyone needs time off from caring. How to get a break.": "Mae angen amser i ffwrdd o ofalu ar bawb. Sut i gael seibiant.",
    "Caring can make you very tired.": "Gall gofalu eich gwneud chi'n flinedig iawn.",
    "Everyone needs time off.": "Mae angen amser i ffwrdd ar bawb.",
    "A break gives you time for yourself.": "Mae seibiant yn rhoi amser i chi'ch hun.",
    "You can sleep, see friends or go to the doctor.": "Gallwch chi gysgu, gweld ffrindiau neu fynd at y meddyg.",
    "Taking a break does not mean you let the person down.": "Dydy cymryd seibiant ddim yn golygu eich bod chi'n siomi'r person.",
    "It helps you keep going.": "Mae'n eich helpu i ddal ati.",
    "A drawing. A sitter stays at home with the person who needs care. The carer sits on a bench in the park with a hot drink.": "Llun. Mae rhywun yn aros gartref gyda'r person sydd angen gofal. Mae'r gofalwr yn eistedd ar fainc yn y parc gyda diod boeth.",
    "A sitter stays with the person. The carer has time in the park.": "Mae rhywun yn aros gyda'r person. Mae gan y gofalwr amser yn y parc.",
    "What kinds of break are there?": "Pa fathau o seibiant sydd ar gael?",
    "<strong>Sitting service</strong>: someone stays with the person for a few hours. You can go out.": "<strong>Gwasanaeth eistedd</strong>: mae rhywun yn aros gyda'r person am ychydig oriau. Gallwch chi fynd allan.",
    "<strong>Day centre</strong>: the person spends the day in a safe place. There are things to do.": "<strong>Canolfan ddydd</strong>: mae'r person yn treulio'r diwrnod mewn lle diogel. Mae pethau i'w gwneud yno.",
    "<strong>Short stay</strong>: the person stays in a care home for a few nights or weeks.": "<strong>Arhosiad byr</strong>: mae'r person yn aros mewn cartref gofal am ychydig nosweithiau neu wythnosau.",
    "<strong>Care at home</strong>: a paid carer stays with the person. You can go away.": "<strong>Gofal gartref</strong>: mae gofalwr cyflogedig yn aros gyda'r person. Gallwch chi fynd i ffwrdd.",
    "<strong>Young carers</strong> can go to clubs and on trips.": "Gall <strong>gofalwyr ifanc</strong> fynd i glybiau ac ar dripiau.",
    "Some people call a break <strong>respite</strong>. It means the same thing.": "Mae rhai pobl yn galw seibiant yn <strong>ofal seibiant</strong> (respite). Mae'n golygu'r un peth.",
    "How do I get a break?": "Sut ydw i'n cael seibiant?",
    'Ask your council for a <a id="a1">carer\'s assessment</a>. They can arrange breaks.': 'Gofynnwch i\'ch cyngor am <a id="a1">asesiad gofalwr</a>. Gallan nhw drefnu seibiannau.',
    "You may get money to pay for your own break.": "Efallai y cewch chi arian i dalu am eich seibiant eich hun.",
    "Ask a carers' service near you about breaks.": "Holwch wasanaeth gofalwyr yn agos atoch chi am seibiannau.",
    "Ask family or friends to take turns. Even 1 hour helps.": "Gofynnwch i deulu neu ffrindiau gymryd eu tro. Mae hyd yn oed 1 awr yn helpu.",
    "Do I have to pay?": "Oes rhaid i mi dalu?",
    "It depends.": "Mae'n dibynnu.",
    "After an assessment, the council may pay some or all of the cost.": "Ar ôl asesiad, efallai y bydd y cyngor yn talu rhan o'r gost neu'r cyfan.",
    "Some charities give breaks that are free or cheap.": "Mae rhai elusennau'n rhoi seibiannau am ddim neu am bris isel.",
    "How do I plan a break?": "Sut ydw i'n cynllunio seibiant?",
    "Talk with the person you care for.": "Siaradwch â'r person rydych chi'n gofalu amdano.",
    "Ask who they would like to help them.": "Gofynnwch pwy hoffen nhw i'w helpu.",
    "Try a short break first. Then you both get used to it.": "Rhowch gynnig ar seibiant byr yn gyntaf. Yna bydd y ddau ohonoch chi'n dod i arfer ag e.",
    "Does the person not want anyone else to help? That is common.": "Dydy'r person ddim eisiau i neb arall helpu? Mae hynny'n gyffredin.",
    "Start small, with someone they already know.": "Dechreuwch yn fach, gyda rhywun maen nhw'n ei adnabod yn barod.",
    "Talk about what worries them.": "Siaradwch am beth sy'n eu poeni.",
    "Does the person have a mental health problem?": "Oes gan y person broblem iechyd meddwl?",
    "You need breaks too.": "Mae angen seibiannau arnoch chi hefyd.",
    "Ask their care team to put breaks in the care plan.": "Gofynnwch i'w tîm gofal roi seibiannau yn y cynllun gofal.",
    "Carers Trust has a guide about this. It is called Making Respite Real in Mental Health.": "Mae gan Carers Trust ganllaw am hyn. Ei enw yw Making Respite Real in Mental Health.",
    "What if I suddenly cannot care?": "Beth os na alla i ofalu yn sydyn?",
    "You might get ill or have an emergency.": "Efallai y byddwch chi'n mynd yn sâl neu'n cael argyfwng.",
    "The person may need someone else straight away.": "Efallai y bydd angen rhywun arall ar y person ar unwaith.",
    "Make an <strong>emergency plan</strong> now.": "Gwnewch <strong>gynllun argyfwng</strong> nawr.",
    "Write down:": "Ysgrifennwch:",
    "who to phone": "pwy i'w ffonio",
    "what the person needs": "beth sydd ei angen ar y person",
    "which medicines they take": "pa feddyginiaethau maen nhw'n eu cymryd",
    "Ask your council about help in an emergency.": "Holwch eich cyngor am help mewn argyfwng.",
    "A carers' service can tell you about breaks near you.": "Gall gwasanaeth gofalwyr ddweud wrthych chi am seibiannau yn agos atoch chi.",
    "Money for carers (easy read)": "Arian i ofalwyr (hawdd ei ddeall)",
    "Carer's Allowance and other money that can help carers.": "Lwfans Gofalwr ac arian arall a all helpu gofalwyr.",
    "Caring can cost money.": "Gall gofalu gostio arian.",
    "You may work fewer hours.": "Efallai y byddwch chi'n gweithio llai o oriau.",
    "You may spend more on heating, travel and food.": "Efallai y byddwch chi'n gwario mwy ar wresogi, teithio a bwyd.",
    "There is money to help you.": "Mae arian ar gael i'ch helpu.",
    "But you often have to ask for it.": "Ond yn aml mae'n rhaid i chi ofyn amdano.",
    "What is Carer's Allowance?": "Beth yw Lwfans Gofalwr?",
    "<strong>Carer's Allowance</strong> is money from the government.": "Mae <strong>Lwfans Gofalwr</strong> (Carer's Allowance) yn arian gan y llywodraeth.",
    "It is paid every week.": "Mae'n cael ei dalu bob wythnos.",
    "You may get it if:": "Efallai y gallwch chi ei gael:",
    "you care for someone for <strong>35 hours</strong> a week or more": "os ydych chi'n gofalu am rywun am <strong>35 awr</strong> yr wythnos neu fwy",
    "they get certain disability benefits": "os ydyn nhw'n cael rhai budd-daliadau anabledd",
    "you are 16 or older": "os ydych chi'n 16 oed neu'n hŷn",
    "These benefits include Attendance Allowance.": "Mae'r budd-daliadau hyn yn cynnwys Lwfans Gweini (Attendance Allowance).",
    "They include some parts of Personal Independence Payment and Disability Living Allowance.": "Maen nhw'n cynnwys rhai rhannau o'r Taliad Annibyniaeth Personol (Personal Independence Payment) a'r Lwfans Byw i'r Anabl (Disability Living Allowance).",
    "You do not need to live with the person.": "Does dim rhaid i chi fyw gyda'r person.",
    "Shopping, cooking and keeping them company all count towards the 35 hours.": "Mae siopa, coginio a chadw cwmni iddyn nhw i gyd yn cyfrif tuag at y 35 awr.",
    "Check before you claim": "Gwiriwch cyn i chi hawlio",
    "The amounts change every April.": "Mae'r symiau'n newid bob mis Ebrill.",
    'Check them on <a id="a1">GOV.UK</a>.': 'Gwiriwch nhw ar <a id="a1">GOV.UK</a>.',
    "Claiming can change the money the person you care for gets.": "Gall hawlio newid yr arian mae'r person rydych chi'n gofalu amdano yn ei gael.",
    "Get advice first.": "Gofynnwch am gyngor yn gyntaf.",
    "Do you live in Scotland?": "Ydych chi'n byw yn yr Alban?",
    "In Scotland, the money is called <strong>Carer Support Payment</strong>.": "Yn yr Alban, yr enw ar yr arian yw <strong>Carer Support Payment</strong>.",
    'Find out more on <a id="a1">mygov.scot</a>.': 'Dysgwch fwy ar <a id="a1">mygov.scot</a>.',
    "What other help is there?": "Pa help arall sydd ar gael?",
    "<strong>Carer's Credit</strong> protects your State Pension. You must care for 20 hours a week or more.": "Mae <strong>Credyd Gofalwr</strong> (Carer's Credit) yn diogelu eich Pensiwn y Wladwriaeth. Rhaid i chi ofalu am 20 awr yr wythnos neu fwy.",
    "<strong>Universal Credit</strong> can give you extra money if you are a carer.": "Gall <strong>Credyd Cynhwysol</strong> (Universal Credit) roi arian ychwanegol i chi os ydych chi'n ofalwr.",
    "Your <strong>Council Tax</strong> may be lower. Ask your council.": "Gall <strong>Treth y Cyngor</strong> fod yn is i chi. Holwch eich cyngor.",
    "Charities and carers' services may give you a <strong>grant</strong>.": "Efallai y bydd elusennau a gwasanaethau gofalwyr yn rhoi <strong>grant</strong> i chi.",
    'After a <a id="a1">carer\'s assessment</a>, you may get a <strong>direct payment</strong>.': 'Ar ôl <a id="a1">asesiad gofalwr</a>, efallai y cewch chi <strong>daliad uniongyrchol</strong>.',
    "Can I get paid for caring?": "A gaf i fy nhalu am ofalu?",
    "You cannot get a wage for caring.": "Allwch chi ddim cael cyflog am ofalu.",
    "Carer's Allowance is the main money for carers.": "Lwfans Gofalwr yw'r prif arian i ofalwyr.",
    "It is paid to you, in your own name.": "Mae'n cael ei dalu i chi, yn eich enw eich hun.",
    "Only 1 carer can claim it for each person.": "Dim ond 1 gofalwr all ei hawlio am bob person.",
    "Do you care for 2 people? You cannot add their hours together.": "Ydych chi'n gofalu am 2 berson? Allwch chi ddim adio eu horiau at ei gilydd.",
    "You must care for 1 of them for 35 hours a week.": "Rhaid i chi ofalu am 1 ohonyn nhw am 35 awr yr wythnos.",
    "Rules about benefits can be hard.": "Gall rheolau budd-daliadau fod yn anodd.",
    "A carers' service near you can check what you can get.": "Gall gwasanaeth gofalwyr yn agos atoch chi wirio beth gallwch chi ei gael.",
    "They can help you claim.": "Gallan nhw eich helpu i hawlio.",
    "Carers UK has a free phone line for advice.": "Mae gan Carers UK linell ffôn am ddim i gael cyngor.",
    "Free advice about money and benefits.": "Cyngor am ddim ar arian a budd-daliadau.",
    "<strong>Benefit</strong>: money from the government to help you live.": "<strong>Budd-dal</strong>: arian gan y llywodraeth i'ch helpu i fyw.",
    "<strong>Grant</strong>: money you do not have to pay back.": "<strong>Grant</strong>: arian does dim rhaid i chi ei dalu'n ôl.",
    "Young carers (easy read)": "Gofalwyr ifanc (hawdd ei ddeall)",
    "Help for you if you are under 18 and look after someone at home.": "Help i chi os ydych chi o dan 18 oed ac yn gofalu am rywun gartref.",
    "Are you under 18?": "Ydych chi o dan 18 oed?",
    "Do you help look after someone in your family?": "Ydych chi'n helpu i ofalu am rywun yn eich teulu?",
    "Then you are a <strong>young carer</strong>.": "Yna rydych chi'n <strong>ofalwr ifanc</strong>.",
    "It might be your mum, dad, brother, sister or grandparent.": "Efallai mai eich mam, eich tad, eich brawd, eich chwaer neu eich mam-gu neu dad-cu yw e.",
    "They might be ill or disabled.": "Efallai eu bod nhw'n sâl neu'n anabl.",
    "They might have a mental health problem.": "Efallai bod ganddyn nhw broblem iechyd meddwl.",
    "They might drink too much or take drugs.": "Efallai eu bod nhw'n yfed gormod neu'n cymryd cyffuriau.",
    "What do young carers do?": "Beth mae gofalwyr ifanc yn ei wneud?",
    "You might:": "Efallai eich bod chi'n:",
    "cook and clean": "coginio a glanhau",
    "help someone get dressed": "helpu rhywun i wisgo",
    "give someone their medicine": "rhoi eu moddion i rywun",
    "look after younger children": "gofalu am blant iau",
    "You might worry about home a lot. Even when you are at school.": "Efallai eich bod chi'n poeni llawer am adref. Hyd yn oed pan fyddwch chi yn yr ysgol.",
    "It is not your fault that someone at home is unwell.": "Nid eich bai chi yw bod rhywun gartref yn sâl.",
    "Asking for help is a good thing to do.": "Mae gofyn am help yn beth da i'w wneud.",
    "Help is there to make life easier for you and your family.": "Mae help yno i wneud bywyd yn haws i chi a'ch teulu.",
    "Can I get help?": "A gaf i help?",
    "Yes. The council must check if you need help.": "Cewch. Rhaid i'r cyngor wirio a oes angen help arnoch chi.",
    "This is called a <strong>young carer's needs assessment</strong>.": "Yr enw ar hyn yw <strong>asesiad o anghenion gofalwr ifanc</strong> (young carer's needs assessment).",
    "A worker will ask what you do at home.": "Bydd gweithiwr yn gofyn beth rydych chi'n ei wneud gartref.",
    "They will ask how you feel and what would help.": "Byddan nhw'n gofyn sut rydych chi'n teimlo a beth fyddai'n helpu.",
    "A teacher, your doctor or a young carers' service can help you ask.": "Gall athro, eich meddyg neu wasanaeth gofalwyr ifanc eich helpu i ofyn.",
    "What help is there?": "Pa help sydd ar gael?",
    "clubs, trips and days out, so you get a break": "clybiau, tripiau a diwrnodau allan, er mwyn i chi gael seibiant",
    "someone to talk to who understands": "rhywun sy'n deall i siarad â nhw",
    "help at school, like time to phone home": "help yn yr ysgol, fel amser i ffonio adref",
    "more time for homework": "mwy o amser i wneud gwaith cartref",
    "more help for the person you care for, so you do less": "mwy o help i'r person rydych chi'n gofalu amdano, fel eich bod chi'n gwneud llai",
    "Should I tell someone at school?": "Ddylwn i ddweud wrth rywun yn yr ysgol?",
    "You do not have to tell everyone.": "Does dim rhaid i chi ddweud wrth bawb.",
    "But it helps if 1 teacher you trust knows.": "Ond mae'n helpu os yw 1 athro rydych chi'n ymddiried ynddo yn gwybod.",
    "They can explain if you are late or tired.": "Gallan nhw esbonio os ydych chi'n hwyr neu wedi blino.",
    "They can help you get support.": "Gallan nhw eich helpu i gael cymorth.",
    "Are you 16 to 25?": "Ydych chi rhwng 16 a 25 oed?",
    "You are a <strong>young adult carer</strong>.": "Rydych chi'n <strong>ofalwr sy'n oedolyn ifanc</strong>.",
    "Before you turn 18, ask for a <strong>transition assessment</strong>.": "Cyn i chi droi'n 18 oed, gofynnwch am <strong>asesiad pontio</strong> (transition assessment).",
    "Then your support carries on when you are an adult.": "Yna bydd eich cymorth yn parhau pan fyddwch chi'n oedolyn.",
    "Are you going to college or university?": "Ydych chi'n mynd i'r coleg neu'r brifysgol?",
    "Many have a person who helps student carers.": "Mae gan lawer ohonyn nhw berson sy'n helpu myfyrwyr sy'n gofalu.",
    "Ask them for help with deadlines, money and timetables.": "Gofynnwch iddyn nhw am help gyda dyddiadau cau, arian ac amserlenni.",
    "Who can I talk to now?": "Gyda phwy galla i siarad nawr?",
    "Phone <strong>Childline</strong> on <strong>0800 1111</strong>. It is free. You can phone day or night.": "Ffoniwch <strong>Childline</strong> ar <strong>0800 1111</strong>. Mae am ddim. Gallwch chi ffonio ddydd neu nos.",
    "Would you rather text? Text the word SHOUT to <strong>85258</strong>.": "Fyddai'n well gennych chi decstio? Tecstiwch y gair SHOUT i <strong>85258</strong>.",
    "Is someone in danger? Phone <strong>999</strong>.": "Ydy rhywun mewn perygl? Ffoniwch <strong>999</strong>.",
    "Who can help near me?": "Pwy all helpu yn agos ata i?",
    "Do you live in Redbridge? Indigo helps young carers there.": "Ydych chi'n byw yn Redbridge? Mae Indigo yn helpu gofalwyr ifanc yno.",
    '<a id="a1">Find help for young carers near you</a>.': '<a id="a1">Dewch o hyd i help i ofalwyr ifanc yn agos atoch chi</a>.',
    "Help and activities for young carers in Redbridge.": "Help a gweithgareddau i ofalwyr ifanc yn Redbridge.",
    "<strong>Transition</strong>: moving from being a child to being an adult.": "<strong>Pontio</strong>: symud o fod yn blentyn i fod yn oedolyn.",
}

"""Demo content for the Carers Directory.

Facts (organisations, phone numbers, boroughs, universities, resource titles and dates) come from the
seed documents in ../shared/seeds; every sentence here is written fresh for this site.
"""

AREAS = [
    {
        "slug": "uk",
        "name": "United Kingdom",
        "kind": "country",
        "parent": None,
        "postcode_districts": [],
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "england",
        "name": "England",
        "kind": "nation",
        "parent": "uk",
        "postcode_districts": [],
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "wales",
        "name": "Wales",
        "kind": "nation",
        "parent": "uk",
        "postcode_districts": [],
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "scotland",
        "name": "Scotland",
        "kind": "nation",
        "parent": "uk",
        "postcode_districts": [],
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "northern-ireland",
        "name": "Northern Ireland",
        "kind": "nation",
        "parent": "uk",
        "postcode_districts": [],
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "london",
        "name": "London",
        "kind": "region",
        "parent": "england",
        "postcode_districts": [],
        "latitude": 51.5072,
        "longitude": -0.1276,
    },
    {
        "slug": "east-of-england",
        "name": "East of England",
        "kind": "region",
        "parent": "england",
        "postcode_districts": [],
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "barking-and-dagenham",
        "name": "Barking and Dagenham",
        "kind": "borough",
        "parent": "london",
        "postcode_districts": ["IG11", "RM8", "RM9", "RM10"],
        "latitude": 51.5465,
        "longitude": 0.1293,
    },
    {
        "slug": "havering",
        "name": "Havering",
        "kind": "borough",
        "parent": "london",
        "postcode_districts": ["RM1", "RM2", "RM3", "RM4", "RM5", "RM7", "RM11", "RM12", "RM13", "RM14"],
        "latitude": 51.5779,
        "longitude": 0.2121,
    },
    {
        "slug": "redbridge",
        "name": "Redbridge",
        "kind": "borough",
        "parent": "london",
        "postcode_districts": ["IG1", "IG2", "IG3", "IG4", "IG5", "IG6", "IG7", "IG8", "E18", "RM6"],
        "latitude": 51.5590,
        "longitude": 0.0741,
    },
    {
        "slug": "waltham-forest",
        "name": "Waltham Forest",
        "kind": "borough",
        "parent": "london",
        "postcode_districts": ["E4", "E10", "E11", "E17"],
        "latitude": 51.5886,
        "longitude": -0.0118,
    },
    {
        "slug": "bexley",
        "name": "Bexley",
        "kind": "borough",
        "parent": "london",
        "postcode_districts": ["DA5", "DA6", "DA7", "DA8", "DA14", "DA15", "DA16", "DA17", "DA18"],
        "latitude": 51.4549,
        "longitude": 0.1505,
    },
    {
        "slug": "bromley",
        "name": "Bromley",
        "kind": "borough",
        "parent": "london",
        "postcode_districts": ["BR1", "BR2", "BR3", "BR4", "BR5", "BR6", "BR7", "BR8", "SE20"],
        "latitude": 51.4039,
        "longitude": 0.0198,
    },
    {
        "slug": "greenwich",
        "name": "Greenwich",
        "kind": "borough",
        "parent": "london",
        "postcode_districts": ["SE2", "SE3", "SE7", "SE9", "SE10", "SE18", "SE28"],
        "latitude": 51.4892,
        "longitude": 0.0648,
    },
    {
        "slug": "brentwood",
        "name": "Brentwood",
        "kind": "borough",
        "parent": "east-of-england",
        "postcode_districts": ["CM13", "CM14", "CM15"],
        "latitude": 51.6204,
        "longitude": 0.3055,
    },
]

AUDIENCES = [
    {"slug": "adult-carers", "name": "Adult carers", "description": "Anyone 18 or over who looks after someone."},
    {"slug": "young-carers", "name": "Young carers", "description": "Children and young people under 18 who care."},
    {"slug": "young-adult-carers", "name": "Young adult carers", "description": "Carers aged 16 to 25."},
    {"slug": "student-carers", "name": "Student carers", "description": "Carers at college or university."},
    {"slug": "parent-carers", "name": "Parent carers", "description": "Parents of a disabled or ill child."},
    {"slug": "sibling-carers", "name": "Sibling carers", "description": "Brothers and sisters who help care."},
    {"slug": "older-carers", "name": "Older carers", "description": "Carers aged 65 or over."},
    {"slug": "working-carers", "name": "Working carers", "description": "Carers who also have a paid job."},
    {
        "slug": "families",
        "name": "Families and support network",
        "description": "Relatives, friends and neighbours who support someone.",
    },
    {
        "slug": "professionals",
        "name": "Professionals",
        "description": "Staff in health, social care, education and carers' services.",
    },
]

CARE_AREAS = [
    {"slug": "mental-health", "name": "Mental health"},
    {"slug": "dementia", "name": "Dementia"},
    {"slug": "learning-disability", "name": "Learning disability"},
    {"slug": "physical-illness", "name": "Physical illness and disability"},
    {"slug": "substance-misuse", "name": "Drug and alcohol misuse"},
    {"slug": "end-of-life", "name": "End of life"},
    {"slug": "autism", "name": "Autism"},
    {"slug": "long-term-conditions", "name": "Long-term conditions"},
    {"slug": "primary-care", "name": "Primary care"},
    {"slug": "acute-care", "name": "Hospital and acute care"},
    {"slug": "special-educational-needs", "name": "Special educational needs"},
]

RESOURCE_TYPES = [
    {"slug": "guidance", "name": "Guidance"},
    {"slug": "toolkit", "name": "Toolkit"},
    {"slug": "good-practice", "name": "Good practice"},
    {"slug": "educational", "name": "Educational"},
    {"slug": "leaflet", "name": "Leaflet"},
]

OUTCOMES = [
    {"slug": "prevention", "name": "Prevention"},
    {"slug": "wellbeing", "name": "Wellbeing"},
    {"slug": "integration", "name": "Integration"},
    {"slug": "carer-awareness", "name": "Carer awareness"},
    {"slug": "identifying-carers", "name": "Identifying carers"},
    {"slug": "health-inequalities", "name": "Health inequalities"},
]

SECTORS = [
    {"slug": "health-care", "name": "Health care"},
    {"slug": "primary-care", "name": "Primary care"},
    {"slug": "hospitals", "name": "Hospitals"},
    {"slug": "mental-health-care", "name": "Mental health care"},
    {"slug": "health-and-wellbeing", "name": "Health and wellbeing"},
    {"slug": "carers-services", "name": "Carers services"},
    {"slug": "social-care", "name": "Social care"},
    {"slug": "commissioning", "name": "Commissioning"},
    {"slug": "information-and-advice", "name": "Information and advice"},
    {"slug": "education", "name": "Education"},
]

# The Carers Hub has 17 spokes. The seed names the model but not each spoke, so this list is our own
# plain-English reading of the range of help a local area needs.
INTERVENTIONS = [
    {
        "slug": "information-and-advice",
        "name": "Information and advice",
        "description": "Clear answers about services, rights and money.",
    },
    {
        "slug": "carers-assessment",
        "name": "Carer's assessment",
        "description": "A conversation with the council about what help you need.",
    },
    {"slug": "breaks", "name": "Breaks and respite", "description": "Time off from caring, short or long."},
    {
        "slug": "emotional-support",
        "name": "Emotional support",
        "description": "Someone to talk to, one to one or in a group.",
    },
    {"slug": "training", "name": "Training for carers", "description": "Courses that help you care and stay well."},
    {"slug": "employment", "name": "Work and learning", "description": "Help to stay in work, study or return."},
    {
        "slug": "young-carers-support",
        "name": "Young carers' support",
        "description": "Clubs, trips and school support for carers under 18.",
    },
    {"slug": "advocacy", "name": "Advocacy", "description": "Someone to speak up with you or for you."},
    {
        "slug": "financial-help",
        "name": "Money and benefits advice",
        "description": "Help to claim what you are entitled to.",
    },
    {
        "slug": "health-checks",
        "name": "Carers' health",
        "description": "Health checks and help to look after yourself.",
    },
    {
        "slug": "crisis-support",
        "name": "Crisis and emergency planning",
        "description": "Plans and help for when things go wrong.",
    },
    {"slug": "peer-support", "name": "Peer support groups", "description": "Meeting other carers who understand."},
    {
        "slug": "practical-help",
        "name": "Practical help at home",
        "description": "Help with tasks, equipment and adaptations.",
    },
    {
        "slug": "hospital-discharge",
        "name": "Hospital and discharge support",
        "description": "Support when the person you care for goes into or leaves hospital.",
    },
    {
        "slug": "end-of-life-support",
        "name": "End of life and bereavement",
        "description": "Support near the end of life and afterwards.",
    },
    {"slug": "involvement", "name": "Having a say", "description": "Ways for carers to shape local services."},
    {
        "slug": "carer-identification",
        "name": "Finding hidden carers",
        "description": "Helping people see they are carers and get support early.",
    },
]

ORGANISATIONS = [
    {
        "slug": "nelft",
        "name": "North East London NHS Foundation Trust (NELFT)",
        "description": "The NHS trust for mental health and community health services in north east London. It "
        "took over from North East London Mental Health Trust (NELMHT).",
        "website": "https://www.nelft.nhs.uk",
        "email": "",
        "phone": "020 8970 8422",
    },
    {
        "slug": "oxleas",
        "name": "Oxleas NHS Foundation Trust",
        "description": "The NHS trust for mental health and community services in Bexley, Bromley and Greenwich.",
        "website": "https://oxleas.nhs.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "carers-trust",
        "name": "Carers Trust",
        "description": "A UK charity that works with local carers' services and publishes resources for staff.",
        "website": "https://carers.org",
        "email": "",
        "phone": "",
    },
    {
        "slug": "carers-trust-wales",
        "name": "Carers Trust Wales",
        "description": "Carers Trust's work in Wales, in English and Welsh.",
        "website": "https://carers.org/wales",
        "email": "",
        "phone": "",
    },
    {
        "slug": "mind",
        "name": "Mind",
        "description": "A mental health charity with local groups.",
        "website": "https://www.mind.org.uk",
        "email": "",
        "phone": "020 8519 2122",
    },
    {
        "slug": "havering-mind",
        "name": "Havering Mind",
        "description": "The local Mind for Havering.",
        "website": "",
        "email": "",
        "phone": "01708 457040",
    },
    {
        "slug": "rethink",
        "name": "Rethink Mental Illness",
        "description": "A charity for people affected by severe mental illness and their families.",
        "website": "https://www.rethink.org",
        "email": "",
        "phone": "020 7974 6814",
    },
    {
        "slug": "young-minds",
        "name": "YoungMinds",
        "description": "A charity for children and young people's mental health.",
        "website": "https://www.youngminds.org.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "rcpsych",
        "name": "Royal College of Psychiatrists",
        "description": "Publishes free, clear information about mental illnesses and treatments.",
        "website": "https://www.rcpsych.ac.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "carers-of-barking-and-dagenham",
        "name": "Carers of Barking and Dagenham",
        "description": "A local carers' organisation for Barking and Dagenham.",
        "website": "",
        "email": "",
        "phone": "020 8593 4422",
    },
    {
        "slug": "redbridge-carers-support-service",
        "name": "Redbridge Carers Support Service",
        "description": "Support for unpaid carers who live in Redbridge or care for someone there.",
        "website": "",
        "email": "",
        "phone": "020 8514 6251",
    },
    {
        "slug": "waltham-forest-carers-association",
        "name": "Waltham Forest Carers Association",
        "description": "A carers' organisation for Waltham Forest.",
        "website": "",
        "email": "",
        "phone": "020 8531 0652",
    },
    {
        "slug": "indigo",
        "name": "Indigo (formerly Redbridge Young Carers)",
        "description": "Support for young carers in Redbridge.",
        "website": "",
        "email": "",
        "phone": "020 8554 2888",
    },
    {
        "slug": "one-stop",
        "name": "One Stop Mental Health Service",
        "description": "A local mental health service that also supports families.",
        "website": "",
        "email": "",
        "phone": "020 8514 5586",
    },
    {
        "slug": "hubb",
        "name": "HUBB",
        "description": "A service user organisation in north east London.",
        "website": "",
        "email": "",
        "phone": "020 8590 2666",
    },
    {
        "slug": "runup",
        "name": "Runup",
        "description": "A service user organisation in north east London.",
        "website": "",
        "email": "",
        "phone": "020 8970 5890",
    },
    {
        "slug": "pss-together",
        "name": "PSS Together",
        "description": "A user-led group in Waltham Forest.",
        "website": "",
        "email": "",
        "phone": "020 8521 8344",
    },
    {
        "slug": "waltham-forest-voluntary-action",
        "name": "Waltham Forest Voluntary Action",
        "description": "Supports voluntary and community groups in Waltham Forest.",
        "website": "",
        "email": "",
        "phone": "020 8521 0377",
    },
    {
        "slug": "bpmha",
        "name": "Black Peoples Mental Health Association",
        "description": "A community organisation for Black people's mental health.",
        "website": "",
        "email": "",
        "phone": "020 8509 2646",
    },
    {
        "slug": "qalb",
        "name": "QALB",
        "description": "A community mental health organisation.",
        "website": "",
        "email": "",
        "phone": "020 8521 5223",
    },
    {
        "slug": "concern-for-mental-health",
        "name": "Concern for Mental Health",
        "description": "A local mental health charity.",
        "website": "",
        "email": "",
        "phone": "020 8925 2435",
    },
    {
        "slug": "lbbd",
        "name": "Barking and Dagenham Council",
        "description": "The local council. Its adult social care team does carer's assessments.",
        "website": "https://www.careandsupport.lbbd.gov.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "samaritans",
        "name": "Samaritans",
        "description": "A charity anyone can call, day or night, to talk about anything that is upsetting them.",
        "website": "https://www.samaritans.org",
        "email": "",
        "phone": "",
    },
    {
        "slug": "shout",
        "name": "Shout (Mental Health Innovations)",
        "description": "A free text messaging service for anyone who is struggling to cope.",
        "website": "https://giveusashout.org",
        "email": "",
        "phone": "",
    },
    {
        "slug": "nhs-111",
        "name": "NHS 111",
        "description": "The NHS's urgent help line and website.",
        "website": "https://111.nhs.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "university-of-birmingham",
        "name": "University of Birmingham",
        "description": "",
        "website": "",
        "email": "",
        "phone": "0121 414 8489",
    },
    {
        "slug": "university-of-nottingham",
        "name": "University of Nottingham",
        "description": "",
        "website": "",
        "email": "",
        "phone": "0115 951 4471",
    },
    {
        "slug": "university-of-winchester",
        "name": "University of Winchester",
        "description": "",
        "website": "",
        "email": "",
        "phone": "01962 827225",
    },
    {
        "slug": "york-st-john-university",
        "name": "York St John University",
        "description": "",
        "website": "",
        "email": "",
        "phone": "01904 876408",
    },
    {
        "slug": "de-montfort-university",
        "name": "De Montfort University",
        "description": "",
        "website": "",
        "email": "",
        "phone": "0116 257 7872",
    },
    {
        "slug": "sheffield-hallam-university",
        "name": "Sheffield Hallam University",
        "description": "",
        "website": "",
        "email": "",
        "phone": "0114 225 3813",
    },
    {
        "slug": "university-of-manchester",
        "name": "University of Manchester",
        "description": "",
        "website": "",
        "email": "",
        "phone": "0161 275 2987",
    },
]

NELFT_BOROUGHS = ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"]
OFFICE_HOURS = [{"days": "mon-fri", "opens": "09:00", "closes": "17:00"}]


def _service(
    slug,
    name,
    organisation,
    summary,
    description,
    phone,
    areas,
    audiences,
    interventions,
    care_areas=(),
    opening_hours=OFFICE_HOURS,
    languages=("en",),
    how_to_refer=None,
    website="",
    email="",
    address=None,
    latitude=None,
    longitude=None,
    label="Main line",
):
    return {
        "slug": slug,
        "name": name,
        "organisation": organisation,
        "summary": summary,
        "description": description,
        "phones": [{"number": phone, "label": label}] if phone else [],
        "email": email,
        "website": website,
        "address": address,
        "latitude": latitude,
        "longitude": longitude,
        "areas": list(areas),
        "audiences": list(audiences),
        "care_areas": list(care_areas),
        "interventions": list(interventions),
        "opening_hours": opening_hours,
        "languages": list(languages),
        "how_to_refer": how_to_refer
        or "Call and ask to speak to someone about support for carers. You do not need a referral.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    }


SERVICES = [
    _service(
        "nelft-pals",
        "Patient Advice and Liaison Service (PALS)",
        "nelft",
        "Free help if you have a question or worry about NELFT's services, for patients and carers.",
        [
            "PALS listens to patients, carers and families. They can explain how services work and help sort "
            "out problems quickly.",
            "You can call them if you are not sure who to speak to, or if you are unhappy with care and want "
            "it put right.",
        ],
        "0800 783 1853",
        NELFT_BOROUGHS,
        ["adult-carers", "families"],
        ["information-and-advice", "advocacy"],
        ["mental-health"],
        label="Freephone",
        website="https://www.nelft.nhs.uk",
    ),
    _service(
        "nelft-carer-involvement",
        "Carer involvement team",
        "nelft",
        "Tells you about the trust's carers strategy and how carers can have a say in mental health services.",
        [
            "The team helps carers take part in planning and checking the trust's services.",
            "Call them to find out about carers' groups, meetings and training run by the trust.",
        ],
        "020 8970 8422",
        NELFT_BOROUGHS,
        ["adult-carers", "families", "professionals"],
        ["involvement", "information-and-advice"],
        ["mental-health"],
        website="https://www.nelft.nhs.uk",
    ),
    _service(
        "nelft-carers-support-barking-and-dagenham",
        "Carers support service, Barking and Dagenham",
        "nelft",
        "Support for carers of people using mental health services in Barking and Dagenham.",
        [
            "Staff can talk with you about your caring role and what would help.",
            "They can help you ask for a carer's assessment and link you with local groups.",
        ],
        "020 8276 7880",
        ["barking-and-dagenham"],
        ["adult-carers", "parent-carers", "older-carers"],
        ["emotional-support", "carers-assessment", "information-and-advice"],
        ["mental-health"],
    ),
    _service(
        "carers-of-barking-and-dagenham",
        "Carers of Barking and Dagenham",
        "carers-of-barking-and-dagenham",
        "A local group run for and with carers in Barking and Dagenham.",
        [
            "Meet other carers, get information and find out what is on locally.",
            "They can help you understand your rights as a carer and how to get a break.",
        ],
        "020 8593 4422",
        ["barking-and-dagenham"],
        ["adult-carers", "older-carers", "working-carers"],
        ["peer-support", "information-and-advice", "breaks"],
    ),
    _service(
        "lbbd-adult-social-care",
        "Carer's assessments, Barking and Dagenham Council",
        "lbbd",
        "Ask the council for a carer's assessment and find local care and support online.",
        [
            "A carer's assessment is a conversation about your caring role and what would make it easier.",
            "The council's care and support website lists local services and explains how to ask for help.",
        ],
        "",
        ["barking-and-dagenham"],
        ["adult-carers", "parent-carers", "young-adult-carers"],
        ["carers-assessment", "information-and-advice", "breaks"],
        opening_hours=[],
        website="https://www.careandsupport.lbbd.gov.uk",
        how_to_refer="Ask online through the council's care and support website, or ask your GP or a "
        "carers' service to refer you.",
    ),
    _service(
        "havering-mind",
        "Havering Mind",
        "havering-mind",
        "Mental health support in Havering, for people who are unwell and the people who care for them.",
        [
            "Havering Mind offers information, groups and one-to-one support.",
            "Carers are welcome to call for advice about looking after someone with a mental health problem.",
        ],
        "01708 457040",
        ["havering"],
        ["adult-carers", "families"],
        ["emotional-support", "peer-support", "information-and-advice"],
        ["mental-health"],
    ),
    _service(
        "rethink-havering",
        "Rethink carers support, Havering",
        "rethink",
        "Support for families and friends of people with severe mental illness in Havering.",
        [
            "Talk to someone who understands mental illness and what it is like to care.",
            "They run carers' groups and can help you plan for a crisis.",
        ],
        "01277 211662",
        ["havering", "brentwood"],
        ["adult-carers", "families"],
        ["emotional-support", "peer-support", "crisis-support"],
        ["mental-health"],
    ),
    _service(
        "concern-for-mental-health",
        "Concern for Mental Health",
        "concern-for-mental-health",
        "A local charity offering mental health support and activities.",
        [
            "Concern for Mental Health runs activities that help people stay well and connected.",
            "Call to find out what is on and whether it suits you or the person you care for.",
        ],
        "020 8925 2435",
        ["havering"],
        ["adult-carers"],
        ["emotional-support", "peer-support"],
        ["mental-health"],
    ),
    _service(
        "redbridge-carers-support-service",
        "Redbridge Carers Support Service",
        "redbridge-carers-support-service",
        "Advice, support and breaks for unpaid carers in Redbridge.",
        [
            "The service supports adults who look after a relative or friend.",
            "They can help with a carer's assessment, money worries and time off from caring.",
        ],
        "020 8514 6251",
        ["redbridge"],
        ["adult-carers", "older-carers", "working-carers", "parent-carers"],
        ["information-and-advice", "carers-assessment", "breaks", "financial-help"],
        languages=("en", "ur", "pa", "bn"),
    ),
    _service(
        "indigo-young-carers",
        "Indigo young carers",
        "indigo",
        "Clubs, trips and support for young carers in Redbridge.",
        [
            "Indigo helps children and young people who look after someone at home.",
            "Young carers can meet others like them, have fun and get help with school.",
        ],
        "020 8554 2888",
        ["redbridge"],
        ["young-carers", "young-adult-carers", "sibling-carers"],
        ["young-carers-support", "breaks", "emotional-support"],
        opening_hours=[{"days": "mon-fri", "opens": "10:00", "closes": "18:00"}],
        how_to_refer="A young carer, their family, school or any professional can call to make a referral.",
    ),
    _service(
        "rethink-carers-redbridge",
        "Rethink carers support, Redbridge",
        "rethink",
        "Support for carers of people with mental illness in Redbridge.",
        [
            "You can talk through what is happening and what might help.",
            "They run a carers' group and can explain how mental health services work.",
        ],
        "020 8554 0490",
        ["redbridge"],
        ["adult-carers", "families"],
        ["emotional-support", "peer-support", "information-and-advice"],
        ["mental-health"],
    ),
    _service(
        "one-stop-mental-health",
        "One Stop Mental Health Service",
        "one-stop",
        "Mental health information and support, with help for families too.",
        ["The service gives information and support in one place.", "Families and carers can call for advice."],
        "020 8514 5586",
        ["redbridge"],
        ["adult-carers", "families"],
        ["information-and-advice"],
        ["mental-health"],
    ),
    _service(
        "waltham-forest-carers-association",
        "Waltham Forest Carers Association",
        "waltham-forest-carers-association",
        "Information, groups and support for carers in Waltham Forest.",
        [
            "The association supports people who look after a relative, partner or friend.",
            "Join a carers' group or ask for help with forms and services.",
        ],
        "020 8531 0652",
        ["waltham-forest"],
        ["adult-carers", "older-carers", "working-carers"],
        ["peer-support", "information-and-advice", "financial-help"],
    ),
    _service(
        "pss-together",
        "PSS Together",
        "pss-together",
        "A user-led group in Waltham Forest for people who use mental health services.",
        [
            "PSS Together gives people who use services a say in how they are run.",
            "Carers can ask about joining meetings and events.",
        ],
        "020 8521 8344",
        ["waltham-forest"],
        ["adult-carers", "families"],
        ["involvement", "peer-support"],
        ["mental-health"],
    ),
    _service(
        "waltham-forest-voluntary-action",
        "Waltham Forest Voluntary Action",
        "waltham-forest-voluntary-action",
        "Helps you find local community groups, volunteering and support in Waltham Forest.",
        [
            "If you are not sure where to start, they can point you to local groups.",
            "They know many small community groups that are hard to find online.",
        ],
        "020 8521 0377",
        ["waltham-forest"],
        ["adult-carers", "families"],
        ["information-and-advice"],
    ),
    _service(
        "qalb",
        "QALB community mental health support",
        "qalb",
        "Culturally aware mental health support, with staff who speak community languages.",
        [
            "QALB supports people and families from local communities with mental health worries.",
            "You can speak to someone in your own language.",
        ],
        "020 8521 5223",
        ["waltham-forest", "redbridge"],
        ["adult-carers", "families"],
        ["emotional-support", "information-and-advice"],
        ["mental-health"],
        languages=("en", "ur", "pa", "bn"),
    ),
    _service(
        "bpmha",
        "Black Peoples Mental Health Association",
        "bpmha",
        "Mental health support rooted in Black communities, for individuals and families.",
        [
            "The association offers support that understands culture and experience.",
            "Families and carers are welcome to get in touch.",
        ],
        "020 8509 2646",
        NELFT_BOROUGHS,
        ["adult-carers", "families"],
        ["emotional-support", "peer-support"],
        ["mental-health"],
    ),
    _service(
        "hubb",
        "HUBB",
        "hubb",
        "A service user group in north east London.",
        [
            "HUBB brings together people who use mental health services.",
            "Call to find out about meetings and activities.",
        ],
        "020 8590 2666",
        ["barking-and-dagenham"],
        ["adult-carers"],
        ["involvement", "peer-support"],
        ["mental-health"],
    ),
    _service(
        "runup",
        "Runup",
        "runup",
        "A group for people who use mental health services in north east London.",
        ["Runup helps people share their views on mental health services.", "Carers can ask about ways to take part."],
        "020 8970 5890",
        NELFT_BOROUGHS,
        ["adult-carers"],
        ["involvement"],
        ["mental-health"],
    ),
    _service(
        "mind-east-london",
        "Mind in east London",
        "mind",
        "Mental health information and local support from Mind.",
        [
            "Mind gives information about mental health problems and where to get help.",
            "Local Mind groups run drop-ins, talking therapies and support for families.",
        ],
        "020 8519 2122",
        ["london"],
        ["adult-carers", "families"],
        ["information-and-advice", "emotional-support"],
        ["mental-health"],
        website="https://www.mind.org.uk",
    ),
    _service(
        "rethink-advice",
        "Rethink Mental Illness advice",
        "rethink",
        "National advice on mental illness, treatment and carers' rights.",
        [
            "Rethink's advice team can explain mental health law, benefits and your rights as a carer.",
            "Their website has clear factsheets you can print.",
        ],
        "020 7974 6814",
        ["uk"],
        ["adult-carers", "families"],
        ["information-and-advice", "financial-help"],
        ["mental-health"],
        website="https://www.rethink.org",
    ),
    _service(
        "young-minds",
        "YoungMinds",
        "young-minds",
        "Information for young people, and for parents worried about a child's mental health.",
        [
            "YoungMinds explains feelings and mental health in words young people use.",
            "There is a separate section for parents and carers.",
        ],
        "",
        ["uk"],
        ["young-carers", "young-adult-carers", "parent-carers"],
        ["information-and-advice"],
        ["mental-health"],
        opening_hours=[],
        website="https://www.youngminds.org.uk",
        how_to_refer="Use the website. You do not need to register.",
    ),
    _service(
        "rcpsych-information",
        "Mental health information leaflets",
        "rcpsych",
        "Free, clear leaflets about mental illnesses and treatments, from the Royal College of Psychiatrists.",
        ["The leaflets explain conditions, medicines and treatments in plain words.", "Many are in other languages."],
        "",
        ["uk"],
        ["adult-carers", "families", "professionals"],
        ["information-and-advice"],
        ["mental-health"],
        opening_hours=[],
        website="https://www.rcpsych.ac.uk",
        languages=("en", "cy", "ur", "bn", "pa", "pl"),
        how_to_refer="Read or download them from the website.",
    ),
    _service(
        "oxleas-carers-support",
        "Carers and support networks, Oxleas",
        "oxleas",
        "Support for families, friends and carers of people using Oxleas services in Bexley, Bromley and Greenwich.",
        [
            "Oxleas works with the people who matter most to each patient, with the patient's agreement.",
            "Ask the team caring for your relative about carers' support, information and the support network "
            "conversation.",
        ],
        "",
        ["bexley", "bromley", "greenwich"],
        ["adult-carers", "families", "young-carers"],
        ["information-and-advice", "emotional-support", "crisis-support"],
        ["mental-health", "dementia"],
        opening_hours=[],
        website="https://oxleas.nhs.uk",
        how_to_refer="Ask the team looking after your relative or friend.",
    ),
    _service(
        "carers-trust",
        "Carers Trust",
        "carers-trust",
        "Finds your local carers' centre anywhere in the UK, and has advice for carers and staff.",
        [
            "Carers Trust works with a network of local carers' services.",
            "Use its website to find the service nearest to you.",
        ],
        "",
        ["uk"],
        ["adult-carers", "young-carers", "young-adult-carers", "professionals"],
        ["information-and-advice", "carer-identification"],
        opening_hours=[],
        website="https://carers.org",
        how_to_refer="Search the website for your nearest carers' service.",
    ),
]

CRISIS_LINES = [
    {
        "slug": "emergency",
        "name": "Emergency services",
        "phone": "999",
        "text_number": "",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "Call if someone's life is at risk or they are badly hurt.",
        "areas": ["uk"],
        "audiences": [],
        "order": 1,
    },
    {
        "slug": "nhs-111",
        "name": "NHS 111, option 2",
        "phone": "111",
        "text_number": "",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "Urgent mental health help. Choose option 2 when you call.",
        "areas": ["england"],
        "audiences": [],
        "order": 2,
    },
    {
        "slug": "samaritans",
        "name": "Samaritans",
        "phone": "116 123",
        "text_number": "",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "Talk to someone about anything. Free, day or night.",
        "areas": ["uk"],
        "audiences": [],
        "order": 3,
    },
    {
        "slug": "shout",
        "name": "Shout",
        "phone": "",
        "text_number": "85258",
        "text_message": "SHOUT",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "Free text support if you cannot talk.",
        "areas": ["uk"],
        "audiences": [],
        "order": 4,
    },
    {
        "slug": "nelft-pals",
        "name": "NELFT PALS (freephone)",
        "phone": "0800 783 1853",
        "text_number": "",
        "hours": OFFICE_HOURS,
        "hours_text": "Mon-Fri 9am-5pm",
        "description": "Questions or worries about care from the trust.",
        "areas": NELFT_BOROUGHS,
        "audiences": [],
        "order": 5,
    },
]

ALL_SECTORS_HEALTH = [
    "health-care",
    "primary-care",
    "mental-health-care",
    "health-and-wellbeing",
    "carers-services",
    "information-and-advice",
    "commissioning",
]

RESOURCES = [
    {
        "slug": "working-with-carers-of-people-with-mental-health-issues",
        "title": "Working with carers of people with mental health issues",
        "summary": "What staff need to know to work well with the families and friends of people with mental "
        "health problems.",
        "body": [
            "Carers of people with mental health problems meet many staff: GPs, nurses, psychiatrists, social "
            "workers and charity workers. Each meeting is a chance to support them.",
            "Carers often know the person best. They notice early warning signs and can tell you what has "
            "helped before. Treat them as partners in care.",
            "Working with carers is not always simple. Confidentiality, disagreements about treatment and the "
            "different needs of the carer and the patient all need care and good judgement. Staff need "
            "support and training to do this well.",
        ],
        "resource_type": "guidance",
        "care_areas": ["mental-health"],
        "outcomes": ["prevention", "wellbeing", "integration", "carer-awareness", "identifying-carers"],
        "sectors": [
            "health-care",
            "primary-care",
            "hospitals",
            "mental-health-care",
            "health-and-wellbeing",
            "carers-services",
            "social-care",
            "commissioning",
        ],
        "audiences": ["adult-carers", "parent-carers", "families"],
        "areas": ["england"],
        "date_revised": "2018-05-10",
        "protected": False,
        "downloads": [],
        "contacts": [],
    },
    {
        "slug": "making-respite-real-in-mental-health",
        "title": "Making Respite Real in Mental Health",
        "summary": "Guidance on planning breaks for carers of people with mental health problems.",
        "body": [
            "Carers of people with mental health problems need breaks just like other carers. Many carers, "
            "patients and staff do not know how to arrange one.",
            "This guidance explains why breaks matter, how to plan them before a carer reaches breaking point, "
            "and where to find them.",
            "It is written for carers, staff and the people they support, so you can read it together.",
        ],
        "resource_type": "toolkit",
        "care_areas": ["mental-health"],
        "outcomes": ["prevention", "wellbeing"],
        "sectors": ["mental-health-care", "carers-services"],
        "audiences": ["adult-carers", "families", "professionals"],
        "areas": ["england"],
        "date_revised": "2018-05-10",
        "protected": False,
        "downloads": [
            {
                "title": "Making Respite Real in Mental Health (leaflet)",
                "language": "en",
                "filename": "making-respite-real.pdf",
            }
        ],
        "contacts": [],
    },
    {
        "slug": "triangle-of-care-in-wales",
        "title": "Triangle of Care in Wales: carers of people with dementia in hospital",
        "summary": "A toolkit for hospital staff in Wales to involve carers of people with dementia.",
        "body": [
            "The Triangle of Care is a way of working where the patient, the carer and staff work together. "
            "This edition adapts it for people with dementia in acute hospitals in Wales.",
            "It was developed by Carers Trust Wales with the Royal College of Nursing. It gives wards six "
            "standards and a self-assessment to check how well they include carers.",
            "You can download it in English or in Welsh.",
        ],
        "resource_type": "toolkit",
        "care_areas": ["dementia", "acute-care"],
        "outcomes": ["prevention", "wellbeing", "integration", "carer-awareness", "identifying-carers"],
        "sectors": ["health-care", "hospitals"],
        "audiences": ["adult-carers", "young-adult-carers", "young-carers", "families"],
        "areas": ["wales"],
        "date_revised": "2018-05-09",
        "protected": False,
        "downloads": [
            {
                "title": "Triangle of Care in Wales (English)",
                "language": "en",
                "filename": "triangle-of-care-wales-en.pdf",
            },
            {
                "title": "Triongl Gofal yng Nghymru (Cymraeg)",
                "language": "cy",
                "filename": "triangle-of-care-wales-cy.pdf",
            },
        ],
        "contacts": [],
    },
    {
        "slug": "supporting-carers-in-primary-care-learning-event",
        "title": "Supporting Carers in Primary Care learning event",
        "summary": "Presentations from a 2014 event on finding and supporting carers in GP practices.",
        "body": [
            "In November 2014 Carers Trust brought together more than 100 staff who identify and support "
            "carers in primary care.",
            "The presentations share what worked: carers' registers in GP surgeries, health checks for "
            "carers, and links between practices and local carers' services.",
        ],
        "resource_type": "good-practice",
        "care_areas": ["primary-care"],
        "outcomes": [
            "prevention",
            "wellbeing",
            "integration",
            "health-inequalities",
            "carer-awareness",
            "identifying-carers",
        ],
        "sectors": ALL_SECTORS_HEALTH,
        "audiences": ["adult-carers", "parent-carers", "professionals"],
        "areas": ["england"],
        "date_revised": "2018-05-04",
        "protected": False,
        "downloads": [],
        "contacts": [],
    },
    {
        "slug": "universities-supporting-student-carers",
        "title": "Universities supporting students with caring responsibilities",
        "summary": "Universities with named staff for student carers, and what each one offers.",
        "body": [
            "Some universities have special support for students who look after someone. This list shows "
            "some of them, with the person to contact.",
            "Support includes taster days for young adult carers, one-to-one advice, help with money and "
            "flexible deadlines. The list is not complete, and Carers Trust has not checked each offer.",
        ],
        "resource_type": "educational",
        "care_areas": [],
        "outcomes": ["carer-awareness", "identifying-carers"],
        "sectors": ["education"],
        "audiences": ["adult-carers", "young-adult-carers", "student-carers"],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [],
        "contacts": [
            {
                "name": "Jane Patel",
                "role": "Lead contact for student carers",
                "organisation": "University of Birmingham",
                "phone": "0121 414 8489",
                "email": "",
            },
            {
                "name": "Emma Szembek",
                "role": "Lead contact for student carers",
                "organisation": "University of Nottingham",
                "phone": "0115 846 6468",
                "email": "",
            },
            {
                "name": "Daisy Throup",
                "role": "Lead contact for student carers",
                "organisation": "University of Nottingham",
                "phone": "0115 846 7336",
                "email": "",
            },
            {
                "name": "Carole East",
                "role": "Student support contact for carers",
                "organisation": "University of Nottingham",
                "phone": "0115 951 4471",
                "email": "carole.east@nottingham.ac.uk",
            },
            {
                "name": "Dr Terri Sandison",
                "role": "Lead contact for student carers",
                "organisation": "University of Winchester",
                "phone": "01962 827225",
                "email": "",
            },
            {
                "name": "Joanne Gale-Chambers",
                "role": "Lead contact for student carers",
                "organisation": "University of Winchester",
                "phone": "01962 624890",
                "email": "",
            },
            {
                "name": "Anna Herbert",
                "role": "Lead contact for student carers",
                "organisation": "York St John University",
                "phone": "01904 876408",
                "email": "",
            },
            {
                "name": "Vanesa Emslie",
                "role": "Lead contact for student carers",
                "organisation": "York St John University",
                "phone": "01904 876970",
                "email": "",
            },
            {
                "name": "Melissa Page",
                "role": "HE Guidance Officer",
                "organisation": "De Montfort University",
                "phone": "0116 257 7872",
                "email": "",
            },
            {
                "name": "Ryan Ward",
                "role": "HE Guidance Officer",
                "organisation": "De Montfort University",
                "phone": "0116 257 7605",
                "email": "",
            },
            {
                "name": "Robin Kerr and Lynette Granger",
                "role": "Lead contacts for student carers",
                "organisation": "Sheffield Hallam University",
                "phone": "0114 225 3813",
                "email": "",
            },
            {
                "name": "Jessica Nightingale",
                "role": "Contact for student carers",
                "organisation": "University of Manchester",
                "phone": "0161 275 2987",
                "email": "",
            },
        ],
    },
    {
        "slug": "student-carers-in-higher-and-further-education",
        "title": "Student carers in higher and further education",
        "summary": "A guide for colleges and universities on helping young adult carers get in, stay and succeed.",
        "body": [
            "Going to college or university is hard when you care for someone. Some young adult carers never "
            "apply; others leave early.",
            "This guide, made with the National Union of Students, brings together good practice and suggests "
            "what colleges and universities can do at each stage, from first visit to graduation.",
        ],
        "resource_type": "educational",
        "care_areas": [],
        "outcomes": ["carer-awareness", "identifying-carers", "health-inequalities"],
        "sectors": ["education"],
        "audiences": ["young-adult-carers", "student-carers", "professionals"],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [
            {
                "title": "Supporting students with caring responsibilities (guide)",
                "language": "en",
                "filename": "student-carers-guide.pdf",
            }
        ],
        "contacts": [],
    },
    {
        "slug": "time-to-think-about-you",
        "title": "Time to Think About You",
        "summary": "A toolkit that helps GP practices start conversations with carers about their own health.",
        "body": [
            "Carers often put their own health last. This toolkit helps primary care staff notice carers and "
            "ask how they are.",
            "It includes simple prompts, a short checklist and ideas for linking carers with local support.",
        ],
        "resource_type": "toolkit",
        "care_areas": ["primary-care"],
        "outcomes": ["prevention", "wellbeing", "identifying-carers"],
        "sectors": ["primary-care", "health-care"],
        "audiences": ["adult-carers", "professionals"],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [
            {"title": "Time to Think About You toolkit", "language": "en", "filename": "time-to-think-about-you.pdf"}
        ],
        "contacts": [],
    },
    {
        "slug": "disc-dementia-support-for-bame-carers",
        "title": "DISC: dementia support for Black, Asian and minority ethnic carers",
        "summary": "Good practice from a project that reached carers of people with dementia in Black, Asian "
        "and minority ethnic communities.",
        "body": [
            "Many carers from Black, Asian and minority ethnic communities do not get the dementia support "
            "they need. Services may not reach them, or may not feel right for them.",
            "This project worked with community groups to find carers early, offer information in their "
            "languages and build trust.",
        ],
        "resource_type": "good-practice",
        "care_areas": ["dementia", "mental-health"],
        "outcomes": ["health-inequalities", "identifying-carers", "carer-awareness"],
        "sectors": ["carers-services", "health-and-wellbeing", "social-care"],
        "audiences": ["adult-carers", "older-carers", "families"],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [],
        "contacts": [],
    },
    {
        "slug": "carers-hub-commissioners-tool",
        "title": "Carers Hub: a tool for commissioners to map local services",
        "summary": "Map local help for carers against the Hub's 17 spokes, with carers, to find the gaps.",
        "body": [
            "The Carers Hub shows the full range of help a local area needs, as 17 spokes around a wheel: from "
            "information and advice to breaks, training and emotional support.",
            "Print the Hub large and ask carers to mark which kinds of help work well locally and where there "
            "are gaps. Repeat it with staff and providers to get the whole picture.",
            "The results can feed into needs assessments and local carers' strategies, and you can repeat the "
            "exercise later to see what has changed.",
        ],
        "resource_type": "toolkit",
        "care_areas": [],
        "outcomes": ["integration", "prevention", "identifying-carers"],
        "sectors": ["commissioning", "carers-services", "social-care"],
        "audiences": ["professionals"],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": True,
        "downloads": [
            {"title": "Carers Hub toolkit for commissioners", "language": "en", "filename": "carers-hub-toolkit.pdf"}
        ],
        "contacts": [],
    },
]

GUIDANCE = [
    {
        "slug": "who-is-a-carer",
        "title": "Are you a carer?",
        "summary": "If you help someone who could not manage without you, you are a carer, and you can get support.",
        "audiences": ["adult-carers", "young-carers", "parent-carers", "working-carers", "older-carers"],
        "care_areas": [],
        "easy_read": False,
        "review_date": "2027-05-01",
        "body": [
            (
                "paragraph",
                "<p>A carer is anyone who helps a family member, partner or friend who could not "
                "manage without them. The person may be ill, disabled, older, or have a mental "
                "health problem or an addiction.</p><p>You are a carer even if you do not live with "
                "them, even if you do not help every day, and even if you do not think of yourself "
                "as a carer. Being a husband, wife, son, daughter or friend does not stop you being a "
                "carer too.</p>",
            ),
            ("heading", "What caring can look like"),
            (
                "paragraph",
                "<ul><li>helping someone wash, dress, eat or take medicines</li><li>doing their "
                "shopping, cleaning or cooking</li><li>keeping an eye on them, day or night</li>"
                "<li>sorting out money, letters or appointments</li><li>calming them, listening, "
                "or keeping them safe when they are unwell</li></ul>",
            ),
            ("heading", "Why it matters"),
            (
                "paragraph",
                "<p>Once you know you are a carer, you have rights. You can ask your council for a "
                "carer's assessment. You may be able to get money, breaks and help at work.</p>"
                "<p>Tell your GP you are a carer. They can note it on your record, offer a health "
                "check and a flu jab, and be more flexible with appointments.</p>",
            ),
            (
                "callout",
                {
                    "title": "You are not alone",
                    "text": "<p>Millions of people in the UK look after someone. Local carers' services "
                    "are there to help you, and they are free.</p>",
                    "style": "info",
                },
            ),
            ("heading", "What to do next"),
            (
                "paragraph",
                "<ol><li>Find your local carers' service in our directory.</li><li>Ask for a "
                "carer's assessment.</li><li>Tell your GP that you are a carer.</li></ol>",
            ),
        ],
    },
    {
        "slug": "carers-assessment",
        "title": "Carer's assessment: what it is and how to get one",
        "summary": "A free conversation with your council about your caring role and what would make life "
        "easier. Any carer can ask for one.",
        "audiences": ["adult-carers", "parent-carers", "young-adult-carers", "working-carers", "older-carers"],
        "care_areas": [],
        "easy_read": False,
        "review_date": "2027-03-01",
        "body": [
            (
                "paragraph",
                "<p>A carer's assessment is a conversation with someone from your local council "
                "about you: how caring affects your life, your health, your work and what you "
                "want for yourself.</p><p>It is free. You can ask for one even if the person you "
                "care for does not get help from the council, and even if they refuse an "
                "assessment of their own.</p>",
            ),
            ("heading", "Who can have one"),
            (
                "paragraph",
                "<p>Under the Care Act 2014, any adult who looks after another adult and appears to "
                "need support can have an assessment. You do not need to care for a set number of "
                "hours. Young carers and parent carers have a right to an assessment too.</p>",
            ),
            ("heading", "How to ask"),
            (
                "paragraph",
                "<ol><li>Contact the adult social care team at the council where the person you "
                "care for lives.</li><li>Say: \"I am a carer and I would like a carer's "
                'assessment."</li><li>You can also ask your GP, a hospital social worker or a '
                "carers' service to refer you.</li></ol>",
            ),
            ("heading", "Getting ready"),
            (
                "paragraph",
                "<p>Before the assessment, jot down what you do in a normal week, what you find "
                "hardest, and what would help. Think about your own health, sleep, work, money "
                "and time for yourself.</p><p>You can have someone with you, such as a friend or "
                "a worker from a carers' service.</p>",
            ),
            ("heading", "What happens afterwards"),
            (
                "paragraph",
                "<p>The council decides if you meet the national eligibility rules. In plain "
                "words, you are eligible if caring is harming your physical or mental health, or "
                "stopping you doing important things such as work, study, seeing friends or "
                "looking after children, and this has a big effect on your wellbeing.</p><p>If you "
                "are eligible, you get a support plan. It may include breaks, help at home, "
                "training or a payment. If you are not eligible, the council must still give you "
                "advice and tell you about other help.</p>",
            ),
            (
                "faq",
                [
                    {"question": "Does it cost anything?", "answer": "<p>No. The assessment is always free.</p>"},
                    {
                        "question": "Will it be used to judge how well I care?",
                        "answer": "<p>No. It is about your needs, not a test of how you care.</p>",
                    },
                    {
                        "question": "Can I have another one later?",
                        "answer": "<p>Yes. Ask again whenever things change.</p>",
                    },
                ],
            ),
            ("crisis_lines", {"title": "If you need help right now"}),
        ],
    },
    {
        "slug": "what-to-do-in-a-crisis",
        "title": "What to do in a crisis",
        "summary": "Who to call, day or night, if the person you care for is in danger or very unwell, or if you "
        "cannot cope.",
        "audiences": ["adult-carers", "young-carers", "parent-carers", "families"],
        "care_areas": ["mental-health"],
        "easy_read": False,
        "review_date": "2027-01-15",
        "body": [
            (
                "callout",
                {
                    "title": "If someone is in danger now",
                    "text": "<p>Call <strong>999</strong> if someone's life is at risk, they have "
                    "seriously hurt themselves, or they may hurt someone else.</p>",
                    "style": "warning",
                },
            ),
            ("crisis_lines", {"title": "Who to call"}),
            ("heading", "If it is urgent but not an emergency"),
            (
                "paragraph",
                "<p>For urgent help with someone's mental health, call <strong>NHS 111</strong> "
                "and choose option 2. You will speak to a mental health worker. It is free and open "
                "day and night.</p><p>If the person already has a care co-ordinator or a crisis "
                "plan, use the numbers in their plan first.</p>",
            ),
            ("heading", "If you are struggling"),
            (
                "paragraph",
                "<p>Carers have crises too. If you feel you cannot go on, call Samaritans free on "
                "116 123 at any time, or text SHOUT to 85258 if you would rather not talk.</p>",
            ),
            ("heading", "Plan ahead"),
            (
                "paragraph",
                "<p>When things are calm, make a crisis plan with the person you care for and "
                "their care team. Write down early warning signs, what helps, who to call and "
                "who can look after children or pets.</p><p>Keep the plan by the phone and a copy "
                "in your bag.</p>",
            ),
        ],
    },
    {
        "slug": "young-carers",
        "title": "Young carers: help if you are under 18",
        "summary": "If you help look after someone at home, you are a young carer. Here is where to get support.",
        "audiences": ["young-carers", "young-adult-carers", "sibling-carers", "student-carers"],
        "care_areas": [],
        "easy_read": True,
        "review_date": "2027-04-01",
        "body": [
            (
                "paragraph",
                "<p>A young carer is someone under 18 who helps look after a family member. This "
                "could be a parent, brother, sister or grandparent who is ill, disabled, or has a "
                "mental health or drug or alcohol problem.</p>",
            ),
            ("heading", "You might be a young carer if you"),
            (
                "paragraph",
                "<ul><li>cook, clean or shop for your family</li><li>help someone get dressed or "
                "take medicine</li><li>look after younger brothers or sisters</li><li>keep someone "
                "company because they feel low or worried</li></ul>",
            ),
            ("heading", "Help you can get"),
            (
                "paragraph",
                "<p>Young carers' services run clubs, trips and chats with people who understand. "
                "They can also talk to your school about homework and being late.</p><p>You have a "
                "right to a young carer's needs assessment from the council. It looks at whether "
                "caring is too much for you.</p>",
            ),
            (
                "callout",
                {
                    "title": "Talk to someone",
                    "text": "<p>Tell a teacher, school nurse or youth worker you trust. You will not be "
                    "in trouble, and your family will not be split up for asking for help.</p>",
                    "style": "info",
                },
            ),
            ("heading", "Aged 16 to 25?"),
            (
                "paragraph",
                "<p>Young adult carers can get help planning for college, university or work. Some "
                "universities have a named contact for student carers.</p>",
            ),
        ],
    },
    {
        "slug": "money-and-carers-allowance",
        "title": "Money and Carer's Allowance",
        "summary": "What money help carers can get, and how to find out what you are entitled to.",
        "audiences": ["adult-carers", "working-carers", "parent-carers", "older-carers"],
        "care_areas": [],
        "easy_read": False,
        "review_date": "2027-04-06",
        "body": [
            (
                "paragraph",
                "<p>Caring can cost money and make it hard to work. You may be able to get "
                "benefits and other help. Many carers miss out because they do not know to ask.</p>",
            ),
            ("heading", "Carer's Allowance"),
            (
                "paragraph",
                "<p>Carer's Allowance is the main benefit for carers. You may get it if you:</p>"
                "<ul><li>spend at least 35 hours a week caring for someone</li><li>the person gets "
                "certain disability benefits</li><li>you earn below a set limit</li></ul>"
                "<p>The weekly amount and earnings limit change every April. Check today's figures "
                "on GOV.UK before you apply.</p>",
            ),
            ("heading", "Other help"),
            (
                "paragraph",
                "<ul><li>Carer Premium or Carer Element added to other benefits</li><li>Carer's "
                "Credit, which protects your State Pension if you cannot work</li><li>discounts on "
                "Council Tax in some cases</li><li>grants from charities</li></ul>",
            ),
            (
                "callout",
                {
                    "title": "Before you claim",
                    "text": "<p>Claiming Carer's Allowance can change the benefits of the person you "
                    "care for. Get a free benefits check from a carers' service or advice "
                    "centre first.</p>",
                    "style": "warning",
                },
            ),
            ("heading", "Working and caring"),
            (
                "paragraph",
                "<p>You have a legal right to ask your employer for flexible working, and to take "
                "time off for emergencies. Many employers also give carer's leave.</p>",
            ),
        ],
    },
    {
        "slug": "taking-a-break",
        "title": "Taking a break from caring",
        "summary": "Respite, short breaks and sitting services give you time for yourself. Here is how to get them.",
        "audiences": ["adult-carers", "parent-carers", "older-carers", "working-carers"],
        "care_areas": [],
        "easy_read": False,
        "review_date": "2027-02-01",
        "body": [
            (
                "paragraph",
                "<p>Everyone needs time off. A break helps you rest, see friends, go to your own "
                "appointments or just sleep. Taking a break is not letting anyone down.</p>",
            ),
            ("heading", "Kinds of break"),
            (
                "paragraph",
                "<ul><li><strong>Sitting service</strong>: a trained person stays with the person "
                "you care for, for a few hours.</li><li><strong>Day services</strong>: the person "
                "goes to a day centre or club.</li><li><strong>Short breaks or respite "
                "care</strong>: a stay in a care home or with a host family for a few days or "
                "weeks.</li><li><strong>Breaks for you</strong>: some carers' services fund a "
                "trip, a course or a hobby.</li></ul>",
            ),
            ("heading", "How to get one"),
            (
                "paragraph",
                "<ol><li>Ask for a carer's assessment, and say you need breaks.</li><li>Ask the "
                "council for a needs assessment for the person you care for.</li><li>Contact your "
                "local carers' service. Some offer breaks straight away.</li></ol>",
            ),
            ("heading", "Plan breaks before you need them"),
            (
                "paragraph",
                "<p>It is easier to arrange a break when things are calm. Carers of people with "
                "mental health problems can ask the care team to include breaks in the care "
                "plan.</p>",
            ),
        ],
    },
    {
        "slug": "mapping-your-support-network",
        "title": "Mapping your support network",
        "summary": "Four questions to help you and the person you care for decide who helps, and how, "
        "especially in an emergency.",
        "audiences": ["families", "adult-carers", "young-carers"],
        "care_areas": ["mental-health"],
        "easy_read": False,
        "review_date": "2027-06-01",
        "body": [
            (
                "paragraph",
                "<p>A support network is the people around someone who help them: family, "
                "friends, neighbours and others. Knowing who is in it, and what each person will "
                "do, makes hard times easier.</p><p>Answer these questions together with the person "
                "you care for. Write the answers down, or print this page and fill it in.</p>",
            ),
            ("heading", "1. Who matters most to you?"),
            (
                "paragraph",
                "<p>List the people who are most important in your life. They can be family, "
                "friends or anyone else.</p>",
            ),
            ("heading", "2. How would you like them to help you now?"),
            ("paragraph", "<p>Think about this difficult time. What would you like each person to do?</p>"),
            ("heading", "3. In an emergency, who would you want with you?"),
            ("paragraph", "<p>These may be the same people as in question 1, or different people.</p>"),
            ("heading", "4. How would you like them to help in an emergency?"),
            ("paragraph", "<p>It could be anything: feeding the cat, talking to the doctor, or just being there.</p>"),
            (
                "callout",
                {
                    "title": "Come back to it",
                    "text": "<p>Networks change. Go through these questions again every few months, "
                    "and after any big change.</p>",
                    "style": "info",
                },
            ),
        ],
    },
]

LEAFLET = {
    "slug": "a-brief-guide-for-carers",
    "title": "A brief guide for carers",
    "summary": "The essentials on one sheet: who counts as a carer, your rights, where to get help and who to "
    "call in a crisis.",
    "review_date": "2027-03-31",
    "audiences": ["adult-carers", "families"],
    "body": [
        (
            "paragraph",
            "<p>This leaflet is for anyone who looks after a relative, partner or friend. Keep it "
            "somewhere you can find it.</p>",
        ),
        ("heading", "Are you a carer?"),
        (
            "paragraph",
            "<p>If someone could not manage without your help, you are a carer. You do not have to live with them.</p>",
        ),
        ("heading", "Your rights"),
        (
            "paragraph",
            "<ul><li>A free carer's assessment from your council.</li><li>To ask your employer for "
            "flexible working.</li><li>To be listened to by the staff who care for your "
            "relative.</li></ul>",
        ),
        ("heading", "Where to get help"),
        (
            "paragraph",
            "<p>Your local carers' service can give advice, groups and breaks. Tell your GP you are a carer.</p>",
        ),
        ("crisis_lines", {"title": "In a crisis"}),
    ],
    "pdf_sections": [
        {
            "heading": "Are you a carer?",
            "text": "If someone could not manage without your help, you are a carer. You do not have to live "
            "with them, and you do not have to help every day.",
        },
        {
            "heading": "Your rights",
            "text": "You can ask your council for a free carer's assessment.\nYou can ask your employer for "
            "flexible working.\nStaff caring for your relative should listen to you.",
        },
        {
            "heading": "Where to get help",
            "text": "Your local carers' service gives advice, groups and breaks. Tell your GP you are a carer: "
            "they can offer a health check and more flexible appointments.",
        },
        {
            "heading": "In a crisis",
            "text": "If someone is in danger, call 999.\nFor urgent mental health help, call NHS 111 and choose "
            "option 2.\nSamaritans: 116 123, free, day or night.\nShout: text SHOUT to 85258.",
        },
    ],
}

NEWS = [
    {
        "slug": "carers-week-2026",
        "title": "Carers Week 2026: events across east London",
        "date": "2026-06-01",
        "summary": "Drop-ins, coffee mornings and advice stalls for carers during Carers Week.",
        "body": [
            "Carers Week runs from 8 to 14 June. Local carers' services are holding drop-ins, coffee mornings "
            "and advice stalls in libraries and hospitals.",
            "Come along to meet other carers, get a free benefits check, or just have a cup of tea. You do not "
            "need to book.",
        ],
    },
    {
        "slug": "new-carers-drop-in-barking",
        "title": "New weekly drop-in for carers in Barking",
        "date": "2026-10-20",
        "summary": "A weekly drop-in where carers can get advice without an appointment.",
        "body": [
            "From November, carers in Barking and Dagenham can get advice at a weekly drop-in. Staff can help "
            "with a carer's assessment, benefits and breaks.",
            "There is no need to book. Bring the person you care for if you need to.",
        ],
    },
]

EVENTS = [
    {
        "slug": "evening-carers-support-group-redbridge",
        "title": "Evening support group for carers",
        "start": "2026-12-03T18:30",
        "end": "2026-12-03T20:00",
        "location": "Ilford Central Library, Clements Road, Ilford IG1 1EA",
        "area": "redbridge",
        "audiences": ["adult-carers", "working-carers"],
        "cost": "Free",
        "summary": "A friendly evening group for carers who work or cannot come in the day.",
        "body": [
            "Meet other carers, share what helps and get information from local services. The group meets in "
            "the evening so working carers can come.",
            "Just turn up. Tea and biscuits are free.",
        ],
    },
    {
        "slug": "saturday-family-fun-day-young-carers",
        "title": "Saturday fun day for young carers",
        "start": "2027-01-16T11:00",
        "end": "2027-01-16T15:00",
        "location": "Greenwich Leisure Centre, Trafalgar Road, London SE10 9UX",
        "area": "greenwich",
        "audiences": ["young-carers", "sibling-carers"],
        "cost": "Free",
        "summary": "Games, food and time off for young carers aged 8 to 17.",
        "body": [
            "A day of games, crafts and lunch for young carers. Staff from young carers' services will be "
            "there to chat.",
            "Ask a parent or carer to book a place by calling your local young carers' service.",
        ],
    },
]

HOME = {
    "title": "Help for unpaid carers",
    "intro": "If you look after someone, find local help, advice and people to talk to, day or night.",
    "pathways": [
        {
            "audience": "adult-carers",
            "title": "I look after someone",
            "text": "Start here if you care for a relative, partner or friend.",
        },
        {"audience": "young-carers", "title": "I am a young carer", "text": "Help for carers under 18, and 16 to 25."},
        {
            "audience": "parent-carers",
            "title": "I care for my child",
            "text": "Support for parents of a disabled or ill child.",
        },
        {"audience": "working-carers", "title": "I work and care", "text": "Money, flexible work and your rights."},
        {
            "audience": "student-carers",
            "title": "I am studying and caring",
            "text": "Support at college and university.",
        },
        {"audience": "professionals", "title": "I work with carers", "text": "Toolkits and guidance for staff."},
    ],
}

# Words carers use for the same thing; search treats each group as one.
SYNONYMS = [
    "respite, short break, sitting service, break from caring",
    "carer's assessment, carers assessment, carer assessment, needs assessment",
    "camhs, children's mental health",
    "money, benefits, carer's allowance, financial help",
    "young carer, young carers, children who care",
    "dementia, alzheimer's, memory loss",
    "crisis, emergency, urgent help",
]

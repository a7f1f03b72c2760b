"""Demo content: facts (names, numbers, places, titles, dates) come from the seed documents; all prose is original."""

# The day the dates below were written for. load_demo moves every date here (last verified, review dates, date
# revised, news dates) on by the days since then, so the demo reads the same on any day it is loaded: nothing
# overdue, nothing stale. Write dates as they would be on this day; write text that does not name a month or a
# season, since news and events are shown on any day of the year.
WRITTEN_ON = "2026-11-23"

# Areas are listed parents first, so a loader can create them in order. Their postcode districts are in
# directory/data/postcode_districts.csv (each district belongs to one borough only: where one crosses a
# border it goes to the borough that holds most of its postcodes, e.g. E11 to Waltham Forest, RM6 to
# Redbridge, SE2 to Greenwich; DA1, BR8, IG7 and RM4 are left out, as most of each is outside London).
AREAS = [
    {
        "slug": "uk",
        "name": "United Kingdom",
        "kind": "country",
        "parent": None,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "england",
        "name": "England",
        "kind": "nation",
        "parent": "uk",
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "wales",
        "name": "Wales",
        "kind": "nation",
        "parent": "uk",
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "scotland",
        "name": "Scotland",
        "kind": "nation",
        "parent": "uk",
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "northern-ireland",
        "name": "Northern Ireland",
        "kind": "nation",
        "parent": "uk",
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "london",
        "name": "London",
        "kind": "region",
        "parent": "england",
        "latitude": 51.5072,
        "longitude": -0.1276,
    },
    # North east London: the four boroughs of North East London Mental Health Trust (now NELFT).
    {
        "slug": "barking-and-dagenham",
        "name": "Barking and Dagenham",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5465,
        "longitude": 0.1293,
    },
    {
        "slug": "havering",
        "name": "Havering",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5779,
        "longitude": 0.2120,
    },
    {
        "slug": "redbridge",
        "name": "Redbridge",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5901,
        "longitude": 0.0819,
    },
    {
        "slug": "waltham-forest",
        "name": "Waltham Forest",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5908,
        "longitude": -0.0134,
    },
    # South east London: the three boroughs of Oxleas NHS Foundation Trust.
    {
        "slug": "bexley",
        "name": "Bexley",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4549,
        "longitude": 0.1505,
    },
    {
        "slug": "bromley",
        "name": "Bromley",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.3727,
        "longitude": 0.0457,
    },
    {
        "slug": "greenwich",
        "name": "Greenwich",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4892,
        "longitude": 0.0648,
    },
    # The rest of Greater London (the 32 boroughs and the City of London), so every London postcode finds its
    # borough. Centres are the average position of each one's postcodes (directory/data/README.md).
    {
        "slug": "city-of-london",
        "name": "City of London",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5146,
        "longitude": -0.0925,
    },
    {
        "slug": "barnet",
        "name": "Barnet",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.6084,
        "longitude": -0.2067,
    },
    {
        "slug": "brent",
        "name": "Brent",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5553,
        "longitude": -0.2597,
    },
    {
        "slug": "camden",
        "name": "Camden",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5367,
        "longitude": -0.1460,
    },
    {
        "slug": "croydon",
        "name": "Croydon",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.3686,
        "longitude": -0.0912,
    },
    {
        "slug": "ealing",
        "name": "Ealing",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5190,
        "longitude": -0.3246,
    },
    {
        "slug": "enfield",
        "name": "Enfield",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.6414,
        "longitude": -0.0805,
    },
    {
        "slug": "hackney",
        "name": "Hackney",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5491,
        "longitude": -0.0693,
    },
    {
        "slug": "hammersmith-and-fulham",
        "name": "Hammersmith and Fulham",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4903,
        "longitude": -0.2163,
    },
    {
        "slug": "haringey",
        "name": "Haringey",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5899,
        "longitude": -0.1038,
    },
    {
        "slug": "harrow",
        "name": "Harrow",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5926,
        "longitude": -0.3390,
    },
    {
        "slug": "hillingdon",
        "name": "Hillingdon",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5437,
        "longitude": -0.4360,
    },
    {
        "slug": "hounslow",
        "name": "Hounslow",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4708,
        "longitude": -0.3512,
    },
    {
        "slug": "islington",
        "name": "Islington",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5416,
        "longitude": -0.1084,
    },
    {
        "slug": "kensington-and-chelsea",
        "name": "Kensington and Chelsea",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4994,
        "longitude": -0.1887,
    },
    {
        "slug": "kingston-upon-thames",
        "name": "Kingston upon Thames",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.3973,
        "longitude": -0.2875,
    },
    {
        "slug": "lambeth",
        "name": "Lambeth",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4582,
        "longitude": -0.1196,
    },
    {
        "slug": "lewisham",
        "name": "Lewisham",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4518,
        "longitude": -0.0238,
    },
    {
        "slug": "merton",
        "name": "Merton",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4108,
        "longitude": -0.1933,
    },
    {
        "slug": "newham",
        "name": "Newham",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5302,
        "longitude": 0.0299,
    },
    {
        "slug": "richmond-upon-thames",
        "name": "Richmond upon Thames",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4484,
        "longitude": -0.3172,
    },
    {
        "slug": "southwark",
        "name": "Southwark",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4838,
        "longitude": -0.0777,
    },
    {
        "slug": "sutton",
        "name": "Sutton",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.3653,
        "longitude": -0.1821,
    },
    {
        "slug": "tower-hamlets",
        "name": "Tower Hamlets",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5169,
        "longitude": -0.0391,
    },
    {
        "slug": "wandsworth",
        "name": "Wandsworth",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.4551,
        "longitude": -0.1792,
    },
    {
        "slug": "westminster",
        "name": "Westminster",
        "kind": "borough",
        "parent": "london",
        "latitude": 51.5135,
        "longitude": -0.1518,
    },
    # Council areas outside London where a service listed here is based: the universities with student carer
    # contacts. The "borough" kind is the local council's level; a postcode there finds its council's area.
    {
        "slug": "birmingham",
        "name": "Birmingham",
        "kind": "borough",
        "parent": "england",
        "latitude": 52.4790,
        "longitude": -1.8843,
    },
    {
        "slug": "leicester",
        "name": "Leicester",
        "kind": "borough",
        "parent": "england",
        "latitude": 52.6356,
        "longitude": -1.1252,
    },
    {
        "slug": "manchester",
        "name": "Manchester",
        "kind": "borough",
        "parent": "england",
        "latitude": 53.4592,
        "longitude": -2.2282,
    },
    {
        "slug": "nottingham",
        "name": "Nottingham",
        "kind": "borough",
        "parent": "england",
        "latitude": 52.9635,
        "longitude": -1.1702,
    },
    {
        "slug": "sheffield",
        "name": "Sheffield",
        "kind": "borough",
        "parent": "england",
        "latitude": 53.3834,
        "longitude": -1.4671,
    },
    {
        "slug": "winchester",
        "name": "Winchester",
        "kind": "borough",
        "parent": "england",
        "latitude": 51.0139,
        "longitude": -1.2481,
    },
    {
        "slug": "york",
        "name": "York",
        "kind": "borough",
        "parent": "england",
        "latitude": 53.9643,
        "longitude": -1.0824,
    },
]

AUDIENCES = [
    {
        "slug": "adult-carers",
        "name": "Adult carers",
        "description": "You are 18 or over and look after another adult, such as a partner, parent or friend.",
    },
    {
        "slug": "young-carers",
        "name": "Young carers (under 18)",
        "description": "You are under 18 and help look after someone in your family.",
    },
    {
        "slug": "young-adult-carers",
        "name": "Young adult carers (16 to 25)",
        "description": "You are aged 16 to 25 and look after someone, often while you study or start work.",
    },
    {
        "slug": "student-carers",
        "name": "Student carers",
        "description": "You are at college or university and care for someone at the same time.",
    },
    {
        "slug": "parent-carers",
        "name": "Parent carers",
        "description": "You look after your own child who is ill or disabled.",
    },
    {
        "slug": "sibling-carers",
        "name": "Sibling carers",
        "description": "You help look after a brother or sister who is ill or disabled.",
    },
    {
        "slug": "older-carers",
        "name": "Older carers",
        "description": "You are 65 or over and look after someone, often a partner of a similar age.",
    },
    {
        "slug": "working-carers",
        "name": "Working carers",
        "description": "You have a paid job and care for someone as well.",
    },
    {
        "slug": "families",
        "name": "Families and support network",
        "description": "Family, friends and neighbours who matter to someone, whether or not they say they are carers.",
    },
    {
        "slug": "professionals",
        "name": "Professionals",
        "description": "Health, social care, education and voluntary sector staff who work with carers.",
    },
]

# The seeds' "Area of Care" values are here too (primary care, acute care, care homes and so on).
CARE_AREAS = [
    {"slug": "mental-health", "name": "Mental health"},
    {"slug": "dementia", "name": "Dementia"},
    {"slug": "learning-disability", "name": "Learning disability"},
    {"slug": "physical-illness", "name": "Physical illness and disability"},
    {"slug": "substance-misuse", "name": "Drug use (substance misuse)"},
    {"slug": "alcohol-misuse", "name": "Alcohol use (alcohol misuse)"},
    {"slug": "end-of-life", "name": "End of life"},
    {"slug": "autism", "name": "Autism"},
    {"slug": "long-term-conditions", "name": "Long-term conditions"},
    {"slug": "special-educational-needs", "name": "Special educational needs"},
    {"slug": "primary-care", "name": "Primary care"},
    {"slug": "secondary-care", "name": "Secondary care"},
    {"slug": "acute-care", "name": "Acute care"},
    {"slug": "specialist-services", "name": "Specialist services"},
    {"slug": "hospital", "name": "Hospital"},
    {"slug": "day-centre", "name": "Day centre"},
    {"slug": "rehab-centre", "name": "Rehab centre"},
    {"slug": "care-homes", "name": "Care homes"},
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

# The "I work in" values of the Carers Trust library.
SECTORS = [
    {"slug": "health-care", "name": "Health care"},
    {"slug": "primary-care", "name": "Primary care"},
    {"slug": "hospitals", "name": "Hospitals"},
    {"slug": "mental-health-care", "name": "Mental health care"},
    {"slug": "health-and-wellbeing", "name": "Health and wellbeing"},
    {"slug": "pharmacy-services", "name": "Pharmacy services"},
    {"slug": "carers-services", "name": "Carers services"},
    {"slug": "carers-involvement", "name": "Carers involvement"},
    {"slug": "carers-breaks", "name": "Carers breaks"},
    {"slug": "information-and-advice", "name": "Information and advice"},
    {"slug": "social-care", "name": "Social care"},
    {"slug": "employment", "name": "Employment"},
    {"slug": "education", "name": "Education"},
    {"slug": "commissioning", "name": "Commissioning"},
    {"slug": "commissioning-for-carers", "name": "Commissioning for carers"},
]

# The Carers Hub has 17 spokes, but the seed (002) says so without naming them. These 17 are plausible
# spokes built from the brief's examples and the needs the seeds describe; check them against the toolkit.
INTERVENTIONS = [
    {
        "slug": "information-and-advice",
        "name": "Information and advice",
        "description": "Clear facts about services, rights and money, given when you need them.",
    },
    {
        "slug": "carers-assessment",
        "name": "Carers' assessment",
        "description": "A talk with the council about what you need to keep caring and have a life of your own.",
    },
    {
        "slug": "breaks-and-respite",
        "name": "Breaks and respite",
        "description": "Time off from caring, from a few hours of sitting to a longer short break.",
    },
    {
        "slug": "emotional-support",
        "name": "Emotional support",
        "description": "Someone to listen when caring feels hard, by phone, face to face or in a group.",
    },
    {
        "slug": "peer-support",
        "name": "Peer support and groups",
        "description": "Meeting other carers who understand, because they care for someone too.",
    },
    {
        "slug": "training-and-learning",
        "name": "Training and learning",
        "description": "Courses that help you care safely and look after yourself.",
    },
    {
        "slug": "employment-support",
        "name": "Employment support",
        "description": "Help to stay in work, go back to work or talk to your employer about caring.",
    },
    {
        "slug": "young-carers-support",
        "name": "Young carers' support",
        "description": "Activities, a break and someone to talk to for children and teenagers who care.",
    },
    {
        "slug": "young-adult-carers-transition",
        "name": "Young adult carers and transition",
        "description": "Help for carers aged 16 to 25 moving on to college, university, work or adult services.",
    },
    {
        "slug": "health-and-wellbeing",
        "name": "Carers' health and wellbeing",
        "description": "Health checks and support to look after your own body and mind.",
    },
    {
        "slug": "money-and-benefits-advice",
        "name": "Money and benefits advice",
        "description": "Help to find out which benefits and grants you can get, and to claim them.",
    },
    {
        "slug": "advocacy",
        "name": "Advocacy",
        "description": "Someone on your side who helps you speak up and be heard.",
    },
    {
        "slug": "emergency-planning",
        "name": "Emergency and crisis planning",
        "description": "A plan for who steps in if you are ill, or if the person you care for is in crisis.",
    },
    {
        "slug": "involvement-in-care-planning",
        "name": "Involvement in care planning",
        "description": "Being included in decisions about the care of the person you look after.",
    },
    {
        "slug": "carer-identification",
        "name": "Identifying carers",
        "description": "Helping people see that they are carers, so they get support early.",
    },
    {
        "slug": "practical-support-at-home",
        "name": "Practical support at home",
        "description": "Hands-on help such as equipment, changes to the home or help with everyday tasks.",
    },
    {
        "slug": "life-after-caring",
        "name": "Life after caring",
        "description": "Support when caring changes or ends, including after the person has died.",
    },
]

# Seed 000 "Useful contacts", seed 003 "User Organisations", the two NHS trusts, national helplines and the
# universities of Carers Trust's student carers list. Addresses from 2006 may be out of date: it is demo data.
ORGANISATIONS = [
    {
        "slug": "nelft",
        "name": "North East London NHS Foundation Trust (NELFT)",
        "description": "The NHS trust for mental health and community health services in Barking and Dagenham, "
        "Havering, Redbridge and Waltham Forest. It took over the services of North East London Mental Health Trust.",
        "website": "https://www.nelft.nhs.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "nelmht",
        "name": "North East London Mental Health Trust (NELMHT)",
        "description": "The mental health trust for four north east London boroughs until it became part of NELFT. "
        "Its carers strategy listed many of the contacts in this directory.",
        "website": "https://www.nelmht.nhs.uk",
        "email": "",
        "phone": "020 8970 8422",
    },
    {
        "slug": "oxleas",
        "name": "Oxleas NHS Foundation Trust",
        "description": "The NHS trust for mental health, learning disability and community health services in "
        "Bexley, Bromley and Greenwich.",
        "website": "https://oxleas.nhs.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "lbbd",
        "name": "London Borough of Barking and Dagenham",
        "description": "The council for Barking and Dagenham. Its adult social care team does carers' assessments.",
        "website": "https://www.careandsupport.lbbd.gov.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "carers-trust",
        "name": "Carers Trust",
        "description": "A UK charity that works with a network of local carers' services and publishes guides "
        "for staff who support carers.",
        "website": "https://carers.org",
        "email": "info@carers.org",
        "phone": "0300 772 9600",
    },
    {
        "slug": "carers-trust-wales",
        "name": "Carers Trust Wales",
        "description": "The Welsh part of Carers Trust. It leads the Triangle of Care in Wales.",
        "website": "https://carers.org/wales",
        "email": "",
        "phone": "",
    },
    {
        "slug": "carers-uk",
        "name": "Carers UK",
        "description": "A national charity for unpaid carers, with a helpline for advice on money, rights and work.",
        "website": "https://www.carersuk.org",
        "email": "",
        "phone": "0808 808 7777",
    },
    {
        "slug": "samaritans",
        "name": "Samaritans",
        "description": "A charity that listens to anyone who is struggling, day or night. Calls to 116 123 are free.",
        "website": "https://www.samaritans.org",
        "email": "jo@samaritans.org",
        "phone": "",
    },
    {
        "slug": "shout",
        "name": "Shout (Mental Health Innovations)",
        "description": "A free text service for anyone in crisis. Text SHOUT to 85258.",
        "website": "https://giveusashout.org",
        "email": "",
        "phone": "",
    },
    {
        "slug": "nhs-111",
        "name": "NHS 111",
        "description": "The NHS number for urgent help when it is not an emergency, by phone or online.",
        "website": "https://111.nhs.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "mind",
        "name": "Mind",
        "description": "The national mental health charity. It gives information and runs local Minds.",
        "website": "https://www.mind.org.uk",
        "email": "",
        "phone": "020 8519 2122",
    },
    {
        "slug": "rethink",
        "name": "Rethink Mental Illness",
        "description": "A national mental health charity, once called the National Schizophrenia Fellowship.",
        "website": "https://www.rethink.org",
        "email": "",
        "phone": "020 7974 6814",
    },
    {
        "slug": "youngminds",
        "name": "YoungMinds",
        "description": "A charity for the mental health of children and young people, with advice for parents.",
        "website": "https://www.youngminds.org.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "carers-online",
        "name": "Carers Online",
        "description": "A website with national and local information for carers.",
        "website": "https://www.carersonline.org.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "mentalhealthcare",
        "name": "Mentalhealthcare",
        "description": "A website with advice and information for families and friends of people with mental illness.",
        "website": "https://www.mentalhealthcare.org.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "rcpsych",
        "name": "Royal College of Psychiatrists",
        "description": "The professional body for psychiatrists. Its website has free factsheets on common mental "
        "illnesses.",
        "website": "https://www.rcpsych.ac.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "nimhe",
        "name": "National Institute for Mental Health in England",
        "description": "A former national body that worked to improve mental health services in England.",
        "website": "https://www.nimhe.org.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "havering-mind",
        "name": "Havering Mind",
        "description": "The local Mind for Havering, for people with mental health problems and their families.",
        "website": "",
        "email": "",
        "phone": "01708 457040",
    },
    {
        "slug": "carers-of-barking-and-dagenham",
        "name": "Carers of Barking and Dagenham",
        "description": "A local charity that supports carers of all ages in Barking and Dagenham.",
        "website": "",
        "email": "",
        "phone": "020 8593 4422",
    },
    {
        "slug": "redbridge-carers-support-service",
        "name": "Redbridge Carers Support Service",
        "description": "A local service for people who look after someone in Redbridge.",
        "website": "",
        "email": "",
        "phone": "020 8514 6251",
    },
    {
        "slug": "waltham-forest-carers-association",
        "name": "Waltham Forest Carers Association",
        "description": "A local group that supports and speaks up for carers in Waltham Forest.",
        "website": "",
        "email": "",
        "phone": "020 8531 0652",
    },
    {
        "slug": "indigo",
        "name": "Indigo (formerly Redbridge Young Carers)",
        "description": "A service for young carers in Redbridge.",
        "website": "",
        "email": "",
        "phone": "020 8554 2888",
    },
    {
        "slug": "rethink-carers-redbridge",
        "name": "Rethink Carers (Redbridge)",
        "description": "Rethink's support for carers of people with mental illness in Redbridge.",
        "website": "",
        "email": "",
        "phone": "020 8554 0490",
    },
    {
        "slug": "rethink-havering",
        "name": "Rethink (Havering)",
        "description": "Rethink's local service in Havering.",
        "website": "",
        "email": "",
        "phone": "01277 211662",
    },
    {
        "slug": "one-stop-mental-health-service",
        "name": "One Stop Mental Health Service",
        "description": "A local mental health service named in the trust's lists of carers' and users' contacts.",
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
        "description": "A service user organisation in north east London.",
        "website": "",
        "email": "",
        "phone": "020 8521 8344",
    },
    {
        "slug": "waltham-forest-voluntary-action",
        "name": "Waltham Forest Voluntary Action",
        "description": "The umbrella body for voluntary and community groups in Waltham Forest.",
        "website": "",
        "email": "",
        "phone": "020 8521 0377",
    },
    {
        "slug": "black-peoples-mental-health-association",
        "name": "Black Peoples Mental Health Association",
        "description": "A user organisation for Black people who use mental health services, and those close to them.",
        "website": "",
        "email": "",
        "phone": "020 8509 2646",
    },
    {
        "slug": "qalb",
        "name": "QALB",
        "description": "A service user organisation in north east London.",
        "website": "",
        "email": "",
        "phone": "020 8521 5223",
    },
    {
        "slug": "concern-for-mental-health",
        "name": "Concern for Mental Health",
        "description": "A service user organisation in north east London.",
        "website": "",
        "email": "",
        "phone": "020 8925 2435",
    },
    {
        "slug": "university-of-birmingham",
        "name": "University of Birmingham",
        "description": "A university with a lead contact for student carers.",
        "website": "https://www.birmingham.ac.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "university-of-nottingham",
        "name": "University of Nottingham",
        "description": "A university with a named contact for students with caring responsibilities.",
        "website": "https://www.nottingham.ac.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "university-of-winchester",
        "name": "University of Winchester",
        "description": "A university that runs outreach for young carers and young adult carers in Hampshire.",
        "website": "https://www.winchester.ac.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "york-st-john-university",
        "name": "York St John University",
        "description": "A university that works with York Carers Centre to support young adult carers.",
        "website": "https://www.yorksj.ac.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "de-montfort-university",
        "name": "De Montfort University (DMU)",
        "description": "A Leicester university with designated staff for student carers.",
        "website": "https://www.dmu.ac.uk",
        "email": "transitions@dmu.ac.uk",
        "phone": "",
    },
    {
        "slug": "sheffield-hallam-university",
        "name": "Sheffield Hallam University",
        "description": "A university with lead contacts and a support fund open to student carers.",
        "website": "https://www.shu.ac.uk",
        "email": "",
        "phone": "",
    },
    {
        "slug": "university-of-manchester",
        "name": "University of Manchester",
        "description": "A university with a web page and a contact for student carers.",
        "website": "https://www.manchester.ac.uk",
        "email": "",
        "phone": "",
    },
]

# Opening hours are [] where the seeds do not give them: the site then says "call to check".
# Descriptions say only what the seeds support; where a seed gives just a name and number, the text says so.
SERVICES = [
    # --- North east London: NELFT (formerly NELMHT) -------------------------------------------------------
    {
        "slug": "nelft-pals",
        "name": "Patient Advice and Liaison Service (PALS)",
        "organisation": "nelft",
        "summary": "A free phone line for questions, worries or complaints about NELFT care, for patients, carers and "
        "families.",
        "description": [
            "PALS is there when you are not sure who to ask, or when something about care has gone wrong. "
            "Carers can call too, not just patients.",
            "They can explain how services work, pass on your concerns and help put things right. "
            "If you want to make a formal complaint, they can tell you how.",
        ],
        "phones": [{"number": "0800 783 1853", "label": "PALS freephone"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": ["adult-carers", "parent-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice", "advocacy"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call the freephone number yourself. You do not need a referral.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "nelft-carers-support-barking-and-dagenham",
        "name": "Carers support service, Barking and Dagenham",
        "organisation": "nelft",
        "summary": "Carers support workers for people who look after someone using mental health services.",
        "description": [
            "If the person you look after uses NELFT mental health services in Barking and Dagenham, "
            "this team can support you as well.",
            "A carers support worker can talk through how you are coping, explain the care plan and help you "
            "ask for a carer's assessment.",
        ],
        "phones": [{"number": "020 8276 7880", "label": "Carers support"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham"],
        "audiences": ["adult-carers", "parent-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["emotional-support", "carers-assessment", "involvement-in-care-planning"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call the team, or ask the staff caring for your relative to put you in touch.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "nelft-user-and-carer-involvement",
        "name": "User and Carer Involvement team",
        "organisation": "nelft",
        "summary": "Find out about the trust's services for carers and how to have your say about them.",
        "description": [
            "This team helps carers and patients shape the trust's services. "
            "They can tell you about carers' groups, training and ways to give feedback.",
            "Call them if you want to share your experience or join a group that helps plan services.",
        ],
        "phones": [{"number": "020 8970 8422", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": ["adult-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice", "involvement-in-care-planning", "training-and-learning"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call the team yourself.",
        "cost": "Free",
        "last_verified": "2026-09-30",
    },
    {
        "slug": "nelft-admiral-nurses-redbridge",
        "name": "Admiral Nursing Service, Redbridge",
        "organisation": "nelft",
        "summary": "Specialist dementia nurses who support families looking after someone with dementia in Redbridge.",
        "description": [
            "An Admiral Nurse is a specialist dementia nurse. They focus on the family, not just the person "
            "with the diagnosis.",
            "They can help you understand changes in the person you care for, plan ahead and cope with the "
            "stress of caring.",
        ],
        "phones": [],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["redbridge"],
        "audiences": ["adult-carers", "older-carers", "families"],
        "care_areas": ["dementia"],
        "interventions": ["emotional-support", "emergency-planning", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Ask the memory service or your GP, or call PALS on 0800 783 1853 to be put in touch.",
        "cost": "Free",
        "last_verified": "2026-09-30",
    },
    {
        "slug": "nelft-language-support",
        "name": "Interpreting and language support",
        "organisation": "nelft",
        "summary": "Free interpreters so you and the person you care for understand care plans and meetings.",
        "description": [
            "If English is not your first language, you can ask for an interpreter at appointments and care "
            "plan meetings. It is free.",
            "Interpreters speaking Polish, Urdu, Bengali, Punjabi, Gujarati, Somali, Turkish, Romanian and "
            "Lithuanian can be booked, and many other languages too.",
            "If reading is hard, ask for information in another way, such as a recording.",
            "Tell staff which language you speak when the appointment is booked.",
        ],
        "phones": [{"number": "0800 783 1853", "label": "Ask via PALS freephone"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": ["adult-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice", "involvement-in-care-planning"],
        "opening_hours": [],
        "languages": ["en", "pl", "ur", "bn", "pa", "gu", "so", "tr", "ro", "lt"],
        "how_to_refer": "Ask the team that cares for your relative, or call PALS, and say which language you need.",
        "cost": "Free",
        "last_verified": "2026-11-02",
    },
    # --- North east London: council and local charities ---------------------------------------------------
    {
        "slug": "lbbd-carers-assessments",
        "name": "Carers' assessments, Barking and Dagenham Council",
        "organisation": "lbbd",
        "summary": "Ask the council for a free carer's assessment to find out what support you can get.",
        "description": [
            "A social worker from the council will talk with you about your caring and your own needs. "
            "The assessment is free.",
            "If you qualify, you agree a support plan. This can include a personal budget or a direct payment, "
            "for example to pay for a break.",
            "If you do not qualify, the council should still give you information and advice.",
        ],
        "phones": [],
        "email": "",
        "website": "https://www.careandsupport.lbbd.gov.uk",
        "address": {"line1": "Barking Town Hall", "line2": "1 Town Square", "town": "Barking", "postcode": "IG11 7LU"},
        "latitude": 51.5392,
        "longitude": 0.0806,
        "areas": ["barking-and-dagenham"],
        "audiences": ["adult-carers", "older-carers", "working-carers", "parent-carers"],
        "care_areas": [],
        "interventions": ["carers-assessment", "breaks-and-respite", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Ask through the council's care and support website, or ask a carers' service to refer you.",
        "cost": "Free",
        "last_verified": "2026-10-20",
    },
    {
        "slug": "carers-of-barking-and-dagenham",
        "name": "Carers of Barking and Dagenham",
        "organisation": "carers-of-barking-and-dagenham",
        "summary": "Advice, groups and support for carers of any age in Barking and Dagenham, whatever your situation.",
        "description": [
            "Any carer in the borough can use this service. You do not need an assessment first.",
            "They help with many things, from speaking up for you to questions about work. "
            "They also support young carers.",
        ],
        "phones": [{"number": "020 8593 4422", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham"],
        "audiences": ["adult-carers", "young-carers", "older-carers", "working-carers", "parent-carers"],
        "care_areas": [],
        "interventions": [
            "information-and-advice",
            "advocacy",
            "employment-support",
            "peer-support",
            "young-carers-support",
            "carer-identification",
        ],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself. You do not need a referral.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "memory-lane",
        "name": "Memory Lane",
        "organisation": "carers-of-barking-and-dagenham",
        "summary": "Support for people with dementia and the family members who look after them.",
        "description": [
            "Memory Lane is run by Carers of Barking and Dagenham. "
            "It helps people with memory problems keep living in their own homes for longer.",
            "Carers get support too, so you are not coping alone.",
        ],
        "phones": [{"number": "020 8593 4422", "label": "Carers of Barking and Dagenham"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham"],
        "audiences": ["adult-carers", "older-carers", "families"],
        "care_areas": ["dementia"],
        "interventions": ["emotional-support", "peer-support", "practical-support-at-home"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call Carers of Barking and Dagenham and ask about Memory Lane.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "redbridge-carers-support-service",
        "name": "Redbridge Carers Support Service",
        "organisation": "redbridge-carers-support-service",
        "summary": "Information and support for adults who look after someone in Redbridge.",
        "description": [
            "If you care for someone who lives in Redbridge, call for advice about services, money and your rights.",
            "Ask what groups and activities are running now, and how to get a carer's assessment.",
        ],
        "phones": [{"number": "020 8514 6251", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["redbridge"],
        "audiences": ["adult-carers", "older-carers", "working-carers"],
        "care_areas": [],
        "interventions": ["information-and-advice", "carers-assessment", "peer-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself. You do not need a referral.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "waltham-forest-carers-association",
        "name": "Waltham Forest Carers Association",
        "organisation": "waltham-forest-carers-association",
        "summary": "A local carers' group in Waltham Forest that supports carers and speaks up for them.",
        "description": [
            "Carers in Waltham Forest can get in touch to meet other carers and find out what help is out there.",
            "The group also passes carers' views on to the NHS and the council.",
        ],
        "phones": [{"number": "020 8531 0652", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["waltham-forest"],
        "audiences": ["adult-carers", "families"],
        "care_areas": [],
        "interventions": ["peer-support", "information-and-advice", "advocacy"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-10-01",
    },
    {
        "slug": "indigo-young-carers",
        "name": "Indigo young carers",
        "organisation": "indigo",
        "summary": "Support, activities and someone to talk to for young carers in Redbridge.",
        "description": [
            "Indigo used to be called Redbridge Young Carers. It is for children and teenagers who help look after "
            "someone at home.",
            "Young carers can take a break, have fun and meet others who understand what it is like.",
        ],
        "phones": [{"number": "020 8554 2888", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["redbridge"],
        "audiences": ["young-carers", "sibling-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["young-carers-support", "breaks-and-respite", "emotional-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "A young carer, a parent, a teacher or a social worker can call.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "rethink-carers-redbridge",
        "name": "Rethink Carers (Redbridge)",
        "organisation": "rethink-carers-redbridge",
        "summary": "Support for people in Redbridge who care for someone with a serious mental illness.",
        "description": [
            "Caring for someone with a mental illness, such as schizophrenia or bipolar disorder, can be lonely and "
            "confusing. This service is for you, the carer.",
            "Call to find out about support groups, information on mental illness and help to deal with services.",
        ],
        "phones": [{"number": "020 8554 0490", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["redbridge"],
        "audiences": ["adult-carers", "parent-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["peer-support", "emotional-support", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "rethink-havering",
        "name": "Rethink (Havering)",
        "organisation": "rethink-havering",
        "summary": "Rethink's local service for people affected by mental illness in Havering.",
        "description": [
            "Rethink supports people affected by severe mental illness, and their families.",
            "Call to ask what is running in Havering now and whether it suits you.",
        ],
        "phones": [{"number": "01277 211662", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["havering"],
        "audiences": ["adult-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice", "peer-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "havering-mind",
        "name": "Havering Mind",
        "organisation": "havering-mind",
        "summary": "The local Mind in Havering, for people with mental health problems and those close to them.",
        "description": [
            "Havering Mind offers support to people in Havering who have mental health problems.",
            "If you care for someone, call to ask what they offer for families and how you can help the person "
            "get support.",
        ],
        "phones": [{"number": "01708 457040", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["havering"],
        "audiences": ["adult-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice", "emotional-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "one-stop-mental-health-service",
        "name": "One Stop Mental Health Service",
        "organisation": "one-stop-mental-health-service",
        "summary": "A local mental health service in north east London listed for carers and service users.",
        "description": [
            "The trust lists this service for both carers and people who use mental health services.",
            "Call to find out what they offer and whether it is right for you or the person you care for.",
        ],
        "phones": [{"number": "020 8514 5586", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["redbridge"],
        "audiences": ["adult-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "black-peoples-mental-health-association",
        "name": "Black Peoples Mental Health Association",
        "organisation": "black-peoples-mental-health-association",
        "summary": "A user-led group for Black people who use mental health services, and their families.",
        "description": [
            "Some families feel services do not understand their culture. "
            "A group led by people with shared experience can help.",
            "Call to ask how they can support you and the person you care for.",
        ],
        "phones": [{"number": "020 8509 2646", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": ["families", "adult-carers"],
        "care_areas": ["mental-health"],
        "interventions": ["peer-support", "advocacy"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "qalb",
        "name": "QALB",
        "organisation": "qalb",
        "summary": "A service user organisation in north east London, listed by the mental health trust.",
        "description": [
            "QALB is one of the user organisations the trust works with.",
            "Call to ask what they offer, and whether family members and carers can take part.",
        ],
        "phones": [{"number": "020 8521 5223", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["waltham-forest"],
        "audiences": ["families"],
        "care_areas": ["mental-health"],
        "interventions": ["peer-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "pss-together",
        "name": "PSS Together",
        "organisation": "pss-together",
        "summary": "A service user organisation in north east London, listed by the mental health trust.",
        "description": [
            "PSS Together is one of the user organisations the trust works with.",
            "Call to ask what they offer and how families can be involved.",
        ],
        "phones": [{"number": "020 8521 8344", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["waltham-forest"],
        "audiences": ["families"],
        "care_areas": ["mental-health"],
        "interventions": ["peer-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "waltham-forest-voluntary-action",
        "name": "Waltham Forest Voluntary Action",
        "organisation": "waltham-forest-voluntary-action",
        "summary": "Can point you to local community groups and volunteering in Waltham Forest.",
        "description": [
            "This organisation supports local charities and community groups in Waltham Forest.",
            "If you want to find a group near you, or to volunteer now that your caring has ended, they can point you "
            "the right way.",
        ],
        "phones": [{"number": "020 8521 0377", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["waltham-forest"],
        "audiences": ["adult-carers", "families"],
        "care_areas": [],
        "interventions": ["information-and-advice", "life-after-caring"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "hubb",
        "name": "HUBB",
        "organisation": "hubb",
        "summary": "A service user organisation in north east London, listed by the mental health trust.",
        "description": [
            "HUBB is one of the user organisations the trust works with.",
            "Call to ask what they offer and whether carers can take part.",
        ],
        "phones": [{"number": "020 8590 2666", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": ["families"],
        "care_areas": ["mental-health"],
        "interventions": ["peer-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "runup",
        "name": "Runup",
        "organisation": "runup",
        "summary": "A service user organisation in north east London, listed by the mental health trust.",
        "description": [
            "Runup is one of the user organisations the trust works with.",
            "Call to ask what they offer and whether carers can take part.",
        ],
        "phones": [{"number": "020 8970 5890", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": ["families"],
        "care_areas": ["mental-health"],
        "interventions": ["peer-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    {
        "slug": "concern-for-mental-health",
        "name": "Concern for Mental Health",
        "organisation": "concern-for-mental-health",
        "summary": "A service user organisation in north east London, listed by the mental health trust.",
        "description": [
            "Concern for Mental Health is one of the user organisations the trust works with.",
            "Call to ask what they offer and how families can get involved.",
        ],
        "phones": [{"number": "020 8925 2435", "label": "Main line"}],
        "email": "",
        "website": "",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": ["families"],
        "care_areas": ["mental-health"],
        "interventions": ["peer-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call them yourself.",
        "cost": "Free",
        "last_verified": "2026-09-18",
    },
    # --- South east London: Oxleas ------------------------------------------------------------------------
    {
        "slug": "oxleas-carers-and-support-networks",
        "name": "Support for carers and families, Oxleas",
        "organisation": "oxleas",
        "summary": "Carers' groups, training and carers' assessments for families of people using Oxleas services.",
        "description": [
            "Oxleas wants families and friends to be part of care, whether or not you call yourself a carer.",
            "Ask the team that looks after your relative about carers' groups, training and a carer's assessment.",
            "The Patient Experience team can help if you are not sure who to ask, or want to give feedback.",
        ],
        "phones": [
            {"number": "020 3871 5654", "label": "Patient Experience"},
            {"number": "020 3319 7637", "label": "Patient Experience coordinator"},
        ],
        "email": "",
        "website": "https://oxleas.nhs.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["bexley", "bromley", "greenwich"],
        "audiences": ["adult-carers", "families", "young-carers", "parent-carers"],
        "care_areas": ["mental-health", "learning-disability", "physical-illness"],
        "interventions": [
            "peer-support",
            "training-and-learning",
            "carers-assessment",
            "involvement-in-care-planning",
            "carer-identification",
        ],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Ask the team that cares for your relative, or call Patient Experience.",
        "cost": "Free",
        "last_verified": "2026-10-08",
    },
    {
        "slug": "oxleas-family-consultation-service",
        "name": "Family Consultation Service, Oxleas",
        "organisation": "oxleas",
        "summary": "Family therapy for patients and their families when relationships are under strain.",
        "description": [
            "Sometimes illness puts a lot of strain on a family. Family therapists can meet with you all together.",
            "They help everyone talk, understand each other and find ways to support the person who is unwell.",
        ],
        "phones": [],
        "email": "",
        "website": "https://oxleas.nhs.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["bexley", "bromley", "greenwich"],
        "audiences": ["families", "parent-carers"],
        "care_areas": ["mental-health"],
        "interventions": ["emotional-support", "involvement-in-care-planning"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "The team caring for your relative can refer you. Ask them about family work.",
        "cost": "Free",
        "last_verified": "2026-10-08",
    },
    # --- National -----------------------------------------------------------------------------------------
    {
        "slug": "carers-trust-local-services",
        "name": "Find a local carers' service",
        "organisation": "carers-trust",
        "summary": "Carers Trust can tell you about your local carers' centre or service, anywhere in the UK.",
        "description": [
            "Carers Trust works with local carers' services and carers' centres across the UK. "
            "Many offer advice, breaks, groups and support for young carers.",
            "If you are not sure where to start, they can help you find help near home.",
        ],
        "phones": [{"number": "0300 772 9600", "label": "Main line"}],
        "email": "info@carers.org",
        "website": "https://carers.org",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["uk"],
        "audiences": ["adult-carers", "young-carers", "young-adult-carers", "parent-carers"],
        "care_areas": [],
        "interventions": ["information-and-advice", "breaks-and-respite", "young-carers-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Use the website to search for your nearest service, or call.",
        "cost": "Free",
        "last_verified": "2026-11-02",
    },
    {
        "slug": "carers-trust-wales",
        "name": "Carers Trust Wales",
        "organisation": "carers-trust-wales",
        "summary": "Help to find carers' services in Wales, in English or Welsh.",
        "description": [
            "Carers Trust Wales works with local carers' services across Wales.",
            "It also helps hospitals support carers of people with dementia through the Triangle of Care.",
        ],
        "phones": [],
        "email": "",
        "website": "https://carers.org/wales",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["wales"],
        "audiences": ["adult-carers", "young-carers", "young-adult-carers"],
        "care_areas": ["dementia"],
        "interventions": ["information-and-advice", "involvement-in-care-planning"],
        "opening_hours": [],
        "languages": ["en", "cy"],
        "how_to_refer": "Use the website to find your nearest carers' service in Wales.",
        "cost": "Free",
        "last_verified": "2026-11-02",
    },
    {
        "slug": "carers-uk-helpline",
        "name": "Carers UK Helpline",
        "organisation": "carers-uk",
        "summary": "Free advice on money, benefits, rights at work and getting support as a carer.",
        "description": [
            "The helpline is a free phone line. It can check which benefits you might get, including Carer's "
            "Allowance.",
            "They can also explain your rights at work and how to ask your council for help.",
        ],
        "phones": [{"number": "0808 808 7777", "label": "Helpline (free)"}],
        "email": "",
        "website": "https://www.carersuk.org",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["uk"],
        "audiences": ["adult-carers", "working-carers", "older-carers", "parent-carers"],
        "care_areas": [],
        "interventions": ["money-and-benefits-advice", "employment-support", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call the helpline yourself.",
        "cost": "Free",
        "last_verified": "2026-11-02",
    },
    {
        "slug": "mind-information",
        "name": "Mind information",
        "organisation": "mind",
        "summary": "Clear information about mental health problems, treatments and where to get help.",
        "description": [
            "Mind explains mental health problems in plain words, for people who are unwell and those around them.",
            "It can also point you to your local Mind.",
        ],
        "phones": [{"number": "020 8519 2122", "label": "Main line"}],
        "email": "",
        "website": "https://www.mind.org.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["england", "wales"],
        "audiences": ["adult-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call or visit the website.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "rethink-advice",
        "name": "Rethink Mental Illness advice",
        "organisation": "rethink",
        "summary": "Advice for people living with severe mental illness and the people who care for them.",
        "description": [
            "Rethink has information and advice for families on illnesses such as schizophrenia and bipolar "
            "disorder, and on the law.",
            "Carers can find out about their rights and about sharing information with the care team.",
        ],
        "phones": [{"number": "020 7974 6814", "label": "Main line"}],
        "email": "",
        "website": "https://www.rethink.org",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["england"],
        "audiences": ["adult-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call or visit the website.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    {
        "slug": "youngminds-parents",
        "name": "YoungMinds advice for parents",
        "organisation": "youngminds",
        "summary": "Advice for parents and carers worried about a child or young person's mental health.",
        "description": [
            "If you are worried about your child's mood or behaviour, YoungMinds explains what might be going on.",
            "It also tells you how to get help from your GP, school or children's mental health services.",
        ],
        "phones": [],
        "email": "",
        "website": "https://www.youngminds.org.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["uk"],
        "audiences": ["parent-carers", "families"],
        "care_areas": ["mental-health"],
        "interventions": ["information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Visit the website.",
        "cost": "Free",
        "last_verified": "2026-10-15",
    },
    # --- Universities with lead contacts for student carers ----------------------------------------------------
    {
        "slug": "student-carers-university-of-birmingham",
        "name": "Student carer support, University of Birmingham",
        "organisation": "university-of-birmingham",
        "summary": "A lead contact for students who care, and events for young adult carers thinking about university.",
        "description": [
            "If you care for someone and study at Birmingham, or want to, there is a named person you can talk to.",
            "The university has run days for young adult carers to find out about student life.",
        ],
        "phones": [{"number": "0121 414 8489", "label": "Student carers lead"}],
        "email": "",
        "website": "https://www.birmingham.ac.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["birmingham"],
        "audiences": ["student-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["young-adult-carers-transition", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call the lead contact yourself.",
        "cost": "Free",
        "last_verified": "2026-09-25",
    },
    {
        "slug": "student-carers-university-of-nottingham",
        "name": "Student carer support, University of Nottingham",
        "organisation": "university-of-nottingham",
        "summary": "A named Student Support contact for students with caring responsibilities, plus taster days.",
        "description": [
            "The Student Support Team has a contact just for students who care. You can get in touch directly.",
            "The university also invites groups of young carers from across the Midlands to try out university life.",
        ],
        "phones": [
            {"number": "0115 951 4471", "label": "Student Support (carers)"},
            {"number": "0115 846 6468", "label": "Student carers lead"},
            {"number": "0115 846 7336", "label": "Student carers lead"},
        ],
        "email": "carole.east@nottingham.ac.uk",
        "website": "https://www.nottingham.ac.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["nottingham"],
        "audiences": ["student-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["young-adult-carers-transition", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Email or call Student Support yourself.",
        "cost": "Free",
        "last_verified": "2026-09-25",
    },
    {
        "slug": "student-carers-university-of-winchester",
        "name": "Student carer support, University of Winchester",
        "organisation": "university-of-winchester",
        "summary": "Taster days, a yearly residential and help with fees for young people who care.",
        "description": [
            "Each year there is a residential, and there are taster days, for young people in Hampshire aged 14 "
            "and over who care for someone.",
            "Carers can get extra help when they apply, and a discount on postgraduate fees.",
        ],
        "phones": [
            {"number": "01962 827225", "label": "Student carers lead"},
            {"number": "01962 624890", "label": "Student carers lead"},
        ],
        "email": "",
        "website": "https://www.winchester.ac.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["winchester"],
        "audiences": ["student-carers", "young-adult-carers", "young-carers"],
        "care_areas": [],
        "interventions": ["young-adult-carers-transition", "young-carers-support", "money-and-benefits-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call a lead contact yourself.",
        "cost": "Free",
        "last_verified": "2026-09-25",
    },
    {
        "slug": "student-carers-york-st-john-university",
        "name": "Student carer support, York St John University",
        "organisation": "york-st-john-university",
        "summary": "Named contacts for students who care, with help from the local carers' centre.",
        "description": [
            "York St John and York Carers Centre work together to help students who look after someone.",
            "Look out for the carers' stall at the Freshers' Fair, and at other stalls during the year.",
        ],
        "phones": [
            {"number": "01904 876408", "label": "Student carers lead"},
            {"number": "01904 876970", "label": "Student carers lead"},
        ],
        "email": "",
        "website": "https://www.yorksj.ac.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["york"],
        "audiences": ["student-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["young-adult-carers-transition", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call a lead contact yourself.",
        "cost": "Free",
        "last_verified": "2026-09-25",
    },
    {
        "slug": "student-carers-de-montfort-university",
        "name": "Student carer support, De Montfort University",
        "organisation": "de-montfort-university",
        "summary": "Guidance officers for student carers, experience days and help with accommodation.",
        "description": [
            "DMU has staff whose job includes helping students who care. Get in touch before or after you start.",
            "There are experience days for student carers. Student carers are a priority for some free "
            "accommodation scholarships.",
        ],
        "phones": [
            {"number": "0116 257 7872", "label": "HE Guidance Officer"},
            {"number": "0116 257 7605", "label": "HE Guidance Officer"},
        ],
        "email": "transitions@dmu.ac.uk",
        "website": "https://www.dmu.ac.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["leicester"],
        "audiences": ["student-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["young-adult-carers-transition", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Email or call a guidance officer yourself.",
        "cost": "Free",
        "last_verified": "2026-09-25",
    },
    {
        "slug": "student-carers-sheffield-hallam-university",
        "name": "Student carer support, Sheffield Hallam University",
        "organisation": "sheffield-hallam-university",
        "summary": "Advice in person for students who care, a support fund and extra help before you start.",
        "description": [
            "Lead contacts can meet you one to one to talk about your caring and university life. "
            "They can refer you to local carers' organisations.",
            "If caring brings extra costs or a sudden money problem, you can apply to the Student Support Fund.",
            "Before you start, the Compact scheme gives extra support to people, such as carers, who face "
            "barriers to university.",
        ],
        "phones": [
            {"number": "0114 225 3813", "label": "Student carers lead and funding"},
            {"number": "0114 225 4231", "label": "Compact team (before you start)"},
        ],
        "email": "",
        "website": "https://www.shu.ac.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["sheffield"],
        "audiences": ["student-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["young-adult-carers-transition", "money-and-benefits-advice", "emotional-support"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call the lead contacts yourself.",
        "cost": "Free",
        "last_verified": "2026-09-25",
    },
    {
        "slug": "student-carers-university-of-manchester",
        "name": "Student carer support, University of Manchester",
        "organisation": "university-of-manchester",
        "summary": "A web page and a named contact for students who look after someone.",
        "description": [
            "The university has a web page for student carers and a contact you can call.",
            "Call to find out what support you can get while you study.",
        ],
        "phones": [{"number": "0161 275 2987", "label": "Student carers contact"}],
        "email": "",
        "website": "https://www.manchester.ac.uk",
        "address": None,
        "latitude": None,
        "longitude": None,
        "areas": ["manchester"],
        "audiences": ["student-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["young-adult-carers-transition", "information-and-advice"],
        "opening_hours": [],
        "languages": ["en"],
        "how_to_refer": "Call the contact yourself.",
        "cost": "Free",
        "last_verified": "2026-09-25",
    },
]

# The bar at the top of every page shows the urgent kinds. The seeds give no trust crisis line (so none is made up
# here: NHS 111, option 2 is England's urgent mental health line), so the two trust entries are the freephone PALS
# line (NELFT) and the Patient Experience team (Oxleas): "not urgent", listed on the crisis page only. A short name
# is what a phone shows under the number; without one it shows the name.
CRISIS_LINES = [
    {
        "slug": "emergency-999",
        "name": "Emergency services",
        "kind": "emergency",
        "short_name": "Emergency",
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
        "slug": "nhs-111-mental-health",
        "name": "NHS 111, option 2 (urgent mental health help)",
        "kind": "urgent_mental_health",
        "short_name": "Mental health, option 2",
        "phone": "111",
        "text_number": "",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "Urgent mental health help that is not a 999 emergency. Choose option 2.",
        "areas": ["england"],
        "audiences": [],
        "order": 2,
    },
    {
        "slug": "samaritans",
        "name": "Samaritans",
        "kind": "emotional_support",
        "phone": "116 123",
        "text_number": "",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "Talk to someone about anything, day or night. Free to call.",
        "areas": ["uk"],
        "audiences": [],
        "order": 3,
    },
    {
        "slug": "shout",
        "name": "Shout text line",
        "kind": "text_line",
        "short_name": "Shout",
        "phone": "",
        "text_number": "85258",
        "text_message": "SHOUT",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "Text SHOUT if you cannot talk out loud. Free, day or night.",
        "areas": ["uk"],
        "audiences": [],
        "order": 4,
    },
    {
        "slug": "childline",
        "name": "Childline",
        "kind": "emotional_support",
        "phone": "0800 1111",
        "text_number": "",
        "hours": "24/7",
        "hours_text": "24 hours",
        "description": "For children and young people under 19. Free and private.",
        "areas": ["uk"],
        "audiences": ["young-carers", "young-adult-carers"],
        "order": 5,
    },
    {
        "slug": "nelft-pals-freephone",
        "name": "NELFT PALS (freephone)",
        "kind": "not_urgent",
        "phone": "0800 783 1853",
        "text_number": "",
        "hours": [{"days": "mon-fri", "opens": "09:00", "closes": "17:00"}],
        "hours_text": "Mon-Fri 9am-5pm",
        "description": "Worries about NELFT mental health care. Not for emergencies.",
        "areas": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest"],
        "audiences": [],
        "order": 6,
    },
    {
        "slug": "oxleas-patient-experience",
        "name": "Oxleas Patient Experience team",
        "kind": "not_urgent",
        "phone": "020 3871 5654",
        "text_number": "",
        "hours": [{"days": "mon-fri", "opens": "09:00", "closes": "17:00"}],
        "hours_text": "Mon-Fri 9am-5pm",
        "description": "Worries about Oxleas care for you or your family. Not for emergencies.",
        "areas": ["bexley", "bromley", "greenwich"],
        "audiences": [],
        "order": 7,
    },
]

# Carers Trust's professional library (seed 002). Facets follow the seed: "I work with" -> audiences,
# "I work in" -> sectors, "Location" England / Wales / Whole UK -> england / wales / uk.
RESOURCES = [
    {
        "slug": "working-with-carers-of-people-with-mental-health-issues",
        "title": "Working with carers of people with mental health issues",
        "summary": "Why carers of people with mental health problems need support, and how staff can work with them.",
        "body": [
            "Families and friends of people with mental health problems meet many staff: GPs, nurses, psychiatrists, "
            "social workers and voluntary sector workers. Each of those meetings is a chance to notice the carer "
            "and offer help.",
            "Carers often know the person best. They spot early signs of relapse and can say what has helped before. "
            "Treating them as partners makes care safer.",
            "The hard parts are real: confidentiality, disagreements about treatment, and the needs of the carer "
            "and the patient pulling in different directions. Staff need support and clear local guidance to "
            "handle them well.",
            'Carers Trust publishes the full guide. Search for its title on <a href="https://carers.org">carers.org</a>.',
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
        "summary": "A short guide on why carers of people with mental health problems need breaks, and how to plan them.",
        "body": [
            "Carers of people with mental health problems need breaks as much as any other carer. Yet many carers, "
            "patients and staff do not know that breaks are possible, or how to arrange one.",
            "This guide explains what a break can look like, why it should be planned into care, and how to ask for "
            "one. It is written for carers, patients and professionals alike.",
        ],
        "resource_type": "guidance",
        "care_areas": ["mental-health"],
        "outcomes": ["prevention", "wellbeing", "carer-awareness"],
        "sectors": ["mental-health-care", "carers-services", "carers-breaks", "social-care"],
        "audiences": ["adult-carers", "parent-carers", "families", "professionals"],
        "areas": ["england"],
        "date_revised": "2018-05-10",
        "protected": False,
        "downloads": [
            {
                "title": "Making Respite Real in Mental Health (leaflet)",
                "language": "en",
                "filename": "making-respite-real-in-mental-health.pdf",
            }
        ],
        "contacts": [],
    },
    {
        "slug": "triangle-of-care-in-wales",
        "title": "Triangle of Care in Wales: carers of people with dementia in hospital",
        "summary": "The Triangle of Care standards adapted for carers of people with dementia in Welsh hospitals.",
        "body": [
            "The Triangle of Care is a way of working where the patient, the carer and staff act as partners. "
            "This Wales edition applies it to people with dementia on acute hospital wards.",
            "Carers Trust Wales and the Royal College of Nursing wrote it together, with funding from the RCN "
            "Foundation. It builds on the dementia edition that carers, people with dementia and staff designed "
            "together.",
            "Health boards in Wales can use it to make carers welcome, involved and supported wherever the person "
            "is treated. The guide is available in English and in Welsh.",
        ],
        "resource_type": "toolkit",
        "care_areas": ["secondary-care", "acute-care", "dementia"],
        "outcomes": ["prevention", "wellbeing", "integration", "carer-awareness", "identifying-carers"],
        "sectors": ["health-care"],
        "audiences": ["adult-carers", "young-adult-carers", "young-carers", "families"],
        "areas": ["wales"],
        "date_revised": "2018-05-09",
        "protected": False,
        "downloads": [
            {
                "title": "The Triangle of Care, Carers Included: A Guide to Best Practice for Dementia Care, Wales edition",
                "language": "en",
                "filename": "triangle-of-care-dementia-wales-en.pdf",
            },
            {
                "title": "Triongl Gofal, Cynnwys Gofalwyr: Canllaw i Arfer Gorau ar gyfer Gofal Dementia, Argraffiad Cymru",
                "language": "cy",
                "filename": "triongl-gofal-dementia-cymru-cy.pdf",
            },
        ],
        "contacts": [
            {
                "name": "Carers Partnership Manager",
                "role": "Triangle of Care in Wales",
                "organisation": "Carers Trust Wales",
                "phone": "",
                "email": "",
                "website": "https://carers.org/wales",
                "text": "Ask for the Carers Partnership Manager.",
            }
        ],
    },
    {
        "slug": "supporting-carers-in-primary-care-learning-event",
        "title": "Supporting Carers in Primary Care learning event",
        "summary": "What staff learned at a Carers Trust event on finding and supporting carers through GP practices.",
        "body": [
            "In November 2014 Carers Trust brought together more than 100 people who work to find and support "
            "carers in primary care. The Department of Health funded the event.",
            "Talks and workshops covered GP audits, carer-friendly pharmacies, community nursing and links between "
            "carers' services and practices. A carer opened the day by describing his own experience.",
            "A workshop on young carers agreed some simple steps: think about the whole family, train GP staff, "
            "and remember that pharmacies, health visitors, schools and children's centres can all spot young carers.",
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
        "sectors": [
            "health-care",
            "primary-care",
            "mental-health-care",
            "health-and-wellbeing",
            "carers-services",
            "information-and-advice",
            "commissioning-for-carers",
        ],
        "audiences": ["adult-carers", "parent-carers"],
        "areas": ["england"],
        "date_revised": "2018-05-04",
        "protected": False,
        "downloads": [
            {
                "title": "Supporting Carers in Primary Care learning event: presentations",
                "language": "en",
                "filename": "supporting-carers-primary-care-presentations.pdf",
            }
        ],
        "contacts": [],
    },
    {
        "slug": "universities-supporting-students-with-caring-responsibilities",
        "title": "Universities supporting students with caring responsibilities",
        "summary": "UK universities with named contacts and support for students who look after someone.",
        "body": [
            "Some universities have set up support for students who care. This list gives their lead contacts, "
            "so a young adult carer, a parent or a support worker can call someone by name.",
            "The support varies. It includes taster days and residentials for young carers, help before and "
            "after you apply, one-to-one advice, hardship funds and help with fees or housing.",
            "The list is not complete, and Carers Trust has not checked what each university offers. "
            "Call the contact to ask what is available now.",
        ],
        "resource_type": "educational",
        "care_areas": [],
        "outcomes": ["carer-awareness", "identifying-carers"],
        "sectors": ["education"],
        "audiences": ["adult-carers", "young-adult-carers", "student-carers"],
        "areas": ["uk"],
        "date_revised": "2018-05-01",
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
                "name": "Carole East",
                "role": "Student Support contact for students with caring responsibilities",
                "organisation": "University of Nottingham",
                "phone": "0115 951 4471",
                "email": "carole.east@nottingham.ac.uk",
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
                "email": "transitions@dmu.ac.uk",
            },
            {
                "name": "Ryan Ward",
                "role": "HE Guidance Officer",
                "organisation": "De Montfort University",
                "phone": "0116 257 7605",
                "email": "transitions@dmu.ac.uk",
            },
            {
                "name": "Robin Kerr",
                "role": "Lead contact for student carers",
                "organisation": "Sheffield Hallam University",
                "phone": "0114 225 3813",
                "email": "",
            },
            {
                "name": "Lynette Granger",
                "role": "Lead contact for student carers",
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
        "slug": "student-carers-in-higher-education",
        "title": "Student Carers in Higher Education",
        "summary": "A guide for universities on helping students who care to get in, stay on and do well.",
        "body": [
            "Moving to university, keeping up and moving on afterwards can all be harder when you look after someone.",
            "Carers Trust wrote this guide with the National Union of Students and the national network of "
            "universities that support young adult carers. It gathers good practice and suggests what universities "
            "can do at each stage of student life.",
            'Search for its title on <a href="https://carers.org">carers.org</a> to read the full guide.',
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
        "contacts": [],
    },
    {
        "slug": "student-carers-in-further-education",
        "title": "Student Carers in Further Education",
        "summary": "A practical guide for colleges and carers' services on supporting students who care.",
        "body": [
            "Students who care may need small changes to stay in college, such as keeping their phone on in case "
            "of an emergency at home.",
            "Carers Trust and NIACE wrote this guide for college managers and staff, and for carers' services "
            "that support young and young adult carers. It explains who student carers are, how caring can affect "
            "learning, and what colleges can do to help them succeed.",
        ],
        "resource_type": "educational",
        "care_areas": [],
        "outcomes": ["carer-awareness", "identifying-carers"],
        "sectors": ["education"],
        "audiences": ["adult-carers", "young-adult-carers", "student-carers"],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [
            {
                "title": "Supporting Students with Caring Responsibilities: A Resource for Colleges and Services "
                "to Help Young Adult Carers Succeed in Further Education",
                "language": "en",
                "filename": "supporting-students-with-caring-responsibilities-fe.pdf",
            }
        ],
        "contacts": [],
    },
    {
        "slug": "time-to-think-about-you",
        "title": "Time to Think About You",
        "summary": "A poster and prompt cards that help carers notice their own health and ask their GP for support.",
        "body": [
            "Many carers do not see themselves as carers, so they miss out on help. Time to Think About You "
            "encourages them to think about their own health and to ask their GP practice and local carers' "
            "service for support.",
            "Carers Trust made it with the Health Innovation Network in south London and with carers. "
            "Put the poster up where carers will see it, and hand out the prompt cards.",
        ],
        "resource_type": "toolkit",
        "care_areas": ["primary-care"],
        "outcomes": ["carer-awareness", "identifying-carers"],
        "sectors": ["health-care", "primary-care", "carers-services"],
        "audiences": [
            "adult-carers",
            "young-adult-carers",
            "young-carers",
            "parent-carers",
            "sibling-carers",
            "families",
        ],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [
            {
                "title": "Time to Think About You: poster",
                "language": "en",
                "filename": "time-to-think-about-you-poster.pdf",
            },
            {
                "title": "Time to Think About You: prompt cards",
                "language": "en",
                "filename": "time-to-think-about-you-prompt-cards.pdf",
            },
        ],
        "contacts": [],
    },
    {
        "slug": "disc-dementia-support-for-bame-carers",
        "title": "DISC: dementia support for carers in Black, Asian and minority ethnic communities",
        "summary": "How a Birmingham service helps families from many cultures who look after someone with dementia.",
        "body": [
            "The Dementia Information and Support for Carers (DISC) service is hosted by Sandwell Crossroads. "
            "It supports carers of people with dementia across Birmingham, focusing on Black, Asian and minority "
            "ethnic communities.",
            "It recruits staff from local communities who speak carers' languages and understand their culture. "
            "Carers get one-to-one help, weekly groups, and referrals to other local services.",
            "Help covers respite, benefits and carers' rights, continence, changes in behaviour, finding day "
            "centres or care homes, the Mental Capacity Act and lasting power of attorney. Carers also volunteer "
            "to support other carers.",
            'Carers Trust describes DISC among its examples of good practice on <a href="https://carers.org">'
            "carers.org</a>.",
        ],
        "resource_type": "good-practice",
        "care_areas": [
            "dementia",
            "mental-health",
            "physical-illness",
            "special-educational-needs",
            "specialist-services",
            "day-centre",
            "rehab-centre",
            "hospital",
            "care-homes",
        ],
        "outcomes": ["carer-awareness", "identifying-carers"],
        "sectors": [
            "health-care",
            "primary-care",
            "hospitals",
            "mental-health-care",
            "health-and-wellbeing",
            "pharmacy-services",
            "carers-services",
            "carers-involvement",
            "carers-breaks",
            "information-and-advice",
            "commissioning-for-carers",
            "commissioning",
        ],
        "audiences": ["adult-carers", "families"],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [],
        "contacts": [],
    },
    {
        "slug": "carers-hub-commissioners-tool",
        "title": "Carers Hub: a commissioners' tool for mapping local services with carers",
        "summary": "A diagram of 17 kinds of carer support that commissioners and carers can use to find local gaps.",
        "body": [
            "The Carers Hub shows the full range of support that every area needs for carers. The goals of the "
            "national carers strategy for England are at its centre, and 17 spokes around the edge show the kinds "
            "of help.",
            "To use it, print a large copy and ask carers to mark the help that works well locally. On a second copy, "
            "ask them to mark the gaps. Invite local services and staff too, so you see the whole picture.",
            "Carers and professionals can then agree priorities together. The results can feed into joint "
            "needs assessments and health and wellbeing strategies. Repeat it later to check progress.",
        ],
        "resource_type": "toolkit",
        "care_areas": [
            "mental-health",
            "physical-illness",
            "alcohol-misuse",
            "substance-misuse",
            "special-educational-needs",
            "primary-care",
            "secondary-care",
        ],
        "outcomes": ["prevention", "wellbeing", "integration", "carer-awareness", "identifying-carers"],
        "sectors": [
            "health-care",
            "primary-care",
            "hospitals",
            "mental-health-care",
            "health-and-wellbeing",
            "carers-services",
            "employment",
            "social-care",
            "education",
            "commissioning",
        ],
        "audiences": [
            "adult-carers",
            "young-adult-carers",
            "young-carers",
            "parent-carers",
            "sibling-carers",
            "families",
            "professionals",
        ],
        "areas": ["uk"],
        "date_revised": "2018-04-30",
        "protected": False,
        "downloads": [
            {
                "title": "Carers Hub Toolkit for Commissioners",
                "language": "en",
                "filename": "carers-hub-toolkit-for-commissioners.pdf",
            }
        ],
        "contacts": [],
    },
]

# Resources written for staff who plan and run services, made private to the Professionals group (as an editor
# would with the page's Privacy setting), to show how the library lists them for everyone else.
PROFESSIONALS_ONLY_RESOURCES = ["supporting-carers-in-primary-care-learning-event", "carers-hub-commissioners-tool"]

# Guidance pages. Body blocks are (block_type, value) pairs; see the brief for the block types.
GUIDANCE = [
    {
        "slug": "who-is-a-carer",
        "title": "Are you a carer?",
        "summary": "If you help someone who could not manage without you, you are a carer. Find out what that means "
        "and where to get help.",
        "audiences": ["adult-carers", "young-carers", "parent-carers", "older-carers", "working-carers", "families"],
        "care_areas": [],
        "interventions": ["carer-identification", "information-and-advice"],
        "easy_read": True,
        "review_date": "2027-03-31",
        "body": [
            (
                "paragraph",
                "<p>You are a carer if you help someone who could not cope without you. They might be ill, disabled "
                "or frail. They might have a mental health problem, or a problem with drink or drugs.</p>"
                "<p>You are not paid for this help. You might be their partner, child, parent, friend or neighbour. "
                "You do not have to live with them.</p>",
            ),
            ("heading", "What caring can look like"),
            (
                "paragraph",
                "<ul><li>Shopping, cooking or cleaning for someone</li>"
                "<li>Helping them wash, dress or take their medicine</li>"
                "<li>Keeping them company and checking they are safe</li>"
                "<li>Calming them when they are anxious or unwell</li>"
                "<li>Sorting out bills, letters and appointments</li>"
                "<li>Looking after brothers or sisters because a parent is ill</li></ul>"
                "<p>It might take a few hours a week. It might take all day and all night.</p>",
            ),
            ("heading", "Carers come in all ages"),
            (
                "paragraph",
                "<ul><li><strong>Adult carers</strong> look after another adult, such as a partner, parent or friend.</li>"
                "<li><strong>Parent carers</strong> look after their own child who is ill or disabled.</li>"
                "<li><strong>Young carers</strong> are under 18 and help look after someone in their family.</li>"
                "<li><strong>Young adult carers</strong> are aged 16 to 25.</li></ul>",
            ),
            (
                "callout",
                {
                    "title": "You do not have to call yourself a carer",
                    "text": '<p>Lots of people say, "I\'m just his wife" or "I\'m only doing what any son '
                    'would do". That is fine. You do not need to use the word carer. What matters is that you '
                    "get support too.</p>",
                    "style": "info",
                },
            ),
            ("heading", "Why it helps to tell people"),
            (
                "paragraph",
                "<p>When people know you are a carer, they can help you. For example:</p>"
                "<ul><li>Your GP practice can note it on your record. They may offer you a health check or a flu jab.</li>"
                "<li>Your council can give you a free carer's assessment.</li>"
                "<li>The team looking after the person you care for can include you in plans.</li>"
                "<li>A local carers' service can give you advice, a break or someone to talk to.</li></ul>",
            ),
            (
                "faq",
                [
                    {
                        "question": "Do I have to live with the person?",
                        "answer": "<p>No. Many carers live down the road or further away and still do a lot.</p>",
                    },
                    {
                        "question": "Can I be a carer if I work full time?",
                        "answer": "<p>Yes. Lots of carers have jobs. You may have rights at work, such as asking for "
                        "flexible hours.</p>",
                    },
                    {
                        "question": "Am I a carer if I am just helping out?",
                        "answer": "<p>Yes, if the person could not manage without your help. Many people care for "
                        "years before they see themselves as a carer.</p>",
                    },
                    {
                        "question": "Is there an age limit?",
                        "answer": "<p>No. Carers can be children, teenagers, adults or people in their nineties.</p>",
                    },
                ],
            ),
            ("heading", "What to do next"),
            (
                "paragraph",
                "<ol><li>Tell your GP practice that you are a carer.</li>"
                '<li>Look up carers\' services in your borough in <a href="page:directory">our directory</a>.</li>'
                '<li>Ask your council for a <a href="page:advice/carers-assessment">carer\'s assessment</a>.</li></ol>'
                '<p>If things feel urgent, go to our page on <a href="page:crisis">what to do in a crisis</a>.</p>',
            ),
        ],
    },
    {
        "slug": "carers-assessment",
        "title": "Carer's assessment: what it is and how to get one",
        "summary": "A free talk with your council about what you need. Anyone who looks after another adult can ask "
        "for one.",
        "audiences": ["adult-carers", "older-carers", "working-carers", "parent-carers", "young-adult-carers"],
        "care_areas": [],
        # "Services that can help" under the page lists the services that do assessments, nearest first.
        "interventions": ["carers-assessment"],
        "easy_read": False,
        "review_date": "2027-03-31",
        "body": [
            (
                "paragraph",
                "<p>A carer's assessment is a chance to talk about you. It looks at how caring affects your life, "
                "your health and your plans. It is not a test of how well you care.</p>"
                "<p>It is free. Your income and savings do not matter. You can have one even if the person you care "
                "for gets no help, or does not want help.</p>",
            ),
            ("heading", "Who can ask for one"),
            (
                "paragraph",
                "<ul><li>You look after someone aged 18 or over: ask adult social care at the council.</li>"
                "<li>You look after a disabled child: ask children's services at the council.</li>"
                "<li>You are under 18 and help look after someone: ask children's services, your school or a young "
                "carers' service.</li>"
                "<li>You are a young carer nearing 18: ask for a transition assessment, so support carries on.</li></ul>",
            ),
            ("heading", "How to get one"),
            (
                "paragraph",
                "<ol><li>Phone or email adult social care at the council where the person you care for lives. "
                'Say: "I am a carer and I would like a carer\'s assessment."</li>'
                "<li>Or ask a carers' service, your GP or the person's care team to refer you.</li>"
                "<li>The council will set a time. It may be face to face, by phone or online.</li>"
                "<li>Before the day, write down what is hard and what would help.</li></ol>",
            ),
            (
                "callout",
                {
                    "title": "Which council to ask",
                    "text": "<p>Ask the council for the area where the person you care for lives. If you are not "
                    'sure which council that is, use <a href="https://www.gov.uk/find-local-council">Find your '
                    "local council</a> on GOV.UK. Type in their postcode and it takes you to the council's "
                    "website.</p>",
                    "style": "info",
                },
            ),
            ("heading", "What they will ask you"),
            (
                "paragraph",
                "<ul><li>What you do for the person, and for how many hours</li>"
                "<li>How caring affects your health, sleep and mood</li>"
                "<li>Whether you can work, study, or see friends and family</li>"
                "<li>What would happen if you could not care for a while</li>"
                "<li>What you would like to change</li></ul>",
            ),
            ("heading", "Will I get support? The rules in plain words"),
            (
                "paragraph",
                "<p>In England, a law called the Care Act 2014 sets the rules. The council must help you if all three "
                "of these are true:</p>"
                "<ol><li>Your needs come from caring for someone who needs that care.</li>"
                "<li>Because of caring, your physical or mental health is at risk of getting worse, or you cannot do "
                "some everyday things. These include looking after your home, working or studying, seeing people who "
                "matter to you, or having time to rest.</li>"
                "<li>As a result, your wellbeing is likely to be badly affected.</li></ol>"
                "<p>If you qualify, you and the council agree a support plan. It may include a personal budget. "
                "You can take it as a direct payment and choose how to spend it, for example on a break.</p>",
            ),
            (
                "callout",
                {
                    "title": "If you do not qualify",
                    "text": "<p>The council should still give you information and advice. Ask what other help "
                    "there is nearby, such as groups and carers' services.</p>",
                    "style": "warning",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Will the person I care for hear what I say?",
                        "answer": "<p>You can ask to talk in private. Tell the assessor what you are happy to share.</p>",
                    },
                    {
                        "question": "The person I care for is coming out of hospital. Who will help?",
                        "answer": "<p>Tell the ward staff that you are a carer before the person leaves hospital. Ask "
                        "to be involved in planning their discharge, and ask the council for a carer's assessment, "
                        "so that help is in place when they come home.</p>",
                    },
                    {
                        "question": "Can I have another assessment later?",
                        "answer": "<p>Yes. Ask for a review if things change, for example if the person gets worse.</p>",
                    },
                ],
            ),
            ("crisis_lines", {"title": "If things feel too much right now"}),
        ],
    },
    {
        "slug": "what-to-do-in-a-crisis",
        "title": "What to do in a crisis",
        "summary": "Who to call right now if someone is in danger or you cannot cope, day or night.",
        "audiences": [],
        "care_areas": ["mental-health"],
        "interventions": ["emergency-planning"],
        "easy_read": False,
        "review_date": "2027-01-31",
        "body": [
            ("crisis_lines", {"title": "Who to call now"}),
            ("heading", "If someone's life is in danger"),
            (
                "paragraph",
                "<p>Call <strong>999</strong> if someone is badly hurt, has taken an overdose, or you think they might "
                "die. Stay with them if it is safe to do so.</p>"
                "<p>If you are in danger yourself, get somewhere safe first. Then call.</p>",
            ),
            ("heading", "If it is urgent but not life-threatening"),
            (
                "paragraph",
                "<p>Call <strong>NHS 111</strong> and choose the mental health option (option 2 in England). "
                "You can call at any time, day or night.</p>"
                "<p>If the person has a care plan with a crisis number, call that first. That team knows them.</p>",
            ),
            ("heading", "If you need to talk"),
            (
                "paragraph",
                "<ul><li>Call Samaritans free on <strong>116 123</strong>, at any time.</li>"
                "<li>If you cannot talk out loud, text SHOUT to <strong>85258</strong>.</li>"
                "<li>If you are under 19, call Childline free on <strong>0800 1111</strong>.</li></ul>",
            ),
            ("heading", "Make a crisis plan before you need one"),
            (
                "paragraph",
                "<p>A crisis plan says what to do and who to call when things go wrong. Ask the team who look after "
                "the person to write one with you both. It should include:</p>"
                "<ul><li>the team's crisis number, and when it is answered</li>"
                "<li>who to call at night and at weekends</li>"
                "<li>the early signs that things are getting worse</li>"
                "<li>who can look after children or pets</li>"
                "<li>the medicines the person takes</li></ul>",
            ),
            (
                "callout",
                {
                    "title": "Keep it close",
                    "text": "<p>Save the plan on your phone and put a copy by the front door. "
                    "Give one to a friend or relative you trust.</p>",
                    "style": "info",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "What if the person will not accept help?",
                        "answer": "<p>If their life is at risk, call 999 anyway. If not, call 111 or their care team for "
                        "advice on what to do next.</p>",
                    },
                    {
                        "question": "What if the person I care for is suicidal?",
                        "answer": "<p>Take it seriously, and ask them how they feel. If they have hurt themselves, or "
                        "you think they are about to, call 999. If not, call their care team's crisis number, or "
                        "NHS 111 and choose option 2.</p>",
                    },
                    {
                        "question": "What if I cannot get through to their team at night or out of hours?",
                        "answer": "<p>Call NHS 111 and choose option 2. If someone is in danger, call 999.</p>",
                    },
                ],
            ),
            ("heading", "After a crisis"),
            (
                "paragraph",
                "<p>A crisis is frightening. Once things are calmer, look after yourself too. Talk to someone about "
                "how you feel. A local carers' service can listen and help you plan for next time.</p>",
            ),
        ],
    },
    {
        "slug": "young-carers",
        "title": "Young carers: help if you look after someone at home",
        "summary": "If you are under 18 and help look after someone in your family, you are a young carer. "
        "You can get support.",
        "audiences": ["young-carers", "young-adult-carers", "sibling-carers", "student-carers"],
        "care_areas": [],
        "interventions": ["young-carers-support", "young-adult-carers-transition"],
        "easy_read": False,
        "review_date": "2027-03-31",
        "body": [
            (
                "paragraph",
                "<p>You are a young carer if you are under 18 and you help look after someone in your family. "
                "It might be your mum, dad, brother, sister or grandparent. They might be ill or disabled, have a "
                "mental health problem, or have a problem with drink or drugs.</p>"
                "<p>You might cook, clean, help them get dressed or give them medicine. You might look after younger "
                "children. You might worry about home a lot, even at school.</p>",
            ),
            (
                "callout",
                {
                    "title": "You are not in trouble",
                    "text": "<p>It is not your fault that someone at home is unwell. Asking for help is a good "
                    "thing to do. Support is there to make life easier for you and your family.</p>",
                    "style": "info",
                },
            ),
            ("heading", "You have a right to support"),
            (
                "paragraph",
                "<p>The council must check whether you need support. This is called a young carer's needs "
                "assessment. A worker will ask what you do at home, how you feel and what would help.</p>"
                "<p>A teacher, your GP or a young carers' service can help you ask for one.</p>",
            ),
            ("heading", "What help can look like"),
            (
                "paragraph",
                "<ul><li>Clubs, trips and days out, so you get a break</li>"
                "<li>Someone to talk to who understands</li>"
                "<li>Help at school, such as time to phone home or more time for homework</li>"
                "<li>More help for the person you care for, so you do not have to do so much</li></ul>",
            ),
            ("heading", "Tell someone at school"),
            (
                "paragraph",
                "<p>You do not have to tell everyone. But it helps if one teacher you trust knows. "
                "They can explain if you are late or tired, and help you get support.</p>",
            ),
            ("heading", "If you are 16 to 25"),
            (
                "paragraph",
                "<p>You are a young adult carer. Before you turn 18, ask for a transition assessment, so your support "
                "carries on into adult services.</p>"
                "<p>Going to college or university? Many have a named contact for student carers. "
                "Ask them about help with deadlines, money and timetables.</p>",
            ),
            ("heading", "Talk to someone now"),
            (
                "paragraph",
                "<p>Call Childline free on <strong>0800 1111</strong>, day or night. If you would rather text, "
                "send SHOUT to <strong>85258</strong>.</p>",
            ),
            (
                "contact",
                {
                    "name": "Indigo (formerly Redbridge Young Carers)",
                    "phone": "020 8554 2888",
                    "email": "",
                    "website": "",
                    "text": "Support and activities for young carers in Redbridge.",
                },
            ),
        ],
    },
    {
        "slug": "money-and-carers-allowance",
        "title": "Money for carers: Carer's Allowance and other help",
        "summary": "Carer's Allowance is money for people who care for at least 35 hours a week. Find out if you can "
        "get it, and what else might help.",
        "audiences": ["adult-carers", "working-carers", "older-carers", "parent-carers", "young-adult-carers"],
        "care_areas": [],
        "interventions": ["money-and-benefits-advice"],
        "easy_read": False,
        # Relative to the day load_demo runs: due soon (nothing in the demo is overdue), so the review reminders
        # and the dashboard have something to show.
        "review_due_in_days": 12,
        "body": [
            (
                "paragraph",
                "<p>Caring can cost money. You may work fewer hours, or spend more on heating, travel and food. "
                "There is financial help, but you often have to ask for it. Many carers miss out on money they could "
                "get.</p>",
            ),
            ("heading", "Carer's Allowance"),
            (
                "paragraph",
                "<p>Carer's Allowance is a weekly payment from the government. You may be able to get it if:</p>"
                "<ul><li>you care for someone for at least 35 hours a week</li>"
                "<li>they get certain disability benefits, such as the daily living part of Personal Independence "
                "Payment, Attendance Allowance, or the middle or highest care rate of Disability Living Allowance</li>"
                "<li>you are 16 or over</li>"
                "<li>you are not in full-time education</li>"
                "<li>you earn less than a set amount each week</li></ul>"
                "<p>You do not need to live with the person. Time spent shopping, cooking or keeping them company "
                "counts towards the 35 hours.</p>",
            ),
            (
                "callout",
                {
                    "title": "Check the current amounts",
                    "text": "<p>How much you get each week, and how much you can earn, change each April. Check "
                    "them on "
                    '<a href="https://www.gov.uk/carers-allowance">GOV.UK</a> before you apply.</p>'
                    "<p>Claiming can change the benefits of the person you care for. Get advice first.</p>",
                    "style": "warning",
                },
            ),
            ("heading", "If you live in Scotland"),
            (
                "paragraph",
                "<p>In Scotland, Carer Support Payment has replaced Carer's Allowance. Check "
                '<a href="https://www.mygov.scot">mygov.scot</a> for details.</p>',
            ),
            ("heading", "Other help to check"),
            (
                "paragraph",
                "<ul><li><strong>Carer's Credit</strong> protects your State Pension if you care for 20 hours a week "
                'or more. See <a href="https://www.gov.uk/carers-credit">GOV.UK</a>.</li>'
                "<li><strong>Universal Credit</strong> can include extra money if you are a carer.</li>"
                "<li><strong>Council Tax</strong> may be lower in some cases. Ask your council.</li>"
                "<li><strong>Grants</strong> from charities or your local carers' service.</li>"
                "<li><strong>A direct payment</strong> after a carer's assessment, to pay for things such as a break."
                "</li></ul>",
            ),
            ("heading", "Get free advice"),
            (
                "paragraph",
                "<p>Benefit rules are hard to follow. A local carers' service or Carers UK can check what you can "
                "get and help you claim.</p>",
            ),
            (
                "contact",
                {
                    "name": "Carers UK Helpline",
                    "phone": "0808 808 7777",
                    "email": "",
                    "website": "https://www.carersuk.org",
                    "text": "Free advice on money and benefits.",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Can I get paid for looking after someone?",
                        "answer": "<p>Not with a wage. Carer's Allowance is the main payment for carers, and it is "
                        "paid to you, in your own name. A benefits adviser can check what else you could get.</p>",
                    },
                    {
                        "question": "Can two people get Carer's Allowance for the same person?",
                        "answer": "<p>No. Only one carer can claim for each person, even if you share the caring.</p>",
                    },
                    {
                        "question": "I care for two people. Can I add up the hours?",
                        "answer": "<p>No. You need to spend at least 35 hours a week caring for one of them.</p>",
                    },
                ],
            ),
        ],
    },
    {
        "slug": "taking-a-break",
        "title": "Taking a break from caring",
        "summary": "Everyone needs time off. Find out about respite, short breaks and sitting services, and how to "
        "arrange them.",
        "audiences": ["adult-carers", "older-carers", "parent-carers", "working-carers", "young-carers"],
        "care_areas": [],
        "interventions": ["breaks-and-respite"],
        "easy_read": False,
        # Relative to the day load_demo runs: due in the next 30 days.
        "review_due_in_days": 20,
        "body": [
            (
                "paragraph",
                "<p>Caring without a rest wears you down. If you need a break from looking after someone, you are "
                "not alone. A break lets you sleep, see friends, go to the doctor or just do something for you. "
                "Taking a break is not letting the person down. It helps you keep going.</p>",
            ),
            (
                # A drawing made by site/dev/demo/pictures.py; the text around it says the same, so nothing is only in it.
                "image",
                {
                    "picture": "taking-a-break",
                    "title": "Drawing: a carer takes a break while a sitter stays at home",
                    "alt_text": "A drawing. At home, a sitter keeps the person who is cared for company. The carer "
                    "sits on a park bench in the sun with a hot drink.",
                    "caption": "A sitting service gives you a few hours to yourself while someone stays with the "
                    "person you care for.",
                },
            ),
            ("heading", "Kinds of break"),
            (
                "paragraph",
                "<ul><li><strong>Sitting service:</strong> someone stays with the person for a few hours while you go "
                "out.</li>"
                "<li><strong>Day centre or day activities:</strong> the person spends the day somewhere safe with "
                "things to do.</li>"
                "<li><strong>Short stay in a care home:</strong> the person stays for a few nights or weeks.</li>"
                "<li><strong>Replacement care at home:</strong> a paid carer stays with the person while you go "
                "away.</li>"
                "<li><strong>Breaks for young carers:</strong> clubs, trips and activities with other young "
                "carers.</li></ul>"
                "<p>People use different words for this. Respite, short break and replacement care all mean time "
                "away while someone else takes over.</p>",
            ),
            ("heading", "How to get a break"),
            (
                "paragraph",
                '<ol><li>Ask your council for a <a href="page:advice/carers-assessment">carer\'s assessment</a>. '
                "Breaks are one of the things they can arrange.</li>"
                "<li>If you qualify, you may get a direct payment to arrange your own break.</li>"
                "<li>Ask a local carers' service what breaks they run or know about.</li>"
                "<li>Ask family or friends to take turns. Even an hour helps.</li></ol>",
            ),
            ("heading", "Plan ahead"),
            (
                "paragraph",
                "<p>Breaks work best when they are planned. Talk with the person you care for about who they would "
                "like to help. Try a short break first, so you both get used to it.</p>",
            ),
            (
                "callout",
                {
                    "title": "Caring for someone with a mental health problem?",
                    "text": "<p>You need breaks too. Ask the person's care team to include breaks in the care "
                    "plan. Carers Trust's guide Making Respite Real in Mental Health explains how.</p>",
                    "style": "info",
                },
            ),
            ("heading", "If you suddenly cannot care"),
            (
                "paragraph",
                "<p>If you fall ill or have an emergency, the person may need someone else straight away. Make an "
                "emergency plan now. Write down who to call, what the person needs and what medicines they take. "
                "Give a copy to someone you trust, and ask your council about emergency cover.</p>",
            ),
            (
                "faq",
                [
                    {
                        "question": "Do I have to pay for a break?",
                        "answer": "<p>It depends. After an assessment, the council may pay some or all of the cost. "
                        "Some charities offer free or low-cost breaks.</p>",
                    },
                    {
                        "question": "What if the person does not want anyone else to help?",
                        "answer": "<p>That is common. Start small, with someone they already know, or a short visit while "
                        "you stay at home. Talk about what worries them.</p>",
                    },
                ],
            ),
        ],
    },
    {
        "slug": "mapping-your-support-network",
        "title": "Mapping your support network",
        "summary": "Four questions that help the person you care for say who matters to them, and how those people "
        "can help, including in an emergency.",
        "audiences": ["families", "adult-carers", "parent-carers", "professionals"],
        "care_areas": ["mental-health"],
        "interventions": ["involvement-in-care-planning", "emergency-planning"],
        "easy_read": False,
        "review_date": "2027-06-30",
        "body": [
            (
                "paragraph",
                "<p>Nobody should have to cope alone. A support network is everyone who helps a person: family, "
                "partners, friends, neighbours, carers and workers.</p>"
                "<p>Not everyone calls themselves a carer, and that is fine. This exercise is about the people who "
                "matter, whatever you call them.</p>",
            ),
            ("heading", "How to use this page"),
            (
                "paragraph",
                "<p>Sit down together at a calm time. The person who is unwell answers the questions. You can help "
                "if they want you to.</p>"
                "<p>You can type your answers on screen in “Fill in your support network map”, listed under "
                "“More on this”, and then print them or save them as a PDF. Nothing you type there is sent to us or "
                "saved. If you prefer paper, print this page and write under each question.</p>",
            ),
            ("heading", "The four questions"),
            (
                "paragraph",
                "<p><strong>1. Who matters most to you?</strong> Write the names of the people who are most important "
                "in your life.</p><p>Your answer: ______________________________</p>"
                "<p><strong>2. How would you like them to help you while things are hard?</strong> For example, ring "
                "you each day, come to appointments or help with shopping.</p>"
                "<p>Your answer: ______________________________</p>"
                "<p><strong>3. Who would you want by your side in an emergency?</strong> You can name the same people "
                "as in question 1, or other people.</p><p>Your answer: ______________________________</p>"
                "<p><strong>4. In an emergency, what would you like them to do?</strong> It could be something small, "
                "like feeding the cat. It could be talking to your nurse or doctor. Or it could be simply staying "
                "with you.</p><p>Your answer: ______________________________</p>",
            ),
            (
                "callout",
                {
                    "title": "Share it with the care team",
                    "text": "<p>Give a copy to the team who look after you. Then they know who to contact, "
                    "and who they may share information with. They can invite these people to meetings.</p>",
                    "style": "info",
                },
            ),
            ("heading", "Come back to it"),
            (
                "paragraph",
                "<p>People move, friendships change and needs change too. Look at your answers again every few "
                "months, after a stay in hospital, or when something big changes.</p>"
                "<p>If you cannot think of anyone, that is OK. Tell the care team. They can help you build a "
                "network, for example through a group or a befriending service.</p>",
            ),
            (
                "faq",
                [
                    {
                        "question": "Do we have to share this?",
                        "answer": "<p>No. It belongs to you. You choose who sees it.</p>",
                    },
                    {
                        "question": "What if we disagree about who to include?",
                        "answer": "<p>That happens a lot. The wishes of the person who is unwell come first. A meeting "
                        "with the care team can help you talk it through. Some trusts have family therapists who can "
                        "help too.</p>",
                    },
                ],
            ),
        ],
    },
]

# Easy read versions of the five key advice pages, under /easy-read/ (a section page with these as its children).
# Each says what its standard page says, written fresh in UK Easy Read style: one idea a sentence, short sentences,
# everyday words, numbers as digits, headings as questions and phone numbers in full. The loader sets each standard
# page's "easy read version" to its page here, so the two link to each other under "Other formats and languages".
# ``easy_read_of`` is the GUIDANCE slug of the standard page; audiences, care areas and kinds of help come from it.
EASY_READ = {
    "slug": "easy-read",
    "title": "Easy read",
    "summary": "Easy read pages for carers. They use short sentences and everyday words.",
    "body": [
        (
            "paragraph",
            "<p>These pages are in <strong>easy read</strong>.</p>"
            "<p>They use short sentences and everyday words.</p>"
            "<p>Each page is about 1 thing.</p>",
        ),
        ("heading", "What can I read about?"),
        (
            "paragraph",
            '<ul><li><a href="page:easy-read/crisis">What to do in a crisis</a></li>'
            '<li><a href="page:easy-read/carers-assessment">Carer\'s assessment</a></li>'
            '<li><a href="page:easy-read/taking-a-break">Taking a break from caring</a></li>'
            '<li><a href="page:easy-read/money">Money for carers</a></li>'
            '<li><a href="page:easy-read/young-carers">Young carers</a></li></ul>',
        ),
        ("heading", "Where is the longer page?"),
        (
            "paragraph",
            "<p>Each easy read page has a longer page with more detail.</p>"
            "<p>Look for <strong>Other formats and languages</strong> near the top of the page.</p>",
        ),
        ("heading", "Do you need help now?"),
        (
            "paragraph",
            "<p>If someone could die, phone <strong>999</strong>.</p>"
            "<p>If it is urgent but not that serious, phone <strong>111</strong>.</p>",
        ),
    ],
    "pages": [
        {
            "slug": "crisis",
            "easy_read_of": "what-to-do-in-a-crisis",
            "title": "What to do in a crisis (easy read)",
            "summary": "Who to phone if someone is in danger. Who to phone if you cannot cope.",
            "review_date": "2027-01-31",
            "body": [
                (
                    "paragraph",
                    "<p>A <strong>crisis</strong> is when someone is in danger.</p>"
                    "<p>It can also be when you cannot cope.</p>"
                    "<p>This page tells you who to phone.</p>",
                ),
                ("heading", "Is someone's life in danger?"),
                (
                    "paragraph",
                    "<p>Phone <strong>999</strong> straight away.</p>"
                    "<p>For example, the person is badly hurt.</p>"
                    "<p>Or they have taken too many pills.</p>"
                    "<p>Stay with them if it is safe.</p>"
                    "<p>Are you in danger too? Get to a safe place first.</p>"
                    "<p>Then phone 999.</p>",
                ),
                ("heading", "Is it urgent but not life or death?"),
                (
                    "paragraph",
                    "<p>Phone <strong>NHS 111</strong>.</p>"
                    "<p>In England, choose <strong>option 2</strong> for mental health.</p>"
                    "<p>You can phone at any time, day or night.</p>"
                    "<p>Does the person have a care plan?</p>"
                    "<p>The plan may have a crisis phone number. Phone that number first.</p>"
                    "<p>That team knows the person.</p>",
                ),
                ("heading", "Do you need to talk to someone?"),
                (
                    "paragraph",
                    "<ul><li>Phone <strong>Samaritans</strong> on <strong>116 123</strong>. "
                    "It is free. They answer at any time.</li>"
                    "<li>Cannot talk out loud? Text the word SHOUT to <strong>85258</strong>.</li>"
                    "<li>Are you under 19? Phone <strong>Childline</strong> on <strong>0800 1111</strong>. "
                    "It is free.</li></ul>",
                ),
                ("heading", "What if the person says no to help?"),
                (
                    "paragraph",
                    "<p>Is their life in danger? Phone 999 anyway.</p>"
                    "<p>If not, phone 111 or their care team.</p>"
                    "<p>Does the person talk about ending their life? Take it seriously.</p>"
                    "<p>Ask them how they feel.</p>",
                ),
                ("heading", "What is a crisis plan?"),
                (
                    "paragraph",
                    "<p>A <strong>crisis plan</strong> says what to do when things go wrong.</p>"
                    "<p>Make the plan before you need it.</p>"
                    "<p>Ask the person's care team to write it with you both.</p>"
                    "<p>The plan should say:</p>"
                    "<ul><li>the team's crisis phone number</li>"
                    "<li>when someone answers that number</li>"
                    "<li>who to phone at night and at weekends</li>"
                    "<li>signs that things are getting worse</li>"
                    "<li>who can look after children or pets</li>"
                    "<li>which medicines the person takes</li></ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Keep the plan close",
                        "text": "<p>Save the plan on your phone.</p>"
                        "<p>Put a copy by your front door.</p>"
                        "<p>Give a copy to someone you trust.</p>",
                        "style": "info",
                    },
                ),
                ("heading", "What about after a crisis?"),
                (
                    "paragraph",
                    "<p>A crisis can be very scary.</p>"
                    "<p>When things are calm, look after yourself too.</p>"
                    "<p>Talk to someone about how you feel.</p>"
                    "<p>A carers' service can listen. They can help you plan for next time.</p>"
                    '<p><a href="page:directory">Find a carers\' service near you</a>.</p>',
                ),
                ("heading", "Who can help?"),
                (
                    "paragraph",
                    "<ul><li>Emergency: phone <strong>999</strong></li>"
                    "<li>NHS 111: phone <strong>111</strong>, then choose option 2</li>"
                    "<li>Samaritans: phone <strong>116 123</strong></li>"
                    "<li>Shout: text SHOUT to <strong>85258</strong></li>"
                    "<li>Childline, if you are under 19: phone <strong>0800 1111</strong></li></ul>",
                ),
                ("heading", "Words to know"),
                (
                    "paragraph",
                    "<ul><li><strong>Care team</strong>: the doctors, nurses and workers who look after the person."
                    "</li>"
                    "<li><strong>Care plan</strong>: a written plan for the person's care.</li></ul>",
                ),
            ],
        },
        {
            "slug": "carers-assessment",
            "easy_read_of": "carers-assessment",
            "title": "Carer's assessment (easy read)",
            "summary": "A free talk with your council about what you need as a carer.",
            "review_date": "2027-03-31",
            "body": [
                (
                    "paragraph",
                    "<p>A <strong>carer's assessment</strong> is a talk with your council.</p>"
                    "<p>The talk is about you.</p>"
                    "<p>It looks at how caring affects your life and your health.</p>"
                    "<p>It is not a test of how well you care.</p>",
                ),
                ("heading", "Does it cost money?"),
                (
                    "paragraph",
                    "<p>No. It is free.</p>"
                    "<p>Your money and savings do not matter.</p>"
                    "<p>You can have one even if the person you care for gets no help.</p>"
                    "<p>You can have one even if they do not want help.</p>",
                ),
                ("heading", "Who can ask for one?"),
                (
                    "paragraph",
                    "<ul><li>Do you look after an adult? Ask <strong>adult social care</strong> at the council.</li>"
                    "<li>Do you look after a disabled child? Ask children's services at the council.</li>"
                    "<li>Are you under 18? Ask children's services, your school or a young carers' service.</li>"
                    "<li>Are you nearly 18? Ask for a transition assessment. Then your help carries on.</li></ul>",
                ),
                ("heading", "How do I ask for one?"),
                (
                    "paragraph",
                    "<ol><li>Find the council where the person you care for lives.</li>"
                    "<li>Phone or email their adult social care team.</li>"
                    '<li>Say: "I am a carer. I would like a carer\'s assessment."</li>'
                    "<li>The council will give you a time to talk.</li></ol>"
                    "<p>You can talk face to face, on the phone or online.</p>"
                    "<p>A carers' service, your doctor or the person's care team can ask for you.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Not sure which council?",
                        "text": '<p>Go to <a href="https://www.gov.uk/find-local-council">Find your local '
                        "council</a> on GOV.UK.</p>"
                        "<p>Type in the postcode of the person you care for.</p>",
                        "style": "info",
                    },
                ),
                ("heading", "How do I get ready?"),
                (
                    "paragraph",
                    "<p>Before the talk, write down what is hard for you.</p>"
                    "<p>Write down what would help.</p>"
                    "<p>They will ask you about:</p>"
                    "<ul><li>what you do for the person</li>"
                    "<li>how many hours you spend caring</li>"
                    "<li>how caring affects your health, sleep and mood</li>"
                    "<li>if you can work, study or see friends</li>"
                    "<li>what would happen if you could not care for a while</li>"
                    "<li>what you would like to change</li></ul>"
                    "<p>You can ask to talk in private.</p>",
                ),
                ("heading", "Will I get help?"),
                (
                    "paragraph",
                    "<p>In England, a law called the <strong>Care Act 2014</strong> has the rules.</p>"
                    "<p>The council must help you if all 3 of these are true:</p>"
                    "<ol><li>Your needs come from caring for someone.</li>"
                    "<li>Caring puts your health at risk. Or it stops you doing everyday things.</li>"
                    "<li>Because of this, your wellbeing is likely to suffer a lot.</li></ol>"
                    "<p>Everyday things include looking after your home, working, seeing people and resting.</p>"
                    "<p>If you can get help, you and the council make a <strong>support plan</strong>.</p>"
                    "<p>You may get money to choose your own support. For example, a break.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "What if I cannot get help?",
                        "text": "<p>The council should still give you information and advice.</p>"
                        "<p>Ask them about groups and carers' services near you.</p>",
                        "style": "warning",
                    },
                ),
                ("heading", "Is the person coming home from hospital?"),
                (
                    "paragraph",
                    "<p>Tell the ward staff that you are a carer.</p>"
                    "<p>Do this before the person leaves hospital.</p>"
                    "<p>Ask to help plan for them coming home.</p>"
                    "<p>Ask the council for a carer's assessment too.</p>",
                ),
                ("heading", "Can I have another one later?"),
                (
                    "paragraph",
                    "<p>Yes. Things can change.</p>"
                    "<p>For example, the person you care for gets worse.</p>"
                    "<p>Then ask the council for a <strong>review</strong>.</p>",
                ),
                ("heading", "Words to know"),
                (
                    "paragraph",
                    "<ul><li><strong>Council</strong>: the local government for your area.</li>"
                    "<li><strong>Assessment</strong>: a talk to find out what help you need.</li>"
                    "<li><strong>Direct payment</strong>: money from the council. You choose how to spend it "
                    "on your support.</li></ul>",
                ),
            ],
        },
        {
            "slug": "taking-a-break",
            "easy_read_of": "taking-a-break",
            "title": "Taking a break from caring (easy read)",
            "summary": "Everyone needs time off from caring. How to get a break.",
            "review_date": "2027-03-31",
            "body": [
                (
                    "paragraph",
                    "<p>Caring can make you very tired.</p>"
                    "<p>Everyone needs time off.</p>"
                    "<p>A break gives you time for yourself.</p>"
                    "<p>You can sleep, see friends or go to the doctor.</p>"
                    "<p>Taking a break does not mean you let the person down.</p>"
                    "<p>It helps you keep going.</p>",
                ),
                (
                    # The demo drawing the standard page shows (the same image, found by its title).
                    "image",
                    {
                        "picture": "taking-a-break",
                        "title": "Drawing: a carer takes a break while a sitter stays at home",
                        "alt_text": "A drawing. A sitter stays at home with the person who needs care. The carer "
                        "sits on a bench in the park with a hot drink.",
                        "caption": "A sitter stays with the person. The carer has time in the park.",
                    },
                ),
                ("heading", "What kinds of break are there?"),
                (
                    "paragraph",
                    "<ul><li><strong>Sitting service</strong>: someone stays with the person for a few hours. "
                    "You can go out.</li>"
                    "<li><strong>Day centre</strong>: the person spends the day in a safe place. "
                    "There are things to do.</li>"
                    "<li><strong>Short stay</strong>: the person stays in a care home for a few nights or weeks."
                    "</li>"
                    "<li><strong>Care at home</strong>: a paid carer stays with the person. You can go away.</li>"
                    "<li><strong>Young carers</strong> can go to clubs and on trips.</li></ul>"
                    "<p>Some people call a break <strong>respite</strong>. It means the same thing.</p>",
                ),
                ("heading", "How do I get a break?"),
                (
                    "paragraph",
                    '<ol><li>Ask your council for a <a href="page:easy-read/carers-assessment">carer\'s '
                    "assessment</a>. They can arrange breaks.</li>"
                    "<li>You may get money to pay for your own break.</li>"
                    "<li>Ask a carers' service near you about breaks.</li>"
                    "<li>Ask family or friends to take turns. Even 1 hour helps.</li></ol>",
                ),
                ("heading", "Do I have to pay?"),
                (
                    "paragraph",
                    "<p>It depends.</p>"
                    "<p>After an assessment, the council may pay some or all of the cost.</p>"
                    "<p>Some charities give breaks that are free or cheap.</p>",
                ),
                ("heading", "How do I plan a break?"),
                (
                    "paragraph",
                    "<p>Talk with the person you care for.</p>"
                    "<p>Ask who they would like to help them.</p>"
                    "<p>Try a short break first. Then you both get used to it.</p>"
                    "<p>Does the person not want anyone else to help? That is common.</p>"
                    "<p>Start small, with someone they already know.</p>"
                    "<p>Talk about what worries them.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Does the person have a mental health problem?",
                        "text": "<p>You need breaks too.</p>"
                        "<p>Ask their care team to put breaks in the care plan.</p>"
                        "<p>Carers Trust has a guide about this. It is called Making Respite Real in Mental "
                        "Health.</p>",
                        "style": "info",
                    },
                ),
                ("heading", "What if I suddenly cannot care?"),
                (
                    "paragraph",
                    "<p>You might get ill or have an emergency.</p>"
                    "<p>The person may need someone else straight away.</p>"
                    "<p>Make an <strong>emergency plan</strong> now.</p>"
                    "<p>Write down:</p>"
                    "<ul><li>who to phone</li>"
                    "<li>what the person needs</li>"
                    "<li>which medicines they take</li></ul>"
                    "<p>Give a copy to someone you trust.</p>"
                    "<p>Ask your council about help in an emergency.</p>",
                ),
                ("heading", "Who can help?"),
                (
                    "paragraph",
                    "<p>A carers' service can tell you about breaks near you.</p>"
                    '<p><a href="page:directory">Find a carers\' service near you</a>.</p>',
                ),
            ],
        },
        {
            "slug": "money",
            "easy_read_of": "money-and-carers-allowance",
            "title": "Money for carers (easy read)",
            "summary": "Carer's Allowance and other money that can help carers.",
            "review_date": "2027-03-31",
            "body": [
                (
                    "paragraph",
                    "<p>Caring can cost money.</p>"
                    "<p>You may work fewer hours.</p>"
                    "<p>You may spend more on heating, travel and food.</p>"
                    "<p>There is money to help you.</p>"
                    "<p>But you often have to ask for it.</p>",
                ),
                ("heading", "What is Carer's Allowance?"),
                (
                    "paragraph",
                    "<p><strong>Carer's Allowance</strong> is money from the government.</p>"
                    "<p>It is paid every week.</p>"
                    "<p>You may get it if:</p>"
                    "<ul><li>you care for someone for <strong>35 hours</strong> a week or more</li>"
                    "<li>they get certain disability benefits</li>"
                    "<li>you are 16 or older</li>"
                    "<li>you are not in full-time education</li>"
                    "<li>you earn less than a set amount each week</li></ul>"
                    "<p>These benefits include Attendance Allowance.</p>"
                    "<p>They include some parts of Personal Independence Payment and Disability Living "
                    "Allowance.</p>"
                    "<p>You do not need to live with the person.</p>"
                    "<p>Shopping, cooking and keeping them company all count towards the 35 hours.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Check before you claim",
                        "text": "<p>The amounts change every April.</p>"
                        '<p>Check them on <a href="https://www.gov.uk/carers-allowance">GOV.UK</a>.</p>'
                        "<p>Claiming can change the money the person you care for gets.</p>"
                        "<p>Get advice first.</p>",
                        "style": "warning",
                    },
                ),
                ("heading", "Do you live in Scotland?"),
                (
                    "paragraph",
                    "<p>In Scotland, the money is called <strong>Carer Support Payment</strong>.</p>"
                    '<p>Find out more on <a href="https://www.mygov.scot">mygov.scot</a>.</p>',
                ),
                ("heading", "What other help is there?"),
                (
                    "paragraph",
                    "<ul><li><strong>Carer's Credit</strong> protects your State Pension. "
                    "You must care for 20 hours a week or more.</li>"
                    "<li><strong>Universal Credit</strong> can give you extra money if you are a carer.</li>"
                    "<li>Your <strong>Council Tax</strong> may be lower. Ask your council.</li>"
                    "<li>Charities and carers' services may give you a <strong>grant</strong>.</li>"
                    '<li>After a <a href="page:easy-read/carers-assessment">carer\'s assessment</a>, '
                    "you may get a <strong>direct payment</strong>.</li></ul>",
                ),
                ("heading", "Can I get paid for caring?"),
                (
                    "paragraph",
                    "<p>You cannot get a wage for caring.</p>"
                    "<p>Carer's Allowance is the main money for carers.</p>"
                    "<p>It is paid to you, in your own name.</p>"
                    "<p>Only 1 carer can claim it for each person.</p>"
                    "<p>Do you care for 2 people? You cannot add their hours together.</p>"
                    "<p>You must care for 1 of them for 35 hours a week.</p>",
                ),
                ("heading", "Who can help?"),
                (
                    "paragraph",
                    "<p>Rules about benefits can be hard.</p>"
                    "<p>A carers' service near you can check what you can get.</p>"
                    "<p>They can help you claim.</p>"
                    "<p>Carers UK has a free phone line for advice.</p>",
                ),
                (
                    "contact",
                    {
                        "name": "Carers UK Helpline",
                        "phone": "0808 808 7777",
                        "email": "",
                        "website": "https://www.carersuk.org",
                        "text": "Free advice about money and benefits.",
                    },
                ),
                ("heading", "Words to know"),
                (
                    "paragraph",
                    "<ul><li><strong>Benefit</strong>: money from the government to help you live.</li>"
                    "<li><strong>Grant</strong>: money you do not have to pay back.</li>"
                    "<li><strong>Direct payment</strong>: money from the council. You choose how to spend it "
                    "on your support.</li></ul>",
                ),
            ],
        },
        {
            "slug": "young-carers",
            "easy_read_of": "young-carers",
            "title": "Young carers (easy read)",
            "summary": "Help for you if you are under 18 and look after someone at home.",
            "review_date": "2027-03-31",
            "body": [
                (
                    "paragraph",
                    "<p>Are you under 18?</p>"
                    "<p>Do you help look after someone in your family?</p>"
                    "<p>Then you are a <strong>young carer</strong>.</p>"
                    "<p>It might be your mum, dad, brother, sister or grandparent.</p>"
                    "<p>They might be ill or disabled.</p>"
                    "<p>They might have a mental health problem.</p>"
                    "<p>They might drink too much or take drugs.</p>",
                ),
                ("heading", "What do young carers do?"),
                (
                    "paragraph",
                    "<p>You might:</p>"
                    "<ul><li>cook and clean</li>"
                    "<li>help someone get dressed</li>"
                    "<li>give someone their medicine</li>"
                    "<li>look after younger children</li></ul>"
                    "<p>You might worry about home a lot. Even when you are at school.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "You are not in trouble",
                        "text": "<p>It is not your fault that someone at home is unwell.</p>"
                        "<p>Asking for help is a good thing to do.</p>"
                        "<p>Help is there to make life easier for you and your family.</p>",
                        "style": "info",
                    },
                ),
                ("heading", "Can I get help?"),
                (
                    "paragraph",
                    "<p>Yes. The council must check if you need help.</p>"
                    "<p>This is called a <strong>young carer's needs assessment</strong>.</p>"
                    "<p>A worker will ask what you do at home.</p>"
                    "<p>They will ask how you feel and what would help.</p>"
                    "<p>A teacher, your doctor or a young carers' service can help you ask.</p>",
                ),
                ("heading", "What help is there?"),
                (
                    "paragraph",
                    "<ul><li>clubs, trips and days out, so you get a break</li>"
                    "<li>someone to talk to who understands</li>"
                    "<li>help at school, like time to phone home</li>"
                    "<li>more time for homework</li>"
                    "<li>more help for the person you care for, so you do less</li></ul>",
                ),
                ("heading", "Should I tell someone at school?"),
                (
                    "paragraph",
                    "<p>You do not have to tell everyone.</p>"
                    "<p>But it helps if 1 teacher you trust knows.</p>"
                    "<p>They can explain if you are late or tired.</p>"
                    "<p>They can help you get support.</p>",
                ),
                ("heading", "Are you 16 to 25?"),
                (
                    "paragraph",
                    "<p>You are a <strong>young adult carer</strong>.</p>"
                    "<p>Before you turn 18, ask for a <strong>transition assessment</strong>.</p>"
                    "<p>Then your support carries on when you are an adult.</p>"
                    "<p>Are you going to college or university?</p>"
                    "<p>Many have a person who helps student carers.</p>"
                    "<p>Ask them for help with deadlines, money and timetables.</p>",
                ),
                ("heading", "Who can I talk to now?"),
                (
                    "paragraph",
                    "<ul><li>Phone <strong>Childline</strong> on <strong>0800 1111</strong>. It is free. "
                    "You can phone day or night.</li>"
                    "<li>Would you rather text? Text the word SHOUT to <strong>85258</strong>.</li>"
                    "<li>Is someone in danger? Phone <strong>999</strong>.</li></ul>",
                ),
                ("heading", "Who can help near me?"),
                (
                    "paragraph",
                    "<p>Do you live in Redbridge? Indigo helps young carers there.</p>"
                    '<p><a href="page:directory">Find help for young carers near you</a>.</p>',
                ),
                (
                    "contact",
                    {
                        "name": "Indigo (formerly Redbridge Young Carers)",
                        "phone": "020 8554 2888",
                        "email": "",
                        "website": "",
                        "text": "Help and activities for young carers in Redbridge.",
                    },
                ),
                ("heading", "Words to know"),
                (
                    "paragraph",
                    "<ul><li><strong>Assessment</strong>: a talk to find out what help you need.</li>"
                    "<li><strong>Transition</strong>: moving from being a child to being an adult.</li></ul>",
                ),
            ],
        },
    ],
}

# The support-network map that families fill in on screen (resources.SupportNetworkMapPage), under the
# "Mapping your support network" guidance page. It asks what the Oxleas "Working with the support network"
# tool asks (seed 001, appendix 1); the wording and the staff notes are new.
SUPPORT_NETWORK_MAP = {
    "parent": "mapping-your-support-network",
    "slug": "support-network-map",
    "title": "Fill in your support network map",
    "summary": "Answer four short questions about the people who help you. Then print your answers or save them "
    "as a PDF to share with your care team.",
    "questions": [
        {
            "question": "Who are the people who matter most to you?",
            "hint": "Family, a partner, friends, neighbours, people from your faith group, or anyone else. "
            "Write their names and who they are to you.",
        },
        {
            "question": "How would you like these people to help you while things are hard?",
            "hint": "For example: ring you every day, come to appointments with you, or help with shopping and "
            "money.",
        },
        {
            "question": "If there is an emergency, who would you want with you?",
            "hint": "These can be people from your first answer, or other people.",
        },
        {
            "question": "In an emergency, what would you like them to do?",
            "hint": "Small things count. For example: take care of your pet, talk to your doctor or nurse for you, "
            "or simply stay with you.",
        },
    ],
    "body": [
        ("heading", "Come back to it"),
        (
            "paragraph",
            "<p>Some people find it hard to think of anyone at first. That is OK. The people around you change "
            "over time, so fill in the map again every few months, or when something big changes.</p>"
            '<p>To read why a support network matters and how to share your map, go back to <a '
            'href="page:advice/mapping-your-support-network">Mapping your support network</a>.</p>',
        ),
        ("heading", "For staff: using the map with a family"),
        (
            "paragraph",
            "<p>Fill in the map together with the person you support, at a calm time. They decide who is on it. "
            "Their wishes can change, so ask again at reviews.</p>"
            "<p>With their agreement, you can then:</p>"
            "<ul>"
            "<li>write to or ring the people they name and invite them to a meeting</li>"
            "<li>tell them how your service works, such as opening hours and who to call, and give them general "
            "information about the illness or diagnosis</li>"
            "<li>offer them sessions to learn about the illness and how to help</li>"
            "<li>keep in touch with them throughout, for example at care plan reviews, by phone and at "
            "meetings</li>"
            "<li>hold regular meetings with the person and their network together, to sort out anything that "
            "gets in the way of their care</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "title": "When it is not simple",
                "text": "<p>If the person wants support but their relationships are strained and the support is "
                "not working, ask a family therapy service for advice, or refer them.</p>"
                "<p>If there is nobody on the map, help the person build a network, for example through a peer "
                "group or a befriending service, and then involve those people.</p>"
                "<p>Working with a family can be hard at times. Talk it through in supervision.</p>",
                "style": "info",
            },
        ),
    ],
}

# The trust's leaflet of the same name (seed 000) is only a title; this text is new.
# The Carers Hub gap map (directory/gap_map.py): for commissioners, not carers, so it is not in the menu.
GAP_MAP = {
    "slug": "gap-map",
    # The boroughs of the source documents' two trusts: the commissioners' area, one column each.
    "boroughs": ["barking-and-dagenham", "havering", "redbridge", "waltham-forest", "bexley", "bromley", "greenwich"],
    "title": "Carers Hub gap map",
    "summary": "Which kinds of help for carers each borough has local services for, and where there are none.",
    "intro": [
        "Each row is one part of the Carers Hub, such as breaks or advocacy. Each column is a borough. The "
        "number is how many services in this directory offer that help to people in that borough. Select a "
        "number to see the services.",
        "A gap means no local service in the directory offers that help there. It may be a real gap, or a "
        "service we do not know about yet. If you know of one, tell us through the feedback page so we can "
        "add it.",
        "National helplines and services for the whole of London are shown in a column of their own. They are "
        "useful, but they are not the same as help in the borough, so they do not fill a gap.",
    ],
}

LEAFLET = {
    "slug": "a-brief-guide-for-carers",
    "title": "A brief guide for carers",
    "summary": "What to expect from mental health services when you look after someone who uses them.",
    "review_date": "2027-05-31",
    "audiences": ["adult-carers", "parent-carers", "families"],
    "care_areas": ["mental-health"],
    "interventions": ["involvement-in-care-planning", "information-and-advice"],
    "body": [
        (
            "paragraph",
            "<p>This guide is for you if someone you look after uses mental health services. It explains what to "
            "expect, what you can ask for, and who to call.</p>",
        ),
        ("heading", "You are a carer"),
        (
            "paragraph",
            "<p>If you help a relative, partner or friend who could not manage without you, you are a carer. "
            "You do not have to live with them, and you do not have to use the word carer.</p>",
        ),
        ("heading", "Being part of the care plan"),
        (
            "paragraph",
            "<p>The person you care for should have a care plan and a named worker. Ask to go to care plan "
            "meetings. The person needs to agree to this.</p>"
            "<p>Staff need the person's agreement before they share private details with you. But they can always "
            "listen to you, and give you general information about the illness and about services.</p>"
            "<p>Tell staff what you have noticed. You often see the early signs that the person is getting unwell "
            "before anyone else does.</p>",
        ),
        ("heading", "Your own assessment"),
        (
            "paragraph",
            "<p>You can ask the council for a free carer's assessment. It looks at your needs, not the person's. "
            "It can lead to support such as a break, training or someone to talk to.</p>",
        ),
        ("heading", "In a crisis"),
        (
            "paragraph",
            "<p>Ask for a crisis plan that says who to call, day and night. Keep it somewhere easy to find.</p>"
            "<ul><li>If someone's life is at risk, call <strong>999</strong>.</li>"
            "<li>For urgent mental health help, call <strong>NHS 111</strong> and choose option 2.</li>"
            "<li>To talk to someone at any time, call Samaritans on <strong>116 123</strong>.</li></ul>",
        ),
        ("heading", "Questions or worries"),
        (
            "paragraph",
            "<p>If you are unhappy with care, or do not know who to ask, call the Patient Advice and Liaison "
            "Service (PALS). It is free.</p>",
        ),
        (
            "contact",
            {
                "name": "NELFT PALS",
                "phone": "0800 783 1853",
                "email": "",
                "website": "",
                "text": "Freephone for patients, carers and families.",
            },
        ),
        ("heading", "Looking after yourself"),
        (
            "paragraph",
            "<p>Caring is hard work. Local carers' services offer advice, groups and breaks. Find one in your "
            "borough in our directory. Tell your GP that you are a carer too.</p>",
        ),
    ],
}

NEWS = [
    {
        "slug": "carers-week-what-happens-and-how-to-take-part",
        "title": "Carers Week: what happens and how to take part",
        "date": "2026-06-01",
        "summary": "Carers Week comes once a year. It is a good time to ask for support, and to help a friend who "
        "cares.",
        "body": [
            "Carers Week is a week each year to thank unpaid carers, and to help people who look after someone see "
            "that they are carers too.",
            "Many local carers' services and NHS teams hold stalls, drop-ins and coffee mornings during the week. "
            'Look on <a href="page:events">our events page</a>, or call your local carers\' service to ask what is on.',
            "If you know someone who cares for a relative or friend, tell them about this site. "
            "It could be the first step to getting help.",
        ],
    },
    {
        "slug": "new-evening-group-for-working-carers",
        "title": "A new evening group for working carers",
        "date": "2026-11-02",
        "summary": "Daytime groups are hard to reach if you work. Now there is an evening group once a month in "
        "Barking.",
        "body": [
            "Carers told us that most support groups meet in the day. If you have a job, you cannot go.",
            "So there is now an evening group once a month in Barking, on a Thursday from 6:30pm to 8pm.",
            "Come for a cup of tea, meet other carers and get advice. You do not need to stay for the whole "
            'evening. See <a href="page:events">our events page</a> for the next date and how to book.',
        ],
    },
    {
        # Scheduled: load_demo saves it to go live this many days after loading (at 9am), and it appears
        # when `manage.py publish_scheduled` next runs after that. Its date is the day it goes live.
        "slug": "help-to-keep-warm-and-well-in-cold-weather",
        "publish_in_days": 3,
        "title": "Help to keep warm and well in cold weather",
        "summary": "Cold weather is hard on the people we look after, and on carers too. "
        "Here is where to get help with heating and staying well.",
        "body": [
            "A cold home can make many health problems worse. If the person you look after is older, disabled "
            "or has a long-term illness, keeping warm really matters.",
            "If you are struggling to pay for heating, talk to your energy supplier. Ask to join their Priority "
            "Services Register. It is free, and it tells them that someone in your home needs extra care, for "
            "example if the power goes off.",
            "A local carers' service can check that you get all the money you are entitled to, such as Carer's "
            'Allowance or help with council tax. You can find one near you in <a href="page:directory">our directory</a>.',
            "If you are worried about someone's health in the cold, call NHS 111. In an emergency, call 999.",
        ],
    },
]

EVENTS = [
    # Dates are worked out when the demo is loaded (site/dev/demo/event_dates.py), so there are always events coming
    # up: "days_from_now" from today, or the next "month_day"; then "weekday" moves on to that day of the week.
    # "time" is the local start time and "hours" how long it lasts. Each event is unpublished once it is over.
    {
        "slug": "evening-group-for-working-carers",
        "title": "Evening group for working carers",
        "days_from_now": 2,
        "weekday": "Thursday",
        "time": "18:30",
        "hours": 1.5,
        "location": "Community room near Barking station (we send the address when you book)",
        "area": "barking-and-dagenham",
        "audiences": ["working-carers", "adult-carers"],
        "cost": "Free",
        "summary": "A monthly group after work. Meet other carers who have a job, get advice and have a cup of tea.",
        "body": [
            "Most support groups meet in the day, when people with jobs cannot go. This one starts at 6:30pm, so "
            "you can come straight from work.",
            "A carers' support worker will be there. Ask about carers' assessments, your rights at work, breaks "
            "and money. Or just listen: you do not have to talk.",
        ],
        "booking": "Email carers-directory@example.org or call 020 7946 0101. Tell us if you need step-free access "
        "or an interpreter.",
    },
    {
        "slug": "hornchurch-carers-coffee-morning",
        "title": "Carers' coffee morning in Hornchurch",
        "days_from_now": 3,
        "weekday": "Tuesday",
        "time": "10:30",
        "hours": 2,
        "location": "Church hall in Hornchurch, RM11 (we send the address when you book)",
        "area": "havering",
        "audiences": ["adult-carers", "older-carers"],
        "cost": "Free",
        "summary": "Tea, cake and a friendly chat with other carers. You can bring the person you look after.",
        "body": [
            "Come along for a drink and a chat with people who understand what caring is like.",
            "You are welcome to bring the person you look after. There is a quiet corner if they need a rest.",
        ],
        "booking": "You do not need to book. Just turn up.",
    },
    {
        "slug": "saturday-family-day-for-parent-carers",
        "title": "Saturday family day for parent carers",
        "days_from_now": 6,
        "weekday": "Saturday",
        "time": "11:00",
        "hours": 4,
        "location": "Community centre in Ilford, IG1 (we send the address when you book)",
        "area": "redbridge",
        "audiences": ["parent-carers", "sibling-carers"],
        "cost": "Free, with lunch",
        "summary": "A day out for families who look after a disabled child, with activities for brothers and sisters.",
        "body": [
            "Meet other families, get advice from local services and have lunch together.",
            "There are activities for disabled children and for their brothers and sisters, run by trained staff.",
        ],
        "booking": "Book by email at carers-directory@example.org. Tell us about any needs your children have.",
    },
    {
        "slug": "online-your-rights-as-a-working-carer",
        "title": "Online: your rights at work as a carer",
        "days_from_now": 8,
        "weekday": "Wednesday",
        "time": "19:00",
        "hours": 1,
        "online": True,
        "audiences": ["working-carers"],
        "cost": "Free",
        "summary": "A short talk on your rights at work, such as carer's leave and asking to work flexibly.",
        "body": [
            "Find out what you can ask your employer for, and how to ask. There is time for questions at the end.",
            "You can join on a phone, tablet or computer. You can keep your camera off.",
        ],
        "booking": "Email carers-directory@example.org and we will send you a link to join.",
    },
    {
        "slug": "young-carers-sunday-fun-day",
        "title": "Young carers' Sunday fun day",
        "days_from_now": 12,
        "weekday": "Sunday",
        "time": "10:00",
        "hours": 5,
        "location": "Youth centre in Walthamstow, E17 (we send the address when you book)",
        "area": "waltham-forest",
        "audiences": ["young-carers"],
        "cost": "Free",
        "summary": "Games, crafts and lunch for young carers aged 8 to 17. A day just for you.",
        "body": [
            "Have fun, try new things and meet other young people who help look after someone at home.",
            "Youth workers will be there if you want to talk about anything.",
        ],
        "booking": "Ask a parent, carer or teacher to book your place by emailing carers-directory@example.org.",
    },
    {
        "slug": "caring-for-someone-with-dementia-workshop",
        "title": "Caring for someone with dementia: a workshop",
        "days_from_now": 14,
        "weekday": "Monday",
        "time": "13:30",
        "hours": 2,
        "location": "Library meeting room in Bexleyheath, DA6 (we send the address when you book)",
        "area": "bexley",
        "audiences": ["adult-carers", "older-carers"],
        "cost": "Free",
        "summary": "Practical tips for day-to-day life and for looking after yourself, from a dementia nurse.",
        "body": [
            "A dementia nurse explains how the illness changes over time and how to make daily life easier.",
            "You will also hear about local help, such as day centres, sitting services and carers' breaks.",
        ],
        "booking": "Places are limited. Email carers-directory@example.org to book.",
    },
    {
        "slug": "carers-week-information-fair",
        "title": "Carers Week information fair",
        "month_day": "06-08",
        "weekday": "Wednesday",
        "time": "10:00",
        "hours": 5,
        "location": "Town hall in Romford, RM1 (we send directions when you book)",
        "area": "havering",
        "audiences": ["adult-carers", "young-adult-carers", "working-carers"],
        "cost": "Free",
        "summary": "Meet local carers' services, NHS teams and charities in one place during Carers Week.",
        "body": [
            "Carers Week comes once a year. This fair brings local help together so you can find out what is there "
            "for you.",
            "Drop in at any time. Bring a friend who looks after someone: they may not know they are a carer.",
        ],
        "booking": "You do not need to book.",
    },
]

HOME = {
    "title": "Help for unpaid carers",
    "intro": "If you look after someone, find help near you, plain advice and someone to talk to, day or night.",
    "pathways": [
        {
            "audience": "adult-carers",
            "title": "I look after someone",
            "text": "For anyone who cares for a partner, relative or friend.",
        },
        {
            "audience": "young-carers",
            "title": "I am a young carer",
            "text": "Help if you are under 18, or 16 to 25, and care for someone at home.",
        },
        {
            "audience": "parent-carers",
            "title": "I care for my child",
            "text": "Support for parents of a child who is ill or disabled.",
        },
        {
            "audience": "student-carers",
            "title": "I study and care",
            "text": "Contacts at colleges and universities for students who care.",
        },
        {
            "audience": "working-carers",
            "title": "I work and care",
            "text": "Money, your rights at work and groups outside working hours.",
        },
        {
            "audience": "professionals",
            "title": "I work with carers",
            "text": "Guidance, toolkits and good practice for staff.",
        },
    ],
}

# Not in the brief, but load_demo reads it: words carers use for the same thing, one group per line.
SYNONYMS = [
    "respite, short break, sitting service, replacement care, break from caring",
    "carer's assessment, carers assessment, carer assessment, needs assessment",
    "money, benefits, carer's allowance, carers allowance, financial help, get paid",
    "young carer, young carers, children who care",
    "student carer, student carers, university, college",
    "dementia, alzheimer's, memory loss",
    "crisis, emergency, urgent help, suicide, suicidal, help now",
    "carers centre, carers service, carers association",
    "support group, support groups, carers group, carers groups, peer support",
    "complaint, complaints, PALS, patient advice and liaison service",
    "leaflet, leaflets, guide",
]


# Demo opening hours and map points for local services, so "open now" and "near me" have something to
# show. Hours use the spreadsheet syntax (see directory/hours.py); points are rough, near the borough's
# main town centre, not the services' real addresses. Real data comes in by import.
SERVICE_HOURS_AND_PLACES = {
    "lbbd-carers-assessments": {"hours": "Mon-Fri 09:00-17:00", "bank_holidays_closed": True},
    "carers-of-barking-and-dagenham": {"hours": "Mon-Fri 09:00-17:00", "point": (51.5410, 0.1480), "bank_holidays_closed": True},
    "memory-lane": {"hours": "Tue-Thu 10:00-15:00", "point": (51.5440, 0.1270)},
    "redbridge-carers-support-service": {"hours": "Mon-Fri 09:30-16:30", "point": (51.5590, 0.0740), "bank_holidays_closed": True},
    "indigo-young-carers": {"hours": "Mon-Fri 10:00-18:00; Sat 10:00-13:00", "point": (51.5610, 0.0850)},
    "rethink-carers-redbridge": {"hours": "Mon-Fri 09:00-17:00", "point": (51.5760, 0.0870)},
    "one-stop-mental-health-service": {"hours": "Mon-Fri 09:00-17:00", "point": (51.5600, 0.0790)},
    "waltham-forest-carers-association": {"hours": "Mon-Fri 09:00-17:00", "point": (51.5830, -0.0190), "bank_holidays_closed": True},
    "qalb": {"hours": "Mon-Fri 10:00-16:00", "point": (51.5670, -0.0140)},
    "pss-together": {"hours": "Mon-Thu 09:00-17:00; Fri 09:00-16:00", "point": (51.5860, -0.0230)},
    "rethink-havering": {"hours": "Mon-Fri 09:00-17:00", "point": (51.5770, 0.1800)},
    "havering-mind": {"hours": "Mon-Fri 09:00-17:00; Sat 10:00-14:00", "point": (51.5790, 0.1850)},
    "oxleas-carers-and-support-networks": {"hours": "Mon-Fri 09:00-17:00", "point": (51.4550, 0.1400), "bank_holidays_closed": True},
    "carers-uk-helpline": {"hours": "Mon-Fri 09:00-18:00", "bank_holidays_closed": True},
}

"""Urdu drafts of the demo pages and snippets (see __init__.py): not yet checked by a native speaker."""

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
    # --- Feedback form, news, events and the resource library's items -----------------------------------------
    "Tell us what you think": "ہمیں اپنی رائے بتائیں",
    "Your views help us make this site better for carers. You do not have to give your name.": "آپ کی رائے سے ہمیں یہ ویب سائٹ کیئررز کے لیے بہتر بنانے میں مدد ملتی ہے۔ آپ کو اپنا نام بتانے کی ضرورت نہیں۔",
    'We cannot give advice through this form. If you need help, <a id="a1">find local help</a>, or see <a id="a2">what to do in a crisis</a>.': 'ہم اس فارم کے ذریعے مشورہ نہیں دے سکتے۔ اگر آپ کو مدد چاہیے تو <a id="a1">مقامی مدد تلاش کریں</a>، یا دیکھیں کہ <a id="a2">بحران میں کیا کریں</a>۔',
    "Thank you. We read every message. We cannot reply unless you give an email address.": "شکریہ۔ ہم ہر پیغام پڑھتے ہیں۔ اگر آپ ای میل ایڈریس نہیں دیں گے تو ہم جواب نہیں دے سکیں گے۔",
    "Carers Week: what happens and how to take part": "کیئررز ویک (Carers Week): کیا ہوتا ہے اور اس میں کیسے حصہ لیں",
    "Carers Week comes once a year. It is a good time to ask for support, and to help a friend who cares.": "کیئررز ویک سال میں ایک بار آتا ہے۔ یہ مدد مانگنے کا، اور کسی ایسے دوست کی مدد کرنے کا اچھا موقع ہے جو کسی کی دیکھ بھال کرتا ہے۔",
    "Carers Week is a week each year to thank unpaid carers, and to help people who look after someone see that they are carers too.": "کیئررز ویک ہر سال کا ایک ہفتہ ہے جس میں بلا معاوضہ دیکھ بھال کرنے والوں کا شکریہ ادا کیا جاتا ہے، اور کسی کی دیکھ بھال کرنے والے لوگوں کو یہ سمجھنے میں مدد دی جاتی ہے کہ وہ بھی کیئرر ہیں۔",
    "Many local carers' services and NHS teams hold stalls, drop-ins and coffee mornings during the week. Look on <a id=\"a1\">our events page</a>, or call your local carers' service to ask what is on.": 'اس ہفتے کے دوران کیئررز کی بہت سی مقامی سروسز اور NHS کی ٹیمیں اسٹال، ڈراپ اِن ملاقاتیں اور صبح کی چائے کافی کی محفلیں (coffee mornings) رکھتی ہیں۔ <a id="a1">ہمارا تقریبات کا صفحہ</a> دیکھیں، یا کیئررز کی اپنی مقامی سروس کو فون کر کے پوچھیں کہ کیا ہو رہا ہے۔',
    "If you know someone who cares for a relative or friend, tell them about this site. It could be the first step to getting help.": "اگر آپ کسی ایسے شخص کو جانتے ہیں جو کسی رشتہ دار یا دوست کی دیکھ بھال کرتا ہے تو انہیں اس ویب سائٹ کے بارے میں بتائیں۔ یہ مدد حاصل کرنے کی طرف پہلا قدم ہو سکتا ہے۔",
    "A new evening group for working carers": "ملازمت پیشہ کیئررز کے لیے شام کا نیا گروپ",
    "Daytime groups are hard to reach if you work. Now there is an evening group once a month in Barking.": "اگر آپ کام کرتے ہیں تو دن کے وقت والے گروپوں میں جانا مشکل ہوتا ہے۔ اب Barking (بارکنگ) میں مہینے میں ایک بار شام کا گروپ ہوتا ہے۔",
    "Carers told us that most support groups meet in the day. If you have a job, you cannot go.": "کیئررز نے ہمیں بتایا کہ زیادہ تر سپورٹ گروپس دن میں ملتے ہیں۔ اگر آپ نوکری کرتے ہیں تو آپ نہیں جا سکتے۔",
    "So there is now an evening group once a month in Barking, on a Thursday from 6:30pm to 8pm.": "اس لیے اب Barking میں مہینے میں ایک بار، جمعرات کو شام 6:30 بجے سے رات 8 بجے تک، شام کا گروپ ہوتا ہے۔",
    'Come for a cup of tea, meet other carers and get advice. You do not need to stay for the whole evening. See <a id="a1">our events page</a> for the next date and how to book.': 'چائے پینے آئیں، دوسرے کیئررز سے ملیں اور مشورہ لیں۔ پوری شام رکنا ضروری نہیں۔ اگلی تاریخ اور بکنگ کا طریقہ جاننے کے لیے <a id="a1">ہمارا تقریبات کا صفحہ</a> دیکھیں۔',
    "Help to keep warm and well in cold weather": "سرد موسم میں گرم اور صحت مند رہنے کے لیے مدد",
    "Cold weather is hard on the people we look after, and on carers too. Here is where to get help with heating and staying well.": "سرد موسم ان لوگوں کے لیے مشکل ہوتا ہے جن کی ہم دیکھ بھال کرتے ہیں، اور کیئررز کے لیے بھی۔ یہاں بتایا گیا ہے کہ ہیٹنگ اور صحت مند رہنے کے لیے مدد کہاں سے ملتی ہے۔",
    "A cold home can make many health problems worse. If the person you look after is older, disabled or has a long-term illness, keeping warm really matters.": "ٹھنڈا گھر صحت کے بہت سے مسائل کو بڑھا سکتا ہے۔ اگر جس شخص کی آپ دیکھ بھال کرتے ہیں وہ بزرگ ہے، معذور ہے یا اسے کوئی طویل مدتی بیماری ہے تو گرم رہنا بہت ضروری ہے۔",
    "If you are struggling to pay for heating, talk to your energy supplier. Ask to join their Priority Services Register. It is free, and it tells them that someone in your home needs extra care, for example if the power goes off.": "اگر آپ کو ہیٹنگ کا خرچ اٹھانے میں مشکل ہو رہی ہے تو اپنی بجلی یا گیس کی کمپنی سے بات کریں۔ ان کے ترجیحی سروسز رجسٹر (Priority Services Register) میں شامل ہونے کے لیے کہیں۔ یہ مفت ہے، اور اس سے انہیں پتا چلتا ہے کہ آپ کے گھر میں کسی کو اضافی دیکھ بھال کی ضرورت ہے، مثلاً اگر بجلی چلی جائے۔",
    "A local carers' service can check that you get all the money you are entitled to, such as Carer's Allowance or help with council tax. You can find one near you in <a id=\"a1\">our directory</a>.": 'کیئررز کی مقامی سروس دیکھ سکتی ہے کہ آپ کو وہ ساری رقم مل رہی ہے جس کے آپ حق دار ہیں، جیسے کیئررز الاؤنس (Carer\'s Allowance) یا کونسل ٹیکس میں مدد۔ آپ <a id="a1">ہماری ڈائریکٹری</a> میں اپنے قریب کوئی سروس تلاش کر سکتے ہیں۔',
    "If you are worried about someone's health in the cold, call NHS 111. In an emergency, call 999.": "اگر سردی میں آپ کو کسی کی صحت کی فکر ہے تو NHS 111 پر فون کریں۔ ایمرجنسی میں 999 پر فون کریں۔",
    "Evening group for working carers": "ملازمت پیشہ کیئررز کے لیے شام کا گروپ",
    "A monthly group after work. Meet other carers who have a job, get advice and have a cup of tea.": "کام کے بعد ماہانہ گروپ۔ نوکری کرنے والے دوسرے کیئررز سے ملیں، مشورہ لیں اور چائے پیئیں۔",
    "Community room near Barking station (we send the address when you book)": "Barking اسٹیشن کے قریب کمیونٹی روم (بکنگ کرنے پر ہم آپ کو پتا بھیج دیتے ہیں)",
    "Email carers-directory@example.org or call 020 7946 0101. Tell us if you need step-free access or an interpreter.": "carers-directory@example.org پر ای میل کریں یا 020 7946 0101 پر فون کریں۔ اگر آپ کو سیڑھیوں کے بغیر راستے (step-free access) یا ترجمان کی ضرورت ہو تو ہمیں بتائیں۔",
    "Most support groups meet in the day, when people with jobs cannot go. This one starts at 6:30pm, so you can come straight from work.": "زیادہ تر سپورٹ گروپس دن میں ملتے ہیں، جب نوکری کرنے والے لوگ نہیں جا سکتے۔ یہ گروپ شام 6:30 بجے شروع ہوتا ہے، اس لیے آپ کام سے سیدھے آ سکتے ہیں۔",
    "A carers' support worker will be there. Ask about carers' assessments, your rights at work, breaks and money. Or just listen: you do not have to talk.": "وہاں کیئررز کا ایک سپورٹ ورکر (مددگار کارکن) موجود ہوگا۔ کیئرر کے جائزے، کام پر اپنے حقوق، وقفوں اور پیسوں کے بارے میں پوچھیں۔ یا بس سنیں: آپ کا بولنا ضروری نہیں۔",
    "Carers' coffee morning in Hornchurch": "Hornchurch (ہارن چرچ) میں کیئررز کے لیے صبح کی چائے کافی کی محفل (coffee morning)",
    "Tea, cake and a friendly chat with other carers. You can bring the person you look after.": "دوسرے کیئررز کے ساتھ چائے، کیک اور دوستانہ گپ شپ۔ آپ جس شخص کی دیکھ بھال کرتے ہیں اسے ساتھ لا سکتے ہیں۔",
    "Church hall in Hornchurch, RM11 (we send the address when you book)": "Hornchurch، RM11 میں چرچ ہال (بکنگ کرنے پر ہم آپ کو پتا بھیج دیتے ہیں)",
    "You do not need to book. Just turn up.": "بکنگ کی ضرورت نہیں۔ بس آ جائیں۔",
    "Come along for a drink and a chat with people who understand what caring is like.": "ان لوگوں کے ساتھ چائے پانی اور گپ شپ کے لیے آئیں جو سمجھتے ہیں کہ دیکھ بھال کرنا کیسا ہوتا ہے۔",
    "You are welcome to bring the person you look after. There is a quiet corner if they need a rest.": "آپ جس شخص کی دیکھ بھال کرتے ہیں اسے ضرور ساتھ لائیں۔ اگر انہیں آرام کی ضرورت ہو تو ایک پرسکون کونا موجود ہے۔",
    "Saturday family day for parent carers": "والدین کیئررز کے لیے ہفتے (سنیچر) کے روز فیملی ڈے",
    "A day out for families who look after a disabled child, with activities for brothers and sisters.": "ان خاندانوں کے لیے تفریح کا ایک دن جو کسی معذور بچے کی دیکھ بھال کرتے ہیں، بھائی بہنوں کے لیے سرگرمیوں کے ساتھ۔",
    "Community centre in Ilford, IG1 (we send the address when you book)": "Ilford، IG1 میں کمیونٹی سینٹر (بکنگ کرنے پر ہم آپ کو پتا بھیج دیتے ہیں)",
    "Free, with lunch": "مفت، دوپہر کے کھانے کے ساتھ",
    "Book by email at carers-directory@example.org. Tell us about any needs your children have.": "carers-directory@example.org پر ای میل کر کے بکنگ کریں۔ ہمیں اپنے بچوں کی کسی بھی ضرورت کے بارے میں بتائیں۔",
    "Meet other families, get advice from local services and have lunch together.": "دوسرے خاندانوں سے ملیں، مقامی سروسز سے مشورہ لیں اور مل کر دوپہر کا کھانا کھائیں۔",
    "There are activities for disabled children and for their brothers and sisters, run by trained staff.": "معذور بچوں اور ان کے بھائی بہنوں کے لیے سرگرمیاں ہیں، جو تربیت یافتہ عملہ کرواتا ہے۔",
    "Online: your rights at work as a carer": "آن لائن: کیئرر کے طور پر کام پر آپ کے حقوق",
    "A short talk on your rights at work, such as carer's leave and asking to work flexibly.": "کام پر آپ کے حقوق کے بارے میں ایک مختصر گفتگو، جیسے کیئرر کی چھٹی (carer's leave) اور لچکدار اوقات میں کام کرنے کی درخواست۔",
    "Email carers-directory@example.org and we will send you a link to join.": "carers-directory@example.org پر ای میل کریں، ہم آپ کو شامل ہونے کے لیے لنک بھیج دیں گے۔",
    "Find out what you can ask your employer for, and how to ask. There is time for questions at the end.": "جانیں کہ آپ اپنے آجر (employer) سے کیا مانگ سکتے ہیں، اور کیسے مانگیں۔ آخر میں سوالات کے لیے وقت ہوگا۔",
    "You can join on a phone, tablet or computer. You can keep your camera off.": "آپ فون، ٹیبلٹ یا کمپیوٹر پر شامل ہو سکتے ہیں۔ آپ اپنا کیمرہ بند رکھ سکتے ہیں۔",
    "Young carers' Sunday fun day": "کم عمر کیئررز کے لیے اتوار کا تفریحی دن",
    "Games, crafts and lunch for young carers aged 8 to 17. A day just for you.": "8 سے 17 سال کے کم عمر کیئررز کے لیے کھیل، دستکاری اور دوپہر کا کھانا۔ ایک دن صرف آپ کے لیے۔",
    "Youth centre in Walthamstow, E17 (we send the address when you book)": "Walthamstow، E17 میں یوتھ سینٹر (بکنگ کرنے پر ہم آپ کو پتا بھیج دیتے ہیں)",
    "Ask a parent, carer or teacher to book your place by emailing carers-directory@example.org.": "اپنے امی یا ابو، کیئرر یا استاد سے کہیں کہ carers-directory@example.org پر ای میل کر کے آپ کی جگہ بُک کریں۔",
    "Have fun, try new things and meet other young people who help look after someone at home.": "مزے کریں، نئی چیزیں آزمائیں اور ایسے دوسرے نوجوانوں سے ملیں جو گھر پر کسی کی دیکھ بھال میں مدد کرتے ہیں۔",
    "Youth workers will be there if you want to talk about anything.": "اگر آپ کسی بھی بارے میں بات کرنا چاہیں تو یوتھ ورکرز وہاں موجود ہوں گے۔",
    "Caring for someone with dementia: a workshop": "ڈیمنشیا کے شکار کسی شخص کی دیکھ بھال: ایک ورکشاپ",
    "Practical tips for day-to-day life and for looking after yourself, from a dementia nurse.": "ڈیمنشیا کی ماہر نرس سے روزمرہ زندگی کے لیے اور اپنا خیال رکھنے کے لیے عملی مشورے۔",
    "Library meeting room in Bexleyheath, DA6 (we send the address when you book)": "Bexleyheath، DA6 میں لائبریری کا میٹنگ روم (بکنگ کرنے پر ہم آپ کو پتا بھیج دیتے ہیں)",
    "Places are limited. Email carers-directory@example.org to book.": "جگہیں محدود ہیں۔ بکنگ کے لیے carers-directory@example.org پر ای میل کریں۔",
    "A dementia nurse explains how the illness changes over time and how to make daily life easier.": "ڈیمنشیا کی ماہر نرس بتاتی ہیں کہ وقت کے ساتھ یہ بیماری کیسے بدلتی ہے اور روزمرہ زندگی کو کیسے آسان بنایا جائے۔",
    "You will also hear about local help, such as day centres, sitting services and carers' breaks.": "آپ کو مقامی مدد کے بارے میں بھی بتایا جائے گا، جیسے ڈے سینٹر، سٹنگ سروسز اور کیئررز کے لیے وقفے۔",
    "Carers Week information fair": "کیئررز ویک (Carers Week) معلوماتی میلہ",
    "Meet local carers' services, NHS teams and charities in one place during Carers Week.": "کیئررز ویک کے دوران ایک ہی جگہ کیئررز کی مقامی سروسز، NHS کی ٹیموں اور خیراتی اداروں سے ملیں۔",
    "Town hall in Romford, RM1 (we send directions when you book)": "Romford، RM1 میں ٹاؤن ہال (بکنگ کرنے پر ہم آپ کو راستہ بتا دیتے ہیں)",
    "You do not need to book.": "بکنگ کی ضرورت نہیں۔",
    "Carers Week comes once a year. This fair brings local help together so you can find out what is there for you.": "کیئررز ویک سال میں ایک بار آتا ہے۔ یہ میلہ مقامی مدد کو ایک جگہ جمع کرتا ہے تاکہ آپ جان سکیں کہ آپ کے لیے کیا کچھ موجود ہے۔",
    "Drop in at any time. Bring a friend who looks after someone: they may not know they are a carer.": "کسی بھی وقت آ جائیں۔ کسی ایسے دوست کو ساتھ لائیں جو کسی کی دیکھ بھال کرتا ہے: ہو سکتا ہے انہیں معلوم نہ ہو کہ وہ کیئرر ہیں۔",
    "Working with carers of people with mental health issues": "ذہنی صحت کے مسائل والے لوگوں کے کیئررز کے ساتھ کام کرنا",
    "Why carers of people with mental health problems need support, and how staff can work with them.": "ذہنی صحت کے مسائل والے لوگوں کے کیئررز کو مدد کی ضرورت کیوں ہے، اور عملہ ان کے ساتھ کیسے کام کر سکتا ہے۔",
    "Families and friends of people with mental health problems meet many staff: GPs, nurses, psychiatrists, social workers and voluntary sector workers. Each of those meetings is a chance to notice the carer and offer help.": "ذہنی صحت کے مسائل والے لوگوں کے خاندان اور دوست بہت سے عملے سے ملتے ہیں: جی پی (GP)، نرسیں، نفسیاتی امراض کے ڈاکٹر (psychiatrists)، سوشل ورکرز اور رضاکار تنظیموں کے کارکن۔ ان میں سے ہر ملاقات کیئرر کو پہچاننے اور مدد پیش کرنے کا ایک موقع ہے۔",
    "Carers often know the person best. They spot early signs of relapse and can say what has helped before. Treating them as partners makes care safer.": "کیئررز اکثر اس شخص کو سب سے بہتر جانتے ہیں۔ وہ بیماری کے دوبارہ لوٹنے (relapse) کی ابتدائی نشانیاں پہچان لیتے ہیں اور بتا سکتے ہیں کہ پہلے کس چیز سے فائدہ ہوا۔ انہیں شراکت دار سمجھنے سے دیکھ بھال زیادہ محفوظ ہو جاتی ہے۔",
    "The hard parts are real: confidentiality, disagreements about treatment, and the needs of the carer and the patient pulling in different directions. Staff need support and clear local guidance to handle them well.": "مشکلات حقیقی ہیں: رازداری، علاج کے بارے میں اختلافات، اور کیئرر اور مریض کی ضرورتوں کا ایک دوسرے سے الگ سمت میں کھینچنا۔ ان سے اچھی طرح نمٹنے کے لیے عملے کو مدد اور واضح مقامی رہنمائی کی ضرورت ہے۔",
    'Carers Trust publishes the full guide. Search for its title on <a id="a1">carers.org</a>.': 'Carers Trust پوری گائیڈ شائع کرتا ہے۔ <a id="a1">carers.org</a> پر اس کا عنوان تلاش کریں۔',
    "Making Respite Real in Mental Health": "ذہنی صحت میں ریسپائٹ کو حقیقت بنانا (Making Respite Real in Mental Health)",
    "A short guide on why carers of people with mental health problems need breaks, and how to plan them.": "ایک مختصر گائیڈ کہ ذہنی صحت کے مسائل والے لوگوں کے کیئررز کو وقفوں کی ضرورت کیوں ہے، اور ان کی منصوبہ بندی کیسے کی جائے۔",
    "Carers of people with mental health problems need breaks as much as any other carer. Yet many carers, patients and staff do not know that breaks are possible, or how to arrange one.": "ذہنی صحت کے مسائل والے لوگوں کے کیئررز کو بھی کسی دوسرے کیئرر جتنی ہی وقفوں کی ضرورت ہوتی ہے۔ پھر بھی بہت سے کیئررز، مریض اور عملے کے لوگ یہ نہیں جانتے کہ وقفہ لینا ممکن ہے، یا اس کا انتظام کیسے کیا جائے۔",
    "This guide explains what a break can look like, why it should be planned into care, and how to ask for one. It is written for carers, patients and professionals alike.": "یہ گائیڈ بتاتی ہے کہ وقفہ کیسا ہو سکتا ہے، اسے دیکھ بھال کے منصوبے میں کیوں شامل کیا جانا چاہیے، اور اسے کیسے مانگا جائے۔ یہ کیئررز، مریضوں اور پیشہ ور افراد، سب کے لیے لکھی گئی ہے۔",
    "Triangle of Care in Wales: carers of people with dementia in hospital": "ویلز میں Triangle of Care (دیکھ بھال کی تکون): ہسپتال میں ڈیمنشیا کے شکار لوگوں کے کیئررز",
    "The Triangle of Care standards adapted for carers of people with dementia in Welsh hospitals.": "Triangle of Care کے معیارات، جنہیں ویلز کے ہسپتالوں میں ڈیمنشیا کے شکار لوگوں کے کیئررز کے لیے ڈھالا گیا ہے۔",
    "The Triangle of Care is a way of working where the patient, the carer and staff act as partners. This Wales edition applies it to people with dementia on acute hospital wards.": "Triangle of Care (دیکھ بھال کی تکون) کام کرنے کا ایک طریقہ ہے جس میں مریض، کیئرر اور عملہ شراکت داروں کی طرح کام کرتے ہیں۔ ویلز کا یہ ایڈیشن اسے ہسپتالوں کے ایکیوٹ وارڈز (acute wards) میں ڈیمنشیا کے شکار لوگوں پر لاگو کرتا ہے۔",
    "Carers Trust Wales and the Royal College of Nursing wrote it together, with funding from the RCN Foundation. It builds on the dementia edition that carers, people with dementia and staff designed together.": "اسے Carers Trust Wales اور Royal College of Nursing نے RCN Foundation کی مالی مدد سے مل کر لکھا۔ یہ ڈیمنشیا والے اس ایڈیشن پر مبنی ہے جسے کیئررز، ڈیمنشیا کے شکار لوگوں اور عملے نے مل کر تیار کیا تھا۔",
    "Health boards in Wales can use it to make carers welcome, involved and supported wherever the person is treated. The guide is available in English and in Welsh.": "ویلز کے ہیلتھ بورڈز اسے استعمال کر کے یقینی بنا سکتے ہیں کہ مریض کا علاج جہاں بھی ہو، کیئررز کو خوش آمدید کہا جائے، شامل کیا جائے اور ان کی مدد کی جائے۔ یہ گائیڈ انگریزی اور ویلش زبان میں دستیاب ہے۔",
    "Carers Partnership Manager": "کیئررز پارٹنرشپ مینیجر (Carers Partnership Manager)",
    "Ask for the Carers Partnership Manager.": "کیئررز پارٹنرشپ مینیجر (Carers Partnership Manager) سے بات کرنے کے لیے کہیں۔",
    "Universities supporting students with caring responsibilities": "دیکھ بھال کی ذمہ داریاں رکھنے والے طلبہ کی مدد کرنے والی یونیورسٹیاں",
    "UK universities with named contacts and support for students who look after someone.": "برطانیہ کی وہ یونیورسٹیاں جہاں کسی کی دیکھ بھال کرنے والے طلبہ کے لیے مقررہ رابطہ افراد اور مدد موجود ہے۔",
    "Some universities have set up support for students who care. This list gives their lead contacts, so a young adult carer, a parent or a support worker can call someone by name.": "کچھ یونیورسٹیوں نے دیکھ بھال کرنے والے طلبہ کے لیے مدد کا انتظام کیا ہے۔ اس فہرست میں ان کے مرکزی رابطہ افراد دیے گئے ہیں، تاکہ کوئی نوجوان کیئرر، والدین یا سپورٹ ورکر کسی مخصوص شخص کو نام لے کر فون کر سکے۔",
    "The support varies. It includes taster days and residentials for young carers, help before and after you apply, one-to-one advice, hardship funds and help with fees or housing.": "مدد ہر جگہ الگ ہے۔ اس میں کم عمر کیئررز کے لیے تعارفی دن (taster days) اور رہائشی پروگرام (residentials)، درخواست دینے سے پہلے اور بعد میں مدد، انفرادی مشورہ، مالی مشکل کے فنڈ (hardship funds) اور فیس یا رہائش میں مدد شامل ہیں۔",
    "The list is not complete, and Carers Trust has not checked what each university offers. Call the contact to ask what is available now.": "یہ فہرست مکمل نہیں ہے، اور Carers Trust نے یہ جانچ نہیں کی کہ ہر یونیورسٹی کیا پیش کرتی ہے۔ رابطہ شخص کو فون کر کے پوچھیں کہ اس وقت کیا دستیاب ہے۔",
    "Jane Patel": "جین پٹیل (Jane Patel)",
    "Lead contact for student carers": "طالب علم کیئررز کے لیے مرکزی رابطہ شخص",
    "Carole East": "کیرول ایسٹ (Carole East)",
    "Emma Szembek": "ایما شیمبیک (Emma Szembek)",
    "Daisy Throup": "ڈیزی تھروپ (Daisy Throup)",
    "Dr Terri Sandison": "ڈاکٹر ٹیری سینڈیسن (Dr Terri Sandison)",
    "Joanne Gale-Chambers": "جوآن گیل-چیمبرز (Joanne Gale-Chambers)",
    "Anna Herbert": "اینا ہربرٹ (Anna Herbert)",
    "Vanesa Emslie": "وینیسا ایمزلی (Vanesa Emslie)",
    "Melissa Page": "میلیسا پیج (Melissa Page)",
    "Ryan Ward": "رائن وارڈ (Ryan Ward)",
    "Robin Kerr": "رابن کیر (Robin Kerr)",
    "Lynette Granger": "لینیٹ گرینجر (Lynette Granger)",
    "Jessica Nightingale": "جیسیکا نائٹنگیل (Jessica Nightingale)",
    "Contact for student carers": "طالب علم کیئررز کے لیے رابطہ شخص",
    "Student Carers in Higher Education": "اعلیٰ تعلیم میں طالب علم کیئررز (Student Carers in Higher Education)",
    "A guide for universities on helping students who care to get in, stay on and do well.": "یونیورسٹیوں کے لیے ایک گائیڈ کہ وہ دیکھ بھال کرنے والے طلبہ کو داخلہ لینے، پڑھائی جاری رکھنے اور اچھی کارکردگی دکھانے میں کیسے مدد دیں۔",
    "Moving to university, keeping up and moving on afterwards can all be harder when you look after someone.": "جب آپ کسی کی دیکھ بھال کرتے ہیں تو یونیورسٹی جانا، پڑھائی کے ساتھ قدم ملا کر چلنا اور بعد میں آگے بڑھنا، یہ سب زیادہ مشکل ہو سکتا ہے۔",
    "Carers Trust wrote this guide with the National Union of Students and the national network of universities that support young adult carers. It gathers good practice and suggests what universities can do at each stage of student life.": "Carers Trust نے یہ گائیڈ National Union of Students اور نوجوان کیئررز کی مدد کرنے والی یونیورسٹیوں کے قومی نیٹ ورک کے ساتھ مل کر لکھی۔ اس میں کام کے اچھے طریقے جمع کیے گئے ہیں اور تجویز کیا گیا ہے کہ یونیورسٹیاں طالب علمی کے ہر مرحلے پر کیا کر سکتی ہیں۔",
    'Search for its title on <a id="a1">carers.org</a> to read the full guide.': 'پوری گائیڈ پڑھنے کے لیے <a id="a1">carers.org</a> پر اس کا عنوان تلاش کریں۔',
    "Student Carers in Further Education": "فردر ایجوکیشن (کالج) میں طالب علم کیئررز (Student Carers in Further Education)",
    "A practical guide for colleges and carers' services on supporting students who care.": "کالجوں اور کیئررز کی سروسز کے لیے ایک عملی گائیڈ کہ دیکھ بھال کرنے والے طلبہ کی مدد کیسے کی جائے۔",
    "Students who care may need small changes to stay in college, such as keeping their phone on in case of an emergency at home.": "دیکھ بھال کرنے والے طلبہ کو کالج میں پڑھائی جاری رکھنے کے لیے چھوٹی چھوٹی تبدیلیوں کی ضرورت ہو سکتی ہے، جیسے گھر پر کسی ہنگامی صورت کی وجہ سے اپنا فون آن رکھنا۔",
    "Carers Trust and NIACE wrote this guide for college managers and staff, and for carers' services that support young and young adult carers. It explains who student carers are, how caring can affect learning, and what colleges can do to help them succeed.": "Carers Trust اور NIACE نے یہ گائیڈ کالج کے مینیجرز اور عملے کے لیے، اور کیئررز کی ان سروسز کے لیے لکھی جو کم عمر اور نوجوان کیئررز کی مدد کرتی ہیں۔ اس میں بتایا گیا ہے کہ طالب علم کیئررز کون ہوتے ہیں، دیکھ بھال کا کام پڑھائی پر کیسے اثر ڈال سکتا ہے، اور کالج انہیں کامیاب ہونے میں مدد دینے کے لیے کیا کر سکتے ہیں۔",
    "Time to Think About You": "اپنے بارے میں سوچنے کا وقت (Time to Think About You)",
    "A poster and prompt cards that help carers notice their own health and ask their GP for support.": "ایک پوسٹر اور یاددہانی کارڈز (prompt cards) جو کیئررز کو اپنی صحت پر توجہ دینے اور اپنے جی پی (GP) سے مدد مانگنے میں مدد دیتے ہیں۔",
    "Many carers do not see themselves as carers, so they miss out on help. Time to Think About You encourages them to think about their own health and to ask their GP practice and local carers' service for support.": "بہت سے کیئررز خود کو کیئرر نہیں سمجھتے، اس لیے وہ مدد سے محروم رہ جاتے ہیں۔ Time to Think About You انہیں اپنی صحت کے بارے میں سوچنے، اور اپنے جی پی کے کلینک اور کیئررز کی مقامی سروس سے مدد مانگنے کی ترغیب دیتا ہے۔",
    "Carers Trust made it with the Health Innovation Network in south London and with carers. Put the poster up where carers will see it, and hand out the prompt cards.": "Carers Trust نے اسے جنوبی لندن کے Health Innovation Network اور کیئررز کے ساتھ مل کر بنایا۔ پوسٹر ایسی جگہ لگائیں جہاں کیئررز اسے دیکھ سکیں، اور یاددہانی کارڈز بانٹیں۔",
    "DISC: dementia support for carers in Black, Asian and minority ethnic communities": "DISC: سیاہ فام، ایشیائی اور اقلیتی نسلی برادریوں میں کیئررز کے لیے ڈیمنشیا سے متعلق مدد",
    "How a Birmingham service helps families from many cultures who look after someone with dementia.": "Birmingham (برمنگھم) کی ایک سروس مختلف ثقافتوں کے ان خاندانوں کی کیسے مدد کرتی ہے جو ڈیمنشیا کے شکار کسی شخص کی دیکھ بھال کرتے ہیں۔",
    "The Dementia Information and Support for Carers (DISC) service is hosted by Sandwell Crossroads. It supports carers of people with dementia across Birmingham, focusing on Black, Asian and minority ethnic communities.": "Dementia Information and Support for Carers (DISC) سروس Sandwell Crossroads کے تحت چلتی ہے۔ یہ پورے Birmingham میں ڈیمنشیا کے شکار لوگوں کے کیئررز کی مدد کرتی ہے، اور خاص طور پر سیاہ فام، ایشیائی اور اقلیتی نسلی برادریوں پر توجہ دیتی ہے۔",
    "It recruits staff from local communities who speak carers' languages and understand their culture. Carers get one-to-one help, weekly groups, and referrals to other local services.": "یہ مقامی برادریوں سے ایسا عملہ بھرتی کرتی ہے جو کیئررز کی زبانیں بولتا ہے اور ان کی ثقافت کو سمجھتا ہے۔ کیئررز کو انفرادی مدد، ہفتہ وار گروپس، اور دوسری مقامی سروسز کے لیے ریفرل ملتے ہیں۔",
    "Help covers respite, benefits and carers' rights, continence, changes in behaviour, finding day centres or care homes, the Mental Capacity Act and lasting power of attorney. Carers also volunteer to support other carers.": "مدد میں یہ باتیں شامل ہیں: ریسپائٹ (وقفہ)، بینیفٹس اور کیئررز کے حقوق، پیشاب یا پاخانے پر قابو کے مسائل (continence)، رویے میں تبدیلیاں، ڈے سینٹر یا کیئر ہوم تلاش کرنا، ذہنی صلاحیت کا قانون (Mental Capacity Act) اور مستقل مختار نامہ (lasting power of attorney)۔ کیئررز دوسرے کیئررز کی مدد کے لیے رضاکارانہ کام بھی کرتے ہیں۔",
    'Carers Trust describes DISC among its examples of good practice on <a id="a1">carers.org</a>.': 'Carers Trust نے <a id="a1">carers.org</a> پر کام کے اچھے طریقوں کی اپنی مثالوں میں DISC کا ذکر کیا ہے۔',
    # --- Find local help: the services, and contacts in the resource library -----------------------------------
    "Free": "مفت",
    "Triangle of Care in Wales": "ویلز میں Triangle of Care (دیکھ بھال کی تکون)",
    "Carers Trust Wales": "کیئررز ٹرسٹ ویلز (Carers Trust Wales)",
    "University of Birmingham": "یونیورسٹی آف برمنگھم (University of Birmingham)",
    "Student Support contact for students with caring responsibilities": "دیکھ بھال کی ذمہ داریاں رکھنے والے طلبہ کے لیے Student Support کا رابطہ شخص",
    "University of Nottingham": "یونیورسٹی آف ناٹنگھم (University of Nottingham)",
    "University of Winchester": "یونیورسٹی آف ونچسٹر (University of Winchester)",
    "York St John University": "یارک سینٹ جان یونیورسٹی (York St John University)",
    "HE Guidance Officer": "اعلیٰ تعلیم کے رہنمائی افسر (HE Guidance Officer)",
    "De Montfort University": "ڈی مونٹفورٹ یونیورسٹی (De Montfort University)",
    "Sheffield Hallam University": "شیفیلڈ ہیلم یونیورسٹی (Sheffield Hallam University)",
    "University of Manchester": "یونیورسٹی آف مانچسٹر (University of Manchester)",
    "Patient Advice and Liaison Service (PALS)": "مریضوں کے مشورے اور رابطے کی سروس (Patient Advice and Liaison Service، PALS)",
    "A free phone line for questions, worries or complaints about NELFT care, for patients, carers and families.": "مریضوں، کیئررز اور خاندانوں کے لیے مفت فون لائن، NELFT کی دیکھ بھال کے بارے میں سوالات، پریشانیوں یا شکایات کے لیے۔",
    "PALS is there when you are not sure who to ask, or when something about care has gone wrong. Carers can call too, not just patients.": "جب آپ کو یقین نہ ہو کہ کس سے پوچھیں، یا دیکھ بھال میں کچھ غلط ہو گیا ہو، تو PALS آپ کے لیے موجود ہے۔ صرف مریض ہی نہیں، کیئررز بھی فون کر سکتے ہیں۔",
    "They can explain how services work, pass on your concerns and help put things right. If you want to make a formal complaint, they can tell you how.": "وہ سمجھا سکتے ہیں کہ سروسز کیسے کام کرتی ہیں، آپ کی تشویش آگے پہنچا سکتے ہیں اور معاملہ ٹھیک کرنے میں مدد کر سکتے ہیں۔ اگر آپ باقاعدہ شکایت کرنا چاہتے ہیں تو وہ آپ کو اس کا طریقہ بتا سکتے ہیں۔",
    "Call the freephone number yourself. You do not need a referral.": "مفت فون نمبر پر خود فون کریں۔ آپ کو ریفرل کی ضرورت نہیں۔",
    "Carers support service, Barking and Dagenham": "کیئررز سپورٹ سروس، Barking and Dagenham",
    "Carers support workers for people who look after someone using mental health services.": "ان لوگوں کے لیے کیئررز سپورٹ ورکرز جو ذہنی صحت کی سروسز استعمال کرنے والے کسی شخص کی دیکھ بھال کرتے ہیں۔",
    "If the person you look after uses NELFT mental health services in Barking and Dagenham, this team can support you as well.": "اگر جس شخص کی آپ دیکھ بھال کرتے ہیں وہ Barking and Dagenham میں NELFT کی ذہنی صحت کی سروسز استعمال کرتا ہے تو یہ ٹیم آپ کی بھی مدد کر سکتی ہے۔",
    "A carers support worker can talk through how you are coping, explain the care plan and help you ask for a carer's assessment.": "کیئررز سپورٹ ورکر آپ سے بات کر سکتا ہے کہ آپ حالات کیسے سنبھال رہے ہیں، کیئر پلان سمجھا سکتا ہے اور کیئرر کے جائزے (carer's assessment) کے لیے کہنے میں آپ کی مدد کر سکتا ہے۔",
    "Call the team, or ask the staff caring for your relative to put you in touch.": "ٹیم کو فون کریں، یا اپنے رشتہ دار کی دیکھ بھال کرنے والے عملے سے کہیں کہ وہ ٹیم سے آپ کا رابطہ کروا دیں۔",
    "User and Carer Involvement team": "سروس استعمال کرنے والوں اور کیئررز کی شمولیت کی ٹیم (User and Carer Involvement team)",
    "Find out about the trust's services for carers and how to have your say about them.": "ٹرسٹ کی کیئررز کے لیے سروسز کے بارے میں جانیں، اور یہ کہ ان کے بارے میں اپنی رائے کیسے دیں۔",
    "This team helps carers and patients shape the trust's services. They can tell you about carers' groups, training and ways to give feedback.": "یہ ٹیم کیئررز اور مریضوں کو ٹرسٹ کی سروسز کی تشکیل میں حصہ لینے میں مدد دیتی ہے۔ وہ آپ کو کیئررز کے گروپس، تربیت اور رائے دینے کے طریقوں کے بارے میں بتا سکتے ہیں۔",
    "Call them if you want to share your experience or join a group that helps plan services.": "اگر آپ اپنا تجربہ بتانا چاہتے ہیں یا کسی ایسے گروپ میں شامل ہونا چاہتے ہیں جو سروسز کی منصوبہ بندی میں مدد کرتا ہے تو انہیں فون کریں۔",
    "Call the team yourself.": "ٹیم کو خود فون کریں۔",
    "Admiral Nursing Service, Redbridge": "ایڈمرل نرسنگ سروس (Admiral Nursing Service)، Redbridge",
    "Specialist dementia nurses who support families looking after someone with dementia in Redbridge.": "ڈیمنشیا کی ماہر نرسیں جو Redbridge میں ڈیمنشیا کے شکار کسی شخص کی دیکھ بھال کرنے والے خاندانوں کی مدد کرتی ہیں۔",
    "An Admiral Nurse is a specialist dementia nurse. They focus on the family, not just the person with the diagnosis.": "ایڈمرل نرس (Admiral Nurse) ڈیمنشیا کی ماہر نرس ہوتی ہے۔ وہ صرف اس شخص پر نہیں جس کی تشخیص ہوئی ہے، بلکہ پورے خاندان پر توجہ دیتی ہے۔",
    "They can help you understand changes in the person you care for, plan ahead and cope with the stress of caring.": "وہ آپ کو یہ سمجھنے میں مدد دے سکتی ہیں کہ جس شخص کی آپ دیکھ بھال کرتے ہیں اس میں کیا تبدیلیاں آ رہی ہیں، اور آگے کا منصوبہ بنانے اور دیکھ بھال کے دباؤ سے نمٹنے میں بھی مدد دے سکتی ہیں۔",
    "Ask the memory service or your GP, or call PALS on 0800 783 1853 to be put in touch.": "رابطہ کروانے کے لیے میموری سروس (memory service) یا اپنے جی پی (GP) سے کہیں، یا PALS کو 0800 783 1853 پر فون کریں۔",
    "Interpreting and language support": "ترجمانی اور زبان میں مدد",
    "Free interpreters so you and the person you care for understand care plans and meetings.": "مفت ترجمان، تاکہ آپ اور جس شخص کی آپ دیکھ بھال کرتے ہیں، دونوں کیئر پلان اور میٹنگز کو سمجھ سکیں۔",
    "If English is not your first language, you can ask for an interpreter at appointments and care plan meetings. It is free.": "اگر انگریزی آپ کی پہلی زبان نہیں ہے تو آپ اپائنٹمنٹس اور کیئر پلان کی میٹنگز میں ترجمان کے لیے کہہ سکتے ہیں۔ یہ مفت ہے۔",
    "Interpreters speaking Polish, Urdu, Bengali, Punjabi, Gujarati, Somali, Turkish, Romanian and Lithuanian can be booked, and many other languages too.": "پولش، اردو، بنگالی، پنجابی، گجراتی، صومالی، ترکی، رومانیائی اور لتھوینیائی زبان بولنے والے ترجمان بُک کیے جا سکتے ہیں، اور کئی دوسری زبانوں کے بھی۔",
    "If reading is hard, ask for information in another way, such as a recording.": "اگر پڑھنا مشکل ہو تو معلومات کسی اور طریقے سے مانگیں، جیسے ریکارڈنگ۔",
    "Tell staff which language you speak when the appointment is booked.": "اپائنٹمنٹ بُک ہوتے وقت عملے کو بتائیں کہ آپ کون سی زبان بولتے ہیں۔",
    "Ask the team that cares for your relative, or call PALS, and say which language you need.": "اپنے رشتہ دار کی دیکھ بھال کرنے والی ٹیم سے پوچھیں، یا PALS کو فون کریں، اور بتائیں کہ آپ کو کون سی زبان چاہیے۔",
    "Carers' assessments, Barking and Dagenham Council": "کیئررز کے جائزے (carers' assessments)، Barking and Dagenham کونسل",
    "Ask the council for a free carer's assessment to find out what support you can get.": "کونسل سے کیئرر کے مفت جائزے کے لیے کہیں تاکہ پتا چلے کہ آپ کو کیا مدد مل سکتی ہے۔",
    "A social worker from the council will talk with you about your caring and your own needs. The assessment is free.": "کونسل کا ایک سوشل ورکر آپ سے آپ کے دیکھ بھال کے کام اور آپ کی اپنی ضرورتوں کے بارے میں بات کرے گا۔ یہ جائزہ مفت ہے۔",
    "If you qualify, you agree a support plan. This can include a personal budget or a direct payment, for example to pay for a break.": "اگر آپ اہل ہیں تو آپ اور کونسل مل کر مدد کا ایک منصوبہ طے کرتے ہیں۔ اس میں ذاتی بجٹ یا براہ راست ادائیگی (direct payment) شامل ہو سکتی ہے، مثلاً وقفے کا خرچ ادا کرنے کے لیے۔",
    "If you do not qualify, the council should still give you information and advice.": "اگر آپ اہل نہیں ہیں تو بھی کونسل کو آپ کو معلومات اور مشورہ دینا چاہیے۔",
    "Ask through the council's care and support website, or ask a carers' service to refer you.": "کونسل کی کیئر اور سپورٹ والی ویب سائٹ کے ذریعے درخواست کریں، یا کیئررز کی کسی سروس سے کہیں کہ وہ آپ کو ریفر کرے۔",
    "Carers of Barking and Dagenham": "کیئررز آف بارکنگ اینڈ ڈیگنہم (Carers of Barking and Dagenham)",
    "Advice, groups and support for carers of any age in Barking and Dagenham, whatever your situation.": "Barking and Dagenham میں ہر عمر کے کیئررز کے لیے مشورہ، گروپس اور مدد، آپ کے حالات جو بھی ہوں۔",
    "Any carer in the borough can use this service. You do not need an assessment first.": "بورو کا کوئی بھی کیئرر یہ سروس استعمال کر سکتا ہے۔ پہلے جائزے کی ضرورت نہیں۔",
    "They help with many things, from speaking up for you to questions about work. They also support young carers.": "وہ بہت سی چیزوں میں مدد کرتے ہیں، آپ کی طرف سے بات کرنے سے لے کر کام سے متعلق سوالات تک۔ وہ کم عمر کیئررز کی بھی مدد کرتے ہیں۔",
    "Call them yourself. You do not need a referral.": "انہیں خود فون کریں۔ آپ کو ریفرل کی ضرورت نہیں۔",
    "Memory Lane": "میموری لین (Memory Lane)",
    "Support for people with dementia and the family members who look after them.": "ڈیمنشیا کے شکار لوگوں اور ان کی دیکھ بھال کرنے والے گھر والوں کے لیے مدد۔",
    "Memory Lane is run by Carers of Barking and Dagenham. It helps people with memory problems keep living in their own homes for longer.": "Memory Lane کو Carers of Barking and Dagenham چلاتا ہے۔ یہ یادداشت کے مسائل والے لوگوں کو زیادہ عرصے تک اپنے گھر میں رہنے میں مدد دیتا ہے۔",
    "Carers get support too, so you are not coping alone.": "کیئررز کو بھی مدد ملتی ہے، تاکہ آپ اکیلے سب کچھ نہ سنبھالیں۔",
    "Call Carers of Barking and Dagenham and ask about Memory Lane.": "Carers of Barking and Dagenham کو فون کریں اور Memory Lane کے بارے میں پوچھیں۔",
    "Redbridge Carers Support Service": "ریڈبرج کیئررز سپورٹ سروس (Redbridge Carers Support Service)",
    "Information and support for adults who look after someone in Redbridge.": "Redbridge میں کسی کی دیکھ بھال کرنے والے بالغوں کے لیے معلومات اور مدد۔",
    "If you care for someone who lives in Redbridge, call for advice about services, money and your rights.": "اگر آپ کسی ایسے شخص کی دیکھ بھال کرتے ہیں جو Redbridge میں رہتا ہے تو سروسز، پیسوں اور اپنے حقوق کے بارے میں مشورے کے لیے فون کریں۔",
    "Ask what groups and activities are running now, and how to get a carer's assessment.": "پوچھیں کہ اس وقت کون سے گروپس اور سرگرمیاں چل رہی ہیں، اور کیئرر کا جائزہ کیسے حاصل کریں۔",
    "Waltham Forest Carers Association": "والتھم فاریسٹ کیئررز ایسوسی ایشن (Waltham Forest Carers Association)",
    "A local carers' group in Waltham Forest that supports carers and speaks up for them.": "Waltham Forest میں کیئررز کا ایک مقامی گروپ جو کیئررز کی مدد کرتا ہے اور ان کے حق میں آواز اٹھاتا ہے۔",
    "Carers in Waltham Forest can get in touch to meet other carers and find out what help is out there.": "Waltham Forest کے کیئررز دوسرے کیئررز سے ملنے اور یہ جاننے کے لیے رابطہ کر سکتے ہیں کہ کون سی مدد موجود ہے۔",
    "The group also passes carers' views on to the NHS and the council.": "یہ گروپ کیئررز کی رائے NHS اور کونسل تک بھی پہنچاتا ہے۔",
    "Call them yourself.": "انہیں خود فون کریں۔",
    "Indigo young carers": "انڈیگو (Indigo) کم عمر کیئررز",
    "Support, activities and someone to talk to for young carers in Redbridge.": "Redbridge میں کم عمر کیئررز کے لیے مدد، سرگرمیاں اور بات کرنے کے لیے کوئی۔",
    "Indigo used to be called Redbridge Young Carers. It is for children and teenagers who help look after someone at home.": "Indigo کا پرانا نام Redbridge Young Carers تھا۔ یہ ان بچوں اور نوعمروں کے لیے ہے جو گھر پر کسی کی دیکھ بھال میں مدد کرتے ہیں۔",
    "Young carers can take a break, have fun and meet others who understand what it is like.": "کم عمر کیئررز یہاں وقفہ لے سکتے ہیں، مزے کر سکتے ہیں اور ایسے دوسرے لوگوں سے مل سکتے ہیں جو سمجھتے ہیں کہ یہ کیسا ہوتا ہے۔",
    "A young carer, a parent, a teacher or a social worker can call.": "کوئی کم عمر کیئرر، امی یا ابو، استاد یا سوشل ورکر فون کر سکتا ہے۔",
    "Rethink Carers (Redbridge)": "رِتھنک کیئررز (Rethink Carers)، Redbridge",
    "Support for people in Redbridge who care for someone with a serious mental illness.": "Redbridge میں ان لوگوں کے لیے مدد جو کسی سنگین ذہنی بیماری کے شکار شخص کی دیکھ بھال کرتے ہیں۔",
    "Caring for someone with a mental illness, such as schizophrenia or bipolar disorder, can be lonely and confusing. This service is for you, the carer.": "کسی ذہنی بیماری، جیسے شیزوفرینیا (schizophrenia) یا بائی پولر ڈس آرڈر (bipolar disorder)، کے شکار شخص کی دیکھ بھال کرنا تنہائی بھرا اور الجھا دینے والا ہو سکتا ہے۔ یہ سروس آپ کے لیے ہے، یعنی کیئرر کے لیے۔",
    "Call to find out about support groups, information on mental illness and help to deal with services.": "سپورٹ گروپس، ذہنی بیماری کے بارے میں معلومات اور سروسز سے معاملات طے کرنے میں مدد کے بارے میں جاننے کے لیے فون کریں۔",
    "Rethink (Havering)": "رِتھنک (Rethink)، Havering",
    "Rethink's local service for people affected by mental illness in Havering.": "Havering میں ذہنی بیماری سے متاثر لوگوں کے لیے Rethink کی مقامی سروس۔",
    "Rethink supports people affected by severe mental illness, and their families.": "Rethink شدید ذہنی بیماری سے متاثر لوگوں اور ان کے خاندانوں کی مدد کرتا ہے۔",
    "Call to ask what is running in Havering now and whether it suits you.": "فون کر کے پوچھیں کہ اس وقت Havering میں کیا چل رہا ہے اور کیا وہ آپ کے لیے مناسب ہے۔",
    "Havering Mind": "ہیورنگ مائنڈ (Havering Mind)",
    "The local Mind in Havering, for people with mental health problems and those close to them.": "Havering میں مقامی Mind، ذہنی صحت کے مسائل والے لوگوں اور ان کے قریبی لوگوں کے لیے۔",
    "Havering Mind offers support to people in Havering who have mental health problems.": "Havering Mind، Havering میں ذہنی صحت کے مسائل والے لوگوں کو مدد فراہم کرتا ہے۔",
    "If you care for someone, call to ask what they offer for families and how you can help the person get support.": "اگر آپ کسی کی دیکھ بھال کرتے ہیں تو فون کر کے پوچھیں کہ وہ خاندانوں کے لیے کیا پیش کرتے ہیں، اور آپ اس شخص کو مدد دلوانے میں کیسے ہاتھ بٹا سکتے ہیں۔",
    "One Stop Mental Health Service": "ون اسٹاپ مینٹل ہیلتھ سروس (One Stop Mental Health Service)",
    "A local mental health service in north east London listed for carers and service users.": "شمال مشرقی لندن میں ذہنی صحت کی ایک مقامی سروس، جو کیئررز اور سروس استعمال کرنے والوں کے لیے درج ہے۔",
    "The trust lists this service for both carers and people who use mental health services.": "ٹرسٹ نے یہ سروس کیئررز اور ذہنی صحت کی سروسز استعمال کرنے والے لوگوں، دونوں کے لیے درج کی ہے۔",
    "Call to find out what they offer and whether it is right for you or the person you care for.": "فون کر کے جانیں کہ وہ کیا پیش کرتے ہیں اور کیا یہ آپ کے لیے یا اس شخص کے لیے مناسب ہے جس کی آپ دیکھ بھال کرتے ہیں۔",
    "Black Peoples Mental Health Association": "بلیک پیپلز مینٹل ہیلتھ ایسوسی ایشن (Black Peoples Mental Health Association)",
    "A user-led group for Black people who use mental health services, and their families.": "ذہنی صحت کی سروسز استعمال کرنے والے سیاہ فام لوگوں اور ان کے خاندانوں کے لیے ایک گروپ، جسے سروس استعمال کرنے والے خود چلاتے ہیں۔",
    "Some families feel services do not understand their culture. A group led by people with shared experience can help.": "کچھ خاندانوں کو لگتا ہے کہ سروسز ان کی ثقافت کو نہیں سمجھتیں۔ ایسا گروپ جسے ملتے جلتے تجربے والے لوگ چلاتے ہوں، مدد کر سکتا ہے۔",
    "Call to ask how they can support you and the person you care for.": "فون کر کے پوچھیں کہ وہ آپ کی اور اس شخص کی کیسے مدد کر سکتے ہیں جس کی آپ دیکھ بھال کرتے ہیں۔",
    "QALB": "قلب (QALB)",
    "A service user organisation in north east London, listed by the mental health trust.": "شمال مشرقی لندن میں سروس استعمال کرنے والوں کی ایک تنظیم، جسے ذہنی صحت کے ٹرسٹ نے درج کیا ہے۔",
    "QALB is one of the user organisations the trust works with.": "QALB سروس استعمال کرنے والوں کی ان تنظیموں میں سے ایک ہے جن کے ساتھ ٹرسٹ کام کرتا ہے۔",
    "Call to ask what they offer, and whether family members and carers can take part.": "فون کر کے پوچھیں کہ وہ کیا پیش کرتے ہیں، اور کیا گھر والے اور کیئررز بھی حصہ لے سکتے ہیں۔",
    "PSS Together": "پی ایس ایس ٹوگیدر (PSS Together)",
    "PSS Together is one of the user organisations the trust works with.": "PSS Together سروس استعمال کرنے والوں کی ان تنظیموں میں سے ایک ہے جن کے ساتھ ٹرسٹ کام کرتا ہے۔",
    "Call to ask what they offer and how families can be involved.": "فون کر کے پوچھیں کہ وہ کیا پیش کرتے ہیں اور خاندان کیسے شامل ہو سکتے ہیں۔",
    "Waltham Forest Voluntary Action": "والتھم فاریسٹ والنٹری ایکشن (Waltham Forest Voluntary Action)",
    "Can point you to local community groups and volunteering in Waltham Forest.": "Waltham Forest میں مقامی کمیونٹی گروپس اور رضاکارانہ کام کے بارے میں آپ کی رہنمائی کر سکتے ہیں۔",
    "This organisation supports local charities and community groups in Waltham Forest.": "یہ تنظیم Waltham Forest میں مقامی خیراتی اداروں اور کمیونٹی گروپس کی مدد کرتی ہے۔",
    "If you want to find a group near you, or to volunteer now that your caring has ended, they can point you the right way.": "اگر آپ اپنے قریب کوئی گروپ تلاش کرنا چاہتے ہیں، یا اب جبکہ آپ کا دیکھ بھال کا کام ختم ہو گیا ہے، رضاکارانہ کام کرنا چاہتے ہیں، تو وہ آپ کو صحیح راستہ بتا سکتے ہیں۔",
    "HUBB": "ہب (HUBB)",
    "HUBB is one of the user organisations the trust works with.": "HUBB سروس استعمال کرنے والوں کی ان تنظیموں میں سے ایک ہے جن کے ساتھ ٹرسٹ کام کرتا ہے۔",
    "Call to ask what they offer and whether carers can take part.": "فون کر کے پوچھیں کہ وہ کیا پیش کرتے ہیں اور کیا کیئررز بھی حصہ لے سکتے ہیں۔",
    "Runup": "رن اپ (Runup)",
    "Runup is one of the user organisations the trust works with.": "Runup سروس استعمال کرنے والوں کی ان تنظیموں میں سے ایک ہے جن کے ساتھ ٹرسٹ کام کرتا ہے۔",
    "Concern for Mental Health": "کنسرن فار مینٹل ہیلتھ (Concern for Mental Health)",
    "Concern for Mental Health is one of the user organisations the trust works with.": "Concern for Mental Health سروس استعمال کرنے والوں کی ان تنظیموں میں سے ایک ہے جن کے ساتھ ٹرسٹ کام کرتا ہے۔",
    "Call to ask what they offer and how families can get involved.": "فون کر کے پوچھیں کہ وہ کیا پیش کرتے ہیں اور خاندان کیسے حصہ لے سکتے ہیں۔",
    "Support for carers and families, Oxleas": "کیئررز اور خاندانوں کے لیے مدد، Oxleas",
    "Carers' groups, training and carers' assessments for families of people using Oxleas services.": "Oxleas کی سروسز استعمال کرنے والے لوگوں کے خاندانوں کے لیے کیئررز کے گروپس، تربیت اور کیئررز کے جائزے۔",
    "Oxleas wants families and friends to be part of care, whether or not you call yourself a carer.": "Oxleas چاہتا ہے کہ خاندان اور دوست دیکھ بھال کا حصہ بنیں، چاہے آپ خود کو کیئرر کہیں یا نہ کہیں۔",
    "Ask the team that looks after your relative about carers' groups, training and a carer's assessment.": "اپنے رشتہ دار کی دیکھ بھال کرنے والی ٹیم سے کیئررز کے گروپس، تربیت اور کیئرر کے جائزے کے بارے میں پوچھیں۔",
    "The Patient Experience team can help if you are not sure who to ask, or want to give feedback.": "اگر آپ کو یقین نہیں کہ کس سے پوچھیں، یا آپ اپنی رائے دینا چاہتے ہیں، تو پیشنٹ ایکسپیرینس ٹیم (Patient Experience team) مدد کر سکتی ہے۔",
    "Ask the team that cares for your relative, or call Patient Experience.": "اپنے رشتہ دار کی دیکھ بھال کرنے والی ٹیم سے پوچھیں، یا Patient Experience کو فون کریں۔",
    "Family Consultation Service, Oxleas": "فیملی کنسلٹیشن سروس (Family Consultation Service)، Oxleas",
    "Family therapy for patients and their families when relationships are under strain.": "جب رشتوں میں تناؤ ہو تو مریضوں اور ان کے خاندانوں کے لیے فیملی تھراپی۔",
    "Sometimes illness puts a lot of strain on a family. Family therapists can meet with you all together.": "کبھی کبھی بیماری کی وجہ سے خاندان پر بہت دباؤ پڑتا ہے۔ فیملی تھراپسٹ آپ سب سے ایک ساتھ مل سکتے ہیں۔",
    "They help everyone talk, understand each other and find ways to support the person who is unwell.": "وہ سب کو بات کرنے، ایک دوسرے کو سمجھنے اور بیمار شخص کی مدد کے طریقے تلاش کرنے میں مدد دیتے ہیں۔",
    "The team caring for your relative can refer you. Ask them about family work.": "آپ کے رشتہ دار کی دیکھ بھال کرنے والی ٹیم آپ کو ریفر کر سکتی ہے۔ ان سے خاندان کے ساتھ کام (family work) کے بارے میں پوچھیں۔",
    "Find a local carers' service": "کیئررز کی مقامی سروس تلاش کریں",
    "Carers Trust can tell you about your local carers' centre or service, anywhere in the UK.": "Carers Trust آپ کو برطانیہ میں کہیں بھی آپ کے مقامی کیئررز سینٹر یا سروس کے بارے میں بتا سکتا ہے۔",
    "Carers Trust works with local carers' services and carers' centres across the UK. Many offer advice, breaks, groups and support for young carers.": "Carers Trust پورے برطانیہ میں کیئررز کی مقامی سروسز اور کیئررز سینٹرز کے ساتھ کام کرتا ہے۔ ان میں سے بہت سے مشورہ، وقفے، گروپس اور کم عمر کیئررز کے لیے مدد فراہم کرتے ہیں۔",
    "If you are not sure where to start, they can help you find help near home.": "اگر آپ کو یقین نہیں کہ کہاں سے شروع کریں تو وہ گھر کے قریب مدد تلاش کرنے میں آپ کی مدد کر سکتے ہیں۔",
    "Use the website to search for your nearest service, or call.": "اپنی قریب ترین سروس تلاش کرنے کے لیے ویب سائٹ استعمال کریں، یا فون کریں۔",
    "Help to find carers' services in Wales, in English or Welsh.": "ویلز میں کیئررز کی سروسز تلاش کرنے میں مدد، انگریزی یا ویلش زبان میں۔",
    "Carers Trust Wales works with local carers' services across Wales.": "Carers Trust Wales پورے ویلز میں کیئررز کی مقامی سروسز کے ساتھ کام کرتا ہے۔",
    "It also helps hospitals support carers of people with dementia through the Triangle of Care.": "یہ Triangle of Care (دیکھ بھال کی تکون) کے ذریعے ہسپتالوں کو ڈیمنشیا کے شکار لوگوں کے کیئررز کی مدد کرنے میں بھی مدد دیتا ہے۔",
    "Use the website to find your nearest carers' service in Wales.": "ویلز میں کیئررز کی اپنی قریب ترین سروس تلاش کرنے کے لیے ویب سائٹ استعمال کریں۔",
    "Free advice on money, benefits, rights at work and getting support as a carer.": "پیسوں، بینیفٹس، کام پر حقوق اور کیئرر کے طور پر مدد حاصل کرنے کے بارے میں مفت مشورہ۔",
    "The helpline is a free phone line. It can check which benefits you might get, including Carer's Allowance.": "یہ ہیلپ لائن ایک مفت فون لائن ہے۔ یہ دیکھ سکتی ہے کہ آپ کو کون سے بینیفٹس مل سکتے ہیں، بشمول کیئررز الاؤنس (Carer's Allowance)۔",
    "They can also explain your rights at work and how to ask your council for help.": "وہ کام پر آپ کے حقوق بھی سمجھا سکتے ہیں اور یہ بھی کہ اپنی کونسل سے مدد کیسے مانگیں۔",
    "Call the helpline yourself.": "ہیلپ لائن کو خود فون کریں۔",
    "Mind information": "Mind (مائنڈ) کی معلومات",
    "Clear information about mental health problems, treatments and where to get help.": "ذہنی صحت کے مسائل، علاج اور مدد کہاں سے ملے، اس کے بارے میں واضح معلومات۔",
    "Mind explains mental health problems in plain words, for people who are unwell and those around them.": "Mind ذہنی صحت کے مسائل کو آسان الفاظ میں سمجھاتا ہے، بیمار لوگوں اور ان کے آس پاس کے لوگوں کے لیے۔",
    "It can also point you to your local Mind.": "یہ آپ کو آپ کے مقامی Mind تک بھی پہنچا سکتا ہے۔",
    "Call or visit the website.": "فون کریں یا ویب سائٹ دیکھیں۔",
    "Rethink Mental Illness advice": "Rethink Mental Illness (رِتھنک مینٹل النس) کا مشورہ",
    "Advice for people living with severe mental illness and the people who care for them.": "شدید ذہنی بیماری کے ساتھ زندگی گزارنے والے لوگوں اور ان کی دیکھ بھال کرنے والوں کے لیے مشورہ۔",
    "Rethink has information and advice for families on illnesses such as schizophrenia and bipolar disorder, and on the law.": "Rethink کے پاس خاندانوں کے لیے شیزوفرینیا اور بائی پولر ڈس آرڈر جیسی بیماریوں کے بارے میں، اور قانون کے بارے میں معلومات اور مشورے ہیں۔",
    "Carers can find out about their rights and about sharing information with the care team.": "کیئررز اپنے حقوق کے بارے میں، اور کیئر ٹیم کے ساتھ معلومات شیئر کرنے کے بارے میں جان سکتے ہیں۔",
    "YoungMinds advice for parents": "والدین کے لیے YoungMinds (ینگ مائنڈز) کا مشورہ",
    "Advice for parents and carers worried about a child or young person's mental health.": "ان والدین اور کیئررز کے لیے مشورہ جو کسی بچے یا نوجوان کی ذہنی صحت کے بارے میں فکر مند ہیں۔",
    "If you are worried about your child's mood or behaviour, YoungMinds explains what might be going on.": "اگر آپ اپنے بچے کے مزاج یا رویے کے بارے میں فکر مند ہیں تو YoungMinds بتاتا ہے کہ کیا ہو رہا ہو سکتا ہے۔",
    "It also tells you how to get help from your GP, school or children's mental health services.": "یہ یہ بھی بتاتا ہے کہ اپنے جی پی (GP)، اسکول یا بچوں کی ذہنی صحت کی سروسز سے مدد کیسے حاصل کریں۔",
    "Visit the website.": "ویب سائٹ دیکھیں۔",
    "Student carer support, University of Birmingham": "طالب علم کیئررز کے لیے مدد، University of Birmingham",
    "A lead contact for students who care, and events for young adult carers thinking about university.": "دیکھ بھال کرنے والے طلبہ کے لیے ایک مرکزی رابطہ شخص، اور یونیورسٹی جانے کا سوچنے والے نوجوان کیئررز کے لیے تقریبات۔",
    "If you care for someone and study at Birmingham, or want to, there is a named person you can talk to.": "اگر آپ کسی کی دیکھ بھال کرتے ہیں اور Birmingham میں پڑھتے ہیں، یا پڑھنا چاہتے ہیں، تو ایک مقررہ شخص ہے جس سے آپ بات کر سکتے ہیں۔",
    "The university has run days for young adult carers to find out about student life.": "یونیورسٹی نے نوجوان کیئررز کے لیے ایسے دن منعقد کیے ہیں جن میں وہ طالب علمی کی زندگی کے بارے میں جان سکیں۔",
    "Call the lead contact yourself.": "مرکزی رابطہ شخص کو خود فون کریں۔",
    "Student carer support, University of Nottingham": "طالب علم کیئررز کے لیے مدد، University of Nottingham",
    "A named Student Support contact for students with caring responsibilities, plus taster days.": "دیکھ بھال کی ذمہ داریاں رکھنے والے طلبہ کے لیے Student Support کا ایک مقررہ رابطہ شخص، اور ساتھ میں تعارفی دن (taster days)۔",
    "The Student Support Team has a contact just for students who care. You can get in touch directly.": "Student Support Team میں ایک رابطہ شخص خاص طور پر دیکھ بھال کرنے والے طلبہ کے لیے ہے۔ آپ براہ راست رابطہ کر سکتے ہیں۔",
    "The university also invites groups of young carers from across the Midlands to try out university life.": "یونیورسٹی پورے Midlands (مڈلینڈز) سے کم عمر کیئررز کے گروپس کو بھی بلاتی ہے تاکہ وہ یونیورسٹی کی زندگی آزما کر دیکھیں۔",
    "Email or call Student Support yourself.": "Student Support کو خود ای میل یا فون کریں۔",
    "Student carer support, University of Winchester": "طالب علم کیئررز کے لیے مدد، University of Winchester",
    "Taster days, a yearly residential and help with fees for young people who care.": "دیکھ بھال کرنے والے نوجوانوں کے لیے تعارفی دن، سالانہ رہائشی پروگرام (residential) اور فیس میں مدد۔",
    "Each year there is a residential, and there are taster days, for young people in Hampshire aged 14 and over who care for someone.": "Hampshire (ہیمپشائر) میں 14 سال اور اس سے زیادہ عمر کے ان نوجوانوں کے لیے جو کسی کی دیکھ بھال کرتے ہیں، ہر سال ایک رہائشی پروگرام ہوتا ہے، اور تعارفی دن بھی ہوتے ہیں۔",
    "Carers can get extra help when they apply, and a discount on postgraduate fees.": "کیئررز کو درخواست دیتے وقت اضافی مدد، اور پوسٹ گریجویٹ فیس میں رعایت مل سکتی ہے۔",
    "Call a lead contact yourself.": "کسی مرکزی رابطہ شخص کو خود فون کریں۔",
    "Student carer support, York St John University": "طالب علم کیئررز کے لیے مدد، York St John University",
    "Named contacts for students who care, with help from the local carers' centre.": "دیکھ بھال کرنے والے طلبہ کے لیے مقررہ رابطہ افراد، مقامی کیئررز سینٹر کی مدد کے ساتھ۔",
    "York St John and York Carers Centre work together to help students who look after someone.": "York St John اور York Carers Centre مل کر ان طلبہ کی مدد کرتے ہیں جو کسی کی دیکھ بھال کرتے ہیں۔",
    "Look out for the carers' stall at the Freshers' Fair, and at other stalls during the year.": "فریشرز فیئر (Freshers' Fair، نئے طلبہ کا میلہ) میں کیئررز کا اسٹال تلاش کریں، اور سال بھر دوسرے اسٹالز پر بھی۔",
    "Student carer support, De Montfort University": "طالب علم کیئررز کے لیے مدد، De Montfort University",
    "Guidance officers for student carers, experience days and help with accommodation.": "طالب علم کیئررز کے لیے رہنمائی افسر (guidance officers)، تجرباتی دن (experience days) اور رہائش میں مدد۔",
    "DMU has staff whose job includes helping students who care. Get in touch before or after you start.": "DMU میں ایسا عملہ ہے جس کے کام میں دیکھ بھال کرنے والے طلبہ کی مدد کرنا شامل ہے۔ پڑھائی شروع کرنے سے پہلے یا بعد میں رابطہ کریں۔",
    "There are experience days for student carers. Student carers are a priority for some free accommodation scholarships.": "طالب علم کیئررز کے لیے تجرباتی دن ہوتے ہیں۔ مفت رہائش کے کچھ وظائف (scholarships) میں طالب علم کیئررز کو ترجیح دی جاتی ہے۔",
    "Email or call a guidance officer yourself.": "کسی رہنمائی افسر کو خود ای میل یا فون کریں۔",
    "Student carer support, Sheffield Hallam University": "طالب علم کیئررز کے لیے مدد، Sheffield Hallam University",
    "Advice in person for students who care, a support fund and extra help before you start.": "دیکھ بھال کرنے والے طلبہ کے لیے آمنے سامنے مشورہ، مالی مدد کا ایک فنڈ اور پڑھائی شروع کرنے سے پہلے اضافی مدد۔",
    "Lead contacts can meet you one to one to talk about your caring and university life. They can refer you to local carers' organisations.": "مرکزی رابطہ افراد آپ سے اکیلے میں مل کر آپ کے دیکھ بھال کے کام اور یونیورسٹی کی زندگی کے بارے میں بات کر سکتے ہیں۔ وہ آپ کو کیئررز کی مقامی تنظیموں کے پاس ریفر کر سکتے ہیں۔",
    "If caring brings extra costs or a sudden money problem, you can apply to the Student Support Fund.": "اگر دیکھ بھال کی وجہ سے اضافی خرچ ہو یا اچانک پیسوں کا کوئی مسئلہ آ جائے تو آپ Student Support Fund میں درخواست دے سکتے ہیں۔",
    "Before you start, the Compact scheme gives extra support to people, such as carers, who face barriers to university.": "پڑھائی شروع کرنے سے پہلے، Compact اسکیم ان لوگوں کو اضافی مدد دیتی ہے، جیسے کیئررز، جنہیں یونیورسٹی تک پہنچنے میں رکاوٹوں کا سامنا ہوتا ہے۔",
    "Call the lead contacts yourself.": "مرکزی رابطہ افراد کو خود فون کریں۔",
    "Student carer support, University of Manchester": "طالب علم کیئررز کے لیے مدد، University of Manchester",
    "A web page and a named contact for students who look after someone.": "کسی کی دیکھ بھال کرنے والے طلبہ کے لیے ایک ویب صفحہ اور ایک مقررہ رابطہ شخص۔",
    "The university has a web page for student carers and a contact you can call.": "یونیورسٹی کا طالب علم کیئررز کے لیے ایک ویب صفحہ ہے اور ایک رابطہ شخص ہے جسے آپ فون کر سکتے ہیں۔",
    "Call to find out what support you can get while you study.": "فون کر کے جانیں کہ پڑھائی کے دوران آپ کو کیا مدد مل سکتی ہے۔",
    "Call the contact yourself.": "رابطہ شخص کو خود فون کریں۔",
    # --- Easy read: the section and its five pages ---------------------------------------------------------------
    "Easy read": "آسان زبان",
    "Easy read pages for carers. They use short sentences and everyday words.": "کیئررز کے لیے آسان زبان کے صفحے۔ ان میں چھوٹے جملے اور عام بول چال کے لفظ ہیں۔",
    "These pages are in <strong>easy read</strong>.": "یہ صفحے <strong>آسان زبان</strong> (easy read) میں ہیں۔",
    "They use short sentences and everyday words.": "ان میں چھوٹے جملے اور عام بول چال کے لفظ ہیں۔",
    "Each page is about 1 thing.": "ہر صفحہ 1 بات کے بارے میں ہے۔",
    "What can I read about?": "میں کن باتوں کے بارے میں پڑھ سکتا/سکتی ہوں؟",
    '<a id="a1">What to do in a crisis</a>': '<a id="a1">بحران (ایمرجنسی) میں کیا کریں</a>',
    '<a id="a1">Carer\'s assessment</a>': '<a id="a1">کیئرر کا جائزہ (carer\'s assessment)</a>',
    '<a id="a1">Taking a break from caring</a>': '<a id="a1">دیکھ بھال سے وقفہ لینا</a>',
    '<a id="a1">Money for carers</a>': '<a id="a1">کیئررز کے لیے پیسے</a>',
    '<a id="a1">Young carers</a>': '<a id="a1">کم عمر کیئررز</a>',
    "Where is the longer page?": "لمبا صفحہ کہاں ہے؟",
    "Each easy read page has a longer page with more detail.": "آسان زبان کے ہر صفحے کا ایک لمبا صفحہ بھی ہے، جس میں زیادہ تفصیل ہے۔",
    "Look for <strong>Other formats and languages</strong> near the top of the page.": "صفحے کے اوپر والے حصے میں <strong>دوسری شکلیں اور زبانیں</strong> دیکھیں۔",
    "Do you need help now?": "کیا آپ کو ابھی مدد چاہیے؟",
    "If someone could die, phone <strong>999</strong>.": "اگر کسی کی جان جا سکتی ہے تو <strong>999</strong> پر فون کریں۔",
    "If it is urgent but not that serious, phone <strong>111</strong>.": "اگر بات فوری ہے لیکن اتنی سنگین نہیں تو <strong>111</strong> پر فون کریں۔",
    "What to do in a crisis (easy read)": "بحران (ایمرجنسی) میں کیا کریں (آسان زبان)",
    "Who to phone if someone is in danger. Who to phone if you cannot cope.": "اگر کسی کی جان خطرے میں ہو تو کس کو فون کریں۔ اگر آپ سے حالات نہ سنبھل رہے ہوں تو کس کو فون کریں۔",
    "A <strong>crisis</strong> is when someone is in danger.": "<strong>بحران</strong> کا مطلب ہے کہ کوئی خطرے میں ہے۔",
    "It can also be when you cannot cope.": "اس کا مطلب یہ بھی ہو سکتا ہے کہ آپ سے حالات نہیں سنبھل رہے۔",
    "This page tells you who to phone.": "یہ صفحہ بتاتا ہے کہ کس کو فون کریں۔",
    "Is someone's life in danger?": "کیا کسی کی جان خطرے میں ہے؟",
    "Phone <strong>999</strong> straight away.": "فوراً <strong>999</strong> پر فون کریں۔",
    "For example, the person is badly hurt.": "مثلاً اس شخص کو بہت بری چوٹ لگی ہے۔",
    "Or they have taken too many pills.": "یا انہوں نے بہت زیادہ گولیاں کھا لی ہیں۔",
    "Stay with them if it is safe.": "اگر آپ کے لیے محفوظ ہو تو ان کے پاس رہیں۔",
    "Are you in danger too? Get to a safe place first.": "کیا آپ بھی خطرے میں ہیں؟ پہلے کسی محفوظ جگہ پر جائیں۔",
    "Then phone 999.": "پھر 999 پر فون کریں۔",
    "Is it urgent but not life or death?": "کیا بات فوری ہے لیکن جان کا خطرہ نہیں؟",
    "Phone <strong>NHS 111</strong>.": "<strong>NHS 111</strong> پر فون کریں۔",
    "In England, choose <strong>option 2</strong> for mental health.": "انگلینڈ میں ذہنی صحت کے لیے <strong>آپشن 2</strong> چنیں۔",
    "You can phone at any time, day or night.": "آپ دن ہو یا رات، کسی بھی وقت فون کر سکتے ہیں۔",
    "Does the person have a care plan?": "کیا اس شخص کا کیئر پلان (care plan) ہے؟",
    "The plan may have a crisis phone number. Phone that number first.": "ہو سکتا ہے پلان میں بحران کے وقت کا فون نمبر ہو۔ پہلے اسی نمبر پر فون کریں۔",
    "That team knows the person.": "وہ ٹیم اس شخص کو جانتی ہے۔",
    "Do you need to talk to someone?": "کیا آپ کو کسی سے بات کرنی ہے؟",
    "Phone <strong>Samaritans</strong> on <strong>116 123</strong>. It is free. They answer at any time.": "<strong>Samaritans</strong> (سماریٹنز) کو <strong>116 123</strong> پر فون کریں۔ یہ مفت ہے۔ وہ کسی بھی وقت جواب دیتے ہیں۔",
    "Cannot talk out loud? Text the word SHOUT to <strong>85258</strong>.": "اونچی آواز میں بات نہیں کر سکتے؟ SHOUT کا لفظ لکھ کر <strong>85258</strong> پر ٹیکسٹ کریں۔",
    "Are you under 19? Phone <strong>Childline</strong> on <strong>0800 1111</strong>. It is free.": "کیا آپ کی عمر 19 سال سے کم ہے؟ <strong>Childline</strong> (چائلڈ لائن) کو <strong>0800 1111</strong> پر فون کریں۔ یہ مفت ہے۔",
    "What if the person says no to help?": "اگر وہ شخص مدد لینے سے انکار کرے تو کیا کریں؟",
    "Is their life in danger? Phone 999 anyway.": "کیا ان کی جان خطرے میں ہے؟ پھر بھی 999 پر فون کریں۔",
    "If not, phone 111 or their care team.": "اگر نہیں، تو 111 پر یا ان کی کیئر ٹیم کو فون کریں۔",
    "Does the person talk about ending their life? Take it seriously.": "کیا وہ شخص اپنی جان لینے کی بات کرتا ہے؟ اسے سنجیدگی سے لیں۔",
    "Ask them how they feel.": "ان سے پوچھیں کہ وہ کیسا محسوس کر رہے ہیں۔",
    "What is a crisis plan?": "بحران کا منصوبہ (crisis plan) کیا ہے؟",
    "A <strong>crisis plan</strong> says what to do when things go wrong.": "<strong>بحران کا منصوبہ</strong> بتاتا ہے کہ حالات بگڑنے پر کیا کرنا ہے۔",
    "Make the plan before you need it.": "ضرورت پڑنے سے پہلے منصوبہ بنا لیں۔",
    "Ask the person's care team to write it with you both.": "اس شخص کی کیئر ٹیم سے کہیں کہ آپ دونوں کے ساتھ مل کر منصوبہ لکھے۔",
    "The plan should say:": "منصوبے میں یہ باتیں ہونی چاہئیں:",
    "the team's crisis phone number": "ٹیم کا بحران والا فون نمبر",
    "when someone answers that number": "اس نمبر پر کب کوئی جواب دیتا ہے",
    "who to phone at night and at weekends": "رات کو اور ہفتے کے آخر میں کس کو فون کرنا ہے",
    "signs that things are getting worse": "وہ نشانیاں جن سے پتا چلے کہ حالات خراب ہو رہے ہیں",
    "which medicines the person takes": "وہ شخص کون سی دوائیں لیتا ہے",
    "Keep the plan close": "منصوبہ اپنے پاس رکھیں",
    "Save the plan on your phone.": "منصوبہ اپنے فون میں محفوظ کریں۔",
    "Put a copy by your front door.": "ایک کاپی گھر کے سامنے والے دروازے کے پاس رکھیں۔",
    "Give a copy to someone you trust.": "ایک کاپی کسی ایسے شخص کو دیں جس پر آپ بھروسا کرتے ہیں۔",
    "What about after a crisis?": "بحران کے بعد کیا کریں؟",
    "A crisis can be very scary.": "بحران بہت ڈراؤنا ہو سکتا ہے۔",
    "When things are calm, look after yourself too.": "جب حالات پرسکون ہوں تو اپنا بھی خیال رکھیں۔",
    "Talk to someone about how you feel.": "کسی سے بات کریں کہ آپ کیسا محسوس کر رہے ہیں۔",
    "A carers' service can listen. They can help you plan for next time.": "کیئررز کی کوئی سروس آپ کی بات سن سکتی ہے۔ وہ اگلی بار کے لیے منصوبہ بنانے میں آپ کی مدد کر سکتے ہیں۔",
    '<a id="a1">Find a carers\' service near you</a>.': '<a id="a1">اپنے قریب کیئررز کی کوئی سروس تلاش کریں</a>۔',
    "Who can help?": "کون مدد کر سکتا ہے؟",
    "Emergency: phone <strong>999</strong>": "ایمرجنسی: <strong>999</strong> پر فون کریں",
    "NHS 111: phone <strong>111</strong>, then choose option 2": "NHS 111: <strong>111</strong> پر فون کریں، پھر آپشن 2 چنیں",
    "Samaritans: phone <strong>116 123</strong>": "Samaritans (سماریٹنز): <strong>116 123</strong> پر فون کریں",
    "Shout: text SHOUT to <strong>85258</strong>": "Shout (شاؤٹ): SHOUT لکھ کر <strong>85258</strong> پر ٹیکسٹ کریں",
    "Childline, if you are under 19: phone <strong>0800 1111</strong>": "Childline (چائلڈ لائن)، اگر آپ کی عمر 19 سال سے کم ہے: <strong>0800 1111</strong> پر فون کریں",
    "Words to know": "یہ لفظ جان لیں",
    "<strong>Care team</strong>: the doctors, nurses and workers who look after the person.": "<strong>کیئر ٹیم</strong>: وہ ڈاکٹر، نرسیں اور کارکن جو اس شخص کی دیکھ بھال کرتے ہیں۔",
    "<strong>Care plan</strong>: a written plan for the person's care.": "<strong>کیئر پلان</strong>: اس شخص کی دیکھ بھال کا لکھا ہوا منصوبہ۔",
    "Carer's assessment (easy read)": "کیئرر کا جائزہ (آسان زبان)",
    "A free talk with your council about what you need as a carer.": "اپنی کونسل کے ساتھ مفت بات چیت، کہ کیئرر کے طور پر آپ کو کیا چاہیے۔",
    "A <strong>carer's assessment</strong> is a talk with your council.": "<strong>کیئرر کا جائزہ (carer's assessment)</strong> آپ کی کونسل کے ساتھ بات چیت ہے۔",
    "The talk is about you.": "یہ بات چیت آپ کے بارے میں ہے۔",
    "It looks at how caring affects your life and your health.": "اس میں دیکھا جاتا ہے کہ دیکھ بھال کا کام آپ کی زندگی اور صحت پر کیسے اثر ڈالتا ہے۔",
    "It is not a test of how well you care.": "یہ اس بات کا امتحان نہیں کہ آپ کتنی اچھی دیکھ بھال کرتے ہیں۔",
    "Does it cost money?": "کیا اس کے پیسے لگتے ہیں؟",
    "No. It is free.": "نہیں۔ یہ مفت ہے۔",
    "Your money and savings do not matter.": "آپ کے پیسوں اور بچت سے کوئی فرق نہیں پڑتا۔",
    "You can have one even if the person you care for gets no help.": "آپ یہ جائزہ لے سکتے ہیں، چاہے جس شخص کی آپ دیکھ بھال کرتے ہیں اسے کوئی مدد نہ مل رہی ہو۔",
    "You can have one even if they do not want help.": "آپ یہ جائزہ لے سکتے ہیں، چاہے وہ مدد نہ چاہتے ہوں۔",
    "Who can ask for one?": "یہ جائزہ کون مانگ سکتا ہے؟",
    "Do you look after an adult? Ask <strong>adult social care</strong> at the council.": "کیا آپ کسی بالغ کی دیکھ بھال کرتے ہیں؟ کونسل میں <strong>بالغوں کی سوشل کیئر (adult social care)</strong> سے پوچھیں۔",
    "Do you look after a disabled child? Ask children's services at the council.": "کیا آپ کسی معذور بچے کی دیکھ بھال کرتے ہیں؟ کونسل میں بچوں کی سروسز (children's services) سے پوچھیں۔",
    "Are you under 18? Ask children's services, your school or a young carers' service.": "کیا آپ کی عمر 18 سال سے کم ہے؟ بچوں کی سروسز، اپنے اسکول یا کم عمر کیئررز کی کسی سروس سے پوچھیں۔",
    "Are you nearly 18? Ask for a transition assessment. Then your help carries on.": "کیا آپ جلد 18 سال کے ہونے والے ہیں؟ ٹرانزیشن اسیسمنٹ (transition assessment) کے لیے کہیں۔ پھر آپ کی مدد جاری رہے گی۔",
    "How do I ask for one?": "میں یہ جائزہ کیسے مانگوں؟",
    "Find the council where the person you care for lives.": "وہ کونسل تلاش کریں جہاں وہ شخص رہتا ہے جس کی آپ دیکھ بھال کرتے ہیں۔",
    "Phone or email their adult social care team.": "اس کونسل کی بالغوں کی سوشل کیئر ٹیم کو فون یا ای میل کریں۔",
    'Say: "I am a carer. I would like a carer\'s assessment."': 'کہیں: "میں کیئرر ہوں۔ مجھے کیئرر کا جائزہ (carer\'s assessment) چاہیے۔"',
    "The council will give you a time to talk.": "کونسل آپ کو بات کرنے کے لیے ایک وقت دے گی۔",
    "You can talk face to face, on the phone or online.": "آپ آمنے سامنے، فون پر یا آن لائن بات کر سکتے ہیں۔",
    "A carers' service, your doctor or the person's care team can ask for you.": "کیئررز کی کوئی سروس، آپ کا ڈاکٹر یا اس شخص کی کیئر ٹیم آپ کی طرف سے کہہ سکتی ہے۔",
    "Not sure which council?": "پتا نہیں کون سی کونسل ہے؟",
    'Go to <a id="a1">Find your local council</a> on GOV.UK.': 'GOV.UK پر <a id="a1">اپنی مقامی کونسل تلاش کریں</a> (Find your local council) پر جائیں۔',
    "Type in the postcode of the person you care for.": "جس شخص کی آپ دیکھ بھال کرتے ہیں اس کا پوسٹ کوڈ لکھیں۔",
    "How do I get ready?": "میں تیاری کیسے کروں؟",
    "Before the talk, write down what is hard for you.": "بات چیت سے پہلے لکھ لیں کہ آپ کے لیے کیا مشکل ہے۔",
    "Write down what would help.": "لکھ لیں کہ کس چیز سے مدد ملے گی۔",
    "They will ask you about:": "وہ آپ سے ان باتوں کے بارے میں پوچھیں گے:",
    "what you do for the person": "آپ اس شخص کے لیے کیا کرتے ہیں",
    "how many hours you spend caring": "آپ کتنے گھنٹے دیکھ بھال کرتے ہیں",
    "how caring affects your health, sleep and mood": "دیکھ بھال کا کام آپ کی صحت، نیند اور مزاج پر کیسے اثر ڈالتا ہے",
    "if you can work, study or see friends": "کیا آپ کام کر سکتے ہیں، پڑھ سکتے ہیں یا دوستوں سے مل سکتے ہیں",
    "what would happen if you could not care for a while": "اگر آپ کچھ عرصہ دیکھ بھال نہ کر سکیں تو کیا ہوگا",
    "what you would like to change": "آپ کیا بدلنا چاہیں گے",
    "You can ask to talk in private.": "آپ اکیلے میں بات کرنے کے لیے کہہ سکتے ہیں۔",
    "Will I get help?": "کیا مجھے مدد ملے گی؟",
    "In England, a law called the <strong>Care Act 2014</strong> has the rules.": "انگلینڈ میں اس کے اصول <strong>کیئر ایکٹ 2014 (Care Act 2014)</strong> نام کے قانون میں ہیں۔",
    "The council must help you if all 3 of these are true:": "اگر یہ 3 باتیں سب سچ ہوں تو کونسل کو آپ کی مدد کرنی ہوگی:",
    "Your needs come from caring for someone.": "آپ کی ضرورتیں کسی کی دیکھ بھال کرنے کی وجہ سے ہیں۔",
    "Caring puts your health at risk. Or it stops you doing everyday things.": "دیکھ بھال کی وجہ سے آپ کی صحت خطرے میں ہے۔ یا اس کی وجہ سے آپ روزمرہ کے کام نہیں کر پاتے۔",
    "Because of this, your wellbeing is likely to suffer a lot.": "اس وجہ سے آپ کی خیریت اور سکون پر بہت برا اثر پڑنے کا امکان ہے۔",
    "Everyday things include looking after your home, working, seeing people and resting.": "روزمرہ کے کاموں میں اپنے گھر کا خیال رکھنا، کام کرنا، لوگوں سے ملنا اور آرام کرنا شامل ہیں۔",
    "If you can get help, you and the council make a <strong>support plan</strong>.": "اگر آپ کو مدد مل سکتی ہے تو آپ اور کونسل مل کر <strong>مدد کا منصوبہ (support plan)</strong> بناتے ہیں۔",
    "You may get money to choose your own support. For example, a break.": "ہو سکتا ہے آپ کو پیسے ملیں تاکہ آپ اپنی مدد خود چن سکیں۔ مثلاً، ایک وقفہ۔",
    "What if I cannot get help?": "اگر مجھے مدد نہ ملے تو کیا ہوگا؟",
    "The council should still give you information and advice.": "کونسل کو پھر بھی آپ کو معلومات اور مشورہ دینا چاہیے۔",
    "Ask them about groups and carers' services near you.": "ان سے اپنے قریب کے گروپس اور کیئررز کی سروسز کے بارے میں پوچھیں۔",
    "Is the person coming home from hospital?": "کیا وہ شخص ہسپتال سے گھر آ رہا ہے؟",
    "Tell the ward staff that you are a carer.": "وارڈ کے عملے کو بتائیں کہ آپ کیئرر ہیں۔",
    "Do this before the person leaves hospital.": "یہ اس شخص کے ہسپتال سے جانے سے پہلے کریں۔",
    "Ask to help plan for them coming home.": "کہیں کہ آپ ان کے گھر آنے کی منصوبہ بندی میں مدد کرنا چاہتے ہیں۔",
    "Ask the council for a carer's assessment too.": "کونسل سے کیئرر کے جائزے کے لیے بھی کہیں۔",
    "Can I have another one later?": "کیا بعد میں میرا دوبارہ جائزہ ہو سکتا ہے؟",
    "Yes. Things can change.": "جی ہاں۔ حالات بدل سکتے ہیں۔",
    "For example, the person you care for gets worse.": "مثلاً جس شخص کی آپ دیکھ بھال کرتے ہیں اس کی طبیعت زیادہ خراب ہو جائے۔",
    "Then ask the council for a <strong>review</strong>.": "تب کونسل سے <strong>ریویو (دوبارہ جائزہ)</strong> کے لیے کہیں۔",
    "<strong>Council</strong>: the local government for your area.": "<strong>کونسل</strong>: آپ کے علاقے کی مقامی حکومت۔",
    "<strong>Assessment</strong>: a talk to find out what help you need.": "<strong>جائزہ (assessment)</strong>: ایک بات چیت، یہ جاننے کے لیے کہ آپ کو کیا مدد چاہیے۔",
    "<strong>Direct payment</strong>: money from the council. You choose how to spend it on your support.": "<strong>براہ راست ادائیگی (direct payment)</strong>: کونسل کی طرف سے پیسے۔ آپ خود طے کرتے ہیں کہ انہیں اپنی مدد پر کیسے خرچ کرنا ہے۔",
    "Taking a break from caring (easy read)": "دیکھ بھال سے وقفہ لینا (آسان زبان)",
    "Everyone needs time off from caring. How to get a break.": "ہر ایک کو دیکھ بھال سے آرام کا وقت چاہیے۔ وقفہ کیسے لیں۔",
    "Caring can make you very tired.": "دیکھ بھال کا کام آپ کو بہت تھکا سکتا ہے۔",
    "Everyone needs time off.": "ہر ایک کو آرام کا وقت چاہیے۔",
    "A break gives you time for yourself.": "وقفے سے آپ کو اپنے لیے وقت ملتا ہے۔",
    "You can sleep, see friends or go to the doctor.": "آپ سو سکتے ہیں، دوستوں سے مل سکتے ہیں یا ڈاکٹر کے پاس جا سکتے ہیں۔",
    "Taking a break does not mean you let the person down.": "وقفہ لینے کا مطلب یہ نہیں کہ آپ نے اس شخص کو مایوس کیا۔",
    "It helps you keep going.": "اس سے آپ کو آگے چلتے رہنے میں مدد ملتی ہے۔",
    "A drawing. A sitter stays at home with the person who needs care. The carer sits on a bench in the park with a hot drink.": "ایک تصویر۔ ایک سٹر (sitter) گھر پر اس شخص کے ساتھ رہتا ہے جسے دیکھ بھال کی ضرورت ہے۔ کیئرر پارک میں ایک بینچ پر گرم مشروب کے ساتھ بیٹھا ہے۔",
    "A sitter stays with the person. The carer has time in the park.": "ایک سٹر اس شخص کے پاس رہتا ہے۔ کیئرر پارک میں کچھ وقت گزارتا ہے۔",
    "What kinds of break are there?": "وقفے کس کس طرح کے ہوتے ہیں؟",
    "<strong>Sitting service</strong>: someone stays with the person for a few hours. You can go out.": "<strong>سٹنگ سروس</strong>: کوئی چند گھنٹے اس شخص کے پاس رہتا ہے۔ آپ باہر جا سکتے ہیں۔",
    "<strong>Day centre</strong>: the person spends the day in a safe place. There are things to do.": "<strong>ڈے سینٹر</strong>: وہ شخص دن کسی محفوظ جگہ پر گزارتا ہے۔ وہاں کرنے کو کام ہوتے ہیں۔",
    "<strong>Short stay</strong>: the person stays in a care home for a few nights or weeks.": "<strong>مختصر قیام</strong>: وہ شخص چند راتیں یا چند ہفتے کسی کیئر ہوم میں رہتا ہے۔",
    "<strong>Care at home</strong>: a paid carer stays with the person. You can go away.": "<strong>گھر پر دیکھ بھال</strong>: ایک تنخواہ دار کیئرر اس شخص کے پاس رہتا ہے۔ آپ کہیں جا سکتے ہیں۔",
    "<strong>Young carers</strong> can go to clubs and on trips.": "<strong>کم عمر کیئررز</strong> کلبوں میں اور سیر پر جا سکتے ہیں۔",
    "Some people call a break <strong>respite</strong>. It means the same thing.": "کچھ لوگ وقفے کو <strong>ریسپائٹ (respite)</strong> کہتے ہیں۔ اس کا مطلب بھی یہی ہے۔",
    "How do I get a break?": "مجھے وقفہ کیسے ملے گا؟",
    'Ask your council for a <a id="a1">carer\'s assessment</a>. They can arrange breaks.': 'اپنی کونسل سے <a id="a1">کیئرر کے جائزے</a> کے لیے کہیں۔ وہ وقفوں کا انتظام کر سکتے ہیں۔',
    "You may get money to pay for your own break.": "ہو سکتا ہے آپ کو اپنے وقفے کا خرچ دینے کے لیے پیسے ملیں۔",
    "Ask a carers' service near you about breaks.": "اپنے قریب کیئررز کی کسی سروس سے وقفوں کے بارے میں پوچھیں۔",
    "Ask family or friends to take turns. Even 1 hour helps.": "خاندان یا دوستوں سے کہیں کہ باری باری مدد کریں۔ 1 گھنٹہ بھی فائدہ دیتا ہے۔",
    "Do I have to pay?": "کیا مجھے پیسے دینے ہوں گے؟",
    "It depends.": "یہ حالات پر منحصر ہے۔",
    "After an assessment, the council may pay some or all of the cost.": "جائزے کے بعد کونسل کچھ خرچ یا پورا خرچ دے سکتی ہے۔",
    "Some charities give breaks that are free or cheap.": "کچھ خیراتی ادارے مفت یا سستے وقفے دیتے ہیں۔",
    "How do I plan a break?": "میں وقفے کا منصوبہ کیسے بناؤں؟",
    "Talk with the person you care for.": "جس شخص کی آپ دیکھ بھال کرتے ہیں اس سے بات کریں۔",
    "Ask who they would like to help them.": "پوچھیں کہ وہ کس سے مدد لینا پسند کریں گے۔",
    "Try a short break first. Then you both get used to it.": "پہلے ایک چھوٹا وقفہ آزمائیں۔ پھر آپ دونوں اس کے عادی ہو جائیں گے۔",
    "Does the person not want anyone else to help? That is common.": "کیا وہ شخص نہیں چاہتا کہ کوئی اور مدد کرے؟ ایسا اکثر ہوتا ہے۔",
    "Start small, with someone they already know.": "چھوٹے قدم سے شروع کریں، کسی ایسے شخص کے ساتھ جسے وہ پہلے سے جانتے ہیں۔",
    "Talk about what worries them.": "ان سے بات کریں کہ انہیں کس بات کی فکر ہے۔",
    "Does the person have a mental health problem?": "کیا اس شخص کو ذہنی صحت کا مسئلہ ہے؟",
    "You need breaks too.": "آپ کو بھی وقفوں کی ضرورت ہے۔",
    "Ask their care team to put breaks in the care plan.": "ان کی کیئر ٹیم سے کہیں کہ کیئر پلان میں وقفے شامل کرے۔",
    "Carers Trust has a guide about this. It is called Making Respite Real in Mental Health.": "Carers Trust کی اس بارے میں ایک گائیڈ ہے۔ اس کا نام Making Respite Real in Mental Health ہے۔",
    "What if I suddenly cannot care?": "اگر میں اچانک دیکھ بھال نہ کر سکوں تو کیا ہوگا؟",
    "You might get ill or have an emergency.": "ہو سکتا ہے آپ بیمار ہو جائیں یا کوئی ایمرجنسی ہو جائے۔",
    "The person may need someone else straight away.": "اس شخص کو فوراً کسی اور کی ضرورت ہو سکتی ہے۔",
    "Make an <strong>emergency plan</strong> now.": "ابھی ایک <strong>ایمرجنسی کا منصوبہ</strong> بنائیں۔",
    "Write down:": "یہ باتیں لکھ لیں:",
    "who to phone": "کس کو فون کرنا ہے",
    "what the person needs": "اس شخص کو کیا چاہیے",
    "which medicines they take": "وہ کون سی دوائیں لیتے ہیں",
    "Ask your council about help in an emergency.": "اپنی کونسل سے ایمرجنسی میں مدد کے بارے میں پوچھیں۔",
    "A carers' service can tell you about breaks near you.": "کیئررز کی کوئی سروس آپ کو آپ کے قریب وقفوں کے بارے میں بتا سکتی ہے۔",
    "Money for carers (easy read)": "کیئررز کے لیے پیسے (آسان زبان)",
    "Carer's Allowance and other money that can help carers.": "کیئررز الاؤنس (Carer's Allowance) اور دوسرے پیسے جو کیئررز کی مدد کر سکتے ہیں۔",
    "Caring can cost money.": "دیکھ بھال پر پیسے خرچ ہو سکتے ہیں۔",
    "You may work fewer hours.": "ہو سکتا ہے آپ کم گھنٹے کام کریں۔",
    "You may spend more on heating, travel and food.": "ہو سکتا ہے آپ ہیٹنگ، سفر اور کھانے پر زیادہ خرچ کریں۔",
    "There is money to help you.": "آپ کی مدد کے لیے پیسے موجود ہیں۔",
    "But you often have to ask for it.": "لیکن اکثر آپ کو یہ خود مانگنے پڑتے ہیں۔",
    "What is Carer's Allowance?": "کیئررز الاؤنس (Carer's Allowance) کیا ہے؟",
    "<strong>Carer's Allowance</strong> is money from the government.": "<strong>کیئررز الاؤنس</strong> حکومت کی طرف سے ملنے والے پیسے ہیں۔",
    "It is paid every week.": "یہ ہر ہفتے ملتا ہے۔",
    "You may get it if:": "آپ کو یہ مل سکتا ہے اگر:",
    "you care for someone for <strong>35 hours</strong> a week or more": "آپ ہفتے میں <strong>35 گھنٹے</strong> یا اس سے زیادہ کسی کی دیکھ بھال کرتے ہیں",
    "they get certain disability benefits": "اس شخص کو معذوری کے کچھ خاص بینیفٹس ملتے ہیں",
    "you are 16 or older": "آپ کی عمر 16 سال یا اس سے زیادہ ہے",
    "These benefits include Attendance Allowance.": "ان بینیفٹس میں Attendance Allowance شامل ہے۔",
    "They include some parts of Personal Independence Payment and Disability Living Allowance.": "ان میں Personal Independence Payment (PIP) اور Disability Living Allowance کے کچھ حصے بھی شامل ہیں۔",
    "You do not need to live with the person.": "ضروری نہیں کہ آپ اس شخص کے ساتھ رہتے ہوں۔",
    "Shopping, cooking and keeping them company all count towards the 35 hours.": "خریداری، کھانا پکانا اور ان کے پاس بیٹھنا، یہ سب 35 گھنٹوں میں گنا جاتا ہے۔",
    "Check before you claim": "درخواست دینے سے پہلے چیک کریں",
    "The amounts change every April.": "رقمیں ہر سال اپریل میں بدلتی ہیں۔",
    'Check them on <a id="a1">GOV.UK</a>.': 'انہیں <a id="a1">GOV.UK</a> پر چیک کریں۔',
    "Claiming can change the money the person you care for gets.": "درخواست دینے سے ان پیسوں میں فرق پڑ سکتا ہے جو اس شخص کو ملتے ہیں جس کی آپ دیکھ بھال کرتے ہیں۔",
    "Get advice first.": "پہلے مشورہ لیں۔",
    "Do you live in Scotland?": "کیا آپ اسکاٹ لینڈ میں رہتے ہیں؟",
    "In Scotland, the money is called <strong>Carer Support Payment</strong>.": "اسکاٹ لینڈ میں ان پیسوں کا نام <strong>Carer Support Payment</strong> ہے۔",
    'Find out more on <a id="a1">mygov.scot</a>.': 'مزید معلومات <a id="a1">mygov.scot</a> پر دیکھیں۔',
    "What other help is there?": "اور کون سی مدد ملتی ہے؟",
    "<strong>Carer's Credit</strong> protects your State Pension. You must care for 20 hours a week or more.": "<strong>کیئررز کریڈٹ (Carer's Credit)</strong> آپ کی سرکاری پنشن (State Pension) کو محفوظ رکھتا ہے۔ اس کے لیے آپ کو ہفتے میں 20 گھنٹے یا اس سے زیادہ دیکھ بھال کرنی ہوگی۔",
    "<strong>Universal Credit</strong> can give you extra money if you are a carer.": "اگر آپ کیئرر ہیں تو <strong>یونیورسل کریڈٹ (Universal Credit)</strong> سے آپ کو اضافی پیسے مل سکتے ہیں۔",
    "Your <strong>Council Tax</strong> may be lower. Ask your council.": "ہو سکتا ہے آپ کا <strong>کونسل ٹیکس</strong> کم ہو جائے۔ اپنی کونسل سے پوچھیں۔",
    "Charities and carers' services may give you a <strong>grant</strong>.": "خیراتی ادارے اور کیئررز کی سروسز آپ کو <strong>گرانٹ</strong> دے سکتے ہیں۔",
    'After a <a id="a1">carer\'s assessment</a>, you may get a <strong>direct payment</strong>.': '<a id="a1">کیئرر کے جائزے</a> کے بعد آپ کو <strong>براہ راست ادائیگی (direct payment)</strong> مل سکتی ہے۔',
    "Can I get paid for caring?": "کیا مجھے دیکھ بھال کے پیسے مل سکتے ہیں؟",
    "You cannot get a wage for caring.": "دیکھ بھال کے لیے آپ کو تنخواہ نہیں مل سکتی۔",
    "Carer's Allowance is the main money for carers.": "کیئررز الاؤنس کیئررز کے لیے سب سے اہم رقم ہے۔",
    "It is paid to you, in your own name.": "یہ آپ کو، آپ کے اپنے نام پر ملتا ہے۔",
    "Only 1 carer can claim it for each person.": "ہر شخص کے لیے صرف 1 کیئرر اس کی درخواست دے سکتا ہے۔",
    "Do you care for 2 people? You cannot add their hours together.": "کیا آپ 2 لوگوں کی دیکھ بھال کرتے ہیں؟ آپ ان کے گھنٹے جوڑ نہیں سکتے۔",
    "You must care for 1 of them for 35 hours a week.": "آپ کو ان میں سے 1 کی ہفتے میں 35 گھنٹے دیکھ بھال کرنی ہوگی۔",
    "Rules about benefits can be hard.": "بینیفٹس کے اصول مشکل ہو سکتے ہیں۔",
    "A carers' service near you can check what you can get.": "آپ کے قریب کیئررز کی کوئی سروس دیکھ سکتی ہے کہ آپ کو کیا مل سکتا ہے۔",
    "They can help you claim.": "وہ درخواست دینے میں آپ کی مدد کر سکتے ہیں۔",
    "Carers UK has a free phone line for advice.": "Carers UK کی مشورے کے لیے ایک مفت فون لائن ہے۔",
    "Free advice about money and benefits.": "پیسوں اور بینیفٹس کے بارے میں مفت مشورہ۔",
    "<strong>Benefit</strong>: money from the government to help you live.": "<strong>بینیفٹ</strong>: حکومت کی طرف سے پیسے، تاکہ آپ کا گزارا ہو سکے۔",
    "<strong>Grant</strong>: money you do not have to pay back.": "<strong>گرانٹ</strong>: ایسے پیسے جو آپ کو واپس نہیں کرنے پڑتے۔",
    "Young carers (easy read)": "کم عمر کیئررز (آسان زبان)",
    "Help for you if you are under 18 and look after someone at home.": "اگر آپ کی عمر 18 سال سے کم ہے اور آپ گھر پر کسی کی دیکھ بھال کرتے ہیں تو آپ کے لیے مدد۔",
    "Are you under 18?": "کیا آپ کی عمر 18 سال سے کم ہے؟",
    "Do you help look after someone in your family?": "کیا آپ اپنے گھر والوں میں سے کسی کی دیکھ بھال میں مدد کرتے ہیں؟",
    "Then you are a <strong>young carer</strong>.": "تو آپ <strong>کم عمر کیئرر</strong> ہیں۔",
    "It might be your mum, dad, brother, sister or grandparent.": "یہ آپ کی امی، ابو، بھائی، بہن، دادا دادی یا نانا نانی ہو سکتے ہیں۔",
    "They might be ill or disabled.": "ہو سکتا ہے وہ بیمار یا معذور ہوں۔",
    "They might have a mental health problem.": "ہو سکتا ہے انہیں ذہنی صحت کا مسئلہ ہو۔",
    "They might drink too much or take drugs.": "ہو سکتا ہے وہ بہت زیادہ شراب پیتے ہوں یا نشہ کرتے ہوں۔",
    "What do young carers do?": "کم عمر کیئررز کیا کرتے ہیں؟",
    "You might:": "ہو سکتا ہے آپ:",
    "cook and clean": "کھانا پکاتے ہوں اور صفائی کرتے ہوں",
    "help someone get dressed": "کسی کو کپڑے پہننے میں مدد دیتے ہوں",
    "give someone their medicine": "کسی کو ان کی دوا دیتے ہوں",
    "look after younger children": "چھوٹے بچوں کا خیال رکھتے ہوں",
    "You might worry about home a lot. Even when you are at school.": "ہو سکتا ہے آپ کو گھر کی بہت فکر رہتی ہو۔ اسکول میں ہوتے ہوئے بھی۔",
    "It is not your fault that someone at home is unwell.": "گھر میں کسی کا بیمار ہونا آپ کا قصور نہیں۔",
    "Asking for help is a good thing to do.": "مدد مانگنا اچھی بات ہے۔",
    "Help is there to make life easier for you and your family.": "مدد اس لیے ہے کہ آپ اور آپ کے گھر والوں کی زندگی آسان ہو۔",
    "Can I get help?": "کیا مجھے مدد مل سکتی ہے؟",
    "Yes. The council must check if you need help.": "جی ہاں۔ کونسل کو دیکھنا ہوگا کہ کیا آپ کو مدد کی ضرورت ہے۔",
    "This is called a <strong>young carer's needs assessment</strong>.": "اسے <strong>کم عمر کیئرر کی ضرورتوں کا جائزہ</strong> (young carer's needs assessment) کہتے ہیں۔",
    "A worker will ask what you do at home.": "ایک کارکن پوچھے گا کہ آپ گھر پر کیا کرتے ہیں۔",
    "They will ask how you feel and what would help.": "وہ پوچھیں گے کہ آپ کیسا محسوس کرتے ہیں اور کس چیز سے مدد ملے گی۔",
    "A teacher, your doctor or a young carers' service can help you ask.": "کوئی استاد، آپ کا ڈاکٹر یا کم عمر کیئررز کی کوئی سروس یہ جائزہ مانگنے میں آپ کی مدد کر سکتی ہے۔",
    "What help is there?": "کون سی مدد ملتی ہے؟",
    "clubs, trips and days out, so you get a break": "کلب، سیر اور تفریح کے دن، تاکہ آپ کو وقفہ ملے",
    "someone to talk to who understands": "بات کرنے کے لیے کوئی جو آپ کو سمجھے",
    "help at school, like time to phone home": "اسکول میں مدد، جیسے گھر فون کرنے کا وقت",
    "more time for homework": "ہوم ورک کے لیے زیادہ وقت",
    "more help for the person you care for, so you do less": "جس شخص کی آپ دیکھ بھال کرتے ہیں اس کے لیے زیادہ مدد، تاکہ آپ کو کم کرنا پڑے",
    "Should I tell someone at school?": "کیا مجھے اسکول میں کسی کو بتانا چاہیے؟",
    "You do not have to tell everyone.": "آپ کو سب کو بتانے کی ضرورت نہیں۔",
    "But it helps if 1 teacher you trust knows.": "لیکن اگر 1 ایسے استاد کو پتا ہو جس پر آپ بھروسا کرتے ہیں تو فائدہ ہوتا ہے۔",
    "They can explain if you are late or tired.": "اگر آپ دیر سے آئیں یا تھکے ہوئے ہوں تو وہ وجہ سمجھا سکتے ہیں۔",
    "They can help you get support.": "وہ مدد لینے میں آپ کا ساتھ دے سکتے ہیں۔",
    "Are you 16 to 25?": "کیا آپ کی عمر 16 سے 25 سال ہے؟",
    "You are a <strong>young adult carer</strong>.": "آپ <strong>نوجوان کیئرر</strong> ہیں۔",
    "Before you turn 18, ask for a <strong>transition assessment</strong>.": "18 سال کا ہونے سے پہلے <strong>ٹرانزیشن اسیسمنٹ (transition assessment)</strong> کے لیے کہیں۔",
    "Then your support carries on when you are an adult.": "پھر جب آپ بالغ ہو جائیں گے تب بھی آپ کی مدد جاری رہے گی۔",
    "Are you going to college or university?": "کیا آپ کالج یا یونیورسٹی جا رہے ہیں؟",
    "Many have a person who helps student carers.": "بہت سے کالجوں اور یونیورسٹیوں میں ایک شخص ہوتا ہے جو طالب علم کیئررز کی مدد کرتا ہے۔",
    "Ask them for help with deadlines, money and timetables.": "ان سے ڈیڈ لائن، پیسوں اور ٹائم ٹیبل میں مدد مانگیں۔",
    "Who can I talk to now?": "میں ابھی کس سے بات کر سکتا/سکتی ہوں؟",
    "Phone <strong>Childline</strong> on <strong>0800 1111</strong>. It is free. You can phone day or night.": "<strong>Childline</strong> (چائلڈ لائن) کو <strong>0800 1111</strong> پر فون کریں۔ یہ مفت ہے۔ آپ دن ہو یا رات، فون کر سکتے ہیں۔",
    "Would you rather text? Text the word SHOUT to <strong>85258</strong>.": "کیا آپ ٹیکسٹ کرنا پسند کریں گے؟ SHOUT کا لفظ لکھ کر <strong>85258</strong> پر ٹیکسٹ کریں۔",
    "Is someone in danger? Phone <strong>999</strong>.": "کیا کوئی خطرے میں ہے؟ <strong>999</strong> پر فون کریں۔",
    "Who can help near me?": "میرے قریب کون مدد کر سکتا ہے؟",
    "Do you live in Redbridge? Indigo helps young carers there.": "کیا آپ Redbridge (ریڈبرج) میں رہتے ہیں؟ Indigo (انڈیگو) وہاں کم عمر کیئررز کی مدد کرتا ہے۔",
    '<a id="a1">Find help for young carers near you</a>.': '<a id="a1">اپنے قریب کم عمر کیئررز کے لیے مدد تلاش کریں</a>۔',
    "Help and activities for young carers in Redbridge.": "Redbridge میں کم عمر کیئررز کے لیے مدد اور سرگرمیاں۔",
    "<strong>Transition</strong>: moving from being a child to being an adult.": "<strong>ٹرانزیشن (transition)</strong>: بچہ ہونے سے بالغ ہونے کی طرف جانا۔",
}

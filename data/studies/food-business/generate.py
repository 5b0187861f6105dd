#!/usr/bin/env python3
"""Generate the fictional study of food business registration and food hygiene
inspections in Ashcombe District Council: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the structured session lists in this file.

Python 3.11, standard library, plus python-docx (the two .docx files) and openpyxl
(the .xlsx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Without python-docx or openpyxl the corresponding file is left as it is (the gold
rows do not depend on it) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction, small talk or thanks (no theme, no stage).
Transcript files and gold rows are written from the same list, so turn indices
cannot drift. How a turn is cut into pieces (Meet paragraphs, Webex cues, Zoom
blocks, four-second caption windows, notes paragraphs) is decided by the writer
for its format; the gold keeps one row per turn. After writing, every file is
parsed back with a minimal parser for its format and compared with the list
(turn index, speaker, text), and every codebook example must be an exact excerpt
of a participant turn coded with that theme and of no turn coded otherwise.

Output is byte-identical from run to run: timings are seeded, and the .docx and
.xlsx are re-zipped with fixed timestamps and fixed core properties.
"""
from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import random
import re
import string
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
N, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text, **opts):
    """Moderator / interviewer turn (no gold row)."""
    return dict(speaker=speaker, text=text, mod=True, **opts)


def P(speaker, text, theme, stage, sentiment, kind, **opts):
    """Participant turn with labels."""
    assert kind in KINDS, kind
    assert sentiment in (-1, 0, 1), sentiment
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **opts)


def B(speaker, text, sentiment=0, kind="neutral", **opts):
    """Participant backchannel, reaction, small talk or thanks: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, kind, **opts)


# ---------------------------------------------------------------------------
# Codebook, written before coding (examples are exact excerpts of participant
# turns of that theme; checked below)
# ---------------------------------------------------------------------------
GI = "guidance_info"
RG = "registration"
WC = "waiting_contact"
IO = "inspection_officer"
RR = "rating_report"
RE = "rerating_appeal"
DC = "display_customers"
SF = "records_sfbb"
AL = "allergens"
PK = "premises_kitchen"
MT = "mobile_trading"

CODEBOOK = [
    (GI, "Finding guidance, advice and training",
     "How people find out what the rules are and what they have to do: the council "
     "website and its links to GOV.UK and the Food Standards Agency (FSA), FSA guidance "
     "and templates, Facebook and WhatsApp groups, other traders, insurers, banks, "
     "solicitors, Ofsted and YouTube as the ones who tell them, advice before a fit-out, "
     "advisory visits (free or charged), Level 2 food hygiene courses and other "
     "training, information in other languages, wishes for a checklist or a start-up "
     "pack. Which council a mobile trader deals with goes to mobile_trading; the "
     "registration form itself to registration.",
     ["It links you to the gov.uk page, and then that sends you back to us",
      "Not the whole FSA website, a checklist for a market stall.",
      "talked me through the sinks and the floor and the ventilation"]),
    (RG, "Registering the food business",
     "Filling in the registration: the online form and the portal, the rule to "
     "register 28 days before trading and registering late, questions that do not fit "
     "(a home kitchen, a market stall, a van's water tank, the 'owner' of a community "
     "group), timing out, registering again after a takeover or a move, who registers "
     "when a kitchen is rented to someone else, one form for Ofsted and the council.",
     ["there's no box for my kitchen at home that's also a jam factory on Tuesdays",
      "Nobody's getting prosecuted for registering two weeks late.",
      "There's actually a tick box for childminder"]),
    (WC, "Acknowledgement, waiting and contact with the food team",
     "What happens between registering and the first visit, and whenever a business "
     "needs the council: nothing beyond the automatic email, months or more than a year "
     "without a visit, risk-based visit frequency, chasing by phone or email, being "
     "passed between people, helpful calls and callbacks, replies to questions and "
     "complaints, letters versus emails, wishes for an acknowledgement with a time "
     "frame or a named person.",
     ["I didn't know if it had gone through.",
      "The phone worked.",
      "We don't send an acknowledgement beyond the automatic email"]),
    (IO, "The inspection visit and the officer",
     "The visit itself: unannounced or phoned ahead, its timing (the lunch rush, a "
     "market day, an event in front of the queue, a home with children), how long it "
     "takes, what the officer looks at, the officer's manner (thorough, strict, "
     "friendly, explaining as they go, not listening), paying for the coffee, "
     "differences between officers, two inspectorates, and the officers' own view of "
     "their work.",
     ["Lunch rush.",
      "she paid for it, which I thought was funny",
      "Depends who you get."]),
    (RR, "The hygiene rating, the report and notices",
     "The outcome: the rating from 0 to 5 and whether it feels fair, the three scores "
     "(hygiene, structure, confidence in management) and what they mean, being told on "
     "the day or not, the letter or emailed report and its wording, improvement "
     "notices, 'must do' and 'should do' lists, types of business that are not rated.",
     ["Which I think is harsh.",
      "It had the three scores in a little table, but not what they meant.",
      "Thirty years and a two."]),
    (RE, "Re-rating visits, appeals and right to reply",
     "What a business can do about its rating: asking for a re-rating visit, the fee "
     "and the wait of up to three months, appeals within 21 days and how they are "
     "decided, the right to reply published with the rating, whether anyone knows about "
     "these, wishes for cheaper or quicker revisits.",
     ["Eleven weeks with a one on the door.",
      "What's the right to reply?",
      "the fee is more than we spend on food in a month"]),
    (DC, "Displaying the rating and customers",
     "Living with the rating in public: the sticker in the window, on a van or on a "
     "market table, choosing not to display it (voluntary in England), the rating on "
     "the FSA website, Google and the delivery apps, 'awaiting inspection' while new, "
     "what customers, event organisers, referrers and funders make of it, the effect "
     "on trade, what the sticker could show instead.",
     ["I'll come back when you've got a five",
      "It's, um, it's basically my CV.",
      "They haven't eaten there."]),
    (SF, "Records and Safer Food Better Business",
     "Keeping the paperwork: the Safer Food Better Business pack and diary (and the "
     "version for childminders), opening and closing checks, fridge temperatures, "
     "cleaning schedules, apps, probes and tablets, who in the business does it, "
     "records as the reason for a lower rating, forms only in English, checklists for "
     "volunteers.",
     ["Filling in a diary at the end is the last thing.",
      "It's a habit now, like brushing your teeth.",
      "probe it, write it, sign it"]),
    (AL, "Allergens and labelling",
     "The allergens in practice: allergen sheets and matrices, labelling and Natasha's "
     "Law for food packed before it is ordered, specials and supplier recipes that "
     "change, donated food without labels, children with allergies and parents' forms, "
     "customers' questions and complaints, help with allergens from the council or the "
     "FSA.",
     ["Don't get me started on the labelling.",
      "With Italian food it's gluten, gluten, gluten.",
      "they change recipes without telling you"]),
    (PK, "Premises, kitchens and taking over a business",
     "Where the food is made and who had it before: what the business is and how it "
     "started (introductions), home kitchens, rented units, church halls, shop "
     "fit-outs, hand wash basins, extraction, walls and fridges and what fixing them "
     "costs, taking over a business with its old rating and old problems, new owners "
     "who do not know they must register, advice to people taking over.",
     ["Nobody asked about the plan.",
      "We were blind.",
      "so who pays to fix it?"]),
    (MT, "Mobile units, markets and street trading",
     "Food vans, horseboxes, coffee vans and market stalls: which council to register "
     "with (where the unit is kept), street trading consents in every council and "
     "their yearly renewal, fees, photos and DBS checks, the portal for consents, "
     "markets and events, joining up between councils.",
     ["I rang both councils and got two different answers.",
      "The portal lost my photos.",
      "Registration is where the unit is kept"]),
]
THEMES = [c[0] for c in CODEBOOK]

# ---------------------------------------------------------------------------
# Participants (speaker labels as in the transcripts; see README for the two
# files whose labels are not names)
# ---------------------------------------------------------------------------
SR, TB = "Sarah Reid", "Tom Beckett"
PS, RF, DA, AS, SM = ("Priya Shah", "Rob Fairclough", "Danielle Asante",
                      "Ahmed Siddiqui", "Siân Morgan")
MY, YY, EM, KW, CD = ("Mehmet Yilmaz", "Yusuf Yilmaz", "Elena Marchetti",
                      "Karen Whitlow", "Craig Dunn")
LC = "Lewis Carr"
NH = "Nadia Hussain"
NH_LABEL = "Nadia Hussain (cornercupcafe.co.uk)"   # as Fathom writes it
GP = "Gareth Pryce"
UNK = "unknown"                                     # interview-4: no labels at all
INV, JA = "Interviewer", "JA"
Q, A = "Q", "A"

PARTICIPANTS = [
    # speaker, segment, business_type, district, situation
    (SR, "moderator", "", "", ""),
    (TB, "moderator", "", "", ""),
    (PS, "business owner", "home baker", "Thornley",
     "celebration cakes from her home kitchen since 2024, registered late, still waiting for a first inspection"),
    (RF, "business owner", "cafe", "Market Stoke",
     "left IT to open a cafe in a former bank in March 2025, rated 4, had to move the hand wash sink"),
    (DA, "business owner", "market stall", "Ashcombe",
     "Caribbean food stall on Ashcombe market twice a week, cooks in a rented unit, rated 3"),
    (AS, "business owner", "food van", "Ashcombe",
     "burger van in a converted horsebox since April 2025, events and pub car parks, rated 5"),
    (SM, "business owner", "home producer", "Fenwick",
     "retired teacher making jams and chutneys at home for farmers' markets and farm shops, rated 5"),
    (MY, "business owner", "takeaway", "Kelsey Bridge",
     "bought the kebab takeaway he had worked in for six years, rated 1 with an improvement notice, re-rated 4"),
    (YY, "family member", "takeaway", "Kelsey Bridge",
     "Mehmet's son, does the emails, the forms and the records at night"),
    (EM, "business owner", "restaurant", "Ashcombe",
     "took over an Italian restaurant in January 2025, the previous owner had a 2, now rated 4"),
    (KW, "business owner", "tea room", "Fenwick",
     "village tea room rated 5 since 2012, joined the call from the tea room laptop"),
    (CD, "business owner", "pub kitchen", "Thornley",
     "pub tenant who runs the kitchen, rated 3 because of gaps in the fridge records"),
    (LC, "business owner", "coffee van", "Kelsey Bridge",
     "mobile coffee van since March 2024, station car park and events, consents in three districts, rated 5"),
    (NH, "business owner", "cafe", "Ashcombe",
     "cafe in a former phone shop since September 2023 with her sister, rated 3, paid re-rating to 5"),
    (GP, "council officer", "", "district-wide",
     "senior environmental health officer in the food and safety team, eleven years at the council"),
    (INV, "moderator", "", "", ""),
    (JA, "business owner", "childminder", "Ashcombe",
     "Ofsted-registered childminder since 2019 cooking three meals a day for up to six children, registered with the council in 2021"),
    (Q, "moderator", "", "", ""),
    (A, "community group", "community kitchen", "Thornley",
     "volunteer coordinator of a pay-as-you-feel church hall kitchen and holiday food club, rated 4"),
]


# ---------------------------------------------------------------------------
# Session 1: focus-group-1.docx (Google Meet transcript, the Google Doc
# downloaded as .docx). Online, evening, 2025-10-14. New businesses.
# Guide chronological. Machine transcript: no notes, digits, a few lower-case
# sentence starts and "…" where Meet cut a speaker off. split=k: Meet wrote the
# turn as two "Name:" paragraphs, the first holding k sentences.
# ---------------------------------------------------------------------------
FG1 = [
    M(SR, "Okay, I think the transcript's on now, you should see a little notice at the top. So hi everyone, thank you for giving up your evening. I'm Sarah, I work in the customer insight team at Ashcombe District Council, and Tom's here from the same team, he's taking notes. Tonight is about registering a food business and the food hygiene inspections, but from your side, not ours. Is everybody happy to be recorded and transcribed?"),
    B(PS, "Yes, that's fine."),
    B(RF, "Yep."),
    B(AS, "Yeah, no problem."),
    B(DA, "Fine by me. Sorry, I've got the kids in the background, I'll stay on mute when I'm not talking."),
    M(SR, "No worries at all. Let's do quick introductions. Your name, what your business is, and how long you've been going. Priya, you're at the top of my screen."),
    P(PS, "Hi, I'm Priya. I make celebration cakes from home, so birthdays, weddings, that kind of thing, in Thornley. I started properly last year, before that it was just friends and family, and then people started asking to pay me and I thought, okay, this is a business now.", PK, N, 0, "neutral"),
    M(SR, "Lovely. Rob?"),
    P(RF, "I'm Rob, I opened a café in Market Stoke in March, in the old bank building on the high street. It's me, my partner and two part-timers. Before that I was in IT for 15 years, so completely new to all of this.", PK, N, 0, "neutral"),
    M(SR, "Brilliant. Danielle?"),
    P(DA, "Hi, I'm Danielle, I do Caribbean food on Ashcombe market on Thursdays and Saturdays, jerk chicken, rice and peas, patties. I've had the stall about 18 months. I cook at a unit I rent, not at home.", MT, N, 0, "neutral"),
    M(SR, "And Ahmed."),
    P(AS, "Hi, Ahmed, I've got a burger van, well, a converted horsebox actually. I do events, festivals, a couple of pub car parks. Started in April this year.", MT, N, 0, "neutral"),
    M(SR, "A horsebox, I love that. And Siân, last but not least."),
    P(SM, "Hiya, I'm Siân. I make jams and chutneys in my kitchen in Fenwick and sell them at farmers' markets and a couple of farm shops. It started as a hobby when I retired from teaching and it's sort of got out of hand.", PK, N, 0, "neutral"),
    M(SR, "Okay, so let's go back to the beginning. When you decided to start, how did you find out that you had to register, and what you had to do? Anyone can jump in."),
    P(RF, "Honestly, I didn't know for ages. I was sorting out the lease, the insurance, the coffee machine, and it was the insurance broker who said, have you registered with environmental health? And I said, with who? There's no one place that tells you all the things you need to do.", GI, FI, -1, "pain"),
    P(PS, "Facebook for me. There's a group, Ashcombe Home Bakers, and someone posted make sure you're registered, they're doing spot checks. Which was a bit scary, to be honest. Then I looked on the council website.", GI, FI, 0, "neutral"),
    M(SR, "And what was the website like?"),
    P(PS, "It was okay. It links you to the gov.uk page, and then that sends you back to us, to the council form, so you go round in a little circle. but I got there in the end.", GI, FI, 0, "pain"),
    P(SM, "I found the Food Standards Agency pages really good actually. They've got a whole section for people making things at home, what counts as low risk, and jam is apparently low risk.", GI, FI, 1, "praise"),
    P(DA, "Mine was another trader on the market. He said you need to register where you cook, not where you sell, and the market office said the same, so I registered with Ashcombe because the unit's here.", MT, FI, 0, "neutral"),
    P(AS, "See, that's the bit that confused me. I rang both councils and got two different answers.", MT, FI, -1, "pain"),
    M(SR, "What were the two answers?"),
    P(AS, "One said register where the van's kept overnight, the other said register where you live. Which is fine, except I live in a flat and the van's at my uncle's yard in Wyvern Cross. So which one? Nobody seemed to know.", MT, FI, -1, "pain"),
    M(SR, "And did you get a straight answer in the end?"),
    P(AS, "Sort of. Someone at your lot said just register with us and we'll sort it out between us. Which is what I did.", MT, AP, 0, "neutral"),
    M(SR, "Okay. So let's talk about the registration itself, the form. What was that like?"),
    P(RF, "The form itself was fine, 15 minutes maybe. What threw me was it wants your opening date, and it says you have to register 28 days before you open, and I was about 2 weeks from opening by then. So I spent the next fortnight thinking I was breaking the law.", RG, AP, -1, "pain"),
    P(PS, "Same. I'd been selling cakes for months before I registered, so I was already way past the 28 days. I did wonder if I'd get a fine.", RG, AP, -1, "pain"),
    M(SR, "Did anyone say anything about that?"),
    P(PS, "No. Nothing. nobody's ever mentioned it.", RG, AP, 0, "neutral"),
    P(SM, "The form asked me things that didn't really fit. Number of employees, type of premises, and there's no box for my kitchen at home that's also a jam factory on Tuesdays. So I put domestic premises and hoped for…", RG, AP, -1, "pain"),
    P(DA, "Oh I had that. It asks for the premises and then there's a separate question about mobile, and I didn't know if a market stall counts as mobile or not. I still don't know, to be honest.", RG, AP, -1, "pain"),
    M(SR, "Did it let you save it halfway through?"),
    P(RF, "No, and it timed out on me once. I'd gone to find the lease for the floor area or whatever it was, came back, gone.", RG, AP, -1, "pain"),
    P(AS, "I did mine on my phone sat in the van. It was fine on the phone, to be fair.", RG, AP, 1, "praise"),
    M(SR, "And after you'd pressed submit, what happened?"),
    P(PS, "Nothing. I didn't get an email, nothing. I didn't know if it had gone through.", WC, PR, -1, "pain"),
    P(RF, "I got an automatic email with a reference number and then nothing for, what, 4 months?", WC, PR, -1, "pain"),
    P(DA, "I didn't get anything either. I rang after about 6 weeks and the lady said oh yes, you're on the system, someone will be in touch. And that was it.", WC, PR, -1, "pain"),
    M(SR, "How did that feel, not hearing anything?"),
    P(SM, "Well, I didn't mind, to be honest. I wasn't in a hurry for anyone to come and look at my kitchen.", WC, PR, 0, "neutral"),
    B(PS, "Ha, same."),
    P(RF, "But for me it was a problem, because I had the café open and customers asking what's your rating, and I didn't have one. It just said awaiting inspection on the website for months.", DC, PR, -1, "pain"),
    M(SR, "That's interesting. What did you tell the customers?"),
    P(RF, "That we were new and waiting for the inspection. Most people were fine. One woman said, well, I'll come back when you've got a five.", DC, PR, -1, "pain"),
    M(SR, "Ouch."),
    P(AS, "With events it's worse, honestly. The organisers want your rating before they'll book you and I didn't have one, so I lost two festivals in the summer.", DC, PR, -1, "pain"),
    M(SR, "Did you contact the council about it?"),
    P(AS, "I emailed twice. The second time someone rang me back, really helpful actually, and they got someone out within 2 weeks. So it can be done, it's just you have to push.", WC, PR, 0, "pain"),
    M(SR, "So let's move on to the inspection itself. What happened on the day? Who wants to start?"),
    P(RF, "Mine turned up at half 12 on a Saturday. Lunch rush. Unannounced, which I get, that's the whole point, but it was chaos.", IO, PR, -1, "pain"),
    P(DA, "Mine came to the unit on a day I wasn't cooking, so it was just an empty kitchen, and she said she'd have to come back and see me actually cooking.", IO, PR, 0, "neutral"),
    M(SR, "Rob, how did it go once they were there?"),
    P(RF, "Honestly, she was great. She waited till the rush died down, she had a coffee, she paid for it, which I thought was funny. Then she went through everything, the fridges, the probe, the cleaning schedule, and she explained as she went, which I really appreciated because I didn't know what I didn't know. The only thing was the hand wash sink. We'd got one, but it was behind the coffee machine and she said it has to be accessible, and I thought, well, I wish someone had told me that before the fit-out.", IO, PR, 0, "praise", split=3),
    P(PS, "Can I ask, did she check your records, like the diary?", SF, PR, 0, "question"),
    P(RF, "She did. She went through the Safer Food Better Business pack. I'd filled in the first bits and then, honestly, I'd stopped doing the daily diary. and she noticed.", SF, PR, 0, "neutral"),
    P(PS, "That's what I'm worried about. Mine hasn't happened yet, the inspection.", WC, PR, -1, "pain"),
    M(SR, "How long ago did you register, Priya?"),
    P(PS, "Last September. So over a year now.", WC, PR, -1, "pain"),
    P(SM, "Mine came in June. A very nice young man. He looked at my jars and asked how I sterilise them, and he was genuinely interested. He said low risk businesses don't get visited as often, which is why it took a while.", IO, PR, 1, "praise"),
    P(PS, "Did he phone first? Because mine will be in my house, with my kids there.", IO, PR, 0, "question"),
    P(SM, "He did, he rang the day before. I think because it's a home, they have to.", IO, PR, 1, "praise"),
    M(SR, "Danielle, you said she had to come back."),
    P(DA, "Yeah, so she came back the next week on a market day, in the morning when I was prepping. She was fine, a bit strict. She didn't like that the cool box on the stall didn't have a thermometer. Fair enough, I bought one the same day.", IO, PR, 0, "neutral"),
    P(AS, "Mine was at an event, in front of the queue. That wasn't great, people watching a council officer go through your van.", IO, PR, -1, "pain"),
    B(SM, "Oh, that's not nice at all."),
    P(AS, "No. And he was fine with me, he was polite, I just think they could do it before we open the hatch, not in the middle of service.", IO, PR, 0, "suggestion"),
    M(SR, "Did they say anything at the end of the visit about how it had gone?"),
    P(RF, "She said roughly what she thought it would be. She said probably a four, because of the sink and the diary, but the letter would confirm it.", RR, DE, 0, "neutral"),
    P(DA, "Mine didn't say anything. She just said you'll get it in writing.", RR, DE, -1, "pain"),
    M(SR, "And when the rating came, how did you find out?"),
    P(RF, "Email with a PDF of the letter, about 10 days later. And it was a four.", RR, DE, 0, "neutral"),
    P(DA, "A three.", RR, DE, -1, "neutral"),
    M(SR, "How did you feel about the three?"),
    P(DA, "Gutted, honestly. Everything in the letter was about paperwork. My food's fine, my stall's spotless, and I get a three because my diary wasn't filled in properly.", RR, DE, -1, "pain"),
    P(SM, "It's a bit like that though, isn't it, it's as much about the paperwork as the kitchen.", SF, DE, 0, "neutral"),
    P(PS, "Is that true though? I thought it was mostly about how clean it is.", RR, DE, 0, "question"),
    P(RF, "From what she told me it's three scores. The hygiene, the building, and then confidence in management, which is basically your paperwork.", RR, DE, 0, "neutral"),
    M(SR, "Did the letter explain that?"),
    P(DA, "It had the three scores in a little table, but not what they meant. I had to Google it.", RR, DE, -1, "pain"),
    P(AS, "Mine was a five, so I didn't read it that closely.", RR, DE, 1, "praise"),
    B(DA, "Alright, show off."),
    B(AS, "Ha, sorry."),
    M(SR, "Ahmed, what did the five mean for you in practice?"),
    P(AS, "Straight away I could apply for the festivals. I put the sticker on the serving hatch and I put it on Instagram. It makes a difference, definitely.", DC, US, 1, "praise"),
    P(RF, "We've got ours in the window, the four. And people do look. I had one customer ask why not a five.", DC, US, 0, "neutral"),
    M(SR, "What did you say?"),
    P(RF, "I said come back next year.", DC, US, 0, "neutral"),
    P(DA, "I'm not putting a three up. I know you're supposed to, but I'm not putting it on the stall, it's the first thing people see.", DC, US, -1, "pain"),
    M(SR, "Do you know if you have to display it?"),
    P(DA, "In Wales you have to, in England you don't. Someone on the market told me.", DC, US, 0, "neutral"),
    P(SM, "I don't have anywhere to put mine at the market, it's a table with a cloth on it. So I put it in a little frame next to the jam. People like it actually, the older customers especially.", DC, US, 1, "praise"),
    M(SR, "Let's talk about the day to day now. Records, Safer Food Better Business, allergens. How's that going?"),
    P(PS, "Allergens is the one that keeps me up at night. With cakes everything's got everything in it, nuts, eggs, milk, gluten. I've got a sheet I give to people but I'm always worried I've missed something.", AL, US, -1, "pain"),
    M(SR, "Has anyone from the council helped with that?"),
    P(PS, "Well, I haven't had my inspection yet. The FSA has templates, which are good. But I'd like someone to actually look at mine and say yes, that's right.", AL, US, 0, "suggestion"),
    P(SM, "The labelling rules for jam are a whole other thing. Don't get me started on the labelling.", AL, US, -1, "pain"),
    M(SR, "Go on, I'll get you started."),
    P(SM, "Well, I sell through the farm shop, and they asked me about Natasha's law, which I'd never heard of, because apparently if it's packed before the customer orders it, it needs the full ingredients with the allergens in bold. Which I do anyway. but I only found out from the farm shop, not from anyone official.", AL, US, -1, "pain", split=1),
    P(DA, "For me it's the diary. The Safer Food Better Business diary. On a market day I'm up at 5, I'm cooking, loading, setting up, serving, packing away. Filling in a diary at the end is the last thing.", SF, US, -1, "pain"),
    P(RF, "We've gone to an app now for temperatures and cleaning, the staff tick it on a tablet. The officer said that's fine as long as it covers the same things.", SF, US, 1, "praise"),
    P(DA, "Which app is it?", SF, US, 0, "question"),
    B(RF, "I'll send it you, Sarah can pass my email on."),
    M(TB, "I've made a note, we can swap details after if you're both happy with that."),
    M(SR, "Thanks Tom. Okay, for those of you with a rating, have you thought about asking for a revisit, a re-rating?"),
    P(DA, "I looked into it. It's 180 pounds? For them to come back. For a market stall that's a lot of money, that's like two days' profit.", RE, FU, -1, "pain"),
    P(RF, "And you have to have fixed everything first, and then they come within 3 months, I think. We've moved the sink, that was 400 quid on its own.", RE, FU, -1, "pain"),
    M(SR, "Has anyone used the right to reply or appealed?"),
    P(DA, "I didn't know you could.", RE, FU, -1, "pain"),
    P(PS, "What's the right to reply?", RE, FU, 0, "question"),
    P(RF, "I think you can write something that goes on the website next to your rating, explaining it. I only know because I read the small print.", RE, FU, 0, "neutral"),
    M(SR, "Last question. If you could change one thing about the whole process, the registering, the inspection, the rating, what would it be?"),
    P(PS, "Just an email to say we've got your registration, this is roughly when we'll come. That's it.", WC, PR, 0, "suggestion"),
    P(DA, "Tell you what counts before they come. A checklist. Not the whole FSA website, a checklist for a market stall.", GI, FI, 0, "suggestion"),
    P(RF, "Someone to talk to before you fit out the building. I'd have paid for that, honestly.", PK, FI, 0, "suggestion"),
    P(AS, "One registration for everywhere. If I'm registered I'm registered, I shouldn't have to explain myself to every council in the county.", MT, AP, 0, "suggestion"),
    P(SM, "I'd make the re-rating cheaper for little people like us. But otherwise I've no complaints, they've been lovely with me.", RE, FU, 0, "suggestion"),
    M(SR, "Thank you all so much, that's really, really useful. Tom will email you about the vouchers. Have a lovely evening."),
    B(PS, "Thanks, bye."),
    B(SM, "Thanks Sarah, that was actually quite nice, talking to people in the same boat.", 1, "praise"),
    M(SR, "Bye, everyone."),
]


# ---------------------------------------------------------------------------
# Session 2: focus-group-2.vtt (Webex meeting recording transcript). Online,
# afternoon, 2025-11-06. Businesses that took over or have traded for years.
# The guide starts with the rating they have now and jumps (decision, need,
# apply, processing, decision, use, follow_up, use, find_info, suggestions).
# Machine transcript: no notes, digits; Webex escapes "&" as "&amp;".
# ---------------------------------------------------------------------------
FG2 = [
    M(TB, "Right, I think we're recording. Can everyone hear me okay?"),
    B(KW, "Yes, I can hear you. I'm on the laptop in the tea room, so if a customer comes in I apologise in advance."),
    B(CD, "Loud and clear."),
    M(TB, "Great. So thanks for joining, everyone. I'm Tom, I work at Ashcombe District Council in the customer insight team. Today we're interested in what it's like to run a food business and deal with the council's food hygiene side, so registering, inspections, ratings. We're recording so we get a transcript, and we won't use your names in anything we write. I thought I'd start somewhere a bit different. What's your food hygiene rating right now, and how do you feel about it? Karen, shall we start with you?"),
    P(KW, "Ours is a five, and it's been a five since, gosh, 2012 I think. We're very proud of it. It's in the window and it's on the menus.", DC, US, 1, "praise"),
    M(TB, "Lovely. Mehmet?"),
    P(MY, "We have a one.", RR, DE, -1, "neutral"),
    P(YY, "Sorry, can I jump in, it's Yusuf, I'm his son, I do the emails and that. We got a one in August and it's because of the old owner basically.", PK, DE, -1, "pain"),
    M(TB, "We'll definitely come back to that. Elena?"),
    P(EM, "A four. We took over the restaurant in January and the inspection was in May, and I'm quite happy with a four. The previous owner had a two, so.", RR, DE, 1, "praise"),
    M(TB, "And Craig?"),
    P(CD, "Three. Which I think is harsh.", RR, DE, -1, "pain"),
    M(TB, "Why harsh?"),
    P(CD, "Because the kitchen's fine. It was one thing. The fridge temperature records had gaps when the chef was off sick. One thing, and it's a three, and it's on the pub's Google page for everyone to see.", RR, DE, -1, "pain"),
    P(KW, "It's always the records, isn't it. Always.", SF, DE, 0, "neutral"),
    M(TB, "Let's go back a step. Mehmet and Yusuf, tell me how you came to have the takeaway."),
    P(MY, "I worked there for the old owner, 6 years. He retired, he wanted to sell, so I bought the business from him in the spring.", PK, N, 0, "neutral"),
    P(YY, "And we didn't know that we had to register again as the new owners. We thought it just carried on, same shop, same kitchen.", PK, AP, -1, "pain"),
    M(TB, "How did you find that out?"),
    P(YY, "The bank. When we opened the business account they asked for the food registration and I thought we've got one, and then no, that's his, not ours.", GI, FI, 0, "neutral"),
    P(EM, "Same for us, exactly the same. The solicitor told us, thank God.", GI, FI, 0, "neutral"),
    M(TB, "And the registration itself?"),
    P(YY, "The online form was easy, I did it on my phone. But it didn't ask anything about taking over. There was no box for we're the new owners of a place that's already there. So you don't know if they know.", RG, AP, 0, "pain"),
    P(EM, "For us they phoned actually, two weeks later, a lady from environmental health, to ask about the changes we were planning. That was very helpful.", WC, PR, 1, "praise"),
    P(CD, "I never heard anything after we registered. The pub company did it for us, the brewery, so maybe they heard.", WC, PR, 0, "neutral"),
    M(TB, "Mehmet, tell me about the inspection in August."),
    P(MY, "The officer came on a Friday, 6 o'clock, busy time. She was very strict. Very strict. She found the old extractor, the grease, the tiles behind the fryer, things from before. I said these are from the old owner, and she said I understand, but it's your business now.", IO, PR, -1, "pain"),
    P(YY, "Which, fair enough, legally. But he'd been there 4 months and we had a plan to do the kitchen in the autumn. Nobody asked about the plan.", PK, PR, -1, "pain"),
    P(KW, "Can I just say, in fairness, our officer's been coming for years and he's always been very reasonable. Gareth. He'll tell you what he thinks, but he'll help you.", IO, PR, 1, "praise"),
    P(CD, "Gareth's alright, yeah. We didn't get Gareth.", IO, PR, 0, "neutral"),
    M(TB, "What was your inspection like, Craig?"),
    P(CD, "She came on a Tuesday morning, the chef was off, so it was me and the pot wash lad. She was fine, but she kept asking the lad questions he couldn't answer. Which, he's 17.", IO, PR, -1, "pain"),
    P(EM, "Ours was with the previous owner's mess still in the cellar. She was fair about it. She said I'll score what I see, but I'll write down that you've only just taken over.", IO, PR, 1, "praise"),
    M(TB, "Karen, how did your last one go?"),
    P(KW, "March. Gareth came at half past two when we were quiet, had a scone, looked in all the corners. Same as ever.", IO, PR, 1, "praise"),
    M(TB, "What happened after the visit, Mehmet?"),
    P(MY, "A letter. 8 pages. And a notice, improvement notice, for the extractor and the walls, 6 weeks to do it.", RR, DE, -1, "pain"),
    P(YY, "Hygiene improvement notice. Honestly it was scary. It has all the legal sections, offence, unlimited fine. My dad didn't sleep.", RR, DE, -1, "pain"),
    B(EM, "Oh no."),
    M(TB, "Did anyone explain it to you?"),
    P(YY, "I rang and the officer explained it on the phone. She was nicer on the phone actually. She said if we do the work it's fine, they come back and check.", WC, DE, 1, "praise"),
    M(TB, "Elena, you've got a four. What did the report say?"),
    P(EM, "Mostly good things, and two things to improve. A separate chopping board for raw meat, we had the colours but we weren't using them correctly, and the allergen matrix wasn't up to date with the new menu. Reasonable. The report was clear, to be fair, with the three scores.", RR, DE, 1, "praise"),
    M(TB, "Let's talk about the rating once you've got it. What difference does it make?"),
    P(CD, "On the delivery apps it's right there next to your name. Just Eat, Deliveroo. And people do look, you can see it in the orders.", DC, US, -1, "pain"),
    P(MY, "Since the one, the orders dropped. Maybe 30 percent.", DC, US, -1, "pain"),
    P(YY, "People leave reviews saying a one, disgusting. They haven't eaten there. They just see the number.", DC, US, -1, "pain"),
    B(KW, "That's awful."),
    P(CD, "And you can't get it off. Until they come back, it stays.", RE, FU, -1, "pain"),
    M(TB, "Has anyone asked for a re-rating?"),
    P(YY, "Yes. We did all the work, new extractor, new wall cladding, the whole kitchen, 12,000 pounds, and then we applied for the re-rating visit. That was another 195 pounds.", RE, FU, -1, "pain"),
    M(TB, "And how long did that take?"),
    P(YY, "They said within 3 months. It was 11 weeks. Eleven weeks with a one on the door.", RE, FU, -1, "pain"),
    P(MY, "But now it's a four.", RE, FU, 1, "praise"),
    B(KW, "Oh, well done!"),
    B(EM, "Congratulations."),
    M(TB, "Craig, are you thinking of asking for a revisit?"),
    P(CD, "Thinking about it. The fee is what puts me off. The pub company won't pay it, it comes out of my pocket, and it's a tenancy, the margins are nothing. I've looked at the right to reply instead but who reads that?", RE, FU, -1, "pain"),
    M(TB, "Has anyone used the right to reply, or an appeal?"),
    P(EM, "No, we were happy with the four.", RE, FU, 0, "neutral"),
    P(YY, "We thought about appealing but you have 21 days and honestly we were still in shock. And the officer said an appeal is if you think the rating's wrong, not if you just don't like it.", RE, FU, 0, "neutral"),
    M(TB, "Let me ask about the day-to-day side, records and allergens. How do you manage the paperwork?"),
    P(KW, "We've used the Safer Food Better Business book since it came out. My daughter does the fridge temperatures in the morning and I do the closing checks. It's a habit now, like brushing your teeth.", SF, US, 1, "praise"),
    P(EM, "We use a digital system, the probe sends the temperature to the tablet. It cost money, but the officer liked it.", SF, US, 1, "praise"),
    P(MY, "For us the problem is the language. The book is English. My English for talking is fine, but for writing, the forms, it's hard. Yusuf does it at night.", SF, US, -1, "pain"),
    P(YY, "There's translations on the FSA website, there's Turkish, which I only found out later. Nobody told us.", GI, US, -1, "pain"),
    M(TB, "And allergens?"),
    P(CD, "Allergens is the scary one for a pub. We've got a chef who changes the specials every week, and every time the allergen sheet has to change and the staff have to know it. Fish & chips Friday is easy, it's the specials.", AL, US, -1, "pain"),
    P(EM, "We have the matrix and the waiters ask every customer, every time. With Italian food it's gluten, gluten, gluten. And people who say they're allergic when it's a preference.", AL, US, 0, "neutral"),
    P(KW, "I had a lady with a nut allergy who brought her own scone once. Quite right too.", AL, US, 0, "neutral"),
    M(TB, "Before we finish, thinking back to when you were starting out or taking over, where did you look for information?"),
    P(EM, "The FSA website, the council page, and honestly a Facebook group for restaurant owners where people ask everything. The council page was a bit thin, it mostly sends you to the FSA.", GI, FI, 0, "pain"),
    P(CD, "The brewery gave me a pack. Which was mostly about beer.", GI, FI, -1, "pain"),
    P(KW, "When I started there was no internet to speak of. I rang the council and a man came out and walked round with me before we opened. I don't think they do that now.", GI, FI, 0, "praise"),
    M(TB, "They do still offer advice visits, Karen, but there's a charge for them now."),
    B(KW, "Well, there you go."),
    M(TB, "Last question. What's the one thing the council should change?"),
    P(YY, "When someone takes over a business, send them a letter. New owner, here's what you need to do, here's the old report. We were blind.", PK, AP, 0, "suggestion"),
    P(MY, "More time. Give new owners more time before the inspection, to fix the old things.", PK, PR, 0, "suggestion"),
    P(CD, "Make the re-rating free, or cheaper for small places. Or at least let you pay it in instalments.", RE, FU, 0, "suggestion"),
    P(EM, "A phone number where you get the same person. We spoke to three different people about one question.", WC, PR, -1, "suggestion"),
    B(KW, "Honestly, I'd say keep doing what you're doing. It works for us.", 1, "praise"),
    M(TB, "Thank you all, that's been really helpful. I'll stop the recording now."),
    B(CD, "Cheers, Tom."),
    B(KW, "Thank you, bye bye."),
]


# ---------------------------------------------------------------------------
# Session 3: interview-1.txt (Zoom meeting, live transcript saved from the
# Transcript panel, "Save transcript"). 2025-10-21, from 10:02 by the clock.
# Mobile coffee van. Zoom writes um/uh and "…"; split=k: Zoom started a new
# block of the same speaker (with a new time) after k sentences.
# ---------------------------------------------------------------------------
INT1 = [
    M(SR, "Okay, I think that's recording, and the live transcript's on as well. Can you see it at the bottom?"),
    B(LC, "Yeah, yeah, I can see it. It's like subtitles. Bit weird seeing yourself typed up."),
    M(SR, "It is a bit. So thanks for doing this, Lewis. Could you start by telling me about your business?"),
    P(LC, "Sure. So I run a, um, a mobile coffee van. It's a little Piaggio, the three-wheeler, converted. I do the station car park at Kelsey Bridge in the mornings and then events at weekends, weddings, fun runs, that kind of thing. I started, uh, March last year. Before that I worked in a warehouse, nights, and I just… I'd had enough.", MT, N, 0, "neutral", split=3),
    M(SR, "And what made you go for coffee?"),
    P(LC, "Honestly, it was low risk. I looked into food and it was like, if you do hot food, burgers, whatever, there's a lot more to it. So coffee and cakes, and the cakes I buy in, it seemed like the, uh, the easy start.", GI, FI, 0, "neutral"),
    M(SR, "Where did you look?"),
    P(LC, "YouTube, mostly. There's a guy who does a whole series on starting a coffee van, and he goes through the registration and the, um, the street trading and all that. And then the gov.uk page.", GI, FI, 0, "neutral"),
    M(SR, "And was the council's own information useful?"),
    P(LC, "Um, not really, no. It was fine for the registration bit, but for trading on the street it was just a PDF from, like, 2019 with the fees crossed out.", MT, FI, -1, "pain"),
    M(SR, "Okay. Tell me about registering."),
    P(LC, "So the registration was easy enough. You fill in the form, and the van's kept on my drive so it's registered to my home address, which felt weird, like, is my house a food business now?", RG, AP, 0, "neutral"),
    M(SR, "Was anything on the form unclear?"),
    P(LC, "The bit about water supply. It asked if I had a, um, a mains water supply, and I've got a tank in the van, and there wasn't an option for that, so I put no and then worried they'd think I had no water at all.", RG, AP, -1, "pain"),
    M(SR, "What happened after you sent it?"),
    P(LC, "I got an email straight away, automatic, with a reference. Then nothing. And then, uh, five months later I get a phone call, we'd like to inspect, where's the van going to be on Tuesday.", WC, PR, -1, "pain"),
    M(SR, "Five months."),
    P(LC, "Five months. And in that time I'd done, what, maybe 20 events, and every single organiser asks for your hygiene rating.", DC, PR, -1, "pain"),
    M(SR, "What did you tell them?"),
    P(LC, "I sent them the registration email and said awaiting inspection. Most of them accepted that. One wedding venue didn't.", DC, PR, 0, "neutral"),
    M(SR, "Tell me about the inspection."),
    P(LC, "So he came to my house, to the drive. Nice guy, young guy. Had a look at the van, the sink, the hot water, the fridge for the milk. Asked about my, um, my cleaning, what I use, and he asked to see my Safer Food Better Business, which I had, I'd printed the whole thing. And then he asked me to make him a coffee, to see how I handle the milk and that. And I said I'm not going to charge you. And he said no, you have to charge me, or it's a bribe. So he paid two eighty for a flat white.", IO, PR, 1, "praise", split=4),
    M(SR, "That's brilliant."),
    P(LC, "Yeah, it was a good experience, honestly. And I got a five.", RR, DE, 1, "praise"),
    M(SR, "How did you hear about the five?"),
    P(LC, "Email, about a week later, with the letter. And the sticker came in the post separately, which was, uh, a few weeks after that. So for a bit I had a five and no sticker.", DC, DE, 0, "neutral"),
    M(SR, "Where do you display it?"),
    P(LC, "On the serving hatch, on the website, on my Instagram. Event organisers love it. It's, um, it's basically my CV.", DC, US, 1, "praise"),
    M(SR, "Now, you mentioned street trading. Can you tell me about that?"),
    P(LC, "Oh, man. Okay. So registration is once, the hygiene rating is once, but street trading consent is every council, every year. I trade in three districts. So that's three applications, three fees, three lots of, uh, photos of the van, and one wanted a DBS check and the others didn't. And Ashcombe's is 260 quid a year for the station pitch, which, fine, but the renewal form is the same as the new form. You fill in everything again, like they've never heard of you.", MT, FU, -1, "pain", split=5),
    M(SR, "How did the renewal go this year?"),
    P(LC, "The portal lost my photos. I uploaded them, it said success, and then two weeks later I get an email saying application incomplete, no photos. And by then my consent had expired, so technically I couldn't trade at the station for, uh, nine days.", MT, FU, -1, "pain"),
    M(SR, "Did you trade?"),
    P(LC, "Um… no comment.", MT, FU, 0, "neutral"),
    M(SR, "Fair enough. Did you complain?"),
    P(LC, "I emailed. Someone said sorry, it's a known issue with the portal, and they backdated it. Which was nice, but, you know, a known issue, so why not tell people?", WC, FU, 0, "pain"),
    M(SR, "Let's talk about the day to day. Records, allergens."),
    P(LC, "Records I do on an app now. It's, uh, it's free, it's the temperature of the milk fridge twice a day and the cleaning. Takes two minutes.", SF, US, 1, "praise"),
    M(SR, "And allergens?"),
    P(LC, "Milk, obviously, and I do oat and soya. The syrups, I had to check the hazelnut one, because some have actual nuts and some are just flavouring. And the cakes I buy in come with labels, so I keep the labels in a folder. It's, it's manageable.", AL, US, 1, "praise"),
    M(SR, "Is there anything the council could do differently?"),
    P(LC, "Yeah. One, um, one page that says if you're a mobile trader, here's everything. Registration, where, the rating, street trading, markets, events, in one place. And two, if I've got a five from Ashcombe, let the other councils see that, so I'm not explaining myself every time.", MT, FI, 0, "suggestion", split=2),
    M(SR, "That's really clear. Anything else you want to add?"),
    P(LC, "No, I think that's, that's it. Oh, just, the guy who inspected me, he was great, so, yeah, tell him.", IO, PR, 1, "praise"),
    M(SR, "I will. Thanks so much, Lewis."),
    B(LC, "Cheers, Sarah. Take care."),
]


# ---------------------------------------------------------------------------
# Session 4: interview-2.txt (Fathom notetaker on a video call; the transcript
# copied out of Fathom). 2025-10-22. Cafe, rated 3, paid re-rating to 5.
# Fathom puts the company (from the e-mail domain) after external speakers'
# names and sometimes two spaces between sentences.
# ---------------------------------------------------------------------------
INT2 = [
    M(TB, "Right, so Fathom's recording, you'll have seen it join the call. Is that still okay with you?"),
    B(NH, "Yeah, that's fine. It's the little notetaker thing, isn't it?"),
    M(TB, "That's the one. So could you tell me a bit about the café?"),
    P(NH, "So The Corner Cup, it's on Church Street in Ashcombe. We opened in September 2023. It was a phone shop before, so we had to do the whole thing, kitchen, counter, toilets. It's me and my sister and two part-time staff. Breakfasts, lunches, cakes.", PK, N, 0, "neutral"),
    M(TB, "And when did you first deal with the council's food team?"),
    P(NH, "When we were doing the fit-out. My builder said you should talk to environmental health before you put the kitchen in, so I emailed them. And honestly they were really good. Someone rang me and talked me through the sinks and the floor and the ventilation. That saved us a lot of money.", GI, FI, 1, "praise"),
    M(TB, "Did you pay for that advice?"),
    P(NH, "No, it was free then. I think they charge now, someone told me.", GI, FI, 0, "neutral"),
    M(TB, "And the registration?"),
    P(NH, "Easy. Ten minutes online.", RG, AP, 1, "praise"),
    M(TB, "And after that?"),
    P(NH, "After that, um, we opened, and the inspection was about six weeks after we opened. Which was quick, I think, compared to other people I know.", WC, PR, 1, "praise"),
    M(TB, "How did the inspection go?"),
    P(NH, "Okay, so. It was a lady, quite senior I think. A Wednesday morning, not busy. She was very thorough, like three hours. And it was mostly fine, but we were new, and our paperwork wasn't really there. We had the Safer Food Better Business book but we hadn't filled in the opening and closing checks properly, and we didn't have the allergens written down for every dish. It was all in my head.", IO, PR, 0, "neutral"),
    M(TB, "And what rating did you get?"),
    P(NH, "A three. And I cried, honestly. In the kitchen, after she'd gone.", RR, DE, -1, "neutral"),
    M(TB, "I'm sorry. That sounds really hard."),
    P(NH, "It's fine now. But at the time, a three, when you've put your savings into it. And the report said the structure and the cleaning were good, it was the confidence in management, the paperwork. So the food was safe, but the sticker says three.", RR, DE, -1, "pain"),
    M(TB, "What did you do next?"),
    P(NH, "I fixed everything in about two weeks. We did the allergen matrix for the whole menu, a proper diary, trained the staff. And then I applied for the re-rating, which is, what was it, a hundred and ninety-five pounds.", RE, FU, 0, "neutral"),
    M(TB, "How was applying for that?"),
    P(NH, "The form was fine. The problem was the waiting. They say they'll come within three months, and they came right at the end, nearly three months. And all that time we're a three on the FSA website, on Google, on Deliveroo.", RE, FU, -1, "pain"),
    M(TB, "Did that affect the business?"),
    P(NH, "I think so. You can't prove it. But people do say things. One lady came in and said, oh, I didn't think it would be this nice, from the three.", DC, US, -1, "pain"),
    M(TB, "Did you use the right to reply?"),
    P(NH, "I did. So you can write a short bit that goes on the FSA website under your rating. I wrote that we'd fixed everything and we were waiting for a revisit. I don't know if anyone read it.", RE, FU, 0, "neutral"),
    M(TB, "And the revisit?"),
    P(NH, "Five. Same lady actually, and she was lovely, she said she could see the difference.", RE, FU, 1, "praise"),
    M(TB, "Brilliant. Now, you mentioned something in the screening call about a complaint?"),
    P(NH, "Oh yeah. So a customer complained to the council last spring that we'd served her a wrap with sesame in it. She's got a sesame allergy. And we had it on the matrix, the wrap has sesame seeds, and the staff member did tell her, but she said she wasn't told.", AL, US, -1, "pain"),
    M(TB, "How did the council handle it?"),
    P(NH, "They rang me, they came in, they looked at the matrix and the training records, and they said we'd done what we should. It was handled fairly, I'll say that. But I didn't hear anything after, whether it was closed or. I assume it's closed.", WC, FU, 0, "praise"),
    M(TB, "How do you manage allergens now?"),
    P(NH, "Everything's written down, the matrix is laminated by the till, and we ask every customer. Every single one. Even the ones who roll their eyes.", AL, US, 0, "neutral"),
    M(TB, "And the records?"),
    P(NH, "The diary, we do it every day now. My sister's better at it than me, she's very strict.", SF, US, 1, "praise"),
    M(TB, "If you think about the whole thing, from registering to now, what was the hardest part?"),
    P(NH, "The three months waiting for the revisit. Definitely. Because you've fixed it, you know you've fixed it, and the world still sees a three.", RE, FU, -1, "pain"),
    M(TB, "And what worked well?"),
    P(NH, "The advice at the start. If more people knew they could ask before they build, they'd save a fortune.", GI, FI, 1, "praise"),
    M(TB, "Any suggestions for the council?"),
    P(NH, "The revisit should be quicker if you're paying for it. If I'm paying a hundred and ninety-five pounds I want it in two weeks, not three months. And a proper email at the end of a complaint, just to say it's closed, you did nothing wrong.", RE, FU, -1, "suggestion"),
    M(TB, "That's really helpful, Nadia."),
    P(NH, "And sorry, one more thing. The sticker. When we got the five, the new sticker came, but the old three sticker, nobody tells you, can you throw it away, do you have to send it back? I've still got it in a drawer.", DC, FU, 0, "neutral"),
    M(TB, "That's a good question, I'll find out for you."),
    B(NH, "Thanks. And thanks for listening.", 1, "praise"),
]


# ---------------------------------------------------------------------------
# Session 5: interview-3.vtt (captions file of a Google Meet recording, as
# downloaded from Drive). 2025-10-27. Staff: a senior environmental health
# officer. Meet writes fixed four-second cues, the speaker as "(Name)" on a
# line of its own, and two speakers in one cue separated by "-" and a line
# holding one space.
# ---------------------------------------------------------------------------
INT3 = [
    M(SR, "Okay, so that's recording now. Thank you for making the time, Gareth, I know you're busy."),
    B(GP, "No problem at all, happy to help."),
    M(SR, "Could you start by telling me what your role is?"),
    P(GP, "Sure. So I'm a senior environmental health officer in the food and safety team. I've been at Ashcombe about 11 years. There's four of us on food, well, three and a half really, and between us we cover about 1,100 food businesses in the district.", IO, PR, 0, "neutral"),
    M(SR, "Eleven hundred, that's a lot."),
    P(GP, "It is. And it's growing. Mostly home businesses, cake makers, people doing meal prep from home, market traders, a lot more of them since Covid.", RG, AP, 0, "neutral"),
    M(SR, "When someone registers, what happens at your end?"),
    P(GP, "The form comes into our system, it creates a record, and we risk rate it on paper, basically, from what they've told us. High risk, a takeaway, a care home, we try to get out within a few weeks of them opening. Low risk, someone making jam, that might be months. Sometimes more than a year, honestly.", WC, PR, 0, "neutral"),
    M(SR, "Do businesses know that?"),
    P(GP, "Probably not, no. We don't send an acknowledgement beyond the automatic email, and I know that's a problem. People ring us to ask if we've got it.", WC, PR, -1, "pain"),
    M(SR, "Why no acknowledgement?"),
    P(GP, "It's the system. The old system could send a letter, the new portal sends the automatic email and that's it, and we haven't had the time to set up anything better. It's on the list.", WC, PR, -1, "pain"),
    M(SR, "What about the 28 days? People tell us that worries them."),
    P(GP, "Yeah, I know. The rule is 28 days before you start trading, but honestly, if someone registers late we're just glad they've registered. Nobody's getting prosecuted for registering two weeks late. I wish the form said that a bit more kindly.", RG, AP, 0, "suggestion"),
    M(SR, "Can you walk me through an inspection?"),
    P(GP, "So it's unannounced, mostly. We look at three things. How the food is handled, so hygiene, temperatures, cross contamination. The structure, the building, cleaning, pests. And then confidence in management, which is really, do they have a system, do they know their hazards, is it written down. Each one gets a score and the scores add up to the rating.", RR, DE, 0, "neutral"),
    M(SR, "Businesses told us the visit sometimes lands at the busiest time."),
    P(GP, "That's fair. We try to see them working, that's the point, you can't judge a kitchen that's switched off. But I'd never want to get in someone's way at lunch, so I'll usually wait, have a coffee, watch. Not everyone does that, I know.", IO, PR, 0, "neutral"),
    M(SR, "Do businesses get the same treatment whoever comes?"),
    P(GP, "We try. We do consistency exercises, we all score the same mock inspection and compare. But honestly, there are differences between officers, and businesses notice. Some of us are chattier than others.", IO, PR, 0, "neutral"),
    M(SR, "What's the most common problem you find?"),
    P(GP, "Paperwork. Honestly, nine times out of ten. The kitchen's clean, the food's fine, and the Safer Food Better Business pack is in a drawer with three pages filled in. And that costs them on management, and that's the difference between a five and a three.", SF, PR, -1, "pain"),
    M(SR, "Do you think that's fair?"),
    P(GP, "I think the records matter, because when something goes wrong it's the records that tell you why. But I understand why a market trader feels it's unfair. We could do a lot better at explaining it before we come, not after.", SF, FI, 0, "suggestion"),
    M(SR, "And the letters, the reports, how are they produced?"),
    P(GP, "It's a template. The rating, the three scores in a table, and then the things we found with the legal references. I know they read as quite formal. The law needs some of it, but the table on its own doesn't mean much to people, I accept that.", RR, DE, -1, "pain"),
    M(SR, "What about improvement notices?"),
    P(GP, "They're for when something's serious, or it's been ignored. A takeaway with grease in the extraction, damaged walls, that kind of thing. They are frightening documents, they have to be, legally. I always ring the business after we serve one, to explain it in plain English.", RR, DE, 0, "neutral"),
    M(SR, "What happens when someone takes over a business?"),
    P(GP, "That's a real gap. The rating stays with the premises until we inspect again, and the new owner has to register, but they often don't know that. We don't always know there's been a change until we turn up and it's a different name over the door.", PK, AP, -1, "pain"),
    M(SR, "And re-ratings. The fee comes up a lot."),
    P(GP, "It's 195 pounds at the moment, which is cost recovery, it's what the visit costs us. I understand it's a lot for a market stall. And we have to go within three months. We aim for quicker, but with the backlog it's often near the end.", RE, FU, -1, "pain"),
    M(SR, "And appeals, the right to reply?"),
    P(GP, "We get very few appeals, maybe two or three a year. Right to reply, a few more. I don't think people know about either, to be honest. It's in the letter, but in the small print.", RE, FU, -1, "pain"),
    M(SR, "Mobile traders told us it's confusing which council they deal with."),
    P(GP, "It is confusing, and it's confusing for us too. Registration is where the unit is kept, but street trading consent is with whoever's area they trade in, and then markets have their own rules. We do share information with the neighbouring councils, but not in any joined up way.", MT, AP, -1, "pain"),
    M(SR, "Allergens. Is that something you see problems with?"),
    P(GP, "It's the thing that keeps me up at night. A dirty floor won't kill anyone, an allergen mistake can. Most businesses are trying, but the information changes with every new supplier or new special, and that's where it goes wrong.", AL, US, -1, "pain"),
    M(SR, "What support can businesses get from you, outside the inspections?"),
    P(GP, "There's the advisory visit, which is charged now, 60 pounds an hour. We do a free newsletter twice a year, which I suspect nobody reads. And we answer emails, when we can.", GI, FI, 0, "neutral"),
    M(SR, "If you could change one thing?"),
    P(GP, "An acknowledgement with a realistic time frame, so people aren't left wondering. And a simple start-up pack, one page per type of business, before they open. That would save us time as well.", WC, PR, 0, "suggestion"),
    M(SR, "Anything else you'd like to add?"),
    P(GP, "Just that most of the businesses I see are doing a good job. The rating scheme is a blunt tool, but the people running these places really care.", RR, DE, 0, "neutral"),
    M(SR, "That's a lovely place to finish. Thanks so much, Gareth."),
    B(GP, "Thanks, Sarah. Good luck with it."),
]


# ---------------------------------------------------------------------------
# Session 6: interview-4.docx (typed up in Word by the researcher: her questions
# in bold, the answers in plain paragraphs, no speaker labels at all; an empty
# paragraph after each answer; Word's curly quotes). 2025-10-29, at the shop.
# Fish and chip shop, rated 2, appeal, right to reply, re-rated 4. The file
# cannot name the speaker: gold speaker "unknown" (see README).
# ---------------------------------------------------------------------------
INT4 = [
    M(SR, "Thanks for seeing me before you open. Can you tell me a bit about the shop?"),
    P(UNK, "Holt's Fish Bar. My dad opened it in 1989 and I took over from him in 2011. We're on Station Road, opposite the Co-op. Fish and chips, pies, the usual. Me, my wife Julie, and three lads part time.", PK, N, 0, "neutral"),
    M(SR, "So you've been through a lot of inspections."),
    P(UNK, "Loads. Erm, it used to be the same fella every time, Mr Barker, he's retired now. He'd come in, have a look, have a moan about the tiles, and we'd get a four or a five. Never any bother.", IO, PR, 1, "praise"),
    M(SR, "And the most recent one?"),
    P(UNK, "February. Different officer, young woman, very by-the-book. [pause] We'd had a problem with the chiller the week before, it had been running warm, and the engineer was booked, but she probed it and it was at nine degrees. And then she found mouse droppings in the potato store. Old ones. We'd had a mouse in the autumn and the pest control had dealt with it, but nobody had hoovered behind the sacks.", IO, PR, -1, "pain"),
    M(SR, "What happened then?"),
    P(UNK, "She was in there nearly four hours. I had to close at dinner time. Then we got a two.", RR, DE, -1, "pain"),
    M(SR, "How did you find out?"),
    P(UNK, "A letter, about a fortnight later. Four pages. She'd said on the day it would probably be a two, but seeing it in black and white... [pause] Thirty years and a two.", RR, DE, -1, "pain"),
    M(SR, "Did you think the two was fair?"),
    P(UNK, "Partly. The chiller, fair enough, that was bad. The droppings I'd argue with. They were old, there was no live mouse, and we had the pest control report to show it had been dealt with. She didn't want to see it. That's what got me.", IO, PR, -1, "pain"),
    M(SR, "What did you do?"),
    P(UNK, "Julie looked it all up. There's an appeal, which you have to do within twenty-one days, and there's the right to reply. We did both.", RE, FU, 0, "neutral"),
    M(SR, "How did that go?"),
    P(UNK, "The appeal got turned down. A different officer, the lead officer, looked at it and wrote back saying the rating reflected what was found on the day. Which, yeah, I suppose. [laughs] They would say that, wouldn't they.", RE, FU, -1, "pain"),
    M(SR, "And the right to reply?"),
    P(UNK, "That's on the website now, under the two. Julie wrote it. I've never looked at it. Somebody told me nobody reads them anyway.", RE, FU, 0, "neutral"),
    M(SR, "Did you display the two?"),
    P(UNK, "Did I heck. [laughs] No. You don't have to in England. I took the old five down as well, mind, I'm not that cheeky.", DC, US, 0, "neutral"),
    M(SR, "Did it affect trade?"),
    P(UNK, "The regulars, no. They've been coming thirty years. The delivery side, yes. Just Eat shows it, and we dropped off a bit. And the local Facebook group had a field day. Someone posted a screenshot, \"Holt's got a 2!!\", and there were about two hundred comments. [pause] Some of them stuck up for us, to be fair.", DC, US, -1, "pain"),
    M(SR, "Did you ask for a re-rating?"),
    P(UNK, "As soon as the chiller was replaced and we'd had a deep clean. Paid the fee, the hundred and ninety-odd pound. They came in May. Got a four.", RE, FU, 0, "neutral"),
    M(SR, "How did the second visit compare?"),
    P(UNK, "Chalk and cheese. Different officer, an older chap, Gareth. He went through everything and told me what would get me a five next time. That's all you want, someone telling you straight.", IO, FU, 1, "praise"),
    M(SR, "Let's go back to the records side. How do you manage the Safer Food Better Business?"),
    P(UNK, "Julie does it. I'm hopeless with paperwork. She's got the diary, the fridge temps twice a day, the fryer oil changes, the cleaning. After February she got a bit, erm, militant about it. [laughs]", SF, US, 0, "neutral"),
    M(SR, "And allergens?"),
    P(UNK, "Fish is an allergen, the batter's got gluten, some of the sauces have mustard, there's celery in the curry sauce, which surprises people. We do a gluten-free night on a Monday with separate oil. That's been really popular, actually. There's a sheet on the counter.", AL, US, 1, "praise"),
    M(SR, "Has anyone from the council ever talked to you about allergens?"),
    P(UNK, "Not really. The inspector asks, have you got your allergen information, yes, fine. Nobody's ever sat down and said this is how you should do it. Julie got it all off the internet.", AL, US, -1, "pain"),
    M(SR, "When you think about the council's food team overall, how would you describe them?"),
    P(UNK, "[pause] Depends who you get. That's the honest answer. Gareth, brilliant. The young lass, she probably knew her stuff, but there was no, erm, conversation. It felt like she'd made her mind up before she came in.", IO, PR, 0, "pain"),
    M(SR, "Is there anything about the way the council contacts you that you'd change?"),
    P(UNK, "Letters. I don't read emails, Julie does. Everything comes by email now. I'd like a phone call when it's something serious.", WC, DE, 0, "suggestion"),
    M(SR, "What would you say to someone taking over a chippy now?"),
    P(UNK, "Get the last inspection report off the old owner before you sign anything. And look behind the sacks. [laughs]", PK, AP, 0, "neutral"),
    M(SR, "If you could change one thing about the scheme?"),
    P(UNK, "The sticker shows one number from one day. We've had thirty years of fours and fives and one bad day. I'd put the last three ratings on it, so people can see it's a one-off.", DC, US, 0, "suggestion"),
    M(SR, "That's really interesting. Anything else?"),
    B(UNK, "No, you've had your money's worth. [laughs] I'll have to get the fryers on in a minute."),
    M(SR, "Thank you so much, Gary."),
    B(UNK, "No bother, love. Tell them I said hello."),
]


# ---------------------------------------------------------------------------
# Session 7: interview-5.xlsx (the researcher's Excel grid: ONE ROW PER
# QUESTION AND ANSWER, columns Q no. | Topic | Interviewer question |
# Answer (JA) | Notes, and a second sheet "About"). 2025-10-30, at the
# childminder's home. Turns: the question then the answer of each row.
# topic= and qno= go to the question's row, note= to the Notes cell.
# ---------------------------------------------------------------------------
INT5 = [
    M(INV, "Can you tell me about your childminding, and the food side of it?", qno="1", topic="Background"),
    P(JA, "I've been a registered childminder since 2019, with Ofsted. I have up to six children, the youngest is one. I do breakfast, a hot lunch and tea, all cooked here in my kitchen. The parents love that it's home-cooked.", PK, N, 0, "neutral"),
    M(INV, "When did you find out you needed to register with the council as a food business?", qno="2", topic="Finding out"),
    P(JA, "Honestly, not until 2021. My Ofsted inspector asked, are you registered with environmental health for the food? And I said, I'm registered with you! I thought Ofsted covered everything.", GI, FI, -1, "pain", note="laughs"),
    M(INV, "Had anyone mentioned it before that?", qno="3", topic="Finding out"),
    P(JA, "No. Not on the childminding course, not the agency, nobody. The other childminders in my WhatsApp group didn't know either. Some of them still don't.", GI, FI, -1, "pain"),
    M(INV, "How did you find the registration?", qno="4", topic="Registering"),
    P(JA, "It was straightforward. There's actually a tick box for childminder, so I felt like, okay, they know we exist. It took about ten minutes.", RG, AP, 1, "praise"),
    M(INV, "Were you worried about registering late?", qno="5", topic="Registering"),
    P(JA, "Yes! I thought I'd be fined. I rang them before I did the form and the lady said don't worry, just register now. That was such a relief.", WC, AP, 1, "praise"),
    M(INV, "What happened after you registered?", qno="6", topic="Waiting"),
    P(JA, "Nothing for a long time. About eighteen months. I'd almost forgotten about it.", WC, PR, -1, "pain"),
    M(INV, "Tell me about the inspection visit.", qno="7", topic="Inspection"),
    P(JA, "She phoned first, because of the children, which I appreciated, so I knew the day. She came at lunchtime and watched me make the lunch with the children at the table. Very calm, very nice with the kids. My little one gave her a drawing.", IO, PR, 1, "praise"),
    M(INV, "What did she look at?", qno="8", topic="Inspection"),
    P(JA, "The fridge temperatures, how I store the food, the separate chopping boards, how I clean, and the allergy forms from the parents. She said my allergy forms were better than some nurseries'.", AL, PR, 1, "praise", note="proud of this"),
    M(INV, "And the outcome?", qno="9", topic="Outcome"),
    P(JA, "She said it was all good, but then she said childminders don't get a rating, a sticker, it isn't published. I was a bit disappointed, honestly. I wanted a five on the wall for the parents.", RR, DE, 0, "pain", note="check: are childminders outside FHRS in ADC? ask GP"),
    M(INV, "Did you get anything in writing?", qno="10", topic="Outcome"),
    P(JA, "A short letter saying the visit was satisfactory, and a couple of recommendations, like writing down my cleaning schedule.", RR, DE, 0, "neutral"),
    M(INV, "How do parents know your food is safe, then?", qno="11", topic="Outcome"),
    P(JA, "They see my Ofsted report, and I tell them I've been inspected by the council. Some ask. One dad asked for the hygiene rating and I had to explain that we don't get one.", DC, US, 0, "neutral"),
    M(INV, "What records do you keep?", qno="12", topic="Records"),
    P(JA, "I use the Safer Food Better Business for childminders, which is a version just for us. It's actually really good, it's written for a home kitchen. I fill in the diary at the end of the day when the children have gone.", SF, US, 1, "praise"),
    M(INV, "Is that manageable?", qno="12a", topic="Records"),
    P(JA, "Mostly. Some days you've had six children since half seven and the last thing you want is paperwork. But I do it.", SF, US, 0, "neutral"),
    M(INV, "Tell me more about the allergies.", qno="13", topic="Allergens"),
    P(JA, "I've got a little boy with an egg allergy at the moment. Everything is labelled, he has his own shelf, and I read every label every time, because they change recipes without telling you. The bread changed last month.", AL, US, -1, "pain", note="showed me the shelf"),
    M(INV, "Have you had any help with allergens, from the council or Ofsted?", qno="14", topic="Allergens"),
    P(JA, "Not from the council directly. There was a free online course from the Food Standards Agency, which I did, and it was excellent.", GI, US, 1, "praise"),
    M(INV, "How do you feel about having two inspectors, Ofsted and the council?", qno="15", topic="Ofsted"),
    P(JA, "It's a bit much. They ask some of the same questions. Ofsted look at the food too, they ask about allergies, hygiene. I don't understand why they can't talk to each other.", IO, PR, -1, "pain"),
    M(INV, "Has the council been in touch since the visit?", qno="16", topic="Since"),
    P(JA, "No. Not since. I don't know when they'll come again.", WC, FU, 0, "neutral"),
    M(INV, "If you moved house, would you know what to do?", qno="17", topic="Since"),
    P(JA, "I'd have to register again, I think? I'd probably ring them.", RG, FU, 0, "neutral"),
    M(INV, "What would make it easier for childminders?", qno="18", topic="Changes"),
    P(JA, "Ofsted and the council sharing information. So when you register with Ofsted they tell you about the food registration, or even do it for you. One form.", RG, AP, 0, "suggestion"),
    M(INV, "And for the inspection itself?", qno="19", topic="Changes"),
    P(JA, "Keep phoning first. With little ones you can't have someone just turn up at the door, it unsettles them.", IO, PR, 0, "suggestion"),
    M(INV, "Is there anything we haven't asked that you think is important?", qno="20", topic="End"),
    P(JA, "Just that it's not only restaurants. There are hundreds of us childminders cooking for children every day, and we don't see ourselves anywhere on the council website.", GI, FI, -1, "pain"),
    M(INV, "Thank you so much for your time.", qno="21", topic="End"),
    B(JA, "You're welcome. And thank you for the biscuits!"),
]


# ---------------------------------------------------------------------------
# Session 8: interview-6.txt (telephone interview typed up as notes in Word and
# saved as plain text: Windows-1252, CRLF, curly quotes, "Q." / "A." opening
# each paragraph, a blank line between paragraphs; "\n\n" inside a text is a
# second, unlabelled paragraph of the same answer). 2025-11-05.
# ---------------------------------------------------------------------------
INT6 = [
    M(Q, "Could you tell me how the kitchen started?"),
    P(A, "Started in winter 2022 - cost of living. A few of us from the church began doing a hot lunch on Wednesdays in the hall, pay-as-you-feel. Now it's Wednesdays and Fridays, about 60 people each time, plus a holiday food club in the summer. All volunteers, 20-odd on the rota.", PK, N, 0, "neutral"),
    M(Q, "Did you know you'd need to register?"),
    P(A, "No. We assumed as a charity, and not selling anything, we didn't count. A volunteer who used to work in a school kitchen said \"you'll need to register, you know\".", GI, FI, 0, "neutral"),
    M(Q, "Where did you look for information?"),
    P(A, "FSA website - they have guidance for community and charity food, which was helpful once we found it. The council site didn't mention community groups at all, only businesses. The word \"business\" put people off; some volunteers thought we'd be taxed!", GI, FI, 0, "pain"),
    M(Q, "When did you register, compared with when you started?"),
    P(A, "About five months after we'd started serving. Nobody came after us for it, but I did feel we'd been naughty.", RG, AP, 0, "neutral"),
    M(Q, "How was the form?"),
    P(A, "Hard to answer some of it - \"trading name\", \"business owner\", \"opening hours\". Who is the owner - the vicar? the PCC? me? Put my own name in the end, which I now slightly regret.", RG, AP, -1, "pain"),
    M(Q, "Did you hear back?"),
    P(A, "An automatic email. Then a phone call about a month later from a lady in the food team, checking what we actually do. Very helpful; said they'd try to visit before the holiday club.", WC, PR, 1, "praise"),
    M(Q, "Why did the holiday club matter?"),
    P(A, "The holiday food programme money from the county needs a hygiene rating of 3 or above. So no visit before July, no funding, no club. That's why I chased.", DC, PR, 0, "neutral"),
    M(Q, "How did you chase?"),
    P(A, "Twice by email, once by phone. The phone worked.", WC, PR, 0, "neutral"),
    M(Q, "How was the inspection?"),
    P(A, "She came in July, just before the holiday club. Very supportive, lots of advice, didn't make anyone feel stupid. Spent time with the volunteers on the day explaining handwashing and cooling.", IO, PR, 1, "praise"),
    M(Q, "Any problems found?"),
    P(A, "The hall kitchen. It's a 1970s church hall kitchen - one sink, no separate hand wash basin, an old domestic fridge. The church owns it, we just use it, so who pays to fix it? We had a basin fitted in the end (\u00a3650, from a parish grant).\n\nAlso the fridge had no thermometer. Easy fix.", PK, DE, -1, "pain"),
    M(Q, "What rating did you get?"),
    P(A, "A 4. Delighted, honestly. A photo of the sticker went on the church Facebook page.", RR, DE, 1, "praise"),
    M(Q, "What did the report look like?"),
    P(A, "Two pages - a table with the scores, then a list of \"must do\" and \"should do\". The must/should split was really useful, we knew what to do first.", RR, DE, 1, "praise"),
    M(Q, "Do your guests notice the rating?"),
    P(A, "Some do. More importantly the school and the social prescribers who send people to us asked about it - it gives them confidence.", DC, US, 1, "praise"),
    M(Q, "How do you manage the records with so many volunteers?"),
    P(A, "That's the hard bit. The SFBB pack lives in the kitchen; I fill in the diary, but on days I'm not there it gets missed. Different people every week. We've made a laminated checklist by the fridge - \"probe it, write it, sign it\".", SF, US, 0, "neutral"),
    M(Q, "And allergens?"),
    P(A, "We worry about this a lot. Much of our food is donated - supermarket surplus - and sometimes the packaging's gone or the label's missing. If we can't check it, it doesn't go in.\n\nEvery dish gets a card with its allergens on. Volunteers find it daunting.", AL, US, -1, "pain"),
    M(Q, "Has anyone had training?"),
    P(A, "Six volunteers did the Level 2 food hygiene online. \u00a325 each, paid from donations. It would be lovely if the council offered free places for community groups.", GI, US, 0, "suggestion"),
    M(Q, "Would you ask for a revisit to get a 5?"),
    P(A, "We'd love a 5, but the fee is more than we spend on food in a month. So no.", RE, FU, -1, "pain"),
    M(Q, "Has the council been in touch since?"),
    P(A, "Not since the visit. In September we had a question about the church renting the kitchen to a lady who makes wedding cakes - does she register, or do we? Emailed the food team, took three weeks to get an answer. A helpful answer, mind.", WC, FU, 0, "pain"),
    M(Q, "What was the answer, if you don't mind me asking?"),
    P(A, "She registers her business with the hall as her premises; we stay registered as us. Makes sense, but nobody would ever guess.", RG, FU, 0, "neutral"),
    M(Q, "Anything you'd change about the process for community groups?"),
    P(A, "(1) A page on the council site for community groups, not just \"businesses\". (2) Free Level 2 places for volunteers. (3) A named person in the food team we can email.", GI, FI, 0, "suggestion"),
    M(Q, "Is there anything else you'd like to add?"),
    P(A, "Only that the inspector was lovely and the volunteers still talk about her. \"The food lady.\"", IO, PR, 1, "praise"),
    M(Q, "Thank you very much for your time."),
    B(A, "Thank you - and do come for lunch one Wednesday.", 1, "praise"),
]


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
SESSIONS = [
    dict(file="focus-group-1.docx", fmt="meet_docx", turns=FG1, seed=5101, start=6.0,
         rate=1.25, pause=(2.0, 6.5),
         title="Food business focus group 1 (2025-10-14 18:31 GMT+1) - Transcript",
         epoch=_dt.datetime(2025, 10, 14, 17, 52, 0)),
    dict(file="focus-group-2.vtt", fmt="webex_vtt", turns=FG2, seed=5102, start=2.3,
         rate=2.0, pause=(0.6, 3.4)),
    dict(file="interview-1.txt", fmt="zoom_txt", turns=INT1, seed=5103, start=0.0,
         rate=2.3, pause=(0.8, 3.2), clock=10 * 3600 + 2 * 60 + 9),
    dict(file="interview-2.txt", fmt="fathom_txt", turns=INT2, seed=5104, start=0.0,
         rate=1.5, pause=(1.5, 4.5),
         title="Food business research: Nadia Hussain & Tom Beckett - October 22"),
    dict(file="interview-3.vtt", fmt="meet_captions_vtt", turns=INT3, seed=5105, start=1.2,
         rate=2.5, pause=(0.4, 2.2)),
    dict(file="interview-4.docx", fmt="bold_docx", turns=INT4, seed=5106, start=0.0,
         rate=2.5, pause=(1.0, 3.0),
         title="Interview 4 \u2013 Holt\u2019s Fish Bar, Kelsey Bridge",
         meta=("Interviewed by Sarah Reid at the shop on Station Road, Wednesday 29 October "
               "2025, before evening opening. Recorded on my phone (38 min), typed up by SR. "
               "My questions are in bold."),
         epoch=_dt.datetime(2025, 10, 31, 9, 14, 0)),
    dict(file="interview-5.xlsx", fmt="qa_xlsx", turns=INT5, seed=5107, start=0.0,
         rate=2.5, pause=(1.0, 3.0), sheet="Interview 5 (JA)",
         about=[("Study", "Food business registration and inspections (ADC customer insight)"),
                ("Interview", "5"),
                ("Participant", "JA, registered childminder, cooks meals for the children"),
                ("Date", "30/10/2025"),
                ("Place", "Participant's home, Ashcombe"),
                ("Interviewer", "Tom Beckett"),
                ("Recording", "Phone, 34 min"),
                ("How typed up", "One row per question. Answers near-verbatim from the recording, "
                                 "ums and repeats taken out. Notes column = my notes, not what JA said.")],
         epoch=_dt.datetime(2025, 10, 30, 16, 20, 0)),
    dict(file="interview-6.txt", fmt="notes_txt", turns=INT6, seed=5108, start=0.0,
         rate=2.5, pause=(1.0, 3.0),
         header=["Interview 6 \u2013 St Luke\u2019s Community Kitchen, Thornley",
                 "Telephone interview, Wednesday 5 November 2025, 2.10\u20132.48pm. "
                 "Interviewer TB (Customer Insight). Respondent: volunteer coordinator.",
                 "Typed up from the recording the same day. Near-verbatim, ums and repeats "
                 "left out. Words in quotation marks are hers exactly."]),
]
WORD_TYPED = {"bold_docx", "notes_txt"}   # Word's autocorrect: curly quotes, en dashes


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def smarten(text: str) -> str:
    """What Word's AutoFormat-as-you-type makes of straight quotes and ' - '."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    return text.replace(" - ", " \u2013 ")


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        words = len(norm(turn["text"]).split())
        dur = words / session["rate"] + 0.5
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_mss(s: float) -> str:
    s = int(s)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


def ts_vtt(s: float) -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"


SENT_RE = re.compile(r"(?<=[.!?\u2026])\s+(?=[A-Z\"\u201c'(])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


def cut(text: str, split) -> list[str]:
    """Cut a turn after the given sentence counts (int or list of ints)."""
    if not split:
        return [norm(text)]
    cuts = [split] if isinstance(split, int) else list(split)
    sents = sentences(text)
    assert 0 < cuts[0] and cuts == sorted(cuts) and cuts[-1] < len(sents), (cuts, text)
    out, prev = [], 0
    for c in cuts + [len(sents)]:
        out.append(" ".join(sents[prev:c]))
        prev = c
    assert " ".join(out) == norm(text)
    return out


def piece_times(a, b, pieces, gap=0.7):
    """Start/end of each piece of a turn, by words, with a short pause between."""
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def repackage(raw: bytes, when: _dt.datetime, tidy=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates (python-docx
    and openpyxl stamp dcterms:modified at save), after an optional tidy(parts)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    core = parts["docProps/core.xml"].decode("utf-8")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", core)
    core = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    if tidy:
        parts = tidy(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _drop_part(parts, name, rels="_rels/.rels"):
    """Remove a package part, its relationship and its content-type override."""
    parts.pop(name)
    r = parts[rels].decode("utf-8")
    r, k = re.subn(r'<Relationship [^>]*Target="%s"/>' % re.escape(name), "", r)
    assert k == 1, name
    parts[rels] = r.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = re.sub(r'<Override PartName="/%s"[^>]*/>' % re.escape(name), "", ct)
    parts["[Content_Types].xml"] = ct.encode("utf-8")


def docx_tidy(app_name):
    """No thumbnail; docProps/app.xml names Word, or (app_name None) is left out."""
    def tidy(parts):
        parts = dict(parts)
        _drop_part(parts, "docProps/thumbnail.jpeg")
        if app_name is None:
            _drop_part(parts, "docProps/app.xml")
        else:
            app = parts["docProps/app.xml"].decode("utf-8")
            app = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app_name}</Application>", app)
            parts["docProps/app.xml"] = app.encode("utf-8")
        return parts
    return tidy


def excel_like(parts):
    """What Excel writes rather than openpyxl: cell text in a shared string table,
    Microsoft Excel in docProps/app.xml."""
    strings, index, count = [], {}, 0

    def to_shared(m):
        nonlocal count
        count += 1
        t = m.group(2)
        if t not in index:
            index[t] = len(strings)
            strings.append(t)
        return f'<c {m.group(1)} t="s"><v>{index[t]}</v></c>'

    parts = dict(parts)
    for name in sorted(n for n in parts if n.startswith("xl/worksheets/sheet")):
        xml = parts[name].decode("utf-8")
        xml = re.sub(r'<c ([^>]*?) t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>', to_shared, xml, flags=re.S)
        assert "inlineStr" not in xml
        parts[name] = xml.encode("utf-8")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{count}" uniqueCount="{len(strings)}">'
           + "".join(f"<si>{t}</si>" for t in strings) + "</sst>")
    ct = parts["[Content_Types].xml"].decode("utf-8").replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rid = 1 + max(int(x) for x in re.findall(r'Id="rId(\d+)"', rels))
    rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" '
                        f'Id="rId{rid}"/></Relationships>')
    app = re.sub(r"<Application>[^<]*</Application><AppVersion>[^<]*</AppVersion>",
                 "<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion>",
                 parts["docProps/app.xml"].decode("utf-8"))
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    parts["docProps/app.xml"] = app.encode("utf-8")
    out = {}
    for name, data in parts.items():
        out[name] = data
        if name == "xl/styles.xml":
            out["xl/sharedStrings.xml"] = sst.encode("utf-8")
    return out


def set_docx_props(d, when, author, title=""):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.created = when
    cp.modified = when
    cp.revision = 1


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
MEET_NOTE = ("This editable transcript was computer generated and might contain errors. "
             "People can also change the text after it was created.")


def meet_paragraphs(session):
    """(speaker, start, text) per Meet paragraph; split= gives several per turn."""
    out = []
    for t, (a, b) in zip(session["turns"], timings(session)):
        pieces = cut(t["text"], t.get("split"))
        for p, (pa, _) in zip(pieces, piece_times(a, b, pieces)):
            out.append((t["speaker"], pa, p))
    return out


def write_meet_docx(session) -> bytes | None:
    """Google Meet transcript (Google Doc, File > Download > Microsoft Word)."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(session["title"], level=1)
    d.add_heading("Attendees", level=3)
    d.add_paragraph(", ".join(sorted({t["speaker"] for t in session["turns"]})))
    d.add_heading("Transcript", level=1)
    d.add_heading(MEET_NOTE, level=4)
    mark = 300
    for spk, a, text in meet_paragraphs(session):
        while a >= mark:
            d.add_paragraph(ts_hms(mark))
            mark += 300
        d.add_paragraph(f"{spk}: {text}")
    end = timings(session)[-1][1] + 2.0
    d.add_paragraph(f"Meeting ended after {ts_hms(end)} \U0001F44B")
    d.add_paragraph(MEET_NOTE)
    set_docx_props(d, session["epoch"], "", session["title"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], docx_tidy(None))


def webex_cues(text: str) -> list[str]:
    """Webex cuts a turn into cues at pauses: here at sentence ends, at most ~30
    words a cue (a longer sentence is cut between words); a cue of several
    sentences and 20 words or more has its first sentence on a line of its own."""
    chunks = []
    for s in sentences(text):
        w = s.split()
        while len(w) > 30:
            chunks.append(" ".join(w[:22]))
            w = w[22:]
        chunks.append(" ".join(w))
    cues, cur = [], []
    for c in chunks:
        if cur and sum(len(x.split()) for x in cur) + len(c.split()) > 30:
            cues.append(cur)
            cur = []
        cur.append(c)
    cues.append(cur)
    out = []
    for i, cue in enumerate(cues):
        if len(cue) > 1 and len(" ".join(cue).split()) >= 20:
            out.append(cue[0] + "\n" + " ".join(cue[1:]))
        else:
            out.append(" ".join(cue))
    assert norm(" ".join(out)) == norm(text)
    return out


def write_webex_vtt(session) -> bytes:
    """Webex recording transcript: cue id 'n "Name" (participant id)', text without names."""
    rnd = random.Random(session["seed"] * 7)
    pids = {}
    for t in session["turns"]:
        if t["speaker"] not in pids:
            pids[t["speaker"]] = rnd.randrange(1_000_000_000, 9_999_999_999)
    lines, n = ["WEBVTT", ""], 1
    for t, (a, b) in zip(session["turns"], timings(session)):
        pieces = webex_cues(t["text"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.0)):
            lines.append(f'{n} "{t["speaker"]}" ({pids[t["speaker"]]})')
            lines.append(f"{ts_vtt(pa)} --> {ts_vtt(pb)}")
            lines += html.escape(p, quote=False).split("\n")
            lines.append("")
            n += 1
    return "\n".join(lines).encode("utf-8")


def write_zoom_txt(session) -> bytes:
    """Zoom 'Save transcript' (live transcription): '[Name] hh:mm:ss' by the clock,
    the text on the next line, a blank line; a pause starts a new block."""
    blocks = []
    for t, (a, b) in zip(session["turns"], timings(session)):
        pieces = cut(t["text"], t.get("split"))
        for p, (pa, _) in zip(pieces, piece_times(a, b, pieces, gap=1.1)):
            blocks.append(f"[{t['speaker']}] {ts_hms(session['clock'] + pa)}\n{p}\n")
    return "\n".join(blocks).encode("utf-8")


def fathom_text(text: str) -> str:
    """Fathom joins some sentences with two spaces."""
    sents = sentences(text)
    out = sents[0]
    for i, s in enumerate(sents[1:], start=1):
        out += ("  " if i % 3 == 2 else " ") + s
    return out


def write_fathom_txt(session) -> bytes:
    rnd = random.Random(session["seed"])
    share = "".join(rnd.choice(string.ascii_letters + string.digits + "-_") for _ in range(32))
    tms = timings(session)
    mins = round(tms[-1][1] / 60)
    lines = [session["title"],
             f"VIEW RECORDING - {mins} mins (No highlights): https://fathom.video/share/{share}",
             "", "---", ""]
    for t, (a, _) in zip(session["turns"], tms):
        label = NH_LABEL if t["speaker"] == NH else t["speaker"]
        lines += [f"{ts_mss(a)} - {label}", "  " + fathom_text(t["text"]), ""]
    return "\n".join(lines).encode("utf-8")


def caption_cues(session, width=4.0):
    """Google Meet recording captions: fixed windows; the words said in each window,
    per speaker in order of speech."""
    words = []                      # (time, turn index, speaker, word)
    for i, (t, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        ws = norm(t["text"]).split()
        for j, w in enumerate(ws):
            words.append((a + (b - a - 0.3) * j / len(ws), i, t["speaker"], w))
    cues = defaultdict(list)
    for tm, i, spk, w in words:
        cues[int(tm // width)].append((i, spk, w))
    out = []
    for k in sorted(cues):
        runs = []
        for i, spk, w in cues[k]:
            if runs and runs[-1][0] == i:
                runs[-1][2].append(w)
            else:
                runs.append((i, spk, [w]))
        out.append((k * width, (k + 1) * width, [(spk, " ".join(ws)) for _, spk, ws in runs]))
    return out


def write_meet_captions_vtt(session) -> bytes:
    lines = ["WEBVTT", ""]
    for a, b, runs in caption_cues(session):
        lines.append(f"{ts_vtt(a)} --> {ts_vtt(b)}")
        for j, (spk, text) in enumerate(runs):
            if j:
                lines += ["-", " "]
            lines += [f"({spk})", text]
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def write_bold_docx(session) -> bytes | None:
    """Typed in Word: bold title, italic note, questions bold, answers plain,
    an empty paragraph after each answer, no speaker labels."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    r = d.add_paragraph().add_run(session["title"])
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph().add_run(session["meta"]).italic = True
    d.add_paragraph()
    for t in session["turns"]:
        r = d.add_paragraph().add_run(norm(t["text"]))
        if t["mod"]:
            r.bold = True
        else:
            d.add_paragraph()
    set_docx_props(d, session["epoch"], "Sarah Reid")
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], docx_tidy("Microsoft Office Word"))


def write_qa_xlsx(session) -> bytes | None:
    """The researcher's grid: one row per question and answer."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    turns = session["turns"]
    assert len(turns) % 2 == 0
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws.append(["Q no.", "Topic", "Interviewer question", f"Answer ({JA})", "Notes"])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for q, a in zip(turns[0::2], turns[1::2]):
        assert q["mod"] and not a["mod"]
        qno = int(q["qno"]) if q["qno"].isdigit() else q["qno"]
        ws.append([qno, q["topic"], norm(q["text"]), norm(a["text"]), a.get("note") or None])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDE", (7, 13, 42, 90, 32)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    info = wb.create_sheet("About")
    for k, v in session["about"]:
        info.append([k, v])
    for c in info["A"]:
        c.font = Font(bold=True)
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 90
    when = session["epoch"]
    wb.properties.creator = "Tom Beckett"
    wb.properties.lastModifiedBy = "Tom Beckett"
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), when, excel_like)


def write_notes_txt(session) -> bytes:
    """Word 'Plain Text' with the Windows default encoding: cp1252, CRLF."""
    lines = list(session["header"]) + [""]
    for t in session["turns"]:
        paras = [norm(p) for p in t["text"].split("\n\n")]
        lines += [f"{t['speaker']}. {paras[0]}", ""]
        for p in paras[1:]:
            lines += [p, ""]
    return "\r\n".join(lines).encode("cp1252")


WRITERS = dict(meet_docx=write_meet_docx, webex_vtt=write_webex_vtt, zoom_txt=write_zoom_txt,
               fathom_txt=write_fathom_txt, meet_captions_vtt=write_meet_captions_vtt,
               bold_docx=write_bold_docx, qa_xlsx=write_qa_xlsx, notes_txt=write_notes_txt)
NEEDS = dict(meet_docx="docx", bold_docx="docx", qa_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per format: (speaker, text) per turn, consecutive pieces
# of one speaker merged
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        text = norm(text)
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return out


def parse_meet_docx(data: bytes):
    import docx
    paras = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    start = paras.index(MEET_NOTE) + 1
    pairs = []
    for p in paras[start:]:
        if p.startswith("Meeting ended after"):
            break
        if re.fullmatch(r"\d\d:\d\d:\d\d", p):
            continue
        spk, text = p.split(": ", 1)
        pairs.append((spk, text))
    return _merge(pairs)


def parse_webex_vtt(data: bytes):
    blocks = data.decode("utf-8").split("\n\n")
    assert blocks[0] == "WEBVTT"
    pairs = []
    for b in blocks[1:]:
        if not b.strip():
            continue
        ls = b.split("\n")
        m = re.fullmatch(r'\d+ "(.+)" \(\d+\)', ls[0])
        assert m and "-->" in ls[1], b
        pairs.append((m.group(1), html.unescape(" ".join(ls[2:]))))
    return _merge(pairs)


def parse_zoom_txt(data: bytes):
    pairs = []
    for b in data.decode("utf-8").split("\n\n"):
        ls = b.strip("\n").split("\n")
        m = re.fullmatch(r"\[(.+)\] \d\d:\d\d:\d\d", ls[0])
        assert m, b
        pairs.append((m.group(1), " ".join(ls[1:])))
    return _merge(pairs)


def parse_fathom_txt(data: bytes):
    text = data.decode("utf-8")
    body = text.split("\n---\n", 1)[1]
    pairs = []
    for b in body.strip("\n").split("\n\n"):
        ls = b.split("\n")
        m = re.fullmatch(r"\d+:\d\d(?::\d\d)? - (.+?)(?: \([^)]*\))?", ls[0])
        assert m, b
        pairs.append((m.group(1), " ".join(x.strip() for x in ls[1:])))
    return _merge(pairs)


def parse_meet_captions_vtt(data: bytes):
    blocks = data.decode("utf-8").split("\n\n")
    assert blocks[0] == "WEBVTT"
    pairs = []
    for b in blocks[1:]:
        if not b.strip():
            continue
        head, cue = b.split("\n", 1)
        assert "-->" in head
        for part in cue.split("\n-\n \n"):
            name, text = part.split("\n", 1)
            assert name.startswith("(") and name.endswith(")"), part
            pairs.append((name[1:-1], text.replace("\n", " ")))
    return _merge(pairs)


def parse_bold_docx(data: bytes):
    import docx
    paras = [p for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]
    pairs = []
    for p in paras[2:]:                       # title and the italic note first
        bold = all(r.bold for r in p.runs if r.text.strip())
        pairs.append((SR if bold else UNK, p.text))
    return _merge(pairs)


def parse_qa_xlsx(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    qi, ai = head.index("Interviewer question"), head.index(f"Answer ({JA})")
    pairs = []
    for r in rows[1:]:
        pairs += [(INV, r[qi]), (JA, r[ai])]
    return _merge(pairs)


def parse_notes_txt(data: bytes):
    text = data.decode("cp1252")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    paras = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    pairs, started = [], False
    for p in paras:
        m = re.match(r"(Q|A)\. (.*)", p, re.S)
        if m:
            started = True
            pairs.append((m.group(1), m.group(2)))
        elif started:
            pairs.append((pairs[-1][0], p))
    return _merge(pairs)


PARSERS = dict(meet_docx=parse_meet_docx, webex_vtt=parse_webex_vtt, zoom_txt=parse_zoom_txt,
               fathom_txt=parse_fathom_txt, meet_captions_vtt=parse_meet_captions_vtt,
               bold_docx=parse_bold_docx, qa_xlsx=parse_qa_xlsx, notes_txt=parse_notes_txt)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS} | {UNK}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["turns"]
        if s["fmt"] in WORD_TYPED:
            for t in turns:
                t["text"] = smarten(t["text"])
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] or s["fmt"] == "notes_txt", t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            assert "-->" not in t["text"]
            if s["fmt"] == "meet_captions_vtt":
                assert "(" not in t["text"] and ")" not in t["text"], t["text"][:40]
            if s["fmt"] == "zoom_txt":
                assert not t["text"].startswith("["), t["text"][:40]
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
        data = WRITERS[s["fmt"]](s)
        path = TDIR / s["file"]
        if data is None:
            print(f"{NEEDS[s['fmt']]} not available: {s['file']} left as it is", file=sys.stderr)
            data = path.read_bytes() if path.exists() else None
        else:
            path.write_bytes(data)
        if data is not None and _has(NEEDS.get(s["fmt"], "csv")):
            parsed = PARSERS[s["fmt"]](data)
            expected = [(t["speaker"], norm(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed turns, {len(expected)} expected")
        for i, t in enumerate(turns):
            if t["mod"]:
                continue
            rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                         t["sentiment"], t["kind"], norm(t["text"])])
    unused = {p[0] for p in PARTICIPANTS} - used
    if unused:
        problems.append(f"participants.csv labels not used: {sorted(unused)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage",
                    "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                assert "|" not in e
                inside = [r for r in rows if e in r[7]]
                if not inside or any(r[3] != cid for r in inside):
                    problems.append(f"codebook example not (only) in {cid} turns: {e} "
                                    f"{[(r[0], r[1], r[3]) for r in inside]}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "business_type", "district", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    # summary
    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in s["turns"] if not t["mod"])
        end = timings(s)[-1][1]
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant, {words} words), "
              f"ends {ts_hms(end)}")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    sizes = sorted((sum(c.values()), th) for th, c in per.items())
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    print(f"largest / smallest theme: {sizes[-1][0]} / {sizes[0][0]} = {sizes[-1][0] / sizes[0][0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

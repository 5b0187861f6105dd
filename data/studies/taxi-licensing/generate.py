#!/usr/bin/env python3
"""Generate the fictional study of hackney carriage and private hire licensing in
Kestonbury District Council (drivers applying for a licence, the checks, the tests, the
vehicle and the plate, working with the badge, renewals, complaints, suspensions and an
appeal to the magistrates): transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker / crew turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B(speaker, text) for a participant backchannel, reaction, small talk or thanks (no
theme, no stage). Transcript files and gold rows are written from the same list, so turn
indices cannot drift. How a turn is cut into pieces (table rows, Teams entries pasted
into Excel, noScribe cues, soundbite rows, Airtable records, lines of an IPA table,
Whisper segments) is decided by the writer of each layout; the gold keeps one row per
turn. After writing, every file is parsed back with a minimal parser for its layout and
compared with the list (turn index, speaker, text), and every codebook example must be an
exact excerpt of a participant turn coded with that theme and of no turn coded otherwise.

Output is byte-identical from run to run: timings are seeded, the .docx and .xlsx are
re-zipped with fixed timestamps and fixed core properties.
"""
from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import random
import re
import sys
import uuid
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
N_, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text, **opts):
    """Moderator / interviewer / note-taker / crew turn (no gold row)."""
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
# Theme ids (the codebook, with descriptions and examples, is below the sessions)
# ---------------------------------------------------------------------------
WD = "why_drive"
FO = "finding_out"
AF = "application"
DM = "dbs_medical"
TT = "tests_training"
WC = "waiting_contact"
VP = "vehicle_plate"
CO = "costs"
WL = "working_life"
RN = "renewals"
CE = "complaints_enforcement"
AC = "accessibility"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
RUTH, BEN = "Ruth", "Ben"                                         # NVivo table (FG1)
TAR, KEL, DAR, SHA, MIC, JAS = "Tariq", "Kelly", "Dariusz", "Shabana", "Mick", "Jaspreet"
RA, BO = "Ruth Ashworth", "Ben Okoro"                             # Teams display names (FG2)
IQ, LW, GP, SB, NF = ("Imran Qureshi", "Lorraine Webb", "Gary Pollitt", "Sukhdev Bains",
                      "Nicola Fry")
S00, S01 = "S00", "S01"                                           # noScribe (interview-1)
YOU, GUEST = "You", "Guest"                                       # Granola (interview-2)
CREW, Q, BEV = "CREW", "Q", "BEV"                                 # production log (interview-3)
NR, AH = "Nadia Rahman", "Amira H"                                # Airtable (interview-4)
IE, ZA = "I", "Z"                                                 # IPA table (interview-5)
SP0, SP1, SP2 = "SPEAKER_00", "SPEAKER_01", "SPEAKER_02"          # Whisper + pyannote (interview-6)

PARTICIPANTS = [
    # speaker, segment, licence, age_group, situation
    (RUTH, "moderator", "", "", ""),
    (BEN, "moderator", "", "", ""),
    (RA, "moderator", "", "", ""),
    (BO, "moderator", "", "", ""),
    (S00, "moderator", "", "", ""),
    (YOU, "moderator", "", "", ""),
    (CREW, "moderator", "", "", ""),
    (Q, "moderator", "", "", ""),
    (NR, "moderator", "", "", ""),
    (IE, "moderator", "", "", ""),
    (SP1, "moderator", "", "", ""),
    (TAR, "new driver", "private hire", "18-29",
     "licensed in August 2025 after fourteen weeks, left warehouse night shifts, works on the operator's app"),
    (KEL, "new driver", "private hire", "30-44",
     "licensed last year, rents a plated car from an operator, drives a council school contract"),
    (DAR, "new driver", "dual (hackney and private hire)", "30-44",
     "former HGV driver, lived in Poland until 30, overseas certificate of good conduct, window tint failure"),
    (SHA, "applicant", "private hire (applied)", "45-64",
     "applied in July 2025, GP refused the medical, still 'under review' after eighteen weeks"),
    (MIC, "new driver", "hackney carriage", "45-64",
     "ex-Army, made redundant by the Royal Mail, failed the knowledge test once, yearly medical as a condition"),
    (JAS, "applicant", "private hire (stopped)", "18-29",
     "part-time student, stopped after the medical when he priced a car and hire and reward insurance"),
    (IQ, "established driver", "hackney carriage", "45-64",
     "eighteen years, chair of the Kestonbury Hackney Carriage Association, drives a wheelchair-accessible cab"),
    (LW, "established driver", "private hire", "45-64",
     "nine years, school contracts (SEND routes) and hospital regulars, no longer works nights"),
    (GP, "established driver", "hackney carriage", "65+",
     "twenty-five years, yearly medical, exemption from assisting wheelchair users, 14-year-old cab"),
    (SB, "established driver", "dual (hackney and private hire)", "30-44",
     "twelve years, six penalty points for plying for hire that he disputes, lapsed once and re-applied as new"),
    (NF, "established driver", "private hire", "30-44",
     "four years, former nurse, electric car, wrote the step-by-step list other applicants share"),
    (S01, "council officer", "", "",
     "senior licensing officer for taxis and private hire, sixteen years in the licensing team"),
    (GUEST, "operator", "private hire operator", "45-64",
     "runs Station Cars (62 drivers, school contracts), operator licence renewed in 2024"),
    (BEV, "established driver", "hackney carriage (wheelchair accessible)", "45-64",
     "owner-driver for six years, former care worker, brother is a wheelchair user"),
    (AH, "applicant", "private hire (applied)", "30-44",
     "mother of two, applied in September 2025, failed the knowledge test once, waiting for the DBS"),
    (ZA, "established driver", "hackney carriage", "45-64",
     "fourteen years, suspended with immediate effect after a passenger complaint, appealed to the magistrates"),
    (SP0, "established driver", "hackney carriage", "65+",
     "thirty-one years, renewal online with his granddaughter's help, DBS Update Service lapsed, cab 14 years old"),
    (SP2, "family member", "", "65+",
     "Colin's wife, in the kitchen during the interview, three short remarks"),
]

# ---------------------------------------------------------------------------
# Session 1: focus-group-1.docx (typed by the moderator as a Word table for NVivo's
# Import Transcript Entries > Table rows). In person, Committee Room 2, Kestonbury
# Council Offices, Tuesday 11 November 2025, evening. New and recently licensed drivers,
# one applicant still waiting and one who stopped. Chronological guide. Numbers mostly in
# words (typed by the researcher), her notes in square brackets.
# ---------------------------------------------------------------------------
FG1 = [
    M(RUTH, "Right, I think we're recording. Thanks ever so much for coming out on a wet Tuesday. I'm Ruth, I work in the council's service design team, and Ben's here taking notes. We're looking at the whole business of getting a taxi or private hire licence, from the first time you think about it to now. Nobody from licensing is in the room, so be as honest as you like. Can we go round, first name, what you drive or want to drive, and why you got into it?"),
    P(TAR, "I'll go first. Tariq, I'm twenty-eight, I've had my private hire badge since August. Before that I was on nights at the warehouse out by the bypass, ten-hour shifts, and I just thought, I'm driving anyway, I might as well get paid for it.", WD, N_, 0, "neutral"),
    P(KEL, "I'm Kelly. Private hire, with Station Cars mostly, and I do a school contract mornings and afternoons. I've got two kids, so it's the hours really. I can drop mine off, do my school run, do a bit in the middle of the day and be back for three.", WD, N_, 0, "neutral"),
    P(DAR, "Dariusz. I drove HGV for eleven years, in Poland and then here. My back is finished with the lifting, the doctor says stop. So now I have the dual badge, hackney and private hire, since March.", WD, N_, 0, "neutral"),
    P(SHA, "Shabana. I'm not driving yet, that's why I'm here really. I applied in July and I'm still waiting. My husband's driven for fifteen years so I know the trade, I just never thought I'd do it myself.", WD, N_, 0, "neutral"),
    P(MIC, "Mick. Hackney, since September. I did twenty-two years in the Army, then nine at the Royal Mail depot, and they let a load of us go in the spring. I'm fifty-eight. Nobody's hiring a fifty-eight-year-old, are they? But you can always drive a cab.", WD, N_, 0, "neutral"),
    P(JAS, "Jaspreet. I'm the odd one out, I think, because I started and then I stopped. I'm twenty-three, I'm doing my degree part-time, and I thought private hire would fit round it. I got as far as the medical and the insurance quotes and then, yeah. I'll explain later.", WD, N_, 0, "neutral"),
    M(RUTH, "That's really useful, we want to hear from people who stopped too. So, going right back to the start. When you first thought about it, where did you go to find out what you needed to do?"),
    P(TAR, "Honestly? My cousin. He's been driving for Station Cars for years. He sent me a voice note, like four minutes long, telling me everything. DBS, medical, the test, the course. Half of it was wrong but it got me started.", FO, FI, 0, "neutral"),
    P(KEL, "The council website. Which, I mean. There's a page that says taxi and private hire licensing and then it's just links to PDFs. There's the policy, which is about eighty pages, there's a fees PDF, there's an application guidance PDF, and they don't all say the same thing.", FO, FI, -1, "pain"),
    B(MIC, "Eighty-four pages. I counted."),
    P(DAR, "For me the problem was the English in the documents. My spoken English is okay, but this policy, it is written like a law. Fit and proper person, in the interests of public safety, the authority may. I read it with Google Translate and Google Translate also did not understand.", FO, FI, -1, "pain"),
    B(KEL, "[laughs] Sorry. That's brilliant."),
    M(RUTH, "Did anyone ring the licensing team at that stage?"),
    P(SHA, "I did. You ring the main council number and press four for licensing, and then it says the licensing team is available between ten and two on weekdays, please email. So I emailed taxilicensing at kestonbury dot gov dot uk. I got an automatic reply saying they aim to respond within ten working days.", WC, FI, -1, "pain"),
    B(TAR, "Ten working days to answer a question."),
    P(SHA, "And to be fair, when she did answer it was a proper answer, she went through it point by point. It just took eleven days.", WC, FI, 0, "praise"),
    P(MIC, "I went in. To the counter, at the Guildhall. Except there isn't a counter any more, there's a screen where you book an appointment, and the next appointment was three weeks off. The lad on reception was very apologetic, bless him.", WC, FI, -1, "pain"),
    M(RUTH, "And the trade itself, other drivers, the operators, did they help?"),
    P(KEL, "Station Cars were great, actually, they do a little pack for new drivers. They've got a checklist on one sheet of paper that's better than anything on the website. Mo, the owner, says he wrote it because he got sick of people coming in with the wrong forms.", FO, FI, 1, "praise"),
    P(DAR, "There is a WhatsApp group, Kestonbury Drivers, maybe four hundred people. You ask a question, you get ten answers, all different. But quick.", FO, FI, 0, "neutral"),
    P(JAS, "There are also these training companies on Facebook, badge in six weeks, guaranteed, three hundred and ninety-nine pounds. I nearly paid one. My dad stopped me. It turned out all they do is book your medical and give you some practice questions you can get for free.", FO, FI, -1, "pain"),
    M(RUTH, "Okay. So let's talk about the application itself. What was it like actually applying?"),
    P(TAR, "It's an online form, on the council portal, you make an account. It was alright until the uploads. It wanted my driving licence, passport, proof of address, the DVLA check code, a passport photo, and it would only take files under two meg. My phone takes photos that are like five meg. So I'm there at midnight trying to shrink photos.", AF, AP, -1, "pain"),
    P(KEL, "And the DVLA code only lasts twenty-one days, so if you get it too early it runs out before they look at it. Mine ran out. Nobody tells you that.", AF, AP, -1, "pain"),
    P(DAR, "And it wants every address for five years, with no gaps. I had one month between two flats when I stayed with my cousin, and the form would not take a gap. So I put my cousin's address, and then they asked me why the DBS shows a different one.", AF, AP, -1, "pain"),
    P(JAS, "The form itself was fine for me, I'll be honest. Twenty minutes on my laptop. It's everything around it.", AF, AP, 0, "praise"),
    P(MIC, "I'm not great on computers, so my daughter did mine on her laptop. It took us a whole Sunday. There's a question, have you ever been known by any other name, and I've got a nickname from the Army everyone uses, so I put that in, and that held things up for a fortnight because the DBS didn't match.", AF, AP, -1, "pain"),
    B(TAR, "What was the nickname?"),
    B(MIC, "I'm not saying it on tape."),
    M(RUTH, "[laughs] Fair enough. Shabana, you're still in the middle of it, where have you got to?"),
    P(SHA, "So I've done the form, I've paid, I've done the DBS, I've done the safeguarding course. I'm waiting on the medical, because my GP won't do it. They said they don't do taxi medicals any more, I'd have to go private. So that's another hundred and forty pounds at a clinic in Eldham, and the first date was five weeks away.", DM, PR, -1, "pain"),
    P(DAR, "Same, my GP also refused. And the clinic doctor, he did the test in twelve minutes. Eyes, blood pressure, sugar in the urine, and hello, goodbye, one hundred and fifty pounds.", DM, PR, -1, "pain"),
    P(MIC, "I did mine at the clinic as well. What annoyed me, the form says Group 2 standard, and I'm thinking, what's Group 2? It's the lorry standard, it turns out. Nobody explained that.", DM, PR, -1, "pain"),
    M(RUTH, "And the DBS? How did that go?"),
    P(TAR, "The DBS was the longest bit. They use an online company now, you do your ID on an app, and then it goes to the police. Mine sat with another force for seven weeks because I lived in Reading for a year. Seven weeks, and the council can't do anything, they just say it's with the police.", DM, PR, -1, "pain"),
    P(KEL, "And sign up to the Update Service. Someone told me that, not the council. Sixteen pounds a year and then next time they can just check it online. If you don't, you pay for a whole new one every time.", DM, PR, 0, "neutral"),
    P(DAR, "For me it was worse because I lived in Poland until I was thirty. So they want a certificate of good conduct from Poland, translated, with a stamp. I had to ask my sister in Łódź to go to the office for me.", DM, PR, -1, "pain"),
    B(KEL, "Oh, God."),
    P(DAR, "It was fine in the end. But two months.", DM, PR, 0, "pain"),
    P(SHA, "Can I ask, does anyone know if you can ring the DBS people yourself? Because the council told me I can't.", DM, PR, -1, "question"),
    P(TAR, "You can, there's a number. But they just tell you the same thing, it's with the police.", DM, PR, -1, "pain"),
    M(RUTH, "Let's talk about the knowledge test and the training. Who's done the test?"),
    P(MIC, "Me. Twice.", TT, PR, -1, "pain"),
    B(KEL, "Twice?"),
    P(MIC, "Failed the first one on the places. You get a list of twenty places, the hospital, the crematorium, the station, and you have to give the route. Fine. But half of them were pubs. I've lived in Kestonbury my whole life and I couldn't tell you where the Fox and Hounds is, because it shut in 2019.", TT, PR, -1, "pain"),
    B(TAR, "It's flats now."),
    P(MIC, "It's flats now! And it's still on the test.", TT, PR, -1, "pain"),
    P(DAR, "The test for me was the English part. There is a section where you listen to a recording, a passenger asks something, and you answer. I passed, but I think they test English more than they test the driving. Maybe this is right, I don't know. You need to talk to passengers.", TT, PR, 0, "neutral"),
    P(KEL, "I actually thought the safeguarding course was really good. I went in thinking it'll be a box-ticking thing, it's a Saturday morning, it's forty quid. But the woman who ran it had worked on child exploitation cases, and she told us what to look for, a young girl with an older man, different every week, paying cash. I've used it. I've actually phoned it in once.", TT, PR, 1, "praise"),
    P(TAR, "Yeah, the safeguarding was the best bit. The disability awareness one was a video and a quiz. You could do it with your eyes shut.", TT, PR, 0, "pain"),
    M(RUTH, "Jaspreet, you said you stopped. Where did it stop for you?"),
    P(JAS, "The money, basically. I'd paid the application, two hundred and seventy-five, the DBS, the course. Then I needed a car. You can't just use your own car unless it's under five years old and passes their test, and mine's a 2014 Corsa. So I looked at renting one from an operator, it's like two hundred and twenty a week. And then the insurance quotes for hire and reward, for a twenty-three-year-old, were mental. Four and a half thousand.", CO, AP, -1, "pain"),
    B(MIC, "That's daylight robbery."),
    P(JAS, "So I've spent about six hundred quid and I haven't got a badge. I'm not angry with the council, it's not their insurance. But nobody adds it up for you at the start. If someone had told me it's going to be seven grand before your first fare, I'd have known.", CO, FI, -1, "suggestion"),
    M(RUTH, "That's a really good point. Did anyone else have that moment with the car and the plate?"),
    P(KEL, "I was lucky, Station Cars rent me a car with the plate on it. But the vehicle test, when I got my own car, is at the depot in Eldham, and they only test Tuesday and Thursday mornings. So that's a morning's work gone, and if it fails on something daft, like a bulb, you go back in a week.", VP, PR, -1, "pain"),
    P(DAR, "My car failed because of the tint on the back windows. Factory tint! From Skoda. The man said seventy percent light, the policy says seventy-five. I had to have the film taken off the windows, two hundred pounds, on a brand new car.", VP, PR, -1, "pain"),
    P(MIC, "Mine's a hackney so it's different again. For a new hackney plate it has to be wheelchair accessible, that's the policy now. So I bought a second-hand TX4, eleven thousand, and it can't be older than ten years when it's first licensed, and it comes off at fifteen. So I've got five years to pay eleven grand off.", VP, DE, -1, "pain"),
    M(RUTH, "What about insurance, for those of you driving now?"),
    P(TAR, "Insurance is the killer. And you can't get the plate till you show them the certificate, but the insurer won't insure you till you've got the plate number. So you're going round in circles for a week. Mine's three thousand one hundred a year, and that's through the operator's scheme.", VP, PR, -1, "pain"),
    P(KEL, "That catch-22 is the worst bit of the whole thing. The council should just give you the plate and let you upload the insurance after, give you a week.", VP, PR, -1, "suggestion"),
    M(RUTH, "And then the decision, the day you got the licence. How did you find out?"),
    P(TAR, "An email. Your application has been granted, please collect your badge. That was it. I actually rang my mum.", AF, DE, 1, "praise"),
    P(DAR, "When I collected my badge, the officer checked my documents again and she explained the conditions for me slowly, one by one. Very patient. I was grateful for that.", AF, DE, 1, "praise"),
    P(MIC, "Mine came with conditions. Because of the medical, my blood pressure, I've got to do a medical every year instead of every five. Which, fine, I'd rather be safe. But it's another hundred and forty quid a year, and it didn't say why in the letter, I had to ring and ask.", DM, DE, -1, "pain"),
    P(KEL, "I had to go to the Guildhall to collect my badge and there was a queue of about eight of us, all stood there with our phones out, because they'd booked us all for ten o'clock.", AF, DE, -1, "pain"),
    M(RUTH, "How long did it take overall, from applying to having the badge in your hand?"),
    P(TAR, "Fourteen weeks.", WC, PR, -1, "pain"),
    P(KEL, "About four months.", WC, PR, -1, "pain"),
    P(MIC, "Eleven weeks, but I went in every Friday.", WC, PR, 0, "neutral"),
    P(DAR, "Five months. Because of Poland.", WC, PR, -1, "pain"),
    P(SHA, "I'm on eighteen weeks and counting.", WC, PR, -1, "pain"),
    B(KEL, "Oh, Shabana."),
    P(SHA, "The worst thing is not knowing. The portal just says under review. It's said under review since August. I don't know if it's waiting for the medical, or the DBS, or if someone's off sick. If it just had little ticks, DBS done, course done, medical waiting, I'd be fine.", WC, PR, -1, "suggestion"),
    M(RUTH, "That's really clear. For those of you working now, what's it like actually using the licence, day to day?"),
    P(TAR, "Honestly I like it. You're your own boss, sort of. The app tells you where to go, you go. Friday and Saturday nights are good money. Sunday to Tuesday you sit in a car park for an hour between jobs.", WL, US, 0, "praise"),
    P(KEL, "Renting from Station Cars is a hundred and ninety a week with the plate and the insurance. So on a quiet week I'm working Monday and Tuesday just to pay for the car.", CO, US, -1, "pain"),
    P(MIC, "The ranks are the problem for hackneys. There's eight spaces on the Market Square rank and there's about sixty of us on days. So you're circling. And the private hire lads park on the rank at night, which they're not allowed to, and nobody enforces it after six.", WL, US, -1, "pain"),
    B(KEL, "That's not all private hire, Mick."),
    B(MIC, "No, no, fair enough. Not all."),
    P(KEL, "My school contract is the best bit of my week, honestly. Same two kids every day, one's autistic, he's got his routine, and I'm part of it now. But the council's school transport team wanted their own DBS and their own training on top of my licence. Same council. Two DBS checks.", WL, US, 0, "pain"),
    P(DAR, "For me, the hackney and private hire together is good. In the day I do the station rank, in the night I do the app. But you need to remember which one you are doing. If you take somebody off the street when you are working private hire, no meter, this is illegal. Some new drivers don't know. It is not explained well.", WL, US, 0, "neutral"),
    M(RUTH, "Mick, you said a new hackney has to be wheelchair accessible. Have you had a wheelchair user yet?"),
    P(MIC, "Twice. And nobody had shown me how the ramp works, so the first time the lady's carer showed me. In the rain, on Market Square. I felt a right idiot. She was very nice about it.", AC, US, -1, "pain"),
    P(KEL, "Station Cars have only got two accessible cars, and they're booked up days ahead with the hospital runs. I've had to say no to a mum with a wheelchair at the school gate.", AC, US, -1, "pain"),
    M(RUTH, "Ben, did you have a question?"),
    M(BEN, "Just one, sorry. Has anyone had any contact from licensing since they got the badge? Checks, letters, anything?"),
    P(MIC, "I got stopped at the station in my second week, a spot check. Licensing officer and a police officer. Checked my badge, my plate, my fire extinguisher, first aid kit. Very polite. Ten minutes. I didn't mind that at all, actually, it makes it feel like it matters.", CE, FU, 1, "praise"),
    P(TAR, "I got a letter about a complaint. A passenger said I took a long way round. I had the app route, I sent them the screenshot, and it was closed. But the letter was quite scary. It said the council may take action against your licence. For a twelve-minute trip.", CE, FU, -1, "pain"),
    B(KEL, "They send that letter for everything."),
    M(RUTH, "If you could change one thing about the whole process, what would it be? Shabana, do you want to start?"),
    P(SHA, "A tracker. Like a parcel. That's all I want.", WC, PR, 0, "suggestion"),
    P(JAS, "One page at the start with every cost on it, including the car and the insurance, realistic numbers. So people like me can decide before we spend six hundred quid.", CO, FI, 0, "suggestion"),
    P(DAR, "The policy in simple English. And maybe in Polish, Urdu, Punjabi. For half the drivers in Kestonbury, English is not the first language.", FO, FI, 0, "suggestion"),
    P(MIC, "Take the pubs off the test.", TT, PR, 0, "suggestion"),
    P(KEL, "Let us upload the insurance after. And one DBS for the whole council, not two.", VP, PR, 0, "suggestion"),
    P(TAR, "Answer the phone. Honestly. Even an hour a day more.", WC, PR, 0, "suggestion"),
    M(RUTH, "Brilliant. That's all really helpful. Thank you all so much, and Ben's got the vouchers on the way out."),
    B(MIC, "Thanks, Ruth. Good to be asked, for once.", 1, "praise"),
    B(SHA, "Thank you.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: focus-group-2.xlsx (a Teams meeting; the transcript downloaded as .docx and
# pasted by the moderator into column A of an Excel sheet for first-pass coding).
# Wednesday 19 November 2025, evening, Teams; established drivers. The guide starts at the
# end ("the last time you dealt with licensing") and jumps: introductions, points and
# suspensions, back to getting the badge and finding out, ranks and out-of-area cars,
# women drivers, school contracts, vehicles, fees and the fare tariff, accessibility,
# renewals, contact, suggestions. Teams' own transcription: digits, no fillers.
# ---------------------------------------------------------------------------
FG2 = [
    M(RA, "Okay, I think that's everyone. Can you all see the little banner saying it's recording and transcribing? Great. Thanks for joining on a weeknight, I know some of you are giving up a couple of hours of fares for this. I'm going to do this a bit backwards. Before we do introductions, I want to start with the last time each of you had to deal with the licensing team. What was it about? Gary, you're nodding."),
    B(GP, "Sorry, I was on mute. Can you hear me now?"),
    M(RA, "We can now, yes. Go on, Gary."),
    P(GP, "Renewal. It's always renewal with me. I'm 69, so I'm on the yearly medical now, and the badge is every 3 years and the plate is every year, and they're all on different dates. So I'm dealing with them about 4 times a year, and every time it's a different form.", RN, FU, -1, "pain"),
    P(LW, "Mine was a complaint. Not about me, from me. I reported a car from out of area that was parked up outside the school I do, touting, and nothing happened.", CE, FU, -1, "pain"),
    P(NF, "Mine was the vehicle renewal in September. It was fine, actually. Booked online, went to the depot, 40 minutes, done. I'll say that.", RN, FU, 1, "praise"),
    P(SB, "Mine was not fine. I had a letter in October saying I had 6 penalty points for plying for hire, which I didn't do, and I'm still arguing about it.", CE, FU, -1, "pain"),
    P(IQ, "I had an email last week about the fare review. The consultation. That's the last thing, I think. I'm the rep for the hackney association, so I get all of those.", WL, FU, 0, "neutral"),
    M(RA, "Okay, we'll come back to all of those, I promise. Let's do quick introductions now. Name, what you drive, and how long. Imran, do you want to go first as the rep?"),
    P(IQ, "Sure. Imran, hackney, 18 years, the last 6 as chair of the Kestonbury Hackney Carriage Association, so I've sat through a lot of meetings with licensing. Some good, some not.", WD, N_, 0, "neutral"),
    P(LW, "Lorraine. Private hire, 9 years. I started after my divorce, because I needed something I could do around my son. Now I mostly do school contracts and a couple of regulars, hospital runs.", WD, N_, 0, "neutral"),
    P(GP, "Gary. Hackney, 25 years, my dad drove before me. I've seen 4 licensing managers come and go.", WD, N_, 0, "neutral"),
    P(SB, "Sukhdev, everyone calls me Sukhi. Dual badge, 12 years. I'm on the app mostly now, evenings.", WD, N_, 0, "neutral"),
    P(NF, "Nicola. Private hire, 4 years, I drive an electric Niro. I was a nurse before, and I did my back in, so.", WD, N_, 0, "neutral"),
    M(RA, "Thanks. Sukhi, can we go back to your points? What happened?"),
    P(SB, "So a licensing officer was doing an evening check at the station. I was parked on Railway Street waiting for an app job, which was on my phone, and a man came to the window and asked if I was free. I said, you need to book through the app, mate. The officer wrote that up as plying for hire. 6 points. I've got the job on my phone with the time on it.", CE, FU, -1, "pain"),
    B(NF, "That's ridiculous."),
    P(SB, "I emailed the screenshot. I got an email back saying the points stand and if I disagree I can ask for a review by the licensing manager. That was 3 weeks ago. Nothing. Meanwhile if I get 12 points I go in front of the committee.", CE, FU, -1, "pain"),
    M(RA, "Has anyone else been through the points system or a committee?"),
    P(IQ, "I've been to the sub-committee as a supporter for members, probably a dozen times. I'll be fair to them. The councillors do listen. But the driver gets the report about them the night before, 40 pages, and half of them can't read it properly. They turn up with no idea what's going to be said.", CE, FU, 0, "pain"),
    P(GP, "And it can go the other way. There was a lad, I won't say who, suspended on the spot, in the interests of public safety, they called it. Took him 9 weeks and the magistrates to get his badge back. 9 weeks with no money. And it was nothing in the end.", CE, FU, -1, "pain"),
    M(RA, "That's something we're hearing about separately, actually. Let me jump right back to the beginning for a minute. For those who started more recently, Nicola, what was getting the badge like?"),
    P(NF, "It was alright, but it was long. The bit I remember is the knowledge test. I'd lived in Kestonbury 20 years, but the test asks about the conditions, like how many days you've got to tell them if you change address. I failed it on the rules, not the roads.", TT, PR, -1, "pain"),
    P(LW, "When I started there wasn't a test. There wasn't even the safeguarding. You filled in a paper form, you gave them a passport photo, and you got your badge in 3 weeks. I'm not saying that's better. It's not. But it was quicker.", AF, AP, 0, "neutral"),
    P(SB, "And now it's all the portal, and the portal logs you out after 15 minutes. I did my re-application at 2 in the morning after a shift and lost the whole thing twice.", AF, AP, -1, "pain"),
    M(RA, "And when you first looked for information, where did you go? Nicola?"),
    P(NF, "The website. I found the policy, but the thing I actually needed was a list, in order. Do this, then this, then this. I made my own in the end, in my Notes app. Other people in the WhatsApp group asked me for it, so I shared it.", FO, FI, -1, "pain"),
    B(LW, "Nicola's list is famous."),
    P(NF, "It's literally a screenshot of my Notes app. The council should have that, not me.", FO, FI, -1, "suggestion"),
    B(SB, "Sorry, you cut out there for a second. What list?"),
    B(NF, "My list of steps, Sukhi. I'll send it you."),
    M(RA, "Okay. Let's talk about the everyday. Imran, Gary, the hackney side. What's working and what isn't?"),
    P(IQ, "The ranks. We've said it for years. Market Square has 8 spaces, the station has 12, and there's 140 hackneys. The council took 4 spaces off Market Square for the bus gate in 2023 and said they'd find them somewhere else. We're still waiting.", WL, US, -1, "pain"),
    P(GP, "And after midnight it's a free-for-all. Private hire sitting on the rank, out-of-area cars, people getting into any car that stops. That's where the danger is. Not us.", WL, US, -1, "pain"),
    P(LW, "Out-of-area cars are the thing for private hire too. Half the cars doing Uber in Kestonbury are plated in Wolverhampton or somewhere. Our council can't even stop them, can they? They're licensed somewhere else.", WL, US, -1, "question"),
    M(RA, "Is that right, that the council can't act on them?"),
    P(IQ, "They can report them to the council that issued the badge. That's it. Wolverhampton's officers aren't going to drive down here on a Saturday night.", CE, US, -1, "pain"),
    P(NF, "It's not just enforcement though, it's fairness. I paid for the knowledge test here, the safeguarding here, my medical, and a guy with a Wolverhampton badge who's never driven round Kestonbury is doing the same jobs on the same app.", WL, US, -1, "pain"),
    M(RA, "Lorraine, Nicola, is there anything different about it for women drivers?"),
    P(LW, "Nights. I don't do nights any more. I did, and I had a man who wouldn't get out of the car in Eldham at 2 in the morning. The operator's panic button rang the office, the office rang the police, and the police came 40 minutes later.", WL, US, -1, "pain"),
    P(NF, "I've got CCTV in mine. I paid for it myself, 400 pounds, because the council said they'd bring in a CCTV policy and then didn't. And now I'm not even sure I'm allowed to record sound.", VP, US, -1, "pain"),
    B(GP, "You're not, I don't think. Not without telling them."),
    P(IQ, "The council did a consultation on CCTV in 2021. We all said yes, make it compulsory, and the council pays half. Nothing since.", VP, FU, -1, "pain"),
    M(RA, "Lorraine, you mentioned the school contracts earlier."),
    P(LW, "Yeah. So, school transport is a different department. I do 2 routes for the council, SEND routes, special needs. And they're lovely kids. But I have to do their training as well as the licensing training, and their DBS on top of the licensing DBS, and wear their badge. I have 2 lanyards. Same council.", WL, US, -1, "pain"),
    B(GP, "2 lanyards."),
    P(LW, "2 lanyards! And when my licensing DBS went on the Update Service, the school team still wanted a paper one.", DM, US, -1, "pain"),
    M(RA, "Let's talk about the vehicles. Nicola, you've got an electric car."),
    P(NF, "Yes, and I love it, but it took a month to get it plated, because the policy still had a section about engine size and emissions that didn't fit an electric car. The officer was really nice, she had to ask her manager, and her manager had to ask legal. In the end they just wrote zero on the form.", VP, PR, 0, "pain"),
    P(GP, "The vehicle testing is alright. I'll give them that. The lads at the depot know what they're doing. What I don't like is the age limit. My cab's 14 years old, it's immaculate, it'll pass any test you give it, and next year I've got to get rid of it because of a number.", VP, FU, -1, "pain"),
    B(IQ, "That's the policy we're fighting."),
    P(NF, "And the chargers. The council said in 2023 they'd put rapid chargers on the station rank for taxis. There's one, and it's been broken since August.", WL, US, -1, "pain"),
    M(RA, "Right. And money. Fees, the fare tariff. Imran, you mentioned the fare review."),
    P(IQ, "So the council sets the hackney tariff. The meter rates. They haven't changed it since 2022, and fuel and insurance have gone through the roof. We put in a request in March. The consultation only opened last week. So a rise, if we get one, is January, maybe February. That's a year of our money.", CO, DE, -1, "pain"),
    P(SB, "And the licence fees went up in April. The badge is now 310 for 3 years, and the plate is 245 a year. I don't mind paying for a service. But where's the service? The phone's only on 4 hours a day.", CO, DE, -1, "pain"),
    B(GP, "Don't start me on the phone."),
    P(NF, "The fees I can live with. Insurance is the big one. Mine's 2,800, on an electric car, clean record.", CO, US, -1, "pain"),
    P(GP, "And the medical. 140 a year at my age. That's on top.", CO, FU, -1, "pain"),
    M(RA, "Does anyone feel they get value for the fees?"),
    P(NF, "The depot, yes. The vehicle test is worth it. The rest, I don't really know what I'm paying for. Nobody tells you where it goes.", CO, DE, 0, "pain"),
    P(IQ, "They have to set the fees to cover the cost, they can't make a profit on them. So I asked for the breakdown at the trade forum. They sent a spreadsheet. It was actually quite good. It's just that nobody else ever sees it.", CO, DE, 0, "praise"),
    M(RA, "Let's talk about accessibility. Who here drives a wheelchair accessible vehicle?"),
    P(GP, "Me and Imran. All new hackneys have to be wheelchair accessible now, in Kestonbury.", AC, US, 0, "neutral"),
    P(IQ, "And we're on the council's list, the designated list. Which means we can be fined if we refuse a wheelchair user or charge them extra. Which is right, by the way. I've got no problem with that.", AC, US, 1, "praise"),
    P(LW, "The problem for private hire is there's hardly any accessible cars. I get asked for one on the school run all the time. Station Cars have got 2 for the whole town. So a wheelchair user books the night before or doesn't go.", AC, US, -1, "pain"),
    P(IQ, "And the ones we have, some drivers don't know how to use the ramp properly, because the disability awareness training is a video. You've got to strap the chair in 4 places. I've seen it done with two.", AC, US, -1, "pain"),
    M(BO, "Sorry, can I just ask, has anyone had an exemption, for medical reasons, from helping with wheelchairs?"),
    P(GP, "I applied for one. My back. I had to get a letter from my GP, which cost me 35 quid, and fill in a form. It took 3 months, and they gave it me, so I've got a little certificate in the windscreen.", AC, DE, 0, "neutral"),
    M(RA, "Thanks, Ben. Let me go back to renewals, since that's where we started. Gary, you said 4 times a year."),
    P(GP, "The badge renewal reminder comes by letter, to my house, 8 weeks before. Good. The medical reminder doesn't come at all, you have to remember. And the plate renewal comes by email. I'm 69. I don't look at email.", RN, FU, -1, "pain"),
    P(NF, "I'm the opposite. I'd love everything on email, or in an app. I got a paper letter for my renewal and I'd moved house, so it went to my old flat.", RN, FU, -1, "pain"),
    P(LW, "Did you lapse?", RN, FU, 0, "question"),
    P(NF, "Nearly. I remembered because the Update Service emailed me, weirdly. Not the council.", RN, FU, 0, "neutral"),
    P(SB, "I did lapse. 2 years ago. 3 days late, because I was in India for my father's funeral. They said it had expired, I had to apply as a new driver. The whole thing. New DBS, new medical, the knowledge test again. 12 years driving and I'm sat in a room answering questions about where the crematorium is.", RN, FU, -1, "pain"),
    B(GP, "Disgraceful, that."),
    P(IQ, "We've asked for a grace period. 30 days, like other councils have. It's in the new draft policy, they say.", RN, FU, 0, "suggestion"),
    P(GP, "And the DBS thing. They check you on the Update Service every 6 months now. Which I don't mind, I've nothing to hide. But nobody told us. I found out because a lad got suspended for a caution he hadn't told them about.", DM, FU, 0, "neutral"),
    M(RA, "Okay. Communication generally. When you need the licensing team, how do you get hold of them?"),
    P(LW, "Email, and wait.", WC, FU, -1, "pain"),
    P(SB, "Email and wait, and then email again.", WC, FU, -1, "pain"),
    P(IQ, "I'll be honest, there's one officer, Helen, who's been there forever, and if you get Helen you're sorted. She knows everybody, she'll ring you back. But that shouldn't depend on one person. When she's on leave, it's a black hole.", WC, FU, 0, "praise"),
    P(GP, "Helen's alright. Helen did my exemption.", WC, FU, 1, "praise"),
    P(NF, "I'd really like a portal where you can see your own stuff. When your medical's due, your plate, your points. I've got a banking app that does more than this.", WC, FU, 0, "suggestion"),
    P(IQ, "Can I ask, is any of this going to change anything? Because we did one of these in 2019, with a consultant, and we never heard back.", WC, FU, -1, "question"),
    M(RA, "That's a fair question. I can't promise what will change, but I can promise you'll get a summary of what we heard and what the council's going to do about it, by the end of January. We're nearly out of time, so one thing each you'd change? Lorraine?"),
    P(LW, "One DBS, one lanyard, one council.", DM, US, 0, "suggestion"),
    P(SB, "If there's a complaint or points, let me see the evidence and speak to someone before it's decided. Not after.", CE, FU, 0, "suggestion"),
    P(NF, "Put Nicola's list on the website. I'll donate it.", FO, FI, 0, "suggestion"),
    P(GP, "A grace period on renewals, and send things by post to them as wants post.", RN, FU, 0, "suggestion"),
    P(IQ, "More rank space, and enforcement after midnight. We've asked for 5 years. You can write that down twice.", WL, US, -1, "suggestion"),
    M(RA, "I've written it down twice. Thank you, all of you, that's been really, really useful. Ben will email you about the vouchers."),
    B(GP, "Cheers, Ruth. Good luck with it.", 1, "praise"),
    B(NF, "Thanks, this was good.", 1, "praise"),
    B(SB, "Thank you. Bye.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 3: interview-1.vtt (noScribe 0.6.2, saved as WebVTT on the moderator's council
# laptop; the recording is her dictaphone's). Monday 17 November 2025, in a meeting room at
# the council offices. STAFF: the senior licensing officer. Whisper with disfluencies
# ("um", "uh"), numbers as digits.
# ---------------------------------------------------------------------------
INT1 = [
    M(S00, "Okay, that's recording. Um, thanks for making the time, Helen. Can you start by telling me what your job is and how long you've been doing it?"),
    P(S01, "Sure. So I'm the senior licensing officer for taxis and private hire. I've been in licensing at Kestonbury for, um, 16 years? 16 in January. I started on the counter, when we had a counter.", WD, N_, 0, "neutral"),
    M(S00, "And how big is the team?"),
    P(S01, "On paper, four officers. In practice it's 3.4, because one colleague's part-time, and we also do alcohol and gambling and street trading. For taxis we've got about 620 drivers, 480 vehicles and 14 operators. So every one of those is a renewal at some point, plus all the new ones.", WC, PR, 0, "neutral"),
    M(S00, "A lot of drivers told us the phone line is hard to get through on. Why is it only open four hours a day?"),
    P(S01, "Yeah, I know. I know. Um, so it used to be all day. Then in 2023 it went to ten till two, because if we're on the phone all day nobody's processing applications. Every call is somebody asking where's my application, and the honest answer is usually it's with the police. So we thought, if we process faster, there'll be fewer calls. It hasn't quite worked like that.", WC, PR, -1, "pain"),
    M(S00, "What actually happens to an application after someone submits it?"),
    P(S01, "So it comes in on the portal. We check it's complete, that's the first thing, and a lot aren't. Missing DVLA code, photo the wrong size, proof of address older than three months. Then the DBS goes off, the medical comes back whenever they book it, and they book the knowledge test and the safeguarding course themselves. And only when everything's in, one of us does the, um, the fit and proper assessment and grants it.", AF, PR, 0, "neutral"),
    M(S00, "How often do you refuse an application?"),
    P(S01, "Not often. Maybe 10 a year, out of about 150. Usually it's convictions that weren't declared, and honestly, it's the not declaring that does it, more than the conviction. We write to them first, and they can come in and talk to us before it's decided.", AF, DE, 0, "neutral"),
    M(S00, "And the portal just says under review the whole time?"),
    P(S01, "It does, and that's not our choice. It's the supplier's system, it's got three statuses. Received, under review, decided. We've asked for more. They quoted us 11,000 pounds for a change request. So instead we've been talking about a simple email at each stage. Your DBS is back, your medical is back. That we could do ourselves. Uh, it's on the list.", WC, PR, 0, "suggestion"),
    M(S00, "What takes the longest, usually?"),
    P(S01, "The DBS, nine times out of ten. If someone's lived in another force area it goes to that force, and some forces are weeks behind. We can't chase them, we've got no relationship with them. Then overseas checks, for people who've lived abroad, that's a certificate of good conduct, and that can be months.", DM, PR, -1, "pain"),
    M(S00, "And the medicals? We heard GPs are refusing."),
    P(S01, "Yes. A lot of surgeries now say it's not NHS work, which is true, it isn't. So people go to a private clinic. We've got two in the district we know do them. It has to be to the Group 2 standard, that's the same as lorry and bus drivers. That's national guidance, and it's sensible, to be honest. You're carrying the public.", DM, PR, 0, "neutral"),
    M(S00, "Some people said they didn't know what Group 2 meant."),
    P(S01, "Fair. That's, um, that's on us. We write Group 2 because that's what we know. We should say, it's the lorry driver medical, it's more than a normal one, and your GP might not do it.", FO, FI, 0, "suggestion"),
    M(S00, "The knowledge test came up a lot. Especially the places on it."),
    B(S01, "Oh, the Fox and Hounds. Yes. I know."),
    M(S00, "Is that real?"),
    P(S01, "It's real. The place list was written in 2017, and we've not had the time to update it. There's a new version going to committee in February. It's got the hospital entrances, the new estate, the leisure centre, the GP surgeries. Fewer pubs.", TT, PR, 0, "neutral"),
    M(S00, "What about the safeguarding course?"),
    P(S01, "That one I'm proud of. We commission it from a charity that works with young people, and the trainer is brilliant. We've had drivers report things that turned out to be real. Two in the last year that I know of.", TT, PR, 1, "praise"),
    M(S00, "Let's talk about vehicles. The tint on windows came up, and the age limits."),
    P(S01, "The tint is 75 percent light on the rear windows, it's in the policy, and I know some new cars come with darker glass from the factory. The age limit is 10 years at first licensing, 15 maximum, unless it's a purpose-built hackney in exceptional condition, then councillors can extend it. Not many people know that exception exists.", VP, DE, 0, "neutral"),
    M(S00, "And wheelchair accessible vehicles? Drivers mentioned the list and the exemptions."),
    P(S01, "All new hackney plates have to be accessible, and they go on the designated list, so refusing a wheelchair user or charging them extra is an offence. Exemptions are on medical grounds, with a GP letter. We've got about 30. Some people think that's too many. Um, I probably do too.", AC, DE, 0, "neutral"),
    M(S00, "One of the hackney drivers said his cab is immaculate and has to come off the road next year."),
    P(S01, "They can apply for the exception. Honestly, if it's in that condition they'd probably get it. That's something we should tell people at the renewal, not wait for them to ask.", VP, FU, 0, "suggestion"),
    M(S00, "Insurance and plates, there's a catch-22 people describe."),
    P(S01, "Yes. We won't issue a plate without insurance, because the moment it's plated it can take fares. And insurers want the plate number. What we actually do, if people ask, is issue a letter with the plate number that will be issued, and most insurers accept that. But we don't advertise it, so only the people who ring find out.", VP, PR, 0, "neutral"),
    M(S00, "Moving on to after people are licensed. Complaints, penalty points, suspensions. How does that work?"),
    P(S01, "So complaints come in from the public, from operators, from the police, from our own checks. Most are minor, rudeness, the route, fares, and they get a letter and that's the end of it. The points scheme is for breaches of the conditions, 12 points in three years and you go to the licensing sub-committee.", CE, FU, 0, "neutral"),
    M(S00, "Drivers said the complaint letter is quite frightening, even for small things."),
    P(S01, "It's a standard letter. I've thought that myself. It's got the paragraph about action against your licence in every one, because legal wanted it in. We could have a softer one for the first contact. I'll, uh, I'll raise it.", CE, FU, 0, "suggestion"),
    M(S00, "And suspensions with immediate effect?"),
    P(S01, "That's rare. Three or four a year. It's when there's a risk to public safety that can't wait, so, um, a serious sexual allegation, drink driving, something like that. The law lets us suspend straight away, and the driver can appeal to the magistrates within 21 days. I can't talk about individual cases, obviously.", CE, FU, 0, "neutral"),
    M(S00, "Of course. Is there anything you'd change in how that's done?"),
    P(S01, "I'd like us to be quicker after the suspension. The suspension is quick, the investigation isn't. If someone's off the road for months and then it turns out to be nothing, that's months of their income. We're a small team, and that's not an excuse, but it's the reason.", CE, FU, -1, "pain"),
    M(S00, "Renewals. People have lapsed by a few days and had to start again."),
    P(S01, "Yeah. That's the law, as we read it. Once it's expired it's expired, you can't renew something that doesn't exist. What the new draft policy does is let people send the renewal in up to three months early, and it sends reminders at eight weeks and two weeks, by email and text. And for genuinely exceptional cases, a bereavement, hospital, we'd fast-track the new application.", RN, FU, 0, "neutral"),
    M(S00, "Last question. If you had the money and the staff, what would you change?"),
    P(S01, "A proper portal where drivers see their own record. Expiry dates, DBS status, points, everything. And one DBS for the whole council. School transport does its own, and I've been saying for years that's daft. Same council, same driver, two checks.", WC, FU, 0, "suggestion"),
    M(S00, "That's really helpful. Thank you, Helen."),
    B(S01, "No problem. And, um, tell them we do read it. Whatever comes out of this."),
]

# ---------------------------------------------------------------------------
# Session 4: interview-2.md (a video call recorded with Granola on the contracted
# researcher's laptop, synced into her Obsidian vault by the Obsidian Granola Sync plugin:
# the interviewer is "You", everyone on the call is "Guest"). Tuesday 18 November 2025,
# 10:00. A private hire OPERATOR. Machine transcription: digits, no fillers.
# ---------------------------------------------------------------------------
INT2 = [
    M(YOU, "Hi Mo, thanks for making time. Can you hear me okay?"),
    B(GUEST, "Yeah, loud and clear. Sorry about the noise, the radio's on in the office."),
    M(YOU, "No problem at all. So, as I said in the email, I'm doing some research for Kestonbury council about taxi and private hire licensing. It's being recorded just for my notes. Could you start by telling me about Station Cars?"),
    P(GUEST, "Sure. So Station Cars, we've been going since 1998, my dad started it with 4 cars. We've got 62 drivers on the circuit now, about 40 of them full time. We do everything, airport runs, hospital, school contracts for the council, the late-night stuff. And we've got our own app now, as well as the phone.", WD, N_, 0, "neutral"),
    M(YOU, "And as an operator, what do you need from the council yourself?"),
    P(GUEST, "My operator licence. That's 5 years, I renewed it last year. Basic DBS for me and my controllers, a plan of the office, the booking records. They inspected us, a licensing officer came and went through the records for an afternoon. That was fine, to be fair. Thorough, but fine.", RN, FU, 1, "praise"),
    M(YOU, "And what does that cost you?"),
    P(GUEST, "The operator licence is 1,400 for 5 years, which is fine for a business. What hurts is the plates on the cars I rent out. 245 a car, every year, 20 cars.", CO, DE, -1, "pain"),
    M(YOU, "What about your drivers? How do you find and keep them?"),
    P(GUEST, "That's the big one. I've got a waiting list of people who want to drive for me. The problem is getting them through licensing. I reckon one in three gives up halfway. They're waiting 4 months with no money coming in, so they go and get a job at the warehouse instead.", WC, PR, -1, "pain"),
    M(YOU, "One in three?"),
    P(GUEST, "Roughly. I keep a spreadsheet. This year I've had 27 start and 9 gave up. Some of them would have been good drivers.", WC, PR, -1, "pain"),
    M(YOU, "Where do they usually give up?"),
    P(GUEST, "The medical and the insurance, mostly. The DBS they just wait for. But when they find out the GP won't do the medical and it's 140 at the clinic, and then they see an insurance quote, that's when I lose them. The young ones especially.", CO, PR, -1, "pain"),
    M(YOU, "Do you help them at all with the process?"),
    P(GUEST, "We do a new driver pack. One sheet, the order to do things in, the clinics, the DBS company, the insurers that will touch new drivers. I wrote it because I was sick of people coming in with the wrong forms. Honestly, the council could have it. I'd give it them for nothing.", FO, FI, 0, "suggestion"),
    M(YOU, "Has the council ever asked for it?"),
    P(GUEST, "No. No, they haven't.", FO, FI, -1, "pain"),
    M(YOU, "What's your relationship like with the licensing team?"),
    P(GUEST, "Mixed. Individually, they're good people. Helen, who's been there forever, she'll pick up the phone to me. But the system is slow, and when something changes, a new condition, a new rule, we usually hear it from the drivers before we hear it from the council.", WC, FU, 0, "pain"),
    M(YOU, "Can you give me an example?"),
    P(GUEST, "The 6-monthly DBS checks. They started checking drivers on the Update Service every 6 months. Fine, good idea. But if a driver's subscription lapses, they're suspended until it's sorted. I had 4 drivers off in one week in March because their bank cards had expired and the Update Service couldn't take the payment. Nobody told us that could happen.", DM, FU, -1, "pain"),
    M(YOU, "Right."),
    P(GUEST, "4 drivers, on the Monday of the school run. I was driving one of the routes myself.", DM, FU, -1, "pain"),
    M(YOU, "Several drivers mentioned the school contracts having their own checks."),
    P(GUEST, "Yes. The school transport team is a separate department, and they want their own DBS, their own safeguarding training and their own ID badge. My drivers have already done all that for licensing. Same council, same building. I've raised it at the transport meetings for 3 years.", DM, US, -1, "pain"),
    M(YOU, "How do complaints work from your side?"),
    P(GUEST, "Most complaints come to us first. Lost property, late pick-up, the driver went the wrong way. We deal with those. If it's anything serious, safeguarding, anything sexual, violence, I send it straight to licensing, that's a condition of my licence. And then it's out of my hands. Sometimes I don't hear anything for months.", CE, FU, 0, "pain"),
    M(YOU, "And the driver is off the road during that time?"),
    P(GUEST, "Depends. If the council suspends them, yes. I had a driver suspended on a Friday, letter through the door, and by the time it was sorted it was 4 months later and he'd been cleared. He still drives for me. But he's different now. He won't take lone women after midnight, he says it's not worth it.", CE, FU, -1, "pain"),
    M(YOU, "That's a real consequence."),
    P(GUEST, "It is. And it's not about protecting bad drivers. I've reported drivers myself and I'd do it again. It's about doing it quickly.", CE, FU, 0, "suggestion"),
    M(YOU, "Do you have wheelchair accessible cars?"),
    P(GUEST, "2. I could fill 6. The hospital and the day centres ring every day. But an accessible car costs me twice what a saloon does, and the drivers don't want them, because they're slower jobs for the same fare.", AC, US, -1, "pain"),
    M(YOU, "What about the apps, Uber and so on? How does that affect you?"),
    P(GUEST, "Uber's been in Kestonbury since last year, but most of their cars aren't licensed here. They're licensed by other councils where it's quicker and cheaper, and they can work here legally. So my drivers spend 4 months and 600 quid getting a Kestonbury badge, and the bloke next to them spent 3 weeks somewhere else.", WL, US, -1, "pain"),
    M(YOU, "Is there anything the council could do about that?"),
    P(GUEST, "Honestly? Not much, it's the national law. But they could make it less painful to be licensed here. If it took 6 weeks instead of 4 months, people would do it here.", WC, PR, 0, "suggestion"),
    M(YOU, "If you could change one thing about the licensing service, what would it be?"),
    P(GUEST, "An operator login. Let me see my drivers, when their badge expires, when their medical's due, their DBS status. Right now I keep all that in my own spreadsheet, and if I miss one, I've got an unlicensed driver on the road, and that's my licence on the line.", RN, FU, 0, "suggestion"),
    M(YOU, "That's really clear. Anything else you want to add?"),
    P(GUEST, "Just that most of us want the same thing as the council. Safe drivers, decent cars. We're not the enemy. Ask us before you change things, not after.", WC, FU, 0, "suggestion"),
    M(YOU, "Thanks so much, Mo. Really appreciate it."),
    B(GUEST, "No worries. Send me the report when it's done."),
]

# ---------------------------------------------------------------------------
# Session 5: interview-3.xlsx (a production company's transcript of a filmed interview,
# a "logging sheet": one row per soundbite, TC in and out in frames, names in capitals,
# the off-camera interviewer as Q). Thursday 20 November 2025, at the Eldham vehicle depot,
# filmed for the council's accessible-taxi campaign; the research team reused the
# transcript. An owner-driver of a WHEELCHAIR-ACCESSIBLE hackney. Typed by a media
# transcriber: clean, numbers mostly as digits, laughter and noises in the Notes column.
# ---------------------------------------------------------------------------
INT3 = [
    M(CREW, "Speed. And rolling."),
    M(Q, "Lovely. Bev, could you say your name and spell it for us, and what you do?"),
    B(BEV, "Bev Cartwright. B-E-V, C-A-R-T-W-R-I-G-H-T. I drive a wheelchair accessible hackney carriage in Kestonbury."),
    M(Q, "And how long have you been driving?"),
    P(BEV, "Six years in March. Before that I was a care worker for nineteen years, so I've always been around wheelchairs.", WD, N_, 0, "neutral"),
    M(Q, "Why did you want to drive a wheelchair accessible taxi?"),
    P(BEV, "My brother Lee's a wheelchair user. He was in a car accident when he was twenty. And I'd spend hours trying to get him a taxi to the hospital, and they'd say we've got one accessible car and it's out, or they'd turn up in a saloon and say can he not just get in. So I thought, right, I'll do it myself.", WD, N_, -1, "pain"),
    M(Q, "Could you say that again, but put my question into your answer? So start with, the reason I drive..."),
    P(BEV, "Sorry, yes. The reason I drive an accessible taxi is my brother, Lee. He's a wheelchair user, and I spent years trying to get him a taxi that could take him. So in the end I did it myself.", WD, N_, 0, "neutral"),
    M(Q, "Perfect, thank you. What was it like getting the vehicle licensed?"),
    P(BEV, "The vehicle was the hard bit. A proper accessible cab new is fifty-odd thousand pounds. I got a four-year-old one for twenty-nine, with a loan. Then the test at the depot is longer for an accessible one, they check the ramp, the restraints, the anchor points, the seatbelt for the wheelchair user. Which is right. You want that checked.", VP, PR, 0, "neutral"),
    M(Q, "Did you get any help with the cost?"),
    P(BEV, "There was a council grant at the time, £3,000 towards an accessible vehicle, for the first twenty people. I got one of them. I don't think it exists any more. Which is a shame, because it's the only reason I could do it.", CO, DE, 0, "praise"),
    M(Q, "And the running costs?"),
    P(BEV, "Insurance is 3,200 a year, because of the ramp and carrying wheelchair users. The meter's the same as everyone else's, though. I can't charge for the ten minutes it takes to strap a chair in, and I wouldn't.", CO, US, -1, "pain"),
    M(Q, "And the driver side, the licence itself?"),
    P(BEV, "Same as everyone. The DBS, the medical, the knowledge test, the safeguarding. The disability awareness training was, I'll be honest, a bit of a joke. A video and a quiz. I could have taught it. There's nothing in it about actually loading a chair.", TT, PR, -1, "pain"),
    M(Q, "What do you mean by that?"),
    P(BEV, "So, you've got to get the chair up the ramp, straight, then four restraints on the chair, then the lap belt on the person, and you check the brakes. If you do two restraints instead of four and you brake hard, that chair's going forward. Nobody shows you that unless you ask another driver.", AC, US, -1, "pain"),
    M(Q, "Sorry Bev, there was a plane. Could you just do that last bit again?"),
    P(BEV, "Course. Nobody shows you how to load a wheelchair properly unless you ask another driver. And that's how people get hurt.", AC, US, -1, "pain"),
    M(Q, "Who are your passengers, mostly?"),
    P(BEV, "Regulars, mostly. The day centre on Mill Lane, the dialysis unit at the hospital three times a week, a lady who goes to church every Sunday. And people who book me the night before because they know I'm the only accessible car they'll get at that time.", AC, US, 0, "neutral"),
    M(Q, "Is that because there aren't enough accessible taxis?"),
    P(BEV, "There's enough hackneys that are accessible on paper. All the new ones have to be. But some drivers park up on the rank and if they see a wheelchair coming they look the other way. Not all. Some.", AC, US, -1, "pain"),
    M(Q, "What can a passenger do if that happens?"),
    P(BEV, "They can complain, and the driver can get fined, because we're on the council's list. But who's going to complain? You're in the rain, you want to get home. Most just wait for the next one.", AC, FU, -1, "pain"),
    M(Q, "What about the ranks themselves?"),
    P(BEV, "On the Market Square rank you physically can't put the ramp down on the pavement side, because of the bollards. So I have to put it out into the road. With traffic. I've asked about that three times.", WL, US, -1, "pain"),
    M(Q, "Who did you ask?"),
    P(BEV, "Licensing first, who said it's highways. Highways said it's a licensing matter. So I asked my councillor. He's lovely, he came out and had a look. That was in June.", WC, FU, -1, "pain"),
    M(Q, "Okay. And what about drivers who have an exemption from helping with wheelchairs?"),
    P(BEV, "Some people need them, genuinely. Bad backs, it's a heavy job. But there's more exemption certificates in this town than there should be, put it that way. And a wheelchair user can't tell from the street if the driver's got one.", AC, US, -1, "pain"),
    M(Q, "What does the council do well, in your experience?"),
    P(BEV, "The depot. The vehicle testers are brilliant. When my ramp motor went, they let me book a retest the same week so I wasn't off the road. And Helen in licensing, she's always been straight with me.", VP, FU, 1, "praise"),
    M(Q, "And the renewal, every year?"),
    P(BEV, "The plate's every year, and for an accessible one you need the ramp certificate as well, from an engineer, that's another sixty pounds. Nobody told me that the first year, and I turned up without it.", RN, FU, -1, "pain"),
    M(Q, "If you could ask the council for one thing, what would it be?"),
    P(BEV, "Proper training. Not a video. Half a day, with a real chair and a real person in it, and I'll come and help run it for free.", TT, PR, 0, "suggestion"),
    M(Q, "Could you say that one more time, looking at me rather than the camera?"),
    P(BEV, "Proper training. Half a day with a real wheelchair and a real person in it. Not a video. I'd help run it for nothing.", TT, PR, 0, "suggestion"),
    M(Q, "That's lovely. Thank you, Bev."),
    B(BEV, "Is that it? That was painless."),
    M(CREW, "And cut."),
]

# ---------------------------------------------------------------------------
# Session 6: interview-4.csv (the council's user researcher keeps her transcripts in the
# team's Airtable research base, one record per utterance, and downloaded the grid view as
# CSV). Friday 21 November 2025, telephone. An APPLICANT still waiting for her licence.
# Typed from the recording: clean verbatim.
# ---------------------------------------------------------------------------
INT4 = [
    M(NR, "Hi Amira, it's Nadia from the council, we spoke last week. Is now still a good time?"),
    B(AH, "Yeah, it's fine, the baby's asleep, so we've got about forty minutes if we're lucky."),
    M(NR, "Perfect. Just to check, you're happy for me to record this? It's only for my notes."),
    B(AH, "Yes, that's fine."),
    M(NR, "Great. Could you tell me a bit about yourself and why you decided to apply for a private hire licence?"),
    P(AH, "So I'm thirty-four, I've got two kids, one's five and the baby's ten months. Before I had them I worked in a nursery. But childcare for two is more than I'd earn, so I thought, what can I do around them? My dad drove a cab for twenty years in Bradford, so I sort of grew up in it.", WD, N_, 0, "neutral"),
    M(NR, "How did you go about finding out what was involved?"),
    P(AH, "I started on the council website and got lost, to be honest. Then someone in a mums' group sent me a screenshot of a list a woman called Nicola had made, all the steps in order. That's what I followed. I still don't know who Nicola is.", FO, FI, 0, "praise"),
    M(NR, "What did the list tell you to do first?"),
    P(AH, "Get the DVLA code last, because it runs out. Book the medical early, because it takes ages. Sign up for the DBS Update Service. Things like that. Stuff that's not on the website.", FO, FI, -1, "pain"),
    M(NR, "Did you know anyone else who'd done it recently?"),
    P(AH, "A friend from school did it in 2021 and she said it took her five weeks. So I thought, great, I'll be driving by the summer holidays. That was the plan.", FO, FI, -1, "pain"),
    M(NR, "And the online application itself?"),
    P(AH, "The form was okay. The bit that got me was the right to work. My passport had run out, and I'm British, I was born in Bradford. But it wanted a valid passport, or a birth certificate plus something with my National Insurance number on it, and I couldn't find the letter. I had to ring HMRC. That took a week.", AF, AP, -1, "pain"),
    M(NR, "Was the rest of the form clear?"),
    P(AH, "Mostly. It wants five years of addresses, and the little calendar for the dates kept jumping back to 1900. I did it on my phone in the end, because on the laptop it kept timing out.", AF, AP, -1, "pain"),
    M(NR, "Then the DBS?"),
    P(AH, "So the DBS is through this online company. You do your ID on an app, you hold your passport up to your phone and take a selfie. Except my passport was out of date, so the app wouldn't take it. So I had to go to a post office in Eldham that does ID checks, with the baby, on two buses.", DM, AP, -1, "pain"),
    M(NR, "Oh no."),
    P(AH, "And then it said four to six weeks. It's been seven.", DM, PR, -1, "pain"),
    M(NR, "And the medical?"),
    P(AH, "My GP said they don't do them. The receptionist actually said, we stopped doing those, love, try the clinic on Eldham Road. So I booked that, a hundred and forty pounds, and the first appointment was in five weeks. I did it last Tuesday. I've still got to send them the form.", DM, PR, -1, "pain"),
    M(NR, "Have you done the knowledge test?"),
    P(AH, "Once. Failed it.", TT, PR, -1, "pain"),
    M(NR, "Can you tell me what happened?"),
    P(AH, "I did fine on the roads, because I've been driving round here for years. I failed on the conditions. Like, how many hours do you have to report an accident, how many days to tell them about a conviction. It was all stuff that's in the policy document. I just hadn't read the policy document, because nobody said the test was on it.", TT, PR, -1, "pain"),
    M(NR, "Is there anything you'd change about the test?"),
    P(AH, "Tell people what's on it. Or give us practice questions. The training companies sell them for fifty quid. Why is the council not giving them out?", TT, FI, -1, "suggestion"),
    M(NR, "Have you had any contact from the licensing team while you wait?"),
    P(AH, "One email, to say they'd received it. And the portal says under review. I rang once, I got through on the third go, and the man was nice, but he said it's waiting for the DBS and there's nothing he can do.", WC, PR, 0, "pain"),
    M(NR, "How has the waiting been?"),
    P(AH, "Hard, honestly. We'd budgeted for me to be earning by now. My husband's doing extra shifts. And I've spent, let me think, the application, the DBS, the medical, the course, the test, about six hundred and thirty pounds, and I haven't earned a penny.", CO, PR, -1, "pain"),
    M(NR, "Sorry, I lost you there. You were saying about the cost."),
    P(AH, "Yeah, sorry, the baby grabbed the phone. Just that it adds up. And you pay for each bit separately, so you don't notice till you add it all together.", CO, PR, -1, "pain"),
    M(NR, "What about the car? Have you thought about that yet?"),
    P(AH, "I'm going to rent one from an operator to start with. Station Cars, probably, because they've got a lady who does the school runs, and that's what I want to do. School runs and daytime. I'm not doing nights, not with what you hear.", WL, US, 0, "neutral"),
    M(NR, "What do you hear?"),
    P(AH, "Just stories. Women drivers getting hassle at chucking-out time. The safeguarding course was actually really good on that, they told us about the panic buttons the operators have, and what to do if someone won't get out. It made me feel better, to be honest.", TT, PR, 1, "praise"),
    M(NR, "That's good to hear. If you could change one thing about the process?"),
    P(AH, "A tracker. Just something that says DBS done, medical done, test done, waiting for this. And the number for the licensing office on the front of the website, not buried. I found it in the end, it's 01632 960418, and I had to look in a PDF.", WC, PR, 0, "suggestion"),
    M(NR, "That's really helpful. Thank you so much, Amira. I hope the DBS comes through soon."),
    B(AH, "Me too! Thanks for ringing, it's nice that someone's asked.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 7: interview-5.docx (a PhD researcher's transcript laid out for interpretative
# phenomenological analysis: a Word table with emergent themes on the left, line numbers,
# the transcript in lines of about sixty characters, her exploratory comments on the
# right, an empty row between turns). Monday 24 November 2025, a university room.
# A hackney driver SUSPENDED with immediate effect after a complaint who APPEALED to the
# magistrates. The story jumps in time. Pseudonym "Zafar"; "(pause)" is her mark.
# ---------------------------------------------------------------------------
INT5 = [
    M(IE, "Thank you for coming in. Before we start, is it okay if I record? And you can stop at any point."),
    B(ZA, "Yes, it's fine. It's fine."),
    M(IE, "So, could you tell me, in your own words, what happened? Start wherever you like."),
    P(ZA, "Okay. It was a Friday. The eleventh of April. I came home at four o'clock, and my wife had a letter in her hand, hand delivered, from the council. And she's crying, because she opened it. It said my licence was suspended with immediate effect. In the interests of public safety. Those words. Public safety.", CE, FU, -1, "pain"),
    M(IE, "What did you think when you read it?"),
    P(ZA, "I didn't understand. I read it three times. It said there was a complaint from a passenger on the Wednesday night, that I was under the influence. Under the influence! I don't drink. I've never drunk in my life. I'm a Muslim, we don't even have it in the house.", CE, FU, -1, "pain"),
    M(IE, "So what had happened on the Wednesday?"),
    P(ZA, "I had a lady from the station, going to Whitcote, about eleven at night. She was on her phone, she was upset about something, and she said my eyes were red. My eyes were red because I have, what is it, hay fever, in April, every year. And she asked me to stop and she got out at the garage, and she didn't pay. I let it go. I thought, fine, she's upset.", CE, US, 0, "neutral"),
    M(IE, "And then?"),
    P(ZA, "And then nothing for two days. Nobody called me. Nobody asked me. The first I know is the letter. If they had called me on the Thursday I would have gone to the police station myself and blown in the machine. In fact I did, on the Saturday, I went to the police station and asked them to test me, and they laughed, they said we don't do that, mate.", CE, FU, -1, "pain"),
    M(IE, "How did that feel?"),
    P(ZA, "Like a criminal. (pause) Fourteen years I have driven in this town. Fourteen years. No points, no complaints, nothing. I have taken children to school, I took old ladies to the hospital for free when they didn't have the money. And one phone call and I am finished.", CE, FU, -1, "pain"),
    M(IE, "Can I ask how you came to be a driver, originally?"),
    P(ZA, "My uncle. He came from Mirpur in the seventies and he drove a cab in Kestonbury. When I came over in 2005, I worked in his takeaway, and then he said, Zafar, you can drive, get the badge. In those days it was easy. A form, a photo, a test on the streets. Three weeks.", WD, N_, 0, "neutral"),
    M(IE, "And you enjoyed it?"),
    P(ZA, "I loved it. I still love it. You meet everybody. Doctors, drunk students, a man who told me his wife had left him, he cried all the way to Eldham. You are like a, what's the word, a bartender with a car.", WL, US, 1, "praise"),
    M(IE, "That's a lovely way of putting it. Coming back to the suspension, what did you do next?"),
    P(ZA, "The letter said I could appeal to the magistrates' court within twenty-one days. I didn't know what that means. Do I need a lawyer? My cousin knew a solicitor in Birmingham who does taxi licensing, and he said yes, and it will be one thousand two hundred pounds. I borrowed it from my brother.", CE, FU, -1, "pain"),
    M(IE, "What was the appeal like?"),
    P(ZA, "It took nine weeks to get a date. Nine weeks no work. And the car is still plated, so I still pay the insurance, two hundred and sixty a month, for a car sitting outside my house. And the day before the hearing, the council solicitor rang my solicitor and said they will not oppose. They withdraw it. They had looked at the CCTV from the rank, it shows me, it shows her, it shows nothing.", CE, FU, -1, "pain"),
    M(IE, "So the suspension was lifted?"),
    P(ZA, "Lifted. Just like that. Nine weeks. I got my badge back at the Guildhall, and the lady at the desk, she was very kind, she said, I'm glad it's sorted, Mr [surname]. That's the only person who said anything like sorry.", CE, FU, 0, "praise"),
    M(IE, "Did you get your costs back?"),
    P(ZA, "My solicitor asked. The council said no, because the suspension was justified at the time on the information they had. Justified! So I paid one thousand two hundred pounds and lost nine weeks for a lady with a phone.", CO, FU, -1, "pain"),
    M(IE, "How has it been since?"),
    P(ZA, "Different. (pause) I don't take lone women late at night now. If a woman gets in at the station after ten, I ring my wife on speaker, so someone can hear. I know that's maybe not nice for the passenger. But I can't go through that again.", WL, US, -1, "pain"),
    M(IE, "And with the other drivers? The community?"),
    P(ZA, "Everybody knew. The WhatsApp group, four hundred drivers, somebody put in it, Zafar is suspended for drink. Even after, people say, no smoke without fire. My son is sixteen, his friends asked him. That part, the council cannot give back.", CE, FU, -1, "pain"),
    M(IE, "Do you think the council was wrong to act?"),
    P(ZA, "No. (pause) No, honestly, if someone is drunk they must stop him that night. I have daughters. I want that. But you call him first. You send an officer to his house with the machine. You do it in one day, not nine weeks. That is all I'm asking.", CE, FU, 0, "suggestion"),
    M(IE, "Has anyone from the council asked you about your experience, before today?"),
    P(ZA, "No. This is the first time. And you're not even the council, you're the university.", WC, FU, -1, "pain"),
    M(IE, "That's true. We will share what people say with them, though, without names."),
    P(ZA, "Good. Tell them the letter should have the phone number of a person on it. A real person.", CE, FU, 0, "suggestion"),
    M(IE, "I'll make sure of that. Is there anything else you want to say?"),
    P(ZA, "When my licence comes up for renewal next year, I'm worried. Will it say suspended on my record? Is it on the national register, the one the other councils check? Nobody has told me if it's gone or not.", RN, FU, -1, "question"),
    M(IE, "That's something I can ask them, if you'd like."),
    B(ZA, "Please. Yes."),
    M(IE, "Thank you so much for sharing all this with me, Zafar."),
    B(ZA, "Thank you for listening. Really. It helps to say it.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 8: interview-6.txt (recorded on the moderator's laptop at the driver's kitchen
# table and transcribed by the council's data team with openai-whisper and
# pyannote in a notebook; the printed output saved as text: "Detected language", then one
# line per Whisper segment with the time range and the pyannote label). Wednesday
# 26 November 2025. A hackney driver of 31 years RENEWING; his wife speaks twice from the
# kitchen. pyannote called the participant SPEAKER_00 and the interviewer SPEAKER_01,
# although she speaks first. Whisper: digits, "£", no fillers.
# ---------------------------------------------------------------------------
INT6 = [
    M(SP1, "Right, it's recording on the laptop. Thanks for having me, Colin. And thank you for the tea, Sandra."),
    B(SP2, "You're welcome, love. I'll leave you to it."),
    M(SP1, "So, Colin, can you tell me how long you've been driving a taxi in Kestonbury?"),
    P(SP0, "31 years in February. I started in 1995. Before that I was at the brewery, and when the brewery shut, half of us went on the cabs. That's what you did.", WD, N_, 0, "neutral"),
    M(SP1, "And it's always been a hackney?"),
    P(SP0, "Always hackney. A TX4, 2011. I've had her since 2016. She's done 340,000 miles and she'll do another hundred.", VP, US, 1, "praise"),
    M(SP1, "Is she wheelchair accessible?"),
    P(SP0, "They all are, the TX4s. I've got a regular, a young lad in a power chair, to the college every morning. Power chairs are heavy, mind. The ramp's rated for it. My back isn't.", AC, US, 0, "neutral"),
    M(SP1, "I wanted to ask you about renewals. When did you last renew your licence?"),
    P(SP0, "The badge was in the summer. And it was the worst one I've ever done, and I've done 10 of them.", RN, FU, -1, "pain"),
    M(SP1, "What happened?"),
    P(SP0, "Everything's online now. I don't do online. I've got a phone that makes calls and that's all I want it to do. So Sandra did it on the computer, and it wanted a new password, and the password had to have a capital and a number and a symbol, and then it sent a code to my email, which I've never looked at in my life.", RN, FU, -1, "pain"),
    M(SP1, "So how did you get round that?"),
    P(SP0, "My granddaughter. She came round on the Sunday and did it in 20 minutes. She said, grandad, it's easy. It's easy if you're 19.", RN, FU, -1, "pain"),
    M(SP1, "Was there anything else?"),
    P(SP0, "The DBS. I'm on the Update Service, have been for years. But the bank changed my card in the spring and the payment didn't go through, so the subscription lapsed. I didn't know. So when the council did their check, it said no current subscription, and I had to do a whole new DBS. 8 weeks.", DM, FU, -1, "pain"),
    M(SP1, "Were you able to keep working while that was going on?"),
    P(SP0, "Only because I'd started the renewal early. If I'd left it to the last month like I used to, I'd have been off the road. Nobody told me the subscription had gone. The DBS people don't tell you, the council doesn't tell you.", DM, FU, -1, "pain"),
    M(SP1, "What about the medical?"),
    P(SP0, "Every year now, since I was 65. And my GP won't do it, so it's the clinic, £140. The doctor there is very thorough, I'll give him that. He found my blood pressure was up, and I didn't know. So I'm on tablets now. So maybe it saved my life, who knows.", DM, FU, 0, "praise"),
    M(SP1, "That's quite something."),
    B(SP0, "It is. I've told the lads, get your blood pressure done."),
    M(SP1, "What did the renewal cost you, all in?"),
    P(SP0, "The badge, 310. The new DBS, about 60. The clinic, 140. That's over 500 before I've turned a wheel. When I started it was 30 quid and a photo.", CO, FU, -1, "pain"),
    M(SP1, "What about the cab? The age limit?"),
    P(SP0, "That's the one that's going to finish me. She's 14 now. At 15 she has to come off the road. And a new cab is £70,000, an electric one. I'm 71. I'm not borrowing 70 grand at 71.", VP, FU, -1, "pain"),
    M(SP1, "Did you know there's an exception for vehicles in exceptional condition?"),
    P(SP0, "No. What exception?", VP, FU, 0, "question"),
    M(SP1, "I understand you can apply to the licensing committee to keep a purpose-built cab beyond the limit if it's in exceptional condition. I don't know the details, but I can find out for you."),
    P(SP0, "Well, there you go. 31 years and nobody's ever told me that. It should be on the letter.", VP, FU, -1, "suggestion"),
    B(SP2, "He won't retire, you know. He'll die in that cab."),
    B(SP0, "I heard that."),
    M(SP1, "What's the job like these days, compared to when you started?"),
    P(SP0, "Quieter in the day, madder at night. The ranks are full of cabs with nowhere to go. And there's all these private hire cars from Wolverhampton and God knows where. In my day you knew every driver on the rank by name. Now I don't know half of them.", WL, US, -1, "pain"),
    M(SP1, "And the passengers?"),
    P(SP0, "Lovely, most of them. I've got regulars I've had for 20 years. Mrs Patel, every Thursday to the market. I know her better than my own sister.", WL, US, 1, "praise"),
    M(SP1, "Have you ever had a complaint, or dealt with enforcement?"),
    P(SP0, "One complaint in 31 years. A student said I was rude because I wouldn't let him eat a kebab in the back. The council wrote to me, a proper frightening letter. I wrote back and said, yes I was rude, and I'd do it again. Never heard another word.", CE, FU, 0, "neutral"),
    M(SP1, "If you could change one thing about how the licensing service works, what would it be?"),
    P(SP0, "Let me do it on paper. Or on the phone. I've been doing this 31 years. I'm not going to run off. Give me a person to ring and a form in the post.", RN, FU, 0, "suggestion"),
    M(SP1, "That's really clear. Is there anything else you'd like to say?"),
    P(SP0, "Just, tell them the old ones are still here. We're not all on apps.", WC, FU, 0, "suggestion"),
    M(SP1, "I'll make sure they hear that. Thank you, Colin. And thanks again, Sandra."),
    B(SP2, "Mind how you go, love."),
    B(SP0, "Cheers, Ruth.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook, written before coding (examples are exact excerpts of participant turns of
# that theme; checked in main())
# ---------------------------------------------------------------------------
CODEBOOK = [
    (WD, "Why drive a taxi",
     "Who the driver, applicant, operator or officer is and how they came to the trade: a "
     "job lost or given up (warehouse nights, the Royal Mail, HGV driving with a bad back, "
     "nursing), the hours around children, a family that drove, coming over from abroad, a "
     "brother who could not get an accessible taxi. What the work is like once licensed "
     "goes to working_life; introductions that open another story take that story's theme.",
     ["I might as well get paid for it", "you can always drive a cab", "So I thought, right, I'll do it myself."]),
    (FO, "Finding out the rules",
     "How people learned what to do and in what order: the council website and its PDFs, an "
     "eighty-page policy written like a law, the phone line as a source of information, "
     "relatives' voice notes, WhatsApp groups, an operator's one-page checklist, a driver's "
     "list of steps shared as a screenshot, paid 'badge in six weeks' firms, wrong "
     "expectations from friends; wishes for one list in plain English or in other languages. "
     "What the knowledge test covers goes to tests_training unless the point is how it was found out.",
     ["it's just links to PDFs", "Google Translate also did not understand", "The council should have that, not me."]),
    (AF, "The application, from form to grant",
     "The online form and the portal account, uploads and file sizes, the DVLA check code "
     "that runs out, right to work and identity documents, questions such as other names, "
     "the paper form of earlier years, the officer's completeness check and fit and proper "
     "assessment, the grant email and collecting the badge. Waiting and status go to "
     "waiting_contact; the DBS and the medical to dbs_medical.",
     ["trying to shrink photos", "the DVLA code only lasts twenty-one days", "I actually rang my mum."]),
    (DM, "DBS, medical and other checks",
     "The enhanced DBS through the online provider and its ID app, weeks with other police "
     "forces, certificates of good conduct from abroad, the DBS Update Service, its six-monthly "
     "checks and subscriptions that lapse when a bank card expires, the Group 2 medical, GPs "
     "who refuse, private clinics, yearly medicals as a condition or with age, a second DBS "
     "demanded by the council's school transport team.",
     ["they just say it's with the police", "hello, goodbye, one hundred and fifty pounds", "the Update Service couldn't take the payment"]),
    (TT, "Knowledge test, safeguarding and other training",
     "The knowledge test (places, closed pubs, the conditions and byelaws, the English "
     "section), failing and re-sitting, practice questions sold by training firms, the "
     "safeguarding course and what it taught, the disability awareness video, wishes for "
     "practical training with a real wheelchair. Loading a wheelchair in daily work goes to "
     "accessibility.",
     ["half of them were pubs", "I've actually phoned it in once.", "Not a video."]),
    (WC, "Waiting and getting hold of the licensing team",
     "How long it took from applying to the badge, 'under review' on the portal and wishes "
     "for a tracker or a portal with one's own record, the phone line open four hours a day, "
     "emails and automatic replies, appointment screens instead of a counter, the one officer "
     "who rings back, the trade hearing of changes late, being asked for views and never "
     "hearing back, digital-only contact for older drivers; the team's size and workload "
     "(staff).",
     ["It's said under review since August.", "A tracker. Like a parcel.", "if you get Helen you're sorted"]),
    (VP, "The vehicle, the test and the plate",
     "Vehicle rules and the compliance test at the Eldham depot, failures (window tint, "
     "bulbs), the age limit and the exception for cabs in exceptional condition, plating an "
     "electric car, buying a plated cab, the insurance certificate needed before the plate and "
     "the plate number insurers want, CCTV, testers who help. The price of insurance as such "
     "goes to costs; the yearly plate renewal to renewals.",
     ["Factory tint! From Skoda.", "you're going round in circles for a week", "In the end they just wrote zero on the form."]),
    (CO, "Costs, fees and fares",
     "What it costs to start and to keep going: licence and plate fees and whether they give "
     "value, medical and DBS fees, renting a car, hire and reward insurance, a grant for "
     "accessible vehicles, money spent before the first fare, a solicitor's fee not repaid, "
     "the council's hackney fare tariff and its slow review; wishes for one page with every "
     "cost at the start.",
     ["seven grand before your first fare", "That's a year of our money.", "lost nine weeks for a lady with a phone"]),
    (WL, "Working with the licence",
     "Day-to-day work once licensed: ranks too small and private hire cars on them at night, "
     "out-of-area cars working through apps, operators and their apps, nights and safety for "
     "women drivers, regular passengers, school contracts, working a dual badge, broken "
     "chargers on the rank, the fare consultation as news, what the work means; an operator "
     "describing the business.",
     ["Friday and Saturday nights are good money", "a bartender with a car", "nobody enforces it after six"]),
    (RN, "Renewals",
     "Renewing badges, plates, operator licences and medicals: reminders by letter or email "
     "that go astray, online-only renewal for drivers who do not use email, lapsing by days "
     "and re-applying as new, calls for a grace period, the ramp certificate for accessible "
     "vehicles, operators keeping track of drivers' expiry dates, worry about what a past "
     "suspension means at the next renewal.",
     ["I don't look at email.", "answering questions about where the crematorium is", "It's easy if you're 19."]),
    (CE, "Complaints, enforcement and appeals",
     "Complaints from passengers and the standard letter about them, spot checks, penalty "
     "points and disputing them, the licensing sub-committee, suspension with immediate "
     "effect, the appeal to the magistrates, the stigma afterwards, the limits on acting "
     "against out-of-area drivers, operators passing complaints to licensing; wishes to hear "
     "the driver first and to decide quickly. A solicitor's fee goes to costs.",
     ["For a twelve-minute trip.", "Those words. Public safety.", "You do it in one day, not nine weeks."]),
    (AC, "Wheelchair-accessible taxis and disabled passengers",
     "Wheelchair-accessible hackneys and their passengers: the council's designated list and "
     "fines for refusing, too few accessible private hire cars, loading a chair with four "
     "restraints, drivers who look away at the rank, exemption certificates, regular "
     "passengers (dialysis, the day centre). The disability awareness course goes to "
     "tests_training; testing the vehicle to vehicle_plate; the kerb at the rank to "
     "working_life.",
     ["I've seen it done with two.", "they look the other way", "a wheelchair user can't tell from the street if the driver's got one"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def interleave(items, moderator, fillers):
    """No two turns in a row by one speaker: two moderator turns in a row are one turn;
    between two turns of one participant the moderator's short acknowledgement is its own
    turn. (The lists above are written so that this changes nothing; kept as a guard.)"""
    out, k = [], 0
    for it in items:
        if out and out[-1]["speaker"] == it["speaker"]:
            if it["mod"]:
                out[-1] = dict(out[-1], text=out[-1]["text"] + " " + it["text"])
                continue
            out.append(M(moderator, fillers[k % len(fillers)]))
            k += 1
        out.append(it)
    return out


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        dur = len(norm(it["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\[(£])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def chunks(text: str, maxw: int) -> list[str]:
    """Cut a turn into pieces at sentence ends, at most maxw words each; a longer
    sentence is cut after a comma, or else between words."""
    units = []
    for s in sentences(text):
        w = s.split()
        if len(w) <= maxw:
            units.append(s)
            continue
        cur = []
        for word in w:
            cur.append(word)
            if (len(cur) >= maxw * 0.6 and word.endswith(",")) or len(cur) >= maxw:
                units.append(" ".join(cur))
                cur = []
        if cur:
            units.append(" ".join(cur))
    out, cur = [], []
    for u in units:
        if cur and len(" ".join(cur + [u]).split()) > maxw:
            out.append(" ".join(cur))
            cur = []
        cur.append(u)
    if cur:
        out.append(" ".join(cur))
    assert " ".join(out) == norm(text), (out, text)
    return out


def halves(text: str, min_words: int) -> list[str]:
    """A long turn in two pieces at the sentence nearest the middle (a tool that cuts
    long speech, or a typist's second paragraph); shorter turns stay whole."""
    t = norm(text)
    sents = sentences(t)
    if len(t.split()) < min_words or len(sents) < 2:
        return [t]
    total = len(t.split())
    best, pos = 1, 0
    for k in range(1, len(sents)):
        pos = len(" ".join(sents[:k]).split())
        if abs(pos - total / 2) < abs(len(" ".join(sents[:best]).split()) - total / 2):
            best = k
    return [" ".join(sents[:best]), " ".join(sents[best:])]


def piece_times(a, b, pieces, gap=0.3):
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def wrap(text: str, width: int) -> list[str]:
    """Greedy line breaking at spaces, at most `width` characters a line."""
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_teams(s: float) -> str:
    s = int(s)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_ms(s: float) -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"


def ts_tenths(s: float) -> str:
    d = int(round(s * 10))
    sec, tenth = divmod(d, 10)
    return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}.{tenth}"


def ts_whisper(s: float) -> str:
    """openai-whisper's format_timestamp without hours: MM:SS.mmm."""
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return (f"{h:02d}:" if h else "") + f"{m:02d}:{sec:02d}.{ms:03d}"


def ts_frames(s: float, base_h: int = 10, fps: int = 25) -> str:
    f = int(round(s * fps))
    sec, fr = divmod(f, fps)
    return f"{base_h + sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}:{fr:02d}"


def prefixed(session, key):
    """{turn index: value} for a session dict {text prefix: value}; every prefix must
    match exactly one turn."""
    out = {}
    for pre, v in session.get(key, {}).items():
        hits = [i for i, t in enumerate(session["items"]) if t["text"].startswith(pre)]
        assert len(hits) == 1, (session["file"], key, pre, hits)
        out[hits[0]] = v
    return out


def repackage(raw: bytes, when: _dt.datetime, app: str) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; no
    thumbnail; docProps/app.xml names the Office application."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = parts["docProps/core.xml"].decode("utf-8")
    for tag in ("created", "modified"):
        core = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    if "docProps/thumbnail.jpeg" in parts:
        parts.pop("docProps/thumbnail.jpeg")
        r = parts["_rels/.rels"].decode("utf-8")
        r = re.sub(r'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', "", r)
        parts["_rels/.rels"] = r.encode("utf-8")
        ct = parts["[Content_Types].xml"].decode("utf-8")
        ct = re.sub(r'<Override PartName="/docProps/thumbnail.jpeg"[^>]*/>', "", ct)
        parts["[Content_Types].xml"] = ct.encode("utf-8")
    if "docProps/app.xml" in parts:
        a = parts["docProps/app.xml"].decode("utf-8")
        a = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app}</Application>", a)
        parts["docProps/app.xml"] = a.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Writers (each returns (bytes, stats), bytes None when the needed library is missing)
# ---------------------------------------------------------------------------
def write_nvivo_docx(s):
    """A Word table typed for NVivo's Import Transcript Entries > Table rows: a heading
    and three paragraphs, then a table 'ID | Timespan | Content | Speaker' (header row,
    the identifier column first, the speaker LAST, timespans 'hh:mm:ss.t - hh:mm:ss.t');
    a long turn is typed as two rows and the second row's Speaker cell is left empty for
    NVivo's Fill Down; a break is a row whose Content is a bracketed note."""
    try:
        import docx
        from docx.shared import Cm, Pt
    except ImportError:
        return None, {}
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(s["title"], level=1)
    for para in s["header"]:
        d.add_paragraph(para)
    d.add_paragraph()
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, ("ID", "Timespan", "Content", "Speaker")):
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    brk = prefixed(s, "break_after_prefix")
    rid, offset, rows, cont = 1, 0.0, 0, 0
    for i, (it, (a, b)) in enumerate(zip(s["items"], timings(s))):
        a, b = a + offset, b + offset
        pieces = halves(it["text"], s["split_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.6))):
            c = table.add_row().cells
            c[0].text, c[1].text, c[2].text = str(rid), f"{ts_tenths(pa)} - {ts_tenths(pb)}", p
            c[3].text = it["speaker"] if k == 0 else ""
            rid, rows, cont = rid + 1, rows + 1, cont + (k > 0)
        if i in brk:
            c = table.add_row().cells
            c[0].text, c[1].text = str(rid), f"{ts_tenths(b + 1.5)} - {ts_tenths(b + s['break_seconds'] - 1.5)}"
            c[2].text, c[3].text = brk[i], ""
            rid, offset = rid + 1, offset + s["break_seconds"]
    for row in table.rows:
        for cell, w in zip(row.cells, (Cm(1.1), Cm(4.4), Cm(9.6), Cm(2.2))):
            cell.width = w
    cp = d.core_properties
    cp.author = cp.last_modified_by = s["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 3
    raw = io.BytesIO()
    d.save(raw)
    return (repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word"),
            dict(rows=rows, continuation_rows=cont, note_rows=len(brk)))


TEAMS_CODE = {WD: "background", FO: "info / website", AF: "application", DM: "DBS / medical",
              TT: "test & training", WC: "contact / waiting", VP: "vehicle & plate", CO: "money",
              WL: "ranks & trade", RN: "renewal", CE: "enforcement", AC: "WAV / access"}


def write_teams_paste_xlsx(s):
    """A Teams transcript (.docx download) pasted into column A of an Excel sheet for
    first-pass coding: row 1 the researcher's header 'Transcript | Code (1st pass) | Memo',
    then Teams' own lines (meeting title, date, duration, 'Transcript', '... started
    transcription'), then per entry a row 'Display Name   h:mm:ss' and a row with the
    speech; long turns are two entries of one speaker; codes on the text rows of the first
    part only (she had not finished), memos on a few; a second sheet 'Codes'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None, {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = s["sheet"]
    for c, v in enumerate(("Transcript", "Code (1st pass)", "Memo"), 1):
        cell = ws.cell(row=1, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    tms = timings(s)
    dur = int(tms[-1][1] + 4)
    for v in (s["meeting_title"], s["meeting_date"], f"{dur // 60}m {dur % 60}s", "Transcript",
              f"{s['host']} started transcription"):
        ws.append([v])
    memos = prefixed(s, "memo_by_prefix")
    entries = 0
    for i, (it, (a, b)) in enumerate(zip(s["items"], tms)):
        pieces = halves(it["text"], s["split_words"])
        for k, (p, (pa, _)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.8))):
            ws.append([f"{it['speaker']}   {ts_teams(pa)}"])
            code = TEAMS_CODE.get(it.get("theme", ""), "") if (k == 0 and i < s["coded_until"]) else ""
            ws.append([p, code or None, memos.get(i) if k == 0 else None])
            ws.cell(row=ws.max_row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
            entries += 1
    ws.append([f"{s['host']} stopped transcription"])
    ws.column_dimensions["A"].width = 100
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 44
    ws.freeze_panes = "A2"
    codes = wb.create_sheet("Codes")
    codes.append(["Code", "What it covers"])
    codes["A1"].font = codes["B1"].font = Font(bold=True)
    for c, what in s["code_notes"]:
        codes.append([c, what])
    codes.column_dimensions["A"].width = 20
    codes.column_dimensions["B"].width = 70
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel"), dict(entries=entries, rows=ws.max_row)


def vtt_escape(txt: str) -> str:
    """noScribe's helper: html.escape (quotes too: ' becomes &#x27;), no blank lines."""
    txt = html.escape(txt)
    while "\n\n" in txt:
        txt = txt.replace("\n\n", "\n")
    return txt


def write_noscribe_vtt(s):
    """noScribe's WebVTT output (html_to_webvtt): 'WEBVTT <title>', a NOTE block with the
    header paragraph (version, audio file, options), 'NOTE media: <path>', then one
    numbered cue per Whisper segment '<v Snn>text' without a closing tag, text escaped
    with html.escape. Written on Windows in text mode, so every line ends CRLF."""
    info = "\n".join([f"Transcribed with noScribe vers. {s['version']}",
                      f"Audio file: {s['audio']}", s["options"]])
    vtt = "WEBVTT " + vtt_escape(s["title"]) + "\n\n"
    vtt += vtt_escape("NOTE\n" + "\n" + info + "\n") + "\n\n"
    vtt += f"NOTE media: {s['audio']}\n\n"
    n = 0
    for it, (a, b) in zip(s["items"], timings(s)):
        pieces = chunks(it["text"], s["seg_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.25)):
            n += 1
            vtt += f"{n}\n{ts_ms(pa)} --> {ts_ms(pb)}\n<v {it['speaker']}>{vtt_escape(' ' + p).lstrip()}\n\n"
    return vtt.replace("\n", "\r\n").encode("utf-8"), dict(cues=n)


def write_granola_md(s):
    """Obsidian Granola Sync (formatTranscriptBySpeaker): YAML front matter (granola_id,
    title '... - Transcript', type, created_at, updated_at, Attendees), '# Transcript for:
    <title>', then per change of audio source '## You (<start>)' (the microphone) or
    '## Guest (<start>)' (everyone else), the text as one paragraph; LF."""
    rnd = random.Random(s["seed"] + 7)
    gid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    t0 = s["clock_start"]

    def iso(sec):
        t = t0 + _dt.timedelta(milliseconds=int(round(sec * 1000)))
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    tms = timings(s)
    fm = ["---", f"granola_id: {gid}", f'title: "{s["title"]} - Transcript"', "type: transcript",
          f"created_at: {iso(-41.3)}", f"updated_at: {iso(tms[-1][1] + 187.9)}",
          "Attendees:\n" + "\n".join(f"  - {a}" for a in s["attendees"]), "---", ""]
    md = "\n".join(fm) + "\n" + f"# Transcript for: {s['title']}\n\n"
    for it, (a, _) in zip(s["items"], tms):
        md += f"## {it['speaker']} ({iso(a)})\n\n" + norm(it["text"]) + "\n\n"
    return md.encode("utf-8"), dict(blocks=len(s["items"]))


def write_production_xlsx(s):
    """A production company's transcript ('logging sheet'): a merged title row and four
    label/value rows (values merged across), an empty row, header row 7 'Clip | TC In |
    TC Out | Speaker | Transcript | Notes' (bold, filled, frozen), one row per soundbite with
    record-run timecode in frames (25 fps, from 10:00:00:00), the speaker in capitals on
    every row, a note row without speaker at the card change (the timecode jumps), notes."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None, {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    ws["A1"] = "PRODUCTION TRANSCRIPT"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    for r, (k, v) in enumerate(s["meta"], 2):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    hdr = 7
    for c, v in enumerate(("Clip", "TC In", "TC Out", "Speaker", "Transcript", "Notes"), 1):
        cell = ws.cell(row=hdr, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    notes = prefixed(s, "notes_by_prefix")
    card = prefixed(s, "card_change_after_prefix")
    clip, offset, row, bites = 1, 0.0, hdr + 1, 0
    for i, (it, (a, b)) in enumerate(zip(s["items"], timings(s))):
        pieces = chunks(it["text"], s["bite_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a + offset, b + offset, pieces, gap=0.2))):
            vals = [f"A{clip:03d}", ts_frames(pa), ts_frames(pb), it["speaker"], p,
                    notes.get(i) if k == 0 else None]
            for c, v in enumerate(vals, 1):
                ws.cell(row=row, column=c, value=v)
            ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
            row, bites = row + 1, bites + 1
        if i in card:
            ws.cell(row=row, column=5, value=card[i])
            ws.cell(row=row, column=6, value="about 2 min, B camera kept rolling")
            row += 1
            clip, offset = clip + 1, offset + 128.0
    for col, w in zip("ABCDEF", (7, 13, 13, 11, 80, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hdr + 1}"
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel"), dict(rows=bites, clips=clip)


AIRTABLE_TAGS = {WD: ["Background"], FO: ["Information"], AF: ["Application"],
                 DM: ["Checks"], TT: ["Test and training"], WC: ["Waiting", "Contact"],
                 VP: ["Vehicle"], CO: ["Money"], WL: ["Work"], RN: ["Renewal"],
                 CE: ["Enforcement"], AC: ["Accessibility"]}


def write_airtable_csv(s):
    """Airtable grid view, Download CSV: UTF-8 with BOM, the primary field first
    ('Utterance ID'), the linked 'Session' and 'Speaker' records as their names, a lookup
    field named 'Role (from Speaker)', multiple select 'Tags' joined by commas, a checkbox
    written 'checked'; fields quoted only when needed; CRLF. Two long answers are two
    records each; a record without speaker holds the researcher's note of a dropped call."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Utterance ID", "Session", "Start", "Speaker", "Role (from Speaker)",
                "Utterance", "Tags", "Follow up"])
    split = prefixed(s, "split_by_prefix")
    follow = prefixed(s, "follow_by_prefix")
    note_before = prefixed(s, "note_before_prefix")
    rid, records = 1, 0
    for i, (it, (a, b)) in enumerate(zip(s["items"], timings(s))):
        if i in note_before:
            w.writerow([f"INT4-{rid:03d}", s["session_name"], ts_hms(a - 9), "", "",
                        note_before[i], "", ""])
            rid += 1
        pieces = halves(it["text"], 1) if i in split else [norm(it["text"])]
        for k, (p, (pa, _)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.5))):
            tags = "" if it["mod"] or not it.get("theme") else ",".join(AIRTABLE_TAGS[it["theme"]])
            w.writerow([f"INT4-{rid:03d}", s["session_name"], ts_hms(pa), it["speaker"],
                        "Researcher" if it["mod"] else "Participant", p, tags,
                        "checked" if (i in follow and k == 0) else ""])
            rid, records = rid + 1, records + 1
    return ("\ufeff" + buf.getvalue()).encode("utf-8"), dict(records=records, note_records=len(note_before))


def write_ipa_docx(s):
    """A transcript laid out for interpretative phenomenological analysis: a bold title,
    two paragraphs, then a table 'Emergent themes | Line | Transcript | Exploratory
    comments' (header row), the transcript in lines of at most `line_chars` characters,
    numbered, the first line of a turn opening 'I: ' or 'Z: ', an empty row after each
    turn; comments (italic) and themes on the first line of some turns."""
    try:
        import docx
        from docx.shared import Cm, Pt
    except ImportError:
        return None, {}
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(14)
    for para in s["header"]:
        d.add_paragraph(para)
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, ("Emergent themes", "Line", "Transcript", "Exploratory comments")):
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    comments = prefixed(s, "comments_by_prefix")
    line = 0
    for i, it in enumerate(s["items"]):
        lines = wrap(f"{it['speaker']}: {norm(it['text'])}", s["line_chars"])
        for k, ln in enumerate(lines):
            line += 1
            c = table.add_row().cells
            c[1].text, c[2].text = str(line), ln
            if k == 0 and i in comments:
                theme, comment = comments[i]
                c[0].text = theme
                c[3].text = ""
                c[3].paragraphs[0].add_run(comment).italic = True
        table.add_row()
    for row in table.rows:
        for cell, w in zip(row.cells, (Cm(3.4), Cm(1.0), Cm(9.0), Cm(4.6))):
            cell.width = w
    cp = d.core_properties
    cp.author = cp.last_modified_by = s["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 7
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word"), dict(lines=line)


def write_whisper_txt(s):
    """openai-whisper's verbose print with a pyannote label added by the notebook:
    'Detected language: English', then '[MM:SS.mmm --> MM:SS.mmm] SPEAKER_nn: text' per
    segment; UTF-8, LF, a final line break."""
    out = ["Detected language: English"]
    for it, (a, b) in zip(s["items"], timings(s)):
        pieces = chunks(it["text"], s["seg_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.2)):
            out.append(f"[{ts_whisper(pa)} --> {ts_whisper(pb)}] {it['speaker']}: {p}")
    return ("\n".join(out) + "\n").encode("utf-8"), dict(segments=len(out) - 1)


WRITERS = dict(nvivo_docx=write_nvivo_docx, teams_xlsx=write_teams_paste_xlsx,
               noscribe_vtt=write_noscribe_vtt, granola_md=write_granola_md,
               production_xlsx=write_production_xlsx, airtable_csv=write_airtable_csv,
               ipa_docx=write_ipa_docx, whisper_txt=write_whisper_txt)
NEEDS = dict(nvivo_docx="docx", teams_xlsx="openpyxl", production_xlsx="openpyxl", ipa_docx="docx")


# ---------------------------------------------------------------------------
# Minimal parsers, one per layout: (speaker, text) per turn, consecutive pieces of one
# speaker merged
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        text = norm(text)
        if out and out[-1][0] == spk:
            out[-1] = (spk, norm(out[-1][1] + " " + text))
        else:
            out.append((spk, text))
    return [(s, t) for s, t in out if t]


BRACKETED = re.compile(r"[\[(][^\])]*[\])]")


def parse_nvivo_docx(data: bytes):
    import docx
    doc = docx.Document(io.BytesIO(data))
    assert len(doc.tables) == 1
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    assert rows[0] == ["ID", "Timespan", "Content", "Speaker"], rows[0]
    pairs = []
    for rid, span, content, spk in rows[1:]:
        assert rid.isdigit() and re.fullmatch(r"\d\d:\d\d:\d\d\.\d - \d\d:\d\d:\d\d\.\d", span), span
        if spk:
            pairs.append([spk, content])
        elif BRACKETED.fullmatch(content):
            continue                                  # the break note
        else:
            pairs[-1][1] += " " + content             # Fill Down: the speaker above goes on
    return _merge([tuple(p) for p in pairs])


TEAMS_HEAD = re.compile(r"(.+?)   (\d+:\d\d:\d\d)")


def parse_teams_xlsx(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    col = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    assert [ws.cell(row=1, column=c).value for c in (1, 2, 3)] == ["Transcript", "Code (1st pass)", "Memo"]
    start = next(i for i, v in enumerate(col) if v and v.endswith(" started transcription")) + 1
    end = next(i for i, v in enumerate(col) if v and v.endswith(" stopped transcription"))
    body = col[start:end]
    assert len(body) % 2 == 0
    pairs = []
    for head, text in zip(body[::2], body[1::2]):
        m = TEAMS_HEAD.fullmatch(head)
        assert m and not TEAMS_HEAD.fullmatch(text), (head, text)
        pairs.append((m.group(1), text))
    return _merge(pairs)


def parse_noscribe_vtt(data: bytes):
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    assert blocks[0].startswith("WEBVTT ")
    pairs = []
    for blk in blocks[1:]:
        lines = blk.strip("\n").split("\n")
        if lines[0].startswith("NOTE"):
            continue
        assert lines[0].isdigit() and " --> " in lines[1] and len(lines) == 3, blk
        m = re.fullmatch(r"<v (S\d\d)>(.*)", lines[2])
        assert m, blk
        pairs.append((m.group(1), html.unescape(m.group(2))))
    return _merge(pairs)


def parse_granola_md(data: bytes):
    lines = data.decode("utf-8").split("\n")
    assert lines[0] == "---"
    start = next(i for i, ln in enumerate(lines) if ln.startswith("# Transcript for: ")) + 1
    pairs = []
    for ln in lines[start:]:
        m = re.fullmatch(r"## (You|Guest) \((\d{4}-\d\d-\d\dT[\d:.]+Z)\)", ln)
        if m:
            pairs.append([m.group(1), ""])
        elif ln.strip():
            pairs[-1][1] += " " + ln
    return _merge([tuple(p) for p in pairs])


def parse_production_xlsx(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert [ws.cell(row=7, column=c).value for c in range(1, 7)] == [
        "Clip", "TC In", "TC Out", "Speaker", "Transcript", "Notes"]
    pairs = []
    for r in range(8, ws.max_row + 1):
        spk, text = ws.cell(row=r, column=4).value, ws.cell(row=r, column=5).value
        if spk:
            pairs.append((spk, text))
        else:
            assert BRACKETED.fullmatch(text or ""), (r, text)      # the card change
    return _merge(pairs)


def parse_airtable_csv(data: bytes):
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    pairs = []
    for r in rows:
        if r["Speaker"]:
            pairs.append((r["Speaker"], r["Utterance"]))
        else:
            assert BRACKETED.fullmatch(r["Utterance"]), r
    return _merge(pairs)


def parse_ipa_docx(data: bytes):
    import docx
    doc = docx.Document(io.BytesIO(data))
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    assert rows[0] == ["Emergent themes", "Line", "Transcript", "Exploratory comments"]
    pairs, open_ = [], False
    for theme, line, text, comment in rows[1:]:
        if not text:
            open_ = False
            continue
        m = re.match(r"(I|Z): (.*)", text)
        if m and not open_:
            pairs.append([m.group(1), m.group(2)])
            open_ = True
        else:
            assert open_, text
            pairs[-1][1] += " " + text
    return _merge([tuple(p) for p in pairs])


def parse_whisper_txt(data: bytes):
    lines = data.decode("utf-8").rstrip("\n").split("\n")
    assert lines[0] == "Detected language: English"
    pairs = []
    for ln in lines[1:]:
        m = re.fullmatch(r"\[(\d\d:\d\d\.\d{3}) --> (\d\d:\d\d\.\d{3})\] (SPEAKER_\d\d): (.*)", ln)
        assert m, ln
        pairs.append((m.group(3), m.group(4)))
    return _merge(pairs)


PARSERS = dict(nvivo_docx=parse_nvivo_docx, teams_xlsx=parse_teams_xlsx,
               noscribe_vtt=parse_noscribe_vtt, granola_md=parse_granola_md,
               production_xlsx=parse_production_xlsx, airtable_csv=parse_airtable_csv,
               ipa_docx=parse_ipa_docx, whisper_txt=parse_whisper_txt)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
SESSIONS = [
    dict(file="focus-group-1.docx", fmt="nvivo_docx", seed=9101, start=3.2, rate=2.5,
         pause=(0.6, 2.2), items=interleave(FG1, RUTH, ["Mm.", "Yeah.", "Go on."]),
         title="Taxi licensing research \u2013 focus group 1 (new and recent drivers)",
         header=["Tuesday 11 November 2025, 6.30\u20138.15pm, Committee Room 2, Kestonbury Council Offices, Guildhall Road. Facilitator: Ruth Ashworth (Service Design). Notes: Ben Okoro. Six participants, first names only.",
                 "Typed by RA from the recording (FG1_111125.m4a) as a table for NVivo: Import Transcript Entries > Table rows, with the ID column, header row, Speaker mapped to a custom field and Fill Down on. Long answers are in two rows; the second row has no speaker.",
                 "[ ] = my notes. Times are from the recording (I left it running through the break)."],
         split_words=58, break_after_prefix={"Yeah, the safeguarding was the best bit.": "[Break \u2013 about ten minutes, tea and biscuits; recorder left running, nothing transcribed]"},
         break_seconds=611.0, author="Ruth Ashworth", epoch=_dt.datetime(2025, 11, 13, 16, 42, 0)),
    dict(file="focus-group-2.xlsx", fmt="teams_xlsx", seed=9102, start=4.6, rate=2.6,
         pause=(0.7, 2.4), items=interleave(FG2, RA, ["Mm.", "Okay.", "Yeah."]),
         sheet="FG2 transcript", host=RA,
         meeting_title="Taxi licensing focus group 2-20251119_183004-Meeting Recording",
         meeting_date="19 November 2025, 6:30PM", split_words=60, coded_until=52,
         memo_by_prefix={"Mine was not fine.": "ask Helen how points reviews work \u2013 3 wks no reply",
                         "Yeah. So, school transport is a different department.": "same as FG1 (Kelly) \u2013 two DBS, two badges",
                         "And it can go the other way.": "INT5? (university) \u2013 don't link in report",
                         "It's literally a screenshot of my Notes app.": "cf. Mo's one-page pack (INT2)"},
         code_notes=[(c, w) for c, w in (
             ("background", "who they are, how they came to driving"),
             ("info / website", "finding out what to do, website, lists"),
             ("application", "the form, documents"),
             ("DBS / medical", "checks, Update Service, GP / clinic"),
             ("test & training", "knowledge test, safeguarding, disability awareness"),
             ("contact / waiting", "getting hold of licensing, waiting, portal"),
             ("vehicle & plate", "vehicle test, age limit, CCTV, EV"),
             ("money", "fees, tariff, insurance"),
             ("ranks & trade", "ranks, out of area, apps, nights, school contracts"),
             ("renewal", "badge, plate, medical renewals, lapsing"),
             ("enforcement", "complaints, points, committee, suspensions"),
             ("WAV / access", "wheelchair accessible vehicles, designated list, exemptions"))],
         author="Ruth Ashworth", epoch=_dt.datetime(2025, 11, 20, 9, 31, 0)),
    dict(file="interview-1.vtt", fmt="noscribe_vtt", seed=9103, start=2.1, rate=2.6,
         pause=(0.5, 1.9), items=interleave(INT1, S00, ["Mm-hm.", "Right.", "Yeah."]),
         title="INT1 licensing officer 17-11-25", version="0.6.2",
         audio="C:/Users/rashworth/OneDrive - Kestonbury District Council/Taxi licensing research/Audio/INT1 licensing officer 17-11-25.mp3",
         options="(Language: English (en) | Speaker detection: auto | Overlapping speech: False | Timestamps: False | Disfluencies: True | Mark pause: 0)",
         seg_words=24),
    dict(file="interview-2.md", fmt="granola_md", seed=9104, start=4.2, rate=2.7,
         pause=(0.4, 1.6), items=interleave(INT2, YOU, ["Mm.", "Right.", "Okay."]),
         title="Kestonbury taxi licensing \u2013 Mo (Station Cars)",
         attendees=["Sophie Lang", "Mo Farooq"],
         clock_start=_dt.datetime(2025, 11, 18, 10, 1, 12)),
    dict(file="interview-3.xlsx", fmt="production_xlsx", seed=9105, start=6.0, rate=2.4,
         pause=(1.0, 3.0), items=interleave(INT3, Q, ["Mm.", "Lovely.", "Okay."]),
         meta=[("Production:", "Every Journey Counts \u2013 accessible taxis (Kestonbury District Council, Communications)"),
               ("Interviewee:", "Bev Cartwright, owner-driver, wheelchair-accessible hackney carriage"),
               ("Shoot:", "Thursday 20 November 2025, Eldham vehicle depot. Interviewer off camera: Ruth Ashworth (KDC). Crew: Hollow Lane Films"),
               ("Timecode:", "Record run, 25 fps, camera A. Transcribed by Cutaway Transcripts Ltd, 21/11/2025")],
         notes_by_prefix={"Sorry, yes. The reason I drive": "GOOD \u2013 use this take",
                          "So, you've got to get the chair up the ramp": "plane overhead from 2nd sentence",
                          "Course. Nobody shows you how to load": "retake \u2013 clean",
                          "Licensing first, who said it's highways.": "[both laugh]",
                          "Proper training. Half a day with a real wheelchair": "GOOD \u2013 end line?"},
         card_change_after_prefix={"Licensing first, who said it's highways.": "[CARD CHANGE \u2013 CAMERA A]"},
         bite_words=22, author="Cutaway Transcripts", epoch=_dt.datetime(2025, 11, 21, 17, 5, 0)),
    dict(file="interview-4.csv", fmt="airtable_csv", seed=9106, start=2.8, rate=2.5,
         pause=(0.6, 2.0), items=interleave(INT4, NR, ["Mm.", "Right.", "Yeah."]),
         session_name="INT4 Amira (applicant, phone)",
         split_by_prefix={"I did fine on the roads": True, "Hard, honestly.": True},
         follow_by_prefix={"Tell people what's on it.": True, "A tracker. Just something": True},
         note_before_prefix={"Sorry, I lost you there.": "(call dropped \u2013 rang Amira back)"}),
    dict(file="interview-5.docx", fmt="ipa_docx", seed=9107, start=3.0, rate=2.2,
         pause=(1.0, 3.2), items=interleave(INT5, IE, ["Mm.", "Yes.", "Mm-hm."]),
         title="P03 \u2018Zafar\u2019 \u2013 transcript with initial noting (IPA stages 1\u20132)",
         header=["Interview 24 November 2025, Harcourt University, room 2.14, 48 minutes. I = Ellen Marsh (interviewer), Z = Zafar (pseudonym). Names and identifying details changed or removed: [surname], [street].",
                 "Left: emergent themes. Middle: transcript, numbered by line. Right: exploratory comments (descriptive, linguistic, conceptual)."],
         comments_by_prefix={
             "Okay. It was a Friday.": ("Rupture: the letter", "exact date, time, 'hand delivered'; wife reads it first; repeats 'public safety' \u2013 the words stay with him"),
             "I didn't understand.": ("Moral identity under attack", "'Under the influence!' echoed; faith as proof of character"),
             "And then nothing for two days.": ("Not being heard", "'Nobody called me. Nobody asked me.' \u2013 absence of any voice; tries to prove himself (police)"),
             "Like a criminal.": ("Moral capital / stigma", "criminal metaphor; 14 years as a record of goodness; 'one phone call and I am finished'"),
             "I loved it.": ("Driving as care", "present tense 'I still love it'; bartender image \u2013 intimacy, listening"),
             "It took nine weeks to get a date.": ("Limbo", "money draining while nothing moves; 'it shows nothing'"),
             "Different. (pause)": ("Self-protection", "changed practice; wife on speaker as witness; knows it is 'not nice'"),
             "Everybody knew.": ("Stigma beyond the council", "WhatsApp group; son asked by friends; what cannot be given back"),
             "No. (pause) No, honestly": ("Procedural fairness", "accepts the need to act \u2013 critique is of process and speed"),
             "When my licence comes up": ("Lingering threat", "the record, the national register; not knowing")},
         line_chars=60, author="Ellen Marsh", epoch=_dt.datetime(2025, 11, 28, 11, 20, 0)),
    dict(file="interview-6.txt", fmt="whisper_txt", seed=9108, start=1.4, rate=2.4,
         pause=(0.7, 2.4), items=interleave(INT6, SP1, ["Mm.", "Right.", "Yeah."]),
         seg_words=22),
]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    themes = [c[0] for c in CODEBOOK]
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems, stats = [], [], {}
    for s, raw in zip(SESSIONS, (FG1, FG2, INT1, INT2, INT3, INT4, INT5, INT6)):
        turns = s["items"]
        if len(turns) != len(raw):
            problems.append(f"{s['file']}: interleave changed the list ({len(raw)} -> {len(turns)})")
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"] and " | " not in t["text"], t["text"][:40]
            assert "-->" not in t["text"], t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            assert not BRACKETED.fullmatch(norm(t["text"])), t["text"][:40]
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in themes, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
        data, st = WRITERS[s["fmt"]](s)
        stats[s["file"]] = st
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
    unused = known - used
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
        w.writerow(["speaker", "segment", "licence", "age_group", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    print(f"{len(SESSIONS)} sessions, {sum(len(s['items']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        ts = s["items"]
        n_p = sum(1 for t in ts if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in ts if not t["mod"])
        print(f"  {s['file']}: {len(ts)} turns ({n_p} participant, {words} words), "
              f"ends {ts_hms(timings(s)[-1][1])}, {stats[s['file']]}")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    sizes = sorted(sum(c.values()) for c in per.values())
    print(f"largest / smallest theme: {sizes[-1]} / {sizes[0]} = {sizes[-1] / sizes[0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the fictional study of joining Westbury Borough Council's housing register
and bidding for social homes: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (four .docx files). Run with the
project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B(speaker, text) for a participant backchannel / small talk (no theme, no
stage). Files and gold rows are written from the same list, so turn indices cannot
drift. After writing, every file is parsed back with a minimal parser for its layout
(the .docx files from their XML) and compared with the list; every gold text must
occur in the file's visible text; every codebook example must be an exact excerpt of
a participant turn of that theme (and of no turn of another theme).

Output is byte-identical between runs: timings are seeded, the .docx files are
re-zipped with fixed timestamps and fixed core properties.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import random
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
N, FI, AP, PR, DE, US, FU = STAGES


def norm(text: str) -> str:
    return " ".join(text.split())


def M(speaker, text, **o):
    return dict(speaker=speaker, text=text, mod=True, **o)


def P(speaker, text, theme, stage, sentiment, kind, **o):
    assert kind in KINDS and sentiment in (-1, 0, 1), text[:40]
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **o)


def B(speaker, text, sentiment=0, kind="neutral", **o):
    return P(speaker, text, "", "", sentiment, kind, **o)


NEED = "housing_need"
INFO = "info_advice"
FORM = "application_form"
MED = "medical_evidence"
BAND = "banding_priority"
REV = "reviews_challenges"
WAIT = "waiting_contact"
BID = "bidding_portal"
OFF = "offers_viewings"
MOVE = "moving_in"
STAY = "staying_on_register"
TREAT = "being_treated"
THEMES = (NEED, INFO, FORM, MED, BAND, REV, WAIT, BID, OFF, MOVE, STAY, TREAT)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
IMOGEN, DEV = "Imogen Hart", "Dev Chandra"                       # focus-group-1 (Meet)
SHANICE, TOMASZ, AALIYAH, KEV, CHLOE = (
    "Shanice Walters", "Tomasz Nowak", "Aaliyah Hussain", "Kev D", "Chloe Ellis")
S1, NASRA, GARY, BEATA, RAY, S6 = (                             # focus-group-2 (Otter)
    "Speaker 1", "Nasra Ali", "Gary Holt", "Beata Kowalczyk", "Ray Turner", "Speaker 6")
KRISP_I, KRISP_P = "imogen hart", "Speaker 2"                   # interview-1 (Krisp)
XL_I, XL_P = "Interviewer", "Femi"                              # interview-2 (Excel Unicode text)
TC_I, TC_P = "Interviewer", "Parveen"                           # interview-3 (tracked changes)
YT_I, YT_P = "Laura", "Dot"                                     # interview-4 (YouTube copy)
ZM_I, ZM_P = "Dev Chandra", "Marcus Bell (he/him)"              # interview-5 (Zoom .vtt)
SB_I, SB_P = "LF", "J"                                          # interview-6 (soft returns)

PARTICIPANTS = [
    # speaker;segment;area;household;situation
    (IMOGEN, "moderator", "", "", ""),
    (DEV, "moderator", "", "", ""),
    (S1, "moderator", "", "", ""),
    (KRISP_I, "moderator", "", "", ""),
    (XL_I, "moderator", "", "", ""),
    (YT_I, "moderator", "", "", ""),
    (SB_I, "moderator", "", "", ""),
    (SHANICE, "applicant", "Ridgeway", "lone parent, 3 children",
     "overcrowded 2-bed flat, sleeps in the front room, band B"),
    (TOMASZ, "applicant", "Eastgate", "couple, 1 child",
     "private tenant with a section 21 notice, band C then B"),
    (AALIYAH, "applicant", "temporary accommodation", "lone parent, 1 child",
     "fled domestic abuse, refuge then a hotel room, band A"),
    (KEV, "applicant", "Foxton Road", "single",
     "care leaver (20) in supported housing that ends in March, band C"),
    (CHLOE, "applicant", "Albion Street", "single",
     "Margaret (68) on her granddaughter's laptop, COPD, second floor without lift, offered sheltered flat"),
    (NASRA, "applicant", "Kingsmead", "couple, 4 children",
     "six in a 2-bed, bidding for a 4-bed for three years, band B"),
    (GARY, "tenant", "Lindley", "single",
     "council tenant 26 years, transfer to downsize from a 3-bed, band C, mutual exchange"),
    (BEATA, "applicant", "Northfield", "lone parent, 1 child",
     "refused an 11th-floor flat with a broken lift, suspended six months, review pending"),
    (RAY, "tenant", "Hawthorn House", "single",
     "moved from a hostel into a 1-bed last year, bare flat, 3 years sober"),
    (S6, "applicant", "town centre", "single",
     "Sophie (24), sofa surfing, refused for local connection, band C after review"),
    (KRISP_P, "applicant", "Kingsmead", "lone parent, 2 children",
     "Leanne (29), box room at her mum's, removed at annual renewal, reinstated"),
    (XL_P, "applicant", "Eastgate", "couple, 2 children",
     "son (11) uses a wheelchair, first floor with an unreliable lift, band A after review"),
    (TC_P, "applicant", "Westfield", "lives with son's family",
     "widow (61), sofa bed in the living room, band D then C, Urdu speaker"),
    (YT_P, "tenant", "Hazelmere Court", "single",
     "Dot (76), transfer from a maisonette to an over-55s flat eight months ago"),
    (ZM_P, "council officer", "borough-wide", "",
     "housing options officer, seven years at Westbury, register and homelessness duty"),
    (SB_P, "applicant", "Station Road", "single, son (9) at weekends",
     "Joel (34), room in a shared house, excluded for old rent arrears, band C 1-bed"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
# focus-group-1: Google Meet with Gemini, online, chronological guide. Meet's
# recogniser: digits, hardly any fillers, no notes; a turn cut by a short
# interjection is two lines of the same speaker around the other person's line.
FG1 = [
    M(IMOGEN, "Okay, I think we're recording now. Hi everyone, thanks so much for joining on a Tuesday evening. I'm Imogen, I work in the customer insight team at Westbury Borough Council, and Dev is here as well taking notes. We want to hear about the housing register, joining it, bidding, all of it. There are no right answers and nothing you say will affect your application. Could we go round and you tell us who you are and what brought you to the register?"),
    P(SHANICE, "Hi, I'm Shanice. I've got 3 kids and we're in a 2 bedroom flat on the Ridgeway estate, so my two boys share with their sister and I sleep in the front room. That's why really.", NEED, N, 0, "neutral"),
    M(IMOGEN, "Thanks Shanice. Tomasz?"),
    P(TOMASZ, "Yes, hi. Tomasz. I rent privately with my wife and my daughter, and in June the landlord gave us a section 21, he is selling the house. So we have until the end of the month, basically.", NEED, N, 0, "neutral"),
    M(IMOGEN, "Thank you. Aaliyah?"),
    P(AALIYAH, "Hi. I'm Aaliyah, I've got my son, he's 4. I left my ex last year because of domestic abuse and we were in a refuge for 3 months and now we're in temporary accommodation. Well, it's called a studio but it's a hotel room.", NEED, N, -1, "pain"),
    M(IMOGEN, "Thank you for sharing that. Kev?"),
    P(KEV, "Yeah, Kev. I'm 20, I was in care till I was 18 and now I'm in supported housing, the Foxton Road project. You can only stay 2 years so I need to move on by March.", NEED, N, 0, "neutral"),
    M(IMOGEN, "And Margaret, I think you're on Chloe's laptop?"),
    P(CHLOE, "That's right, it's my granddaughter's, she's set it all up for me. I'm Margaret, I'm 68, I live on the second floor on Albion Street and there's no lift, and with my chest I can't do the stairs most days. I've got COPD. So I'm more or less stuck in.", NEED, N, 0, "neutral"),
    M(IMOGEN, "Thank you all. So going back to the beginning, how did you find out about the housing register and how to get on it?"),
    P(SHANICE, "Honestly I always knew about it, my mum was on it for years. But I didn't know it was all online now. I went to the civic centre and they said there's no desk any more, it's all online.", INFO, FI, 0, "neutral"),
    P(TOMASZ, "For me it was Citizens Advice. I went about the section 21 because I thought maybe it's not valid, and the lady there said you have to contact the council straight away, don't wait for the bailiffs.", INFO, FI, 0, "neutral"),
    M(IMOGEN, "Was that the right advice, do you think?"),
    P(TOMASZ, "Yes, it was good advice. Because the council website says you can contact the housing options team when you get the notice, but I read it like, when you are homeless. It's not very clear.", INFO, FI, 0, "pain"),
    P(KEV, "My key worker did it all for me. I wouldn't have known where to start, to be fair.", INFO, FI, 0, "neutral"),
    M(IMOGEN, "What about you, Aaliyah?"),
    P(AALIYAH, "The refuge staff. They explained the bands and everything. But what they told me and what the council told me was different.", INFO, FI, 0, "pain"),
    M(IMOGEN, "Different how?"),
    P(AALIYAH, "The refuge said because of the domestic abuse I would be band A and get something in a few weeks. Then the council said band A doesn't mean a few weeks, it means you're at the top of a very long list.", INFO, FI, -1, "pain", split=True),
    B(SHANICE, "A few weeks, I wish."),
    P(CHLOE, "I didn't know anything. Chloe looked it up. The website's got a lot of words on it, I'll say that.", INFO, FI, -1, "pain"),
    M(IMOGEN, "Okay. Then the application itself, the online form. How was that?"),
    P(SHANICE, "Long. It took me 2 evenings. It wants every address for 5 years and I've moved 4 times, so I was going through old texts to find postcodes.", FORM, AP, -1, "pain"),
    P(TOMASZ, "And it logs you out. I was on the page with the income and it just went back to the start", FORM, AP, -1, "pain"),
    B(SHANICE, "Yeah."),
    P(TOMASZ, "and everything was gone. After that I typed everything in a Word document first and copied it in.", FORM, AP, -1, "pain"),
    P(KEV, "My key worker did the form with me on her laptop, so that bit was fine. The hard bit was the documents, because I didn't have a passport or nothing.", FORM, AP, 0, "pain"),
    M(IMOGEN, "What did they ask for?"),
    P(KEV, "ID, bank statements for 3 months, and a letter from the leaving care team. The bank statements I could do from the app. The ID, I had to get a provisional licence, which is 34 quid, just to prove I'm me.", FORM, AP, -1, "pain"),
    P(AALIYAH, "I had the opposite problem, I had to upload things about the abuse. Police reference, the letter from the refuge. And it's just a box that says upload. You don't know who is reading it.", TREAT, AP, -1, "pain"),
    M(IMOGEN, "Did anyone contact you about that?"),
    P(AALIYAH, "A housing officer rang me 2 weeks later. She was actually really kind. She said I don't need to tell her everything again, it's on the file. That meant a lot.", TREAT, PR, 1, "praise"),
    P(CHLOE, "I had the medical form as well, that's a separate one. Chloe did it but it needed my GP to fill a bit in and the surgery wanted £25 for the letter.", MED, AP, -1, "pain"),
    B(TOMASZ, "25 pounds for a letter."),
    P(CHLOE, "For a letter. And then the council wrote back and said they don't actually need a GP letter, they just need the form. So.", MED, PR, -1, "pain"),
    M(IMOGEN, "Oh no. Dev, did you want to ask something?"),
    M(DEV, "Yes, just quickly. Margaret, did anyone come out to see you at home?"),
    P(CHLOE, "They did, a lady came to do a home visit about 6 weeks after. She looked at the stairs and she said she could see what I meant. Very nice. But then it was another 2 months for the decision.", MED, PR, 0, "praise"),
    M(IMOGEN, "Did anyone else do the medical form?"),
    P(SHANICE, "I put my son's asthma on it, because of the damp. They said it doesn't count because my problem is overcrowding, not the flat. I don't get that, it's the same flat.", MED, PR, -1, "pain"),
    M(IMOGEN, "So let's talk about waiting. What happened after you'd sent everything in?"),
    P(TOMASZ, "Nothing. That's the answer. You get an email that says your application has been received, and then silence.", WAIT, PR, -1, "pain"),
    P(SHANICE, "On the portal it says pending assessment. For 11 weeks it said pending assessment.", WAIT, PR, -1, "pain"),
    P(KEV, "I rang them loads. You wait 40 minutes and then you get someone who says I can't see your case, it's with an assessing officer, I'll send them a message.", WAIT, PR, -1, "pain"),
    B(SHANICE, "And they never ring back."),
    B(KEV, "They never ring back."),
    P(AALIYAH, "To be fair, when I was in the refuge it was quicker. Within a month I had my band. I think it's because of the priority.", WAIT, PR, 1, "praise"),
    M(IMOGEN, "And the decision itself, the letter with your band. How was that?"),
    P(SHANICE, "Band B, for overcrowding. Which I was happy with at first because I thought B is good.", BAND, DE, 0, "neutral"),
    M(IMOGEN, "At first?"),
    P(SHANICE, "Then I went on the portal and every 3 bed house has like 200 bids, and I'm position 87 with band B. B is nothing round here if you need a house.", BAND, US, -1, "pain"),
    P(TOMASZ, "I got band C at first. They said because the section 21 is not expired, I am not homeless yet, I am only threatened with homelessness. I said, so I must wait until I am on the street?", BAND, DE, -1, "pain"),
    M(IMOGEN, "What did they say to that?"),
    P(TOMASZ, "That when the notice runs out and the landlord goes to court, I should tell them and they will look again. Which they did. Now I am band B. But my daughter had to change schools in the middle, because we stayed with my cousin in Harlow for 3 weeks.", BAND, FU, 0, "pain", split=True),
    P(KEV, "I'm band C and I don't get why. Care leavers are supposed to get priority, my worker said so. The letter just says you have been awarded band C, reasonable preference category, blah blah. It doesn't say why.", BAND, DE, -1, "pain"),
    P(CHLOE, "Mine says medical priority, band B. I think I understand it. Chloe had to explain the priority date to me, I thought it was the date I'd get a flat.", BAND, DE, 0, "neutral"),
    B(AALIYAH, "That's what I thought too."),
    M(IMOGEN, "Did anyone ask for a review of the decision?"),
    P(KEV, "I thought about it but my worker said it's not worth it, they'll just say the same thing. So no.", REV, DE, -1, "neutral"),
    P(TOMASZ, "There's a form for a review, but you have 21 days, and the letter went to my old address. I only saw it after 3 weeks.", REV, DE, -1, "pain"),
    P(SHANICE, "I did one, for the note about refusing the 2 bed. They wrote back and said the offer was suitable for my household. One line. That was it.", REV, DE, -1, "pain"),
    M(IMOGEN, "So let's move on to bidding. How does that go week to week?"),
    P(SHANICE, "Every Thursday night the new ones come out, and you've got till Monday midnight. I'm on it Thursday at 9 o'clock like it's concert tickets.", BID, US, 0, "neutral"),
    P(TOMASZ, "I bid on everything. Every week, 3 bids, because I think the more you bid the better your position gets.", BID, US, 0, "neutral"),
    P(CHLOE, "I don't think it works like that, love.", BID, US, 0, "neutral"),
    P(TOMASZ, "No? Then I'm wasting my time.", BID, US, -1, "neutral"),
    M(IMOGEN, "It's a good question, maybe one for the housing team. What about the portal itself?"),
    P(KEV, "The portal's all right on my phone. It shows you your position after the closing date, which is good, at least you know.", BID, US, 1, "praise"),
    P(SHANICE, "Yeah, but the photos. Half of them say photo not available, and the ones that have got photos are from like 2012.", BID, US, -1, "pain"),
    P(KEV, "Do they ever tell you who got it in the end? Like what band they were?", BID, US, 0, "question"),
    B(SHANICE, "No."),
    P(AALIYAH, "I can only bid in some areas because of my ex. The portal doesn't let you hide an area, so every week I see houses on his road and I have to scroll past them.", BID, US, -1, "pain"),
    M(IMOGEN, "That's really hard. Thank you for saying it. And while you wait, where you're living now, how is that?"),
    P(AALIYAH, "One room, me and my son, a kettle and a microwave. No kitchen. He's 4 and he's never had his own bed. The hotel is 2 buses from his nursery.", NEED, US, -1, "pain"),
    P(KEV, "Mine's all right, the project. Staff are decent. It's just knowing it ends in March and I've got nowhere after that.", NEED, US, 0, "neutral"),
    M(IMOGEN, "Has anyone had an offer, or a viewing?"),
    P(CHLOE, "I had one. A ground floor flat in Millbrook, sheltered. I was top for it. But when I went to the viewing there were 4 other people there, and the officer said whoever's highest on the list gets it if they want it, so why are we all here?", OFF, US, 0, "pain"),
    M(IMOGEN, "And did you get it?"),
    P(CHLOE, "I did, yes. I'm moving on the 1st of December. So I'm one of the lucky ones. I shouldn't complain.", OFF, US, 1, "praise"),
    B(SHANICE, "Congratulations."),
    B(CHLOE, "Thank you, love."),
    P(SHANICE, "I had an offer last year but it was a 2 bed. Same as what I've got. I said no and they put a note that I refused a reasonable offer.", OFF, US, -1, "pain"),
    P(TOMASZ, "Is that a penalty? If you say no?", OFF, US, 0, "question"),
    P(SHANICE, "They said if you refuse another one you get suspended. I don't know if that's true, nobody explained it.", OFF, US, -1, "pain"),
    M(IMOGEN, "Okay. Thinking about after you get a place, or keeping your application going, is there anything about transfers or staying on the register?"),
    P(KEV, "Someone in my project got a flat and then had to apply for a transfer straight away because it was damp. So you're never really off it, are you.", STAY, FU, -1, "neutral"),
    P(CHLOE, "They send me a letter every year asking if I still want to be on it. If you don't answer they take you off. Chloe puts it in her calendar.", STAY, FU, 0, "neutral"),
    M(IMOGEN, "Really useful. Last question. If you could change one thing about the housing register, what would it be?"),
    P(AALIYAH, "Tell people the real waiting times. Not band A equals quick. If it's 2 years, say 2 years, and people can plan.", INFO, FI, 0, "suggestion"),
    P(TOMASZ, "A phone number that someone answers, and updates. Even an email every month, your application is still waiting, this is why.", WAIT, PR, 0, "suggestion"),
    P(SHANICE, "Let us upload photos of how we live. I'd have sent them a photo of my front room with my bed in it. That says more than the form.", FORM, AP, 0, "suggestion"),
    P(KEV, "Explain the letter. Like, actually tell me why I'm band C, in normal words.", BAND, DE, 0, "suggestion"),
    P(CHLOE, "Keep a person you can go and see. Not everyone's got a Chloe.", WAIT, AP, 0, "suggestion"),
    M(IMOGEN, "Thank you all so much, that's really helpful. We'll send the vouchers by email this week. Dev, anything from you?"),
    M(DEV, "No, just thank you, that was brilliant."),
    B(SHANICE, "Thanks, bye."),
    B(CHLOE, "Thank you, love, bye bye."),
    B(TOMASZ, "Thank you. Goodbye."),
]

# focus-group-2: Otter.ai (phone on the table), in person at the Westbury Hub; the
# moderator was never tagged and stays "Speaker 1", one participant stays
# "Speaker 6". The guide starts with the last bid and jumps around the journey.
FG2 = [
    M(S1, "Okay, it's recording. So thanks for coming, there's tea and biscuits, help yourselves. I'm Laura, I'm from the council's insight team, not the housing team, so please be honest. I want to start somewhere a bit odd. When was the last time you put a bid in, and what happened?"),
    P(NASRA, "Um, last night. I bid on a 4 bed in Kingsmead. I'm position 23 already and it hasn't even closed.", BID, US, -1, "neutral"),
    B(GARY, "23, blimey."),
    P(NASRA, "That's good for me. Usually I'm 40, 50. We've been bidding 3 years, every week.", BID, US, -1, "pain"),
    P(BEATA, "I don't bid any more. I'm suspended.", OFF, US, -1, "neutral"),
    M(S1, "Suspended?"),
    P(BEATA, "Because I said no to a flat. I'll tell you later, it's a long story.", OFF, US, -1, "neutral"),
    P(RAY, "Me, not since last year, because I got one. I'm in now. Hawthorn House, 1 bed.", MOVE, US, 0, "neutral"),
    P(S6, "I put 3 in on Sunday. I always do the 1 beds in town because I don't drive. And you never hear nothing, you don't get told no, it just disappears.", BID, US, -1, "pain"),
    P(GARY, "I'm a transfer, so I bid on the 1 beds as well. Only the ground floor ones, because of my knees. And there's about 1 a month, if that.", BID, US, -1, "pain"),
    M(S1, "Okay, so let's go back a bit. What brought each of you to the register in the first place? Gary, you said transfer?"),
    P(GARY, "Yeah, so I've been a council tenant 26 years, 3 bed house on the Lindley estate. Kids have all gone, my wife passed 2 years ago, and I'm paying the bedroom tax on 2 bedrooms I don't use. And the stairs, with my knees. So I want to downsize, basically.", NEED, N, 0, "neutral", split=True),
    B(BEATA, "Sorry about your wife."),
    B(GARY, "Thank you, love."),
    M(S1, "Nasra?"),
    P(NASRA, "We are 6 in a 2 bed. Me, my husband, 4 children, the oldest is 15. She does her homework in the bathroom because it's the only room with a lock and quiet.", NEED, N, -1, "neutral"),
    P(S6, "Um, I'm Sophie. I'm 24. I was sofa surfing, my mum's, my mate's, my nan's. I've got a job at the big Tesco but you can't rent on what I earn, not round here.", NEED, N, 0, "neutral"),
    P(BEATA, "I'm Beata, I have 1 daughter, she's 2. We were in a 1 bed private with damp, really bad damp, and she has asthma. So the council put us band B for medical.", NEED, N, 0, "neutral"),
    M(S1, "How did the medical part go, Beata?"),
    P(BEATA, "The GP wrote a letter, the hospital wrote a letter, and they still sent a man to look at the damp. He took photos and said yes, this is damp. I could have told him that for free.", MED, PR, -1, "pain"),
    P(GARY, "They never asked about my knees at all. I put it on the form and nobody rang, nobody came.", MED, PR, -1, "pain"),
    P(RAY, "Ray. I was in a hostel, the Beacon, for about 14 months after I came out of hospital. I'm a recovering alcoholic, I'll just say that. 3 years sober.", NEED, N, 0, "neutral"),
    B(NASRA, "Well done."),
    B(RAY, "Cheers."),
    M(S1, "Thank you. Beata, do you want to tell us about the flat you said no to?"),
    P(BEATA, "Yes. So we were top for a flat in Carlton Tower. 11th floor. I have a buggy, and the lift, when we went to the viewing, the lift was broken. We walked up 11 floors with my daughter.", OFF, US, -1, "pain"),
    B(NASRA, "Oh my God."),
    P(BEATA, "And the officer said the lift is fixed usually. Usually! And there was black mould in the bathroom, the same thing we are running away from. So I said no.", OFF, US, -1, "pain"),
    M(S1, "And then what happened?"),
    P(BEATA, "A letter saying it was a reasonable offer and because I refused, I am suspended from bidding for 6 months. I thought you can refuse 3 times, everybody said 3 times.", OFF, US, -1, "pain", split=True),
    P(GARY, "It used to be 3. Years ago. I think it's 1 now.", OFF, US, 0, "neutral"),
    P(S6, "Did you appeal it?", REV, DE, 0, "question"),
    P(BEATA, "I asked for a review. I sent photos of the mould. I'm waiting, 5 weeks now.", REV, DE, -1, "neutral"),
    P(RAY, "Mine went the other way. They said I'd only get a bedsit, and I asked for a review because my daughter stays over, and they gave me the 1 bed. Took 2 months, but somebody listened.", REV, DE, 1, "praise"),
    M(S1, "Okay. Going back even further, how did you all find out how the register works?"),
    P(S6, "TikTok, honestly. There's a girl who does videos about council housing, how to get points. Except we don't have points here, we have bands, so half of it was wrong.", INFO, FI, 0, "neutral"),
    B(GARY, "TikTok."),
    P(RAY, "For me it was the hostel. There was a housing options surgery every other Wednesday, a woman from the council came in. She was brilliant, she sat with every one of us.", INFO, FI, 1, "praise"),
    P(NASRA, "My neighbour. And the website, but the website says the waiting time for a 4 bed is 5 to 8 years. I read that and I cried, honestly.", INFO, FI, -1, "pain"),
    P(GARY, "Being a tenant I just rang my housing officer and she put me on the transfer list. That was easy. It's getting off it that's the problem.", STAY, FI, 0, "praise"),
    M(S1, "Let's talk about the decisions, the bands. Sophie, you mentioned something about local connection?"),
    P(S6, "Yeah, so they refused me at first. They said I don't have a local connection because my last address was my nan's in Chelmsford. But I've worked here 4 years and I grew up here.", BAND, DE, -1, "pain"),
    M(S1, "What did you do?"),
    P(S6, "My manager wrote a letter saying I work here, and I asked for a review. And they changed it. Band C. So it worked, but like, why did I have to?", REV, DE, 0, "pain"),
    P(NASRA, "Band B, overcrowding, 2 bedrooms short. That I understand. What I don't understand is the priority date. Is it when I applied, or when they decided?", BAND, DE, 0, "question"),
    P(GARY, "It's when they've got all your documents, I think. Mine went back 3 weeks because they wanted my tenancy agreement again. Which they've got. They're the council.", BAND, PR, -1, "pain"),
    B(BEATA, "Of course."),
    M(S1, "Ray, you've moved in. Tell us about that."),
    P(RAY, "Yeah, so the day I signed, they give you the keys at the office, you go round, and it's just, it's bare. No carpet, no curtains, no light shades even, just the bulbs. Concrete floors.", MOVE, US, -1, "pain"),
    B(NASRA, "No carpet?"),
    P(RAY, "No carpet. They take them out when the last person leaves. So the first 2 months I had a mattress on concrete. The Salvation Army gave me a sofa.", MOVE, US, -1, "pain"),
    M(S1, "Was there any help with that?"),
    P(RAY, "There's a grant, the household support thing, my support worker found it, but it took 6 weeks. To be fair, the flat itself is lovely. Quiet. I can see the park from the window.", MOVE, US, 0, "praise"),
    P(GARY, "When I moved into mine in 99 it had carpets. Manky ones, but carpets.", MOVE, US, 0, "neutral"),
    B(RAY, "I'd have taken manky."),
    M(S1, "The portal, the website where you bid. How do you all get on with it?"),
    P(NASRA, "My daughter does it on my phone. It's okay, it's simple. But it only tells you your position. It doesn't tell you how many families are waiting for a 4 bed, so you can't plan.", BID, US, 0, "pain"),
    P(S6, "It logs me out every time I open it. Every time. And then the password has to have a capital and a symbol and a number and I've forgot it again.", BID, US, -1, "pain"),
    P(GARY, "It's not bad at all, to be honest with you. I do mine on a Friday with a cup of tea. It's the houses that aren't there, not the website.", BID, US, 1, "praise"),
    M(S1, "The application form, I haven't asked you about that. Anyone want to say anything about filling it in?"),
    P(NASRA, "My son did it. He is 15, his English is better. It asks for the income of everybody in the house and the dates we came to the UK, everything. It took a week with the documents.", FORM, AP, -1, "pain"),
    P(S6, "I did mine on my phone on my break. It kept timing out. In the end I went to the library and a lady helped me on the computer.", FORM, AP, 0, "pain"),
    P(GARY, "For a transfer there's a shorter one, to be fair. Half an hour.", FORM, AP, 1, "praise"),
    M(S1, "Okay. And the waiting, the contact with the housing team while you wait?"),
    P(BEATA, "Emails. I email, they reply after 10 working days with a standard answer. Thank you for your email, your case is being reviewed. That's all.", WAIT, PR, -1, "pain"),
    P(NASRA, "I went to the civic centre in person, but there is no desk any more, just a phone on the wall. You pick it up and it rings the same number.", WAIT, PR, -1, "pain"),
    B(GARY, "The phone on the wall."),
    P(RAY, "I had one officer, Marcus, who actually rang me back every time. Don't know if I'm allowed to say names.", TREAT, PR, 1, "praise"),
    M(S1, "Of course you can, good things especially."),
    P(S6, "I never had the same person twice. Every time I explain my nan, my mum, Chelmsford, the whole thing, again.", TREAT, PR, -1, "pain"),
    M(S1, "Gary, the transfer, where are you with that?"),
    P(GARY, "2 years on the list. Band C, because under-occupying is only band C, they said, even though I'd be freeing up a 3 bed for a family like Nasra's.", STAY, DE, -1, "pain"),
    B(NASRA, "Yes please."),
    P(GARY, "Then somebody told me about mutual exchange, swapping with another tenant. There's a website. I found a lady in a 1 bed who wants a 3 bed, but the council has to approve it and it's been 7 weeks.", STAY, FU, -1, "pain", split=True),
    M(S1, "Interesting. Has anyone been taken off the register, or had to apply again?"),
    P(S6, "My friend did. She didn't answer the renewal letter, because she'd moved, and they took her off. She had to start again and lost 2 years.", STAY, FU, -1, "pain"),
    P(NASRA, "This is why I check the portal every week. If they take me off after 3 years I will die.", STAY, FU, -1, "neutral"),
    M(S1, "Okay, we're nearly out of time. One thing you'd change?"),
    P(BEATA, "At the viewing, be honest about the property. If the lift is broken for months, say it on the advert.", OFF, US, 0, "suggestion"),
    P(RAY, "Carpets. Or at least flooring. Not everyone's got a Salvation Army.", MOVE, US, 0, "suggestion"),
    P(NASRA, "Tell me where I really am. Not just position 23 this week. Tell me how many families are in front of me for a 4 bed, and how long is realistic.", BID, US, 0, "suggestion"),
    P(GARY, "Give transfers that free up big houses a higher band. It's common sense, isn't it.", STAY, DE, 0, "suggestion"),
    P(S6, "Same person. One person who knows your story.", TREAT, PR, 0, "suggestion"),
    M(S1, "Brilliant. Thank you all, honestly. The vouchers are in the envelopes, and please take the biscuits home."),
    B(RAY, "Don't have to tell me twice."),
    B(NASRA, "Thank you, Laura. Thank you for asking us.", 1, "praise"),
]

# interview-1: Krisp (call recorded by the interviewer's Krisp app). The account
# owner is named as typed in her profile, the caller is "Speaker 2".
INT1 = [
    M(KRISP_I, "Hi, can you hear me okay?"),
    B(KRISP_P, "Yeah, I can hear you. Sorry, the baby's just gone down, so if she cries I'll have to go."),
    M(KRISP_I, "No problem at all. So thanks for talking to me. Can you start by telling me a bit about you and your housing situation?"),
    P(KRISP_P, "Yeah, so I'm Leanne, I'm 29, I've got 2 girls, 6 and 8 months. We live at my mum's in Kingsmead, in her box room, the 3 of us. My mum's got my brother as well. So it's a lot.", NEED, N, 0, "neutral"),
    M(KRISP_I, "And how long have you been on the register?"),
    P(KRISP_P, "Well. That's the thing. I've been on it since 2021, but also since April this year. Because they took me off.", STAY, FU, -1, "neutral"),
    M(KRISP_I, "Can you tell me what happened?"),
    P(KRISP_P, "So every year they send you a letter, or an email I think now, saying do you still want to be on the register, and you've got 28 days. Last year that came when I'd just had her, and she was in special care for 3 weeks. I wasn't opening post. I wasn't doing anything.", STAY, FU, -1, "pain", split=True),
    M(KRISP_I, "Of course."),
    P(KRISP_P, "And then in January I went on the portal to bid and it said application closed. I thought it was a glitch.", STAY, FU, -1, "pain"),
    M(KRISP_I, "What did you do?"),
    P(KRISP_P, "Rang them. Waited ages. The man said you didn't respond to the review so your application was cancelled, you'll need to make a new one. And I said I was in hospital with a premature baby. And he said, well, you can put that in a complaint.", STAY, FU, -1, "pain"),
    M(KRISP_I, "How did that feel?"),
    P(KRISP_P, "Honestly? Like I didn't exist. 3 years of bidding and it's just gone, because of a letter.", TREAT, FU, -1, "pain"),
    M(KRISP_I, "Did you make a complaint?"),
    P(KRISP_P, "I did. My health visitor helped me write it. They wrote back after about 6 weeks and said they were sorry to hear about my circumstances and they'd backdated my priority date to the original one. So in the end it was all right.", REV, FU, 0, "praise", split=True),
    M(KRISP_I, "Did anyone tell you that you could ask for that?"),
    P(KRISP_P, "No. My health visitor knew, she'd seen it with another mum. Without her I'd have just started again from scratch.", REV, FU, -1, "neutral"),
    M(KRISP_I, "So you got the date back?"),
    P(KRISP_P, "I got the date back. But I had to do the whole application again. All the documents, the girls' birth certificates, bank statements, my mum's tenancy, my mum's council tax. Everything they already had.", FORM, AP, -1, "pain"),
    M(KRISP_I, "Was the form any different the second time?"),
    P(KRISP_P, "It's the same form. It's fine once you know it. It's just long. And you can't save halfway on the phone, or I couldn't find how.", FORM, AP, 0, "pain"),
    M(KRISP_I, "Going back to the beginning in 2021, how did you find out about the register at all?"),
    P(KRISP_P, "My mum, she was on it years ago. And Citizens Advice did a drop-in at the children's centre. They were good, they actually told me it'd be years, not months.", INFO, FI, 1, "praise"),
    M(KRISP_I, "And how are you finding the bidding?"),
    P(KRISP_P, "I bid every week. I do it on the bus on a Friday. 2 bed flats, houses if there are any. I was position 6 once. 6! I thought this is it.", BID, US, 0, "neutral"),
    M(KRISP_I, "What happened?"),
    P(KRISP_P, "Nothing. Never heard. Then I looked and it said let. Someone got it. Nobody tells you why, whether the 5 in front said yes, nothing.", BID, US, -1, "pain"),
    M(KRISP_I, "If you could know one thing about that, what would it be?"),
    P(KRISP_P, "Just, who got it. Not their name, obviously. Like, band A, priority date 2019. Then I'd know what I'm up against.", BID, US, 0, "suggestion"),
    M(KRISP_I, "Have you had any offers or viewings?"),
    P(KRISP_P, "No. Not yet. Touch wood.", OFF, US, 0, "neutral"),
    M(KRISP_I, "And what about contact with the housing team in general?"),
    P(KRISP_P, "It's mostly the portal. There's a messages bit, and when you send something it says we aim to reply within 10 working days. And they do, to be fair. It's just never an answer, it's like a receipt.", WAIT, PR, 0, "pain"),
    M(KRISP_I, "A receipt?"),
    P(KRISP_P, "Like, we've received your message. Thanks, I know, I sent it.", WAIT, PR, -1, "pain"),
    M(KRISP_I, "Is there anything the council has done well, would you say?"),
    P(KRISP_P, "The backdating, honestly, once someone actually read it. And the woman who did my assessment on the phone, the first time. She was lovely. She asked the girls' names.", TREAT, PR, 1, "praise"),
    M(KRISP_I, "That's nice to hear. If you could change one thing?"),
    P(KRISP_P, "Don't take people off without ringing them. A text. Anything. One phone call would have saved me 3 months of stress.", STAY, FU, -1, "suggestion"),
    M(KRISP_I, "That's really clear. And is there anything I haven't asked that you'd want to say?"),
    P(KRISP_P, "Just that, the box room. People think you're on the register because you want a nicer house. I want a door that's mine.", NEED, N, -1, "neutral"),
    M(KRISP_I, "Thank you, Leanne. That's all my questions. I'll send the voucher to your email today."),
    B(KRISP_P, "Lovely, thank you. Oh, there she goes."),
    M(KRISP_I, "Perfect timing. Take care."),
]

# interview-2: typed by a transcriber into an Excel sheet, saved as "Unicode Text".
# note= goes in the Notes column; nl= puts an Alt+Enter line break before that
# sentence; PAUSE rows have no speaker and no text.
PAUSE = "__pause__"
INT2 = [
    M(XL_I, "Right, we're recording. Thanks for having me, Femi, and thanks for the coffee."),
    B(XL_P, "You're welcome. Sorry about the mess, it's half-term."),
    M(XL_I, "Not at all. Can you start by telling me about your family and where you live?"),
    P(XL_P, "So it's me, my wife Grace, and our two boys. Daniel is eleven, he has cerebral palsy and he uses a wheelchair full time. We're on the first floor of a housing association block in Eastgate. There's a lift, but it breaks down, and when it breaks down Daniel can't go to school.", NEED, N, -1, "neutral"),
    M(XL_I, "How often does that happen?"),
    P(XL_P, "Last winter, five times. Once for nine days. I carried him down. He's eleven, he's not small any more.", NEED, N, -1, "pain"),
    M(XL_I, "So when did you apply to the register?"),
    P(XL_P, "Twenty twenty-one. The OT at the hospital said, you need a ground floor adapted property, you need to get on the list. She wrote a letter that same day.", INFO, FI, 1, "praise"),
    M(XL_I, "And the application?"),
    P(XL_P, "The application was okay. There's a medical section, then a separate medical form for Daniel, and then they wanted the OT to do another assessment. A council OT this time, not the hospital one.", MED, AP, 0, "neutral"),
    M(XL_I, "Two OTs?"),
    P(XL_P, "Two OTs. The hospital one has known Daniel since he was two. The council one came for forty minutes and measured the doorways. Then she wrote a report that said exactly what the first one said.", MED, PR, -1, "pain", note="[laughs]"),
    M(XL_I, "How long did that take?"),
    P(XL_P, "The visit was three months after we applied. The report another two months. So the band came about six months in.", WAIT, PR, -1, "neutral"),
    M(XL_I, "What band did you get?"),
    P(XL_P, "Band B. Medical. And I thought, a boy who can't leave his home when the lift breaks, that's B? What's A, then?", BAND, DE, -1, "pain"),
    M(XL_I, "Did you challenge it?"),
    P(XL_P, "Yes. I asked for a review, I wrote two pages, Grace wrote one, the school wrote a letter as well. And they put us up to A, eleven weeks later. The letter said \"the panel has reconsidered the evidence\". Same evidence. Same boy.", REV, DE, 0, "pain"),
    M(XL_I, "Who decided on the band, do you know?"),
    P(XL_P, "The medical adviser. She never met Daniel. A doctor who has never seen him decided he was band B. That's the part that hurt.", MED, DE, -1, "pain"),
    M(XL_I, "So how has the bidding been since you've been in band A?"),
    P(XL_P, "Band A doesn't help if the houses aren't there. You can filter the portal by adapted, wheelchair accessible, and most weeks there's nothing. Nothing at all. Maybe one a month in the whole borough, and half of those are one-bed bungalows for older people.", BID, US, -1, "pain"),
    M(XL_I, "And when there is one?"),
    P(XL_P, "We bid. We've been top twice.", BID, US, 0, "neutral"),
    dict(speaker=PAUSE, text="", mod=True, note="[Recording paused - Daniel came in for a drink]"),
    M(XL_I, "Sorry, you were saying you'd been top twice. What happened those times?"),
    P(XL_P, "The first one, it said \"wheelchair accessible\" on the advert, but when we went to view there were three steps up to the front door, and a ramp, they said, \"is on the list\". The bathroom was a normal bath. I said, how is this wheelchair accessible? The officer said it's accessible for a wheelchair user who can manage some steps.", OFF, US, -1, "pain"),
    M(XL_I, "What did you do?"),
    P(XL_P, "We said no. And I was scared, because I'd heard if you refuse you lose your band. But the OT came and she agreed it wasn't suitable, so they didn't count it against us. Thank God.", OFF, US, 0, "neutral"),
    M(XL_I, "And the second time?"),
    P(XL_P, "The second time was a house in Millbrook, adapted, a through-floor lift, a wet room. Perfect. And then they rang and said it had gone to a direct let, somebody who needed it more urgently. I don't know who needs it more urgently than us, but okay.", OFF, US, -1, "pain", nl="And then they rang"),
    M(XL_I, "Did they explain what a direct let was?"),
    P(XL_P, "No. I had to look it up. It's when they give a property to someone without bidding, for emergencies. Which, fine. But then why do we bid?", BID, US, -1, "pain"),
    M(XL_I, "How's contact with the housing team been through all this?"),
    P(XL_P, "Mixed. There's one officer, Marcus, who knows us. When he's there it's fine. When he's on leave it's like starting from zero.", TREAT, PR, 0, "neutral", note="phone rings in background"),
    M(XL_I, "And Daniel, how does he feel about all of it?"),
    P(XL_P, "He asks every week, did we get a house? He wants a garden, he wants to go out on his own in his chair. He's eleven. He should be able to go to the shop on his own.", NEED, N, -1, "neutral"),
    M(XL_I, "Is there anything that has worked well?"),
    P(XL_P, "The review, in the end. And Daniel's school, they wrote letters, they were amazing. The council? Honestly, the people are nice. It's the system. There are no houses.", TREAT, US, 0, "praise"),
    M(XL_I, "If you could change one thing?"),
    P(XL_P, "Build adapted houses. But if that's too much, when you put \"wheelchair accessible\" on an advert, have an OT look at it first. Then families like us don't go to viewings for nothing and get our hopes up.", OFF, US, 0, "suggestion", nl="Then families"),
    M(XL_I, "That's really helpful. Thank you, Femi."),
    B(XL_P, "Thank you for listening. Really. Nobody asks.", 1, "praise"),
    M(XL_I, "Thank you. I'll stop the recording there."),
]

# interview-3: an agency transcript in Word, checked by the researcher with Track
# Changes on and never accepted. In the text, {-x-} is a tracked deletion (not
# speech) and {+y+} a tracked insertion (speech); label_was= is a speaker label the
# researcher corrected (the old label deleted, the new one inserted); dup=True is a
# paragraph the transcriber pasted twice, the copy deleted as a whole paragraph.
DEL_RE = re.compile(r"\{-(.*?)-\}")
INS_RE = re.compile(r"\{\+(.*?)\+\}")


def accepted(raw: str) -> str:
    return norm(INS_RE.sub(r"\1", DEL_RE.sub("", raw)))


def TC(fn, speaker, raw, *a, **o):
    t = fn(speaker, accepted(raw), *a, **o)
    t["raw"] = raw
    return t


INT3 = [
    TC(M, TC_I, "Thank you for meeting me here, Parveen. Is this room okay for you?"),
    TC(B, TC_P, "Yes, it\u2019s fine. It\u2019s quiet. At home it\u2019s never quiet."),
    TC(M, TC_I, "Can you tell me a bit about yourself and your home?"),
    TC(P, TC_P, "My husband passed away four years ago. We were renting, so after that I moved to my son\u2019s house. He has a wife and three children, and the house is three bedrooms. I sleep in the living room, on a sofa bed.", NEED, N, 0, "neutral"),
    TC(M, TC_I, "How long have you lived like that?"),
    TC(P, TC_P, "Four years. I go to bed when everybody has finished watching television. Sometimes midnight. And my knees, the sofa bed is very {-slow-}{+low+}.", NEED, N, -1, "neutral"),
    TC(M, TC_I, "How did you find out about the housing register?"),
    TC(P, TC_P, "My friend from the mosque, she got a flat for older people in {-Hazel Mere-}{+Hazelmere+} Court. She said, go to Citizens Advice, they will help you. I didn\u2019t know I could apply, because I am living with family. I thought, they will say, you have a house.", INFO, FI, 0, "neutral"),
    TC(M, TC_I, "And what happened at Citizens Advice?"),
    TC(P, TC_P, "A young man, very patient, he did the form with me on the computer. It took two appointments. He asked me everything, my husband\u2019s death certificate, {-[inaudible]-}{+my pension+}, the bank.", FORM, AP, 1, "praise"),
    TC(M, TC_I, "Did you understand the form yourself?"),
    TC(P, TC_P, "Some of it. My English is okay for talking, but the form, {-the -}the words are difficult. \u2018Household composition\u2019, what is this? My son had to explain.", FORM, AP, -1, "pain"),
    TC(M, TC_I, "Was there any information in Urdu, or an interpreter?"),
    TC(P, TC_P, "Not that I saw. On the phone they said they can get an interpreter, but you have to wait for a call back. I didn\u2019t want to wait, so my son speaks for me. But then he is in the middle of everything.", TREAT, PR, -1, "pain"),
    TC(M, TC_I, "What did the council decide?"),
    TC(P, TC_P, "First letter, {-bandy-}{+band D+}. They said I am adequately housed. Adequately! Sleeping in the living room.", BAND, DE, -1, "pain"),
    TC(M, TC_I, "What did you do then?"),
    TC(P, TC_P, "The man from Citizens Advice said ask for a review, and he wrote it. Then they changed it to band C, because of my knees and the sugar, the diabetes. The medical form, I sent it with the review.", REV, DE, 0, "neutral"),
    TC(M, TC_I, "Was the medical form difficult?"),
    TC(P, TC_P, "My GP filled it in for free, he knows me twenty years. But they asked also for a letter from the knee doctor, and the hospital took six weeks.", MED, PR, 0, "pain"),
    TC(M, TC_I, "Were you happy with band C?"),
    TC(P, TC_P, "Happy, no. It\u2019s better than D. My friend says for the older people\u2019s flats band C is okay, because not so many people bid. I don\u2019t know if this is true.", BAND, DE, 0, "neutral"),
    TC(M, TC_I, "How do you bid?", label_was=TC_P),
    TC(P, TC_P, "My granddaughter does it on her phone. Every Friday after school. She\u2019s fourteen, she knows all the buttons. She shows me the pictures and I say yes or no.", BID, US, 0, "neutral"),
    TC(M, TC_I, "Have you been to any viewings?"),
    TC(P, TC_P, "Not yet. Once I was number three for a flat in Hazelmere Court, the same building as my friend. I was very hopeful. Then nothing.", BID, US, -1, "neutral"),
    TC(M, TC_I, "Did anyone tell you why?"),
    TC(P, TC_P, "No. My granddaughter says it just says \u2018let\u2019 now. I asked on the phone, they said, the property has been allocated. Allocated. That word again.", BID, US, -1, "pain", dup=True),
    TC(M, TC_I, "What\u2019s it been like contacting the council?"),
    TC(P, TC_P, "The phone is the problem. Press one, press two, then the music, then forty minutes. {+I have my pension, I am not working, so I can wait. +}But my son cannot wait, he works.", WAIT, PR, -1, "pain"),
    TC(M, TC_I, "Has anything gone well, do you think?"),
    TC(P, TC_P, "Citizens Advice, one hundred per cent. And the lady who did the medical, she rang me and she was very kind, she said, you should not be sleeping like this at your age.", TREAT, PR, 1, "praise"),
    TC(M, TC_I, "What would make the biggest difference for you?"),
    TC(P, TC_P, "A letter in Urdu, or at least simple English. And someone to ring me when I am near the top, so I don\u2019t miss it. I\u2019m not on the computer.", TREAT, DE, 0, "suggestion"),
    TC(M, TC_I, "Is there anything else you\u2019d like to say?"),
    TC(P, TC_P, "Only that I don\u2019t want a big house. One room, a kitchen, my own door. That\u2019s all.", NEED, N, 0, "neutral"),
    TC(M, TC_I, "Thank you, Parveen. That\u2019s everything from me."),
    TC(B, TC_P, "Thank you, beta. Thank you for listening.", 1, "praise"),
    TC(M, TC_I, "Shall I walk you to the bus stop?"),
    TC(B, TC_P, "No, no, my son is coming. You go."),
]

# interview-4: filmed for the council's "Your Voice" videos, uploaded unlisted to
# YouTube; the researcher copied the auto-generated transcript from the video page
# and typed "Dot:" / "Laura:" in front of the first caption line of each turn.
# YouTube's automatic captions: no punctuation, lower case apart from I and names.
CAPS = {"i": "I", "i'm": "I'm", "i've": "I've", "i'd": "I'd", "i'll": "I'll"}
PROPER = {"Dot", "Wayne", "Hazelmere", "Court", "Lindley", "Bev", "Tuesday", "Thursday",
          "Friday", "Dorothy", "Laura", "GP", "Auntie"}


def yt(text: str) -> str:
    out = []
    for w in re.sub(r"[.,!?;:\"]", " ", text).split():
        lw = w.lower()
        out.append(w if w in PROPER else CAPS.get(lw, lw))
    return " ".join(out)


def YP(fn, speaker, text, *a, **o):
    return fn(speaker, yt(text), *a, **o)


INT4 = [
    YP(B, YT_P, "Is it on? Is the little red light on?"),
    YP(M, YT_I, "It's on. We're recording. You look lovely."),
    YP(B, YT_P, "Oh, stop it. I had my hair done for this."),
    YP(M, YT_I, "So, Dot, can you tell me where we are?"),
    YP(P, YT_P, "We're in my flat in Hazelmere Court. I've been here 8 months now. It's for over 55s, there's a scheme manager in the office downstairs, and a lounge where we have coffee mornings on a Tuesday.", MOVE, US, 0, "neutral"),
    YP(M, YT_I, "And where were you before?"),
    YP(P, YT_P, "The Lindley estate. A maisonette, third floor, with stairs inside as well. After my hip operation I couldn't get up to my bedroom, so I was sleeping downstairs in the chair for nearly a year.", NEED, N, 0, "neutral"),
    YP(M, YT_I, "How did you first hear you could move?"),
    YP(P, YT_P, "From the hospital actually. When I had the hip done the social worker said, you can't go back to those stairs, Dorothy, you need to talk to the council.", INFO, FI, 0, "neutral"),
    YP(M, YT_I, "How did you get on the register?"),
    YP(P, YT_P, "My nephew Wayne did all that. I don't do computers. He put me on for a transfer, and the GP did a letter about my hip, and they put me in band B.", FORM, AP, 0, "neutral"),
    YP(M, YT_I, "And the bidding?"),
    YP(P, YT_P, "Wayne again. Every week he'd ring me on a Thursday and say, Auntie Dot, there's a bungalow in so and so, do you want it. And I'd say, what floor? And he'd say, Auntie Dot, it's a bungalow.", BID, US, 0, "neutral"),
    M(YT_I, "[Laughter] so how long did it take"),
    YP(P, YT_P, "Nearly 2 years. We bid on everything over 55s. Some of them, Wayne said there were 150 bids. For a 1 bedroom flat. I thought, all these old girls like me.", BID, US, -1, "neutral"),
    YP(M, YT_I, "Did you ever think about giving up?"),
    YP(P, YT_P, "Once. After about a year Wayne said there's a letter here saying they're reviewing your application, do you still want to be on it. I said what's the point, Wayne. And he said, Auntie Dot, just tick the box.", STAY, FU, 0, "neutral"),
    YP(M, YT_I, "Good old Wayne."),
    YP(B, YT_P, "He's a good boy. He's 52."),
    YP(M, YT_I, "And then you got this one?"),
    YP(P, YT_P, "Then they rang me. A lady from the lettings team, she said you're top for Hazelmere Court, would you like to view it on Friday. I said I'll view it today if you like.", OFF, US, 1, "praise"),
    YP(M, YT_I, "What was the viewing like?"),
    YP(P, YT_P, "Well, I'll be honest, it wasn't a lovely day. It was raining, the flat was empty, it smelled of paint. But I walked in and there was a walk in shower, and I sat on the bed, well, there was no bed, I sat on the floor, and I cried.", OFF, US, 1, "praise"),
    YP(M, YT_I, "Oh, Dot."),
    YP(P, YT_P, "Happy crying. Happy crying.", OFF, US, 1, "praise"),
    YP(M, YT_I, "And the move itself?"),
    YP(P, YT_P, "The move was the worst bit. You've got 2 weeks from signing to move, and they charge you rent on both places. Wayne had to take time off work. And the old place, they wanted it empty, every nail out of the wall, or they charge you.", MOVE, US, -1, "pain"),
    YP(M, YT_I, "Did you get any help with moving?"),
    YP(P, YT_P, "No, I didn't know there was any. Afterwards someone at the coffee morning said there's a removal grant for older people moving to smaller homes. Nobody told me, did they.", INFO, US, -1, "pain"),
    YP(M, YT_I, "And now you're here, how is it?"),
    YP(P, YT_P, "Oh, it's lovely. Honestly. The kitchen's new, the heating works, I can get to the shops on my scooter. The scheme manager, Bev, she pops in. I haven't had a bad day.", MOVE, US, 1, "praise"),
    YP(M, YT_I, "Nothing you miss?"),
    YP(P, YT_P, "My neighbours. I was on the Lindley 31 years. Everyone knew me. Here it's lovely but they're all strangers still. We're getting there.", MOVE, US, 0, "neutral"),
    YP(M, YT_I, "Is there anything about the whole process you'd change?"),
    YP(P, YT_P, "Tell people about the grant. And let people like me who haven't got a Wayne ring up and bid on the phone. Not everybody's got a nephew.", BID, US, 0, "suggestion"),
    YP(M, YT_I, "That's a lovely place to stop. Thank you, Dot."),
    YP(B, YT_P, "Is that it? I'd only just got going."),
    YP(M, YT_I, "We'll have to do a part 2."),
    YP(B, YT_P, "Put the kettle on then."),
]

# interview-5: Zoom cloud recording, audio transcript (.vtt), staff. The officer's
# Zoom display name carries his pronouns.
INT5 = [
    M(ZM_I, "Okay, that's recording, and the transcript's on. Thanks for making time, Marcus."),
    B(ZM_P, "No worries. I've got till half two, then I'm on duty."),
    M(ZM_I, "Can you tell me what you do?"),
    P(ZM_P, "So I'm a housing options officer. I've been at Westbury 7 years. Half my week is the register, assessing applications, awarding bands, and the other half is homelessness duty, people who are at risk of losing their home in the next 56 days.", WAIT, PR, 0, "neutral"),
    M(ZM_I, "How big is the register at the moment?"),
    P(ZM_P, "About 7,400 households. We let around 600 homes a year. So you can do the maths. For a 3 bed house in band B you're realistically looking at 6, 7 years.", INFO, FI, -1, "neutral"),
    M(ZM_I, "What do people find hardest about applying?"),
    P(ZM_P, "The evidence. Honestly, the form itself people manage, but then we need 5 years of addresses, ID for everyone, 3 months of bank statements for every adult, and if one thing's missing the application just sits there incomplete. And they don't always know it's incomplete.", FORM, AP, -1, "pain"),
    M(ZM_I, "Why don't they know?"),
    P(ZM_P, "The system sends an email, but it goes to junk half the time, and the portal just says pending. Pending could mean we're waiting for you or you're waiting for us. I've raised that.", WAIT, PR, -1, "pain"),
    M(ZM_I, "Applicants told us they wait a long time for their band. Is that right?"),
    P(ZM_P, "It is right. We're at about 14 weeks for an assessment at the moment. We were at 6 before Covid. Medical ones are longer, because they go to the medical adviser, and that's one person for the whole borough, 2 days a week.", MED, PR, -1, "pain"),
    M(ZM_I, "One person?"),
    P(ZM_P, "One. She's very good. But one.", MED, PR, -1, "neutral"),
    M(ZM_I, "What makes a medical case go one way or the other?"),
    P(ZM_P, "Whether the housing is making the condition worse, not how ill you are. People send us 10 pages about a diagnosis and nothing about the stairs. The form doesn't ask it that way, so how would they know.", MED, AP, 0, "pain"),
    M(ZM_I, "What about the letters? People said they don't explain the band."),
    P(ZM_P, "They don't, really. It's a template. It gives you the band and the category in legal language, reasonable preference, section 166A, and people read that and think, what does that mean for me. We've asked for a plain English version with a line that says why. It's with IT.", BAND, DE, -1, "pain"),
    M(ZM_I, "And reviews? Several people had their band changed on review."),
    P(ZM_P, "Reviews go to a senior officer who wasn't involved. If the band goes up it's usually new evidence, or, honestly, because the first assessment was rushed. We overturn maybe a third.", REV, DE, 0, "neutral"),
    M(ZM_I, "Someone in a group thought the more you bid, the higher you go. Is that how it works?"),
    P(ZM_P, "No, that's a really common one. Your position is your band, then your priority date. How often you bid makes no difference at all. But I understand why people think it, because you see your position move and you think it's you.", BID, US, 0, "neutral"),
    M(ZM_I, "And refusals?"),
    P(ZM_P, "If we class it as a reasonable offer and you refuse, it's a 6 month suspension from bidding. And I'll be honest, reasonable is doing a lot of work in that sentence. If there's a broken lift or the OT says no, we should take that into account, and mostly we do, but not always.", OFF, US, 0, "pain"),
    M(ZM_I, "Tell me about the viewings with several people at once."),
    P(ZM_P, "That's to fill the void quickly. If the first person says no we go straight to the next one without another viewing. Every week a property's empty is rent lost. But I know it feels awful for applicants, like an audition.", OFF, US, 0, "neutral"),
    M(ZM_I, "People were surprised how bare the flats are when they move in."),
    P(ZM_P, "Yeah. Our void standard is clean, safe, decorated. Flooring comes out because of hygiene and liability. We've got a pilot at Hawthorn House leaving decent flooring in, and I'd like to see that borough wide.", MOVE, US, 0, "suggestion"),
    M(ZM_I, "What about people being taken off the register at renewal?"),
    P(ZM_P, "That one keeps me up at night, honestly. Every year about 1,000 cases get closed because nobody answers. Some have been rehoused, some have moved away, but some are like the mum I had last month, in hospital, and her whole history just went. Since September we send a text as well as the email, and closures have dropped.", STAY, FU, 0, "pain"),
    M(ZM_I, "Do you reinstate people?"),
    P(ZM_P, "If there's a good reason, yes, we backdate. But they have to find out first, and ask. Most people don't know they can.", STAY, FU, -1, "neutral"),
    M(ZM_I, "How do you feel about the service overall?"),
    P(ZM_P, "Mixed. The team really care, I'll say that. But we spend most of our time telling people there's nothing, and that's hard on both sides. You get shouted at, and you go home thinking, well, they're right.", TREAT, PR, 0, "neutral"),
    M(ZM_I, "What would you change if you could?"),
    P(ZM_P, "More homes, obviously, that's not in my gift. But smaller things. A realistic waiting time on the portal for each band and size. A named officer for band A cases. And a phone line that isn't 40 minutes. We know.", WAIT, PR, 0, "suggestion"),
    M(ZM_I, "On named officers, some applicants mentioned you by name, actually, in a good way."),
    B(ZM_P, "Really? Oh, that's nice. Don't tell my manager, she'll give me more cases.", 1, "praise"),
    M(ZM_I, "My lips are sealed. Anything else you'd want the research to say?"),
    P(ZM_P, "Just that people aren't being difficult when they ring 5 times. They're scared. If we told them more, they'd ring less.", WAIT, PR, 0, "suggestion"),
    M(ZM_I, "That's a great place to end. Thanks, Marcus."),
    B(ZM_P, "Cheers, Dev. Send me the report."),
]

# interview-6: typed by the researcher in Word while listening back, every line
# ended with Shift+Enter (a manual line break), so the transcript is a handful of
# long paragraphs; part= starts a new paragraph (she pressed Enter at a page).
INT6 = [
    M(SB_I, "Okay, it's recording on my phone, so if you can just speak up a bit. Thanks for doing this, Joel."),
    B(SB_P, "No problem. It's not like I'm busy."),
    M(SB_I, "Can you tell me about your situation?"),
    P(SB_P, "So I'm in a room in a shared house on Station Road. Six of us, one kitchen. I've got a son, Tyler, he's nine, he's with his mum in the week and I'm supposed to have him weekends. But I can't have him in a shared house, the landlord won't have it, and it's not right anyway.", NEED, N, 0, "neutral"),
    M(SB_I, "How long have you been there?"),
    P(SB_P, "Two and a half years. It was meant to be for a few months.", NEED, N, -1, "neutral"),
    M(SB_I, "So you applied to the register?"),
    P(SB_P, "I applied last year, for a two bed, so Tyler can stay. And I got a letter saying I'm not eligible. Because of rent arrears from my old council flat. From 2017.", BAND, DE, -1, "pain"),
    M(SB_I, "Can you tell me about the arrears?"),
    P(SB_P, "I lost my job at the depot in 2017 and the Universal Credit took eight weeks, and I got behind. I left that flat owing \u00a32,300. I'm not proud of it. But that's eight years ago. I thought after six years it's wiped, like a debt.", BAND, DE, 0, "neutral"),
    M(SB_I, "What did the letter say?"),
    P(SB_P, "That I'm excluded until I've cleared it or made a payment plan and kept to it for six months. Fair enough, in a way. But nobody told me that before I filled in the whole form.", BAND, DE, 0, "pain"),
    M(SB_I, "Did anyone explain it to you before you applied?"),
    P(SB_P, "No. The website says you might not qualify if you have rent arrears, and I thought, old arrears don't count. If someone had just told me, sort a plan out first, I'd have done that a year ago.", INFO, FI, -1, "pain"),
    M(SB_I, "Where did you look for information?"),
    P(SB_P, "Google, then the council website, then a Facebook group, Westbury Housing Help. Someone on there said arrears get written off after six years. Which is wrong, as it turns out.", INFO, FI, -1, "neutral"),
    M(SB_I, "What did you do after the letter?", part=True),
    P(SB_P, "I rang the rent team. They were actually sound. Ten pound a week, set up in five minutes. That was the easiest bit of the whole thing, funnily enough.", BAND, DE, 1, "praise"),
    M(SB_I, "And the six months?"),
    P(SB_P, "That's the thing. I did the six months, never missed, and then I had to apply again. Brand new application. New priority date. So that year just doesn't exist.", STAY, FU, -1, "pain"),
    M(SB_I, "Did you ask for a review at any point?"),
    P(SB_P, "I asked if they'd count the two bed. Because they said even if I get on, I'd only get a one bed, because Tyler doesn't live with me most of the week. I asked for a review of that. They said no, the policy is the main home.", REV, FU, -1, "pain"),
    M(SB_I, "Did you think about taking it further?"),
    P(SB_P, "Someone said the Ombudsman, but that's a year, isn't it. I haven't got the energy, to be honest.", REV, FU, -1, "neutral"),
    M(SB_I, "How did you feel about that?"),
    P(SB_P, "Like I'm not his dad at weekends. Like the system thinks dads are visitors. I know that's not what they meant. But that's what it feels like.", TREAT, FU, -1, "pain"),
    M(SB_I, "Where are you with it now?"),
    P(SB_P, "I'm on. Band C, one bed. I bid. I've been up to position thirty something. I'm not holding my breath.", BID, US, -1, "neutral"),
    M(SB_I, "How do you find the portal?"),
    P(SB_P, "The portal's fine. Clunky, looks like it's from 2009, but it works. You get an email when new ones are up.", BID, US, 0, "praise"),
    M(SB_I, "What's your contact with the housing team been like?", part=True),
    P(SB_P, "Mostly letters. I don't mind letters, I like having it written down. It's the tone. You are not eligible. You are excluded. It reads like a court.", TREAT, DE, -1, "pain"),
    M(SB_I, "Was anyone helpful along the way?"),
    P(SB_P, "A guy at the job centre, and the rent team like I said. And the lady who did my review, she actually rang me, she said she was sorry she couldn't do more. That helped, weirdly.", TREAT, FU, 1, "praise"),
    M(SB_I, "Have you been to any viewings?"),
    P(SB_P, "Not yet. I'd take anything at this point. Well, not anything. Not a fourteenth floor with no lift, I've heard about those.", OFF, US, 0, "neutral"),
    M(SB_I, "If you could change one thing?"),
    P(SB_P, "Check before. Have a question at the start of the form that says, have you got old arrears, here's what to do. Save everyone the time.", FORM, AP, 0, "suggestion"),
    M(SB_I, "And anything for dads in your position?"),
    P(SB_P, "Count the kids who stay. Not every night, but weekends are real. Tyler's got a toothbrush at his mum's and nowhere at mine.", BAND, DE, -1, "suggestion"),
    M(SB_I, "Thanks, Joel. That's really clear."),
    B(SB_P, "Cheers. Hope it helps someone."),
    M(SB_I, "I'm sure it will. I'll stop this now."),
]

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (NEED, "Housing need and living conditions",
     "Why people need a social home and how they live while they wait: overcrowding, box rooms "
     "and sofa beds, eviction and section 21 notices, fleeing domestic abuse, refuges, hotels "
     "and other temporary accommodation, ill health and stairs, leaving care or supported "
     "housing, a child who cannot get out. How the council assessed that need belongs to "
     "banding_priority; medical evidence to medical_evidence.",
     ["I sleep in the front room", "it's called a studio but it's a hotel room",
      "I want a door that's mine"]),
    (INFO, "Finding out and advice",
     "Learning that the register exists and how it works before or around applying: the "
     "council website, the civic centre, Citizens Advice, refuge staff, key workers, "
     "hospital staff, hostel surgeries, neighbours, TikTok and Facebook groups, advice that "
     "turned out wrong, realistic waiting times, help (grants) nobody mentioned. Help with "
     "filling in the form itself belongs to application_form.",
     ["what they told me and what the council told me was different",
      "they actually told me it'd be years, not months", "Which is wrong, as it turns out"]),
    (FORM, "The application form and documents",
     "Making the application: the online form, being logged out, five years of addresses, "
     "incomes of everyone in the household, ID, bank statements, birth certificates, "
     "uploading documents, filling it in on a phone, someone else (a son, a nephew, a key "
     "worker, Citizens Advice, a library volunteer) doing it, the shorter transfer form, "
     "doing it all again after being removed, wishes for photos or an early check.",
     ["It wants every address for 5 years", "just to prove I'm me",
      "Everything they already had"]),
    (MED, "Medical evidence and assessments",
     "The medical and welfare side of the assessment: the separate medical form, GP letters "
     "and what surgeries charge, hospital and council occupational therapists, home visits, "
     "the medical adviser and how long medical cases take. The band that results belongs to "
     "banding_priority.",
     ["the surgery wanted £25 for the letter", "measured the doorways",
      "One. She's very good. But one."]),
    (BAND, "Bands, priority dates and eligibility",
     "The decision on an application: which band and what it is worth, priority dates and "
     "what they mean, bedroom entitlement, refusals and exclusions (local connection, rent "
     "arrears, adequately housed, threatened with homelessness), template letters that do "
     "not say why, and wishes for plain letters. Asking for a review of the decision "
     "belongs to reviews_challenges.",
     ["B is nothing round here", "It doesn't say why", "It's a template"]),
    (REV, "Reviews, complaints and challenges",
     "Challenging a decision or a penalty: review forms and the 21 days, letters from "
     "employers, schools and Citizens Advice, review outcomes (band raised, refused), "
     "complaints and backdated priority dates, and deciding it is not worth asking.",
     ["they'll just say the same thing", "Same evidence. Same boy.",
      "why did I have to?"]),
    (WAIT, "Waiting and contact with the housing team",
     "The time between applying and a decision and how applicants reach the team: pending "
     "assessment on the portal, silence, phone queues, call-backs that never come, standard "
     "email replies, the phone on the wall at the civic centre, emails in junk, assessment "
     "backlogs seen from the team's side, and wishes for updates and a line that answers. "
     "Whether staff know and believe you belongs to being_treated.",
     ["and then silence", "it's like a receipt", "just a phone on the wall"]),
    (BID, "Bidding on the lettings portal",
     "Choice-based lettings week to week: the Thursday cycle, bids, positions on the "
     "shortlist, let results without explanation, the portal on a phone, logins and photos, "
     "filters for adapted homes, how few homes come up, direct lets, what decides the "
     "position (band, then priority date, not how often you bid), and relatives who bid.",
     ["like it's concert tickets", "I was position 6 once", "But then why do we bid?"]),
    (OFF, "Offers, viewings and refusals",
     "Being top and what follows: the call from lettings, group viewings, the state of the "
     "property (lifts, mould, steps), adverts that promise more than the home, deciding, "
     "refusing, reasonable offers and six-month suspensions, what happens when an OT says "
     "no, and the joy of a good offer.",
     ["so why are we all here?", "Usually!", "I sat on the floor and I cried"]),
    (MOVE, "Moving in and the new home",
     "From sign-up to living there: keys, bare flats without carpet or curtains, the void "
     "standard and flooring, grants for furniture or removals, rent on two homes, the move "
     "itself, the new home and neighbours, sheltered schemes and scheme managers.",
     ["Concrete floors", "Not everyone's got a Salvation Army", "I haven't had a bad day"]),
    (STAY, "Staying on the register, transfers and applying again",
     "After the decision and over the years: annual renewal letters and being taken off, "
     "reinstatement and backdating, applying again and losing a priority date, transfers "
     "for council tenants (downsizing, damp), mutual exchange, texts and reminders.",
     ["it said application closed", "just tick the box", "That one keeps me up at night"]),
    (TREAT, "How people are treated",
     "Being seen as a person by the service: telling a traumatic story once or again and "
     "again, named officers who ring back, kindness on the phone, interpreters and letters "
     "people can read, the tone of letters, feeling invisible or judged, and staff's own "
     "view of those conversations. Channels and waiting times belong to waiting_contact.",
     ["You don't know who is reading it", "Like I didn't exist", "It reads like a court"]),
]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def timings(session):
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        dur = len(norm(turn["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ms(s: float) -> str:
    s = int(s)
    return f"{s // 60:02d}:{s % 60:02d}"


def vtt_time(s: float) -> str:
    whole = int(s)
    return f"{hms(whole)}.{int(round((s - whole) * 1000)) % 1000:03d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£\u2018\"])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def halves(text: str) -> list[str]:
    """Split a turn in two at the sentence boundary nearest its middle."""
    sents = sentences(text)
    assert len(sents) >= 2, text[:40]
    total = len(norm(text).split())
    acc, cuts = 0, []
    for i, x in enumerate(sents[:-1], 1):
        acc += len(x.split())
        cuts.append((abs(acc - total / 2), i))
    best = min(cuts)[1]
    return [" ".join(sents[:best]), " ".join(sents[best:])]


def chunks(text: str, rnd: random.Random, lo: int, hi: int) -> list[str]:
    """Cut a text into pieces of lo..hi words (captions, cues)."""
    words = norm(text).split()
    out = []
    while words:
        k = rnd.randint(lo, hi)
        if len(words) - k < 3:
            k = len(words)
        out.append(" ".join(words[:k]))
        words = words[k:]
    return out


def repackage(raw: bytes, when: _dt.datetime, app_name: str | None,
              edit=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; drop the
    thumbnail python-docx ships; name the application in docProps/app.xml (or drop
    app.xml when app_name is None, as Google Docs does); edit(parts) may change parts."""
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
        ct = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", ct)
        ct = re.sub(r'<Override PartName="/docProps/thumbnail.jpeg"[^>]*/>', "", ct)
        parts["[Content_Types].xml"] = ct.encode("utf-8")
    if "docProps/app.xml" in parts:
        if app_name is None:
            parts.pop("docProps/app.xml")
            r = parts["_rels/.rels"].decode("utf-8")
            r = re.sub(r'<Relationship [^>]*Target="docProps/app.xml"/>', "", r)
            parts["_rels/.rels"] = r.encode("utf-8")
            ct = parts["[Content_Types].xml"].decode("utf-8")
            ct = re.sub(r'<Override PartName="/docProps/app.xml"[^>]*/>', "", ct)
            parts["[Content_Types].xml"] = ct.encode("utf-8")
        else:
            app = parts["docProps/app.xml"].decode("utf-8")
            app = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app_name}</Application>", app)
            parts["docProps/app.xml"] = app.encode("utf-8")
    if edit:
        edit(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def docx_props(d, s, author=None):
    from docx.shared import Cm
    for sect in d.sections:
        sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
        sect.left_margin = sect.right_margin = Cm(2.54)
        sect.top_margin = sect.bottom_margin = Cm(2.54)
    cp = d.core_properties
    cp.author = cp.last_modified_by = author if author is not None else s["author"]
    cp.title = s.get("doc_title", "")
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.created = cp.modified = s["epoch"]
    cp.revision = s.get("revision", 1)


def save(d) -> bytes:
    raw = io.BytesIO()
    d.save(raw)
    return raw.getvalue()

# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_gemini_docx(s):
    """Google Meet transcript with Gemini's notes: the Google Doc ('Notes by Gemini',
    two tabs) downloaded from Docs as Microsoft Word. Notes tab first, then the
    transcript tab: a Heading 3 time every minute or so, 'Name: text' paragraphs with
    the name in bold; a turn running over a time heading goes on as a new paragraph
    of the same speaker after it."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for st in ("Heading 1", "Heading 2", "Heading 3"):
        d.styles[st].font.name = "Arial"
    turns, tm = s["turns"], timings(s)
    title = s["meeting"]
    d.add_paragraph("\U0001F4DD Notes", style="Heading 1")
    d.add_paragraph(s["date_long"])
    d.add_paragraph(title, style="Heading 2")
    names = []
    for t in turns:
        if t["speaker"] not in names:
            names.append(t["speaker"])
    d.add_paragraph("Invited " + " ".join(names))
    d.add_paragraph("Attachments " + title)
    d.add_paragraph("Meeting records Transcript Recording")
    d.add_paragraph("")
    d.add_paragraph("Summary", style="Heading 3")
    for para in s["summary"]:
        if isinstance(para, tuple):
            d.add_paragraph().add_run(para[0]).bold = True
            d.add_paragraph(para[1])
        else:
            d.add_paragraph(para)
    d.add_paragraph("")
    d.add_paragraph("Next steps", style="Heading 3")
    for x in s["next_steps"]:
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph("")
    d.add_paragraph("Details", style="Heading 3")
    for topic, text, idx in s["details"]:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(topic + ": ").bold = True
        p.add_run(f"{text} ({hms(tm[idx][0])}).")
    d.add_paragraph("")
    d.add_paragraph("You should review Gemini's notes to make sure they're accurate. "
                    "Get tips and learn how Gemini takes notes")
    d.add_paragraph("How is the quality of these specific notes? Take a short survey to let us "
                    "know your feedback, including how helpful the notes were for your needs.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("\U0001F4D6 Transcript", style="Heading 1")
    d.add_paragraph(s["date_long"])
    d.add_paragraph(f"{title} - Transcript", style="Heading 2")
    rnd = random.Random(s["seed"] + 1)
    nxt = [None]

    def heading(at):
        if nxt[0] is not None:
            d.add_paragraph("")
            d.add_paragraph("")
        d.add_paragraph(hms(at), style="Heading 3")
        d.add_paragraph("")
        nxt[0] = at + rnd.uniform(58, 96)

    def line(spk, text):
        p = d.add_paragraph()
        p.add_run(f"{spk}:").bold = True
        p.add_run(" " + text)

    for t, (a, b) in zip(turns, tm):
        if nxt[0] is None or a >= nxt[0]:
            heading(a)
        if t.get("split"):
            x, y = halves(t["text"])
            line(t["speaker"], x)
            heading(a + len(x.split()) / s["rate"])
            line(t["speaker"], y)
        else:
            line(t["speaker"], t["text"])
    d.add_paragraph("")
    d.add_paragraph("")
    d.add_paragraph(f"Transcription ended after {hms(tm[-1][1] + 3)}", style="Heading 3")
    d.add_paragraph("")
    d.add_paragraph().add_run("This editable transcript was computer generated and might contain "
                              "errors. People can also change the text after it was created.").italic = True
    docx_props(d, s, author="")
    return repackage(save(d), s["epoch"], None)


def write_otter_docx(s):
    """Otter.ai conversation exported as DOCX: title, 'date time • duration', SUMMARY
    KEYWORDS and SPEAKERS with their lists, then per block a 'Name  mm:ss' paragraph
    (name bold, time grey) and the text in the next paragraph, an empty paragraph
    between blocks; a long turn is two blocks of the same speaker; Otter's closing
    line."""
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    turns, tm = s["turns"], timings(s)
    r = d.add_paragraph().add_run(s["otter_title"])
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(f"{s['otter_when']} \u2022 {ms(tm[-1][1] + 4)}")
    d.add_paragraph().add_run("SUMMARY KEYWORDS").bold = True
    d.add_paragraph(", ".join(s["keywords"]))
    d.add_paragraph().add_run("SPEAKERS").bold = True
    names = []
    for t in turns:
        if t["speaker"] not in names:
            names.append(t["speaker"])
    d.add_paragraph(", ".join(names))

    def block(spk, at, text):
        d.add_paragraph("")
        p = d.add_paragraph()
        p.add_run(spk).bold = True
        rt = p.add_run("  " + ms(at))
        rt.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        d.add_paragraph(text)

    for t, (a, b) in zip(turns, tm):
        if t.get("split"):
            x, y = halves(t["text"])
            block(t["speaker"], a, x)
            block(t["speaker"], a + len(x.split()) / s["rate"] + 1.2, y)
        else:
            block(t["speaker"], a, t["text"])
    d.add_paragraph("")
    d.add_paragraph("Transcribed by https://otter.ai")
    docx_props(d, s)
    return repackage(save(d), s["epoch"], "Microsoft Office Word")


def write_krisp_txt(s):
    """Krisp meeting transcript (.txt): 'speaker | mm:ss' on one line, the words on
    the next, no empty lines; Krisp starts a new block after a long pause, so two long
    turns are two blocks of the same speaker."""
    out = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        parts = halves(t["text"]) if t.get("split") else [t["text"]]
        at = a
        for x in parts:
            out.append(f"{t['speaker']} | {ms(at)}")
            out.append(x)
            at += len(x.split()) / s["rate"] + 1.5
    return ("\n".join(out) + "\n").encode("utf-8")


def _xl_cell(v: str) -> str:
    if any(c in v for c in '"\t\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_unicode_txt(s):
    """Excel 'Save as Unicode Text': UTF-16 LE with BOM, CRLF rows, tab between
    cells, every row padded to the sheet's five columns; cells with a quote or an
    Alt+Enter line break are put in quotes (quotes doubled)."""
    rows = [[s["xl_title"], "", "", "", ""], [s["xl_sub"], "", "", "", ""], [""] * 5,
            ["No.", "Time", "Speaker", "Text", "Notes"]]
    tm = timings(dict(s, turns=s["rows"]))
    n = 0
    for t, (a, b) in zip(s["rows"], tm):
        if t["speaker"] == PAUSE:
            rows.append(["", hms(a), "", "", t["note"]])
            continue
        n += 1
        text = t["text"]
        if t.get("nl"):
            i = text.index(t["nl"])
            text = text[:i].rstrip() + "\n" + text[i:]
        rows.append([str(n), hms(a), t["speaker"], text, t.get("note", "")])
    body = "".join("\t".join(_xl_cell(c) for c in r) + "\r\n" for r in rows)
    return b"\xff\xfe" + body.encode("utf-16-le")


def _rev(kind, rid, s, inner):
    return (f'<w:{kind} w:id="{rid}" w:author="{s["reviewer"]}" w:date="{s["rev_date"]}">'
            f"{inner}</w:{kind}>")


def _run(text, bold=False, deleted=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def write_tracked_docx(s):
    """Agency transcript reviewed with Track Changes on, revisions left in: w:del
    (w:delText) for words the transcriber got wrong, w:ins for the correction, a
    speaker label corrected, a duplicated paragraph deleted together with its
    paragraph mark; w:trackRevisions in settings.xml."""
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    r = d.add_paragraph().add_run(s["doc_heading"])
    r.bold = True
    r.font.size = Pt(13)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    rid = [100]

    def nid():
        rid[0] += 1
        return rid[0]

    def body_xml(raw, deleted=False):
        out = []
        for piece in re.split(r"(\{-.*?-\}|\{\+.*?\+\})", raw):
            if not piece:
                continue
            if piece.startswith("{-"):
                out.append(_rev("del", nid(), s, _run(piece[2:-2], deleted=True)))
            elif piece.startswith("{+"):
                out.append(_rev("ins", nid(), s, _run(piece[2:-2])))
            else:
                out.append(_run(piece, deleted=deleted))
        return "".join(out)

    for t in s["turns"]:
        label = f"{t['speaker']}:"
        if t.get("label_was"):
            lab = (_rev("del", nid(), s, _run(f"{t['label_was']}:", bold=True, deleted=True))
                   + _rev("ins", nid(), s, _run(label, bold=True)))
        else:
            lab = _run(label, bold=True)
        xml = (f'<w:p xmlns:w="{W_NS}"><w:pPr><w:spacing w:after="200"/></w:pPr>'
               f"{lab}{body_xml(' ' + t['raw'])}</w:p>")
        p = d.add_paragraph()
        p._p.getparent().replace(p._p, parse_xml(xml))
        if t.get("dup"):
            orig = DEL_RE.sub(lambda m: m.group(1), INS_RE.sub("", t["raw"]))
            dup = (f'<w:p xmlns:w="{W_NS}"><w:pPr><w:spacing w:after="200"/><w:rPr>'
                   f'<w:del w:id="{nid()}" w:author="{s["reviewer"]}" w:date="{s["rev_date"]}"/>'
                   f"</w:rPr></w:pPr>"
                   + _rev("del", nid(), s, _run(label, bold=True, deleted=True)
                          + _run(" " + orig, deleted=True)) + "</w:p>")
            p = d.add_paragraph()
            p._p.getparent().replace(p._p, parse_xml(dup))
    settings = d.settings.element
    tr = parse_xml(f'<w:trackRevisions xmlns:w="{W_NS}"/>')
    anchor = settings.find(f"{{{W_NS}}}defaultTabStop")
    if anchor is not None:
        anchor.addprevious(tr)
    else:
        settings.append(tr)
    docx_props(d, s, author=s["author"])
    d.core_properties.last_modified_by = s["reviewer"]
    return repackage(save(d), s["epoch"], "Microsoft Office Word")


def write_youtube_txt(s):
    """YouTube's 'Show transcript' panel copied into Notepad: a time on its own line
    (m:ss) and the caption text on the next, no empty lines; the researcher typed a
    name and a colon before the first caption of each turn, and two header lines."""
    rnd = random.Random(s["seed"] + 7)
    out = list(s["header"]) + [""]
    out += ["0:00", "[Music]"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = chunks(t["text"], rnd, 4, 9)
        at = a
        for i, x in enumerate(pieces):
            out.append(f"{int(at) // 60}:{int(at) % 60:02d}")
            out.append(f"{t['speaker']}: {x}" if i == 0 else x)
            at += len(x.split()) / s["rate"]
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def write_zoom_vtt(s):
    """Zoom cloud recording audio transcript: WEBVTT, numbered cues, 'Name: text' in
    every cue; long turns over several cues."""
    rnd = random.Random(s["seed"] + 3)
    out = ["WEBVTT", ""]
    n = 0
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = chunks(t["text"], rnd, 9, 17)
        at = a
        for x in pieces:
            n += 1
            end = at + len(x.split()) / s["rate"] + 0.3
            out += [str(n), f"{vtt_time(at)} --> {vtt_time(end)}", f"{t['speaker']}: {x}", ""]
            at = end + 0.1
    return ("\n".join(out) + "\n").encode("utf-8")


def write_softbreak_docx(s):
    """Typed by the researcher with Shift+Enter at the end of every line: w:br
    inside a paragraph, two w:br for an empty line, so each part of the interview is
    one paragraph; labels in bold."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    r = d.add_paragraph().add_run(s["doc_heading"])
    r.bold = True
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    p = None
    for t in s["turns"]:
        if p is None or t.get("part"):
            p = d.add_paragraph()
        else:
            last = p.runs[-1]
            last.add_break()
            last.add_break()
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run(" " + t["text"])
    docx_props(d, s)
    return repackage(save(d), s["epoch"], "Microsoft Office Word")


WRITERS = dict(gemini=write_gemini_docx, otter=write_otter_docx, krisp=write_krisp_txt,
               unicode=write_unicode_txt, tracked=write_tracked_docx,
               youtube=write_youtube_txt, zoom=write_zoom_vtt, softbreak=write_softbreak_docx)

# ---------------------------------------------------------------------------
# Parsers (minimal, one per layout) for the round-trip check
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return [(a, norm(b)) for a, b in out]


def docx_paragraphs(data):
    """Visible text of each body paragraph from the raw XML: w:t and w:br (as a line
    break), not w:delText; a paragraph whose mark is deleted and that keeps no text is
    dropped (accepting the deletion removes it)."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    w = f"{{{W_NS}}}"
    out = []
    for p in root.iter(w + "p"):
        buf = []
        for el in p.iter():
            if el.tag == w + "t":
                buf.append(el.text or "")
            elif el.tag == w + "br":
                buf.append("\n")
        text = "".join(buf)
        ppr = p.find(w + "pPr")
        mark_deleted = ppr is not None and ppr.find(f"{w}rPr/{w}del") is not None
        if mark_deleted and not text.strip():
            continue
        out.append(text)
    return out


def parse_gemini_docx(data):
    paras = docx_paragraphs(data)
    i = paras.index("\U0001F4D6 Transcript")
    pairs = []
    for x in paras[i + 3:]:
        if x.startswith("Transcription ended after"):
            break
        if not x.strip() or re.fullmatch(r"\d\d:\d\d:\d\d", x):
            continue
        m = re.match(r"^([^:]+): (.*)$", x, re.S)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_otter_docx(data):
    paras = [x for x in docx_paragraphs(data) if x.strip()]
    i = paras.index("SPEAKERS") + 2
    pairs, spk = [], None
    for x in paras[i:]:
        if x.startswith("Transcribed by https://otter.ai"):
            break
        m = re.fullmatch(r"(.+?)  (\d\d:\d\d)", x)
        if m:
            spk = m.group(1)
        else:
            pairs.append((spk, x))
    return _merge(pairs)


def parse_krisp_txt(data):
    pairs, spk = [], None
    for x in data.decode("utf-8").split("\n"):
        m = re.fullmatch(r"(.+?) \| (\d+:\d\d)", x)
        if m:
            spk = m.group(1)
        elif x.strip():
            pairs.append((spk, x))
    return _merge(pairs)


def parse_unicode_txt(data):
    assert data[:2] == b"\xff\xfe"
    text = data[2:].decode("utf-16-le")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    h = next(i for i, r in enumerate(rows) if r[:3] == ["No.", "Time", "Speaker"])
    return _merge([(r[2], r[3]) for r in rows[h + 1:] if r and r[2]])


def parse_tracked_docx(data):
    pairs = []
    for x in docx_paragraphs(data):
        m = re.match(r"^(Interviewer|Parveen): (.*)$", x, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_youtube_txt(data):
    lines = data.decode("utf-8").split("\r\n")
    i = lines.index("0:00")
    pairs, spk = [], None
    for x in lines[i:]:
        if not x or re.fullmatch(r"\d+:\d\d", x):
            continue
        m = re.match(r"^(Dot|Laura): (.*)$", x)
        if m:
            spk = m.group(1)
            pairs.append((spk, m.group(2)))
        elif spk is not None:
            pairs.append((spk, x))
    return _merge(pairs)


def parse_zoom_vtt(data):
    pairs = []
    for block in data.decode("utf-8").split("\n\n")[1:]:
        ls = block.strip().split("\n")
        if len(ls) >= 3:
            spk, text = ls[2].split(": ", 1)
            pairs.append((spk, " ".join([text] + ls[3:])))
    return _merge(pairs)


def parse_softbreak_docx(data):
    pairs = []
    for para in docx_paragraphs(data):
        for x in para.split("\n"):
            m = re.match(r"^(LF|J): (.*)$", x)
            if m:
                pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


PARSERS = dict(gemini=parse_gemini_docx, otter=parse_otter_docx, krisp=parse_krisp_txt,
               unicode=parse_unicode_txt, tracked=parse_tracked_docx,
               youtube=parse_youtube_txt, zoom=parse_zoom_vtt, softbreak=parse_softbreak_docx)


def visible_text(fmt, data) -> str:
    """Everything a reader of the file sees, time-only lines left out, whitespace
    normalised (a second, cruder check than the parsers)."""
    if fmt in ("gemini", "otter", "tracked", "softbreak"):
        text = "\n".join(docx_paragraphs(data))
    elif fmt == "unicode":
        text = data[2:].decode("utf-16-le").replace('""', '"').replace("\t", " ")
    else:
        text = data.decode("utf-8")
    if fmt == "zoom":
        text = re.sub(r"(?m)^[^:\n]+: ", "", text)
    keep = [x for x in re.split(r"\r?\n", text)
            if not re.fullmatch(r"\s*(\d\d:\d\d:\d\d|\d+:\d\d|\d+|[\d:.]+ --> [\d:.]+)\s*", x)]
    return norm(" ".join(keep).replace('"', " ")).replace(" ", "")


def at(turns, needle):
    return next(i for i, t in enumerate(turns) if needle in t["text"])


# ---------------------------------------------------------------------------
# Session metadata
# ---------------------------------------------------------------------------
UTC = _dt.timezone.utc
SESSIONS = [
    dict(file="focus-group-1.docx", fmt="gemini", turns=FG1, seed=4101, start=1.6, rate=2.6,
         pause=(2.0, 9.0), epoch=_dt.datetime(2025, 11, 4, 19, 48, tzinfo=UTC), author="",
         meeting="Housing register \u2013 applicants' group (online)", date_long="Nov 4, 2025",
         doc_title="Housing register \u2013 applicants' group (online) - 2025/11/04 18:30 GMT - Notes by Gemini",
         summary=[
             "Imogen Hart led an online discussion with five applicants about joining the Westbury "
             "housing register, waiting for a band, bidding and offers.",
             ("Application and evidence",
              "The online form was described as long, with logouts and a five-year address history. "
              "Documents such as ID, bank statements and medical letters caused cost and delay."),
             ("Bands and bidding",
              "Participants did not understand why they received their band or what a priority date "
              "is. Bidding takes place weekly; positions are rarely high enough for family homes."),
         ],
         next_steps=[
             "[Imogen Hart] Send vouchers: Send the participant vouchers by email this week.",
             "[Dev Chandra] Share notes: Write up the notes and share them with the insight team.",
         ],
         details=[
             ("Introductions", "Participants described overcrowding, a section 21 notice, domestic abuse, "
              "leaving care and a medical need as the reasons for joining the register", 1),
             ("Finding information", "Tomasz Nowak was advised by Citizens Advice to contact the council "
              "as soon as he received the notice", at(FG1, "For me it was Citizens Advice")),
             ("Online application", "Shanice Walters said the form took two evenings; Tomasz Nowak was "
              "logged out and lost his answers", at(FG1, "Long. It took me 2 evenings")),
             ("Band decisions", "Kev D said the letter did not explain why he was placed in band C",
              at(FG1, "I'm band C and I don't get why")),
             ("Offers and viewings", "Chloe Ellis attended a viewing with four other applicants and was "
              "offered a sheltered flat", at(FG1, "I had one. A ground floor flat")),
         ]),
    dict(file="focus-group-2.docx", fmt="otter", turns=FG2, seed=4202, start=3.2, rate=2.4,
         pause=(2.5, 10.0), epoch=_dt.datetime(2025, 11, 13, 20, 11, tzinfo=UTC), author="Laura Finch",
         otter_title="Housing register focus group 2 - Westbury Hub",
         otter_when="Thu, Nov 13, 2025 6:02PM",
         keywords=["bid", "band", "flat", "council", "position", "carpet", "viewing", "lift",
                   "portal", "transfer", "review", "letter", "bedroom", "week", "register",
                   "housing", "kids", "months", "form", "wife"]),
    dict(file="interview-1.txt", fmt="krisp", turns=INT1, seed=4303, start=1.0, rate=2.6,
         pause=(0.5, 2.0)),
    dict(file="interview-2.txt", fmt="unicode", turns=[t for t in INT2 if t["speaker"] != PAUSE],
         rows=INT2, seed=4404, start=4.0, rate=2.4, pause=(0.8, 2.8),
         xl_title="Interview 2 \u2013 Femi \u2013 Eastgate \u2013 14/11/2025",
         xl_sub="Interviewer: Imogen Hart. At the family's home. Intelligent verbatim. Transcribed by K. Moss."),
    dict(file="interview-3.docx", fmt="tracked", turns=INT3, seed=4505, start=2.0, rate=2.3,
         pause=(0.6, 2.4), epoch=_dt.datetime(2025, 11, 21, 9, 52, tzinfo=UTC),
         author="Clearword Transcription", reviewer="Dev Chandra", rev_date="2025-11-21T09:41:00Z",
         revision=3, doc_title="WBC housing register interview 3",
         doc_heading="WBC Housing Register Research \u2013 Interview 3",
         header=["Date of interview: 17 November 2025. Location: Westfield Library, meeting room.",
                 "Speakers: Interviewer (Dev Chandra, Westbury Borough Council); Parveen (participant).",
                 "Transcribed by Clearword Transcription, intelligent verbatim. Job ref CW-11872."]),
    dict(file="interview-4.txt", fmt="youtube", turns=INT4, seed=4606, start=2.4, rate=2.6,
         pause=(0.3, 1.6),
         header=["Interview 4 \u2013 Dot, Hazelmere Court (filmed 12 Nov 2025)",
                 "Your Voice Westbury: Dot's story \u2013 unlisted video, transcript copied from YouTube "
                 "(auto-generated). Names added by me \u2013 LF"]),
    dict(file="interview-5.vtt", fmt="zoom", turns=INT5, seed=4707, start=1.3, rate=2.8,
         pause=(0.4, 1.8)),
    dict(file="interview-6.docx", fmt="softbreak", turns=INT6, seed=4808, start=1.0, rate=2.5,
         pause=(0.5, 2.0), epoch=_dt.datetime(2025, 11, 18, 21, 37, tzinfo=UTC), author="Laura Finch",
         revision=2, doc_title="",
         doc_heading="Interview 6 \u2013 Joel (phone)",
         header=["Tuesday 18 November 2025, phone, recorded on my mobile. LF = Laura Finch, J = Joel. "
                 "Typed up from the recording the same evening."]),
]

NEEDS = dict(gemini="docx", otter="docx", tracked="docx", softbreak="docx")


def _has(module):
    try:
        __import__(module)
        return True
    except ImportError:
        return False


LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    used, plabels, rows, problems = set(), {}, [], []
    for s in SESSIONS:
        turns = s["turns"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"]
            assert " | " not in t["text"]
            assert not LABEL_LIKE.match(t["text"]), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            assert not t["text"].startswith("[") or (t["mod"] and s["fmt"] == "youtube"), t["text"][:40]
            if not t["mod"]:
                assert plabels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
        path = TDIR / s["file"]
        need = NEEDS.get(s["fmt"])
        if need and not _has(need):
            print(f"python-docx not available: {s['file']} left as it is", file=sys.stderr)
            data = path.read_bytes() if path.exists() else None
        else:
            data = WRITERS[s["fmt"]](s)
            path.write_bytes(data)
        if data is not None and (not need or _has(need)):
            parsed = PARSERS[s["fmt"]](data)
            expected = [(t["speaker"], norm(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed, {len(expected)} expected")
            vis = visible_text(s["fmt"], data)
            for i, t in enumerate(turns):
                words = norm(t["text"]).replace('"', " ").split()
                for piece in (words[:4], words[-4:]):
                    if "".join(piece) not in vis:
                        problems.append(f"{s['file']} turn {i}: '{' '.join(piece)}' not in the file")
        for i, t in enumerate(turns):
            if not t["mod"]:
                rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                             t["sentiment"], t["kind"], norm(t["text"])])
    if known - used:
        problems.append(f"participants.csv labels not used: {sorted(known - used)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage", "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                inside = [r for r in rows if e in r[7]]
                if not inside or any(r[3] != cid for r in inside):
                    problems.append(f"codebook example not (only) in {cid}: {e} "
                                    f"{[(r[0], r[1], r[3]) for r in inside]}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "area", "household", "situation"])
        w.writerows(PARTICIPANTS)

    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant)")
    for name, col in (("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    print(f"no theme: {sum(1 for r in rows if not r[3])}")
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    sizes = sorted(sum(c.values()) for c in per.values())
    print(f"largest / smallest: {sizes[-1]} / {sizes[0]} = {sizes[-1] / sizes[0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
